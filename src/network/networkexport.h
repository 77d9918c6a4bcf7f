// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/network.h"

#include <QByteArray>

namespace Lagebild {

// Every graph file is a directed graph, because one file holds both kinds of link and readers
// take one kind per graph (networkx refuses a directed edge in an undirected graph, igraph drops
// the direction): a relation is an edge source → target, a co-mention (undirected by nature) one
// edge between the two with `directed` false. Readers that care filter on `kind` or `directed`.
// The entity type is `entity_type`, because `type` is reserved by sigma.js and Gephi's exports.

/// GraphML (yEd, Gephi, networkx, igraph): node data name, entity_type, mentions, articles (and
/// x, y when laid out); edge data kind (co-mention or the relation type), directed, weight.
[[nodiscard]] QByteArray networkGraphMl(const Network &network);
/// GEXF 1.2 (Gephi, networkx, sigma.js): the same attributes, viz positions, sizes and colours
/// by type; relations carry their type as label.
[[nodiscard]] QByteArray networkGexf(const Network &network, const QString &description);
/// Edge list as CSV: source, target, source_type, target_type, kind, weight, directed.
[[nodiscard]] QByteArray networkCsv(const Network &network);

} // namespace Lagebild
