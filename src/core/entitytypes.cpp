// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entitytypes.h"

#include <QCoreApplication>

namespace Lagebild {

namespace {

/// The type names, in the translation context the figures share.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(EntityType)
};

} // namespace

QStringList entityTypes()
{
    return {QStringLiteral("COMPANY"), QStringLiteral("AGENCY"), QStringLiteral("PRODUCT"),
        QStringLiteral("QUANTITY"), QStringLiteral("DATE"), QStringLiteral("PERSON"),
        QStringLiteral("LOCATION"), QStringLiteral("MEDIA"), QStringLiteral("ORGANIZATION")};
}

QString entityTypeLabel(const QString &type)
{
    if (type == QLatin1String("COMPANY"))
        return Words::tr("Company");
    if (type == QLatin1String("AGENCY"))
        return Words::tr("Agency");
    if (type == QLatin1String("PRODUCT"))
        return Words::tr("Product");
    if (type == QLatin1String("QUANTITY"))
        return Words::tr("Quantity");
    if (type == QLatin1String("DATE"))
        return Words::tr("Date");
    if (type == QLatin1String("PERSON"))
        return Words::tr("Person");
    if (type == QLatin1String("LOCATION"))
        return Words::tr("Place");
    if (type == QLatin1String("MEDIA"))
        return Words::tr("Media");
    if (type == QLatin1String("ORGANIZATION"))
        return Words::tr("Organisation");
    return type;
}

} // namespace Lagebild
