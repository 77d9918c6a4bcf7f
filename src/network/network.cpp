// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/network.h"

namespace Lagebild {

int Network::indexOf(qint64 id) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace Lagebild
