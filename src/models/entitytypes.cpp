#include "models/entitytypes.h"

#include <QCoreApplication>

namespace Lagebild {

QStringList entityTypes()
{
    return {QStringLiteral("COMPANY"), QStringLiteral("AGENCY"), QStringLiteral("PRODUCT"),
        QStringLiteral("QUANTITY"), QStringLiteral("DATE"), QStringLiteral("PERSON"),
        QStringLiteral("LOCATION"), QStringLiteral("MEDIA"), QStringLiteral("ORGANIZATION")};
}

QString entityTypeLabel(const QString &type)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("EntityType", text); };
    if (type == QLatin1String("COMPANY"))
        return tr("Company");
    if (type == QLatin1String("AGENCY"))
        return tr("Agency");
    if (type == QLatin1String("PRODUCT"))
        return tr("Product");
    if (type == QLatin1String("QUANTITY"))
        return tr("Quantity");
    if (type == QLatin1String("DATE"))
        return tr("Date");
    if (type == QLatin1String("PERSON"))
        return tr("Person");
    if (type == QLatin1String("LOCATION"))
        return tr("Place");
    if (type == QLatin1String("MEDIA"))
        return tr("Media");
    if (type == QLatin1String("ORGANIZATION"))
        return tr("Organisation");
    return type;
}

} // namespace Lagebild
