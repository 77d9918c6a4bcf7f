#pragma once

#include "network/network.h"

#include <QByteArray>

namespace Lagebild {

/// GraphML (yEd, Gephi, NetworkX): node attributes name, type, mentions, articles (and x, y when
/// laid out); edge attributes kind (co-mention or relation type), weight; relations directed.
[[nodiscard]] QByteArray networkGraphMl(const Network &network);
/// GEXF 1.3 (Gephi): the same attributes, mixed graph (co-mentions undirected, relations
/// directed), viz positions, sizes and colours by type.
[[nodiscard]] QByteArray networkGexf(const Network &network, const QString &description);
/// Edge list as CSV: source, target, source_type, target_type, kind, weight.
[[nodiscard]] QByteArray networkCsv(const Network &network);

} // namespace Lagebild
