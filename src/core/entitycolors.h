// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

/// The colour of an entity type wherever it is drawn — reader, views, PDF, GEXF: the Okabe–Ito
/// palette, which stays distinguishable with the common colour-vision deficiencies (docs/ux.md).
[[nodiscard]] inline QString entityTypeColor(const QString &type)
{
    if (type == QLatin1String("COMPANY"))
        return QStringLiteral("#0072B2");
    if (type == QLatin1String("AGENCY"))
        return QStringLiteral("#D55E00");
    if (type == QLatin1String("PRODUCT"))
        return QStringLiteral("#009E73");
    if (type == QLatin1String("QUANTITY"))
        return QStringLiteral("#E69F00");
    if (type == QLatin1String("DATE"))
        return QStringLiteral("#F0E442");
    if (type == QLatin1String("PERSON"))
        return QStringLiteral("#CC79A7");
    if (type == QLatin1String("LOCATION"))
        return QStringLiteral("#56B4E9");
    if (type == QLatin1String("MEDIA"))
        return QStringLiteral("#999999");
    return QStringLiteral("#000000");
}

} // namespace Lagebild
