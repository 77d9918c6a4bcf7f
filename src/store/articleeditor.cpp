// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articleeditor.h"

namespace Lagebild {

QStringList cleanTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !result.contains(t, Qt::CaseInsensitive))
            result.append(t);
    }
    return result;
}

} // namespace Lagebild
