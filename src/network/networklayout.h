// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "network/network.h"

namespace Lagebild {

/// Lays the network out with Graphviz (libgvc/cgraph): sfdp for large graphs, neato with
/// overlap removal for small ones. Node sizes follow the mention counts, heavier edges pull
/// harder. Sets each node's x, y (points, top left origin) and the network's width and height.
/// Thread-safe for distinct networks only when called from one thread at a time (Graphviz keeps
/// global state): callers serialise.
Expected<void> layoutNetwork(Network &network);

/// A node's diameter in points for its mention count, the same in the view, the layout and every
/// export.
[[nodiscard]] double nodeDiameter(qint64 mentions, qint64 maxMentions);

} // namespace Lagebild
