// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/entitytype.h"

namespace Lagebild::Analysis {

QString typeName(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QStringLiteral("COMPANY");
    case EntityType::Media:
        return QStringLiteral("MEDIA");
    case EntityType::Agency:
        return QStringLiteral("AGENCY");
    case EntityType::Organization:
        return QStringLiteral("ORGANIZATION");
    case EntityType::Person:
        return QStringLiteral("PERSON");
    case EntityType::Location:
        return QStringLiteral("LOCATION");
    case EntityType::Product:
        return QStringLiteral("PRODUCT");
    case EntityType::Quantity:
        return QStringLiteral("QUANTITY");
    case EntityType::Date:
        return QStringLiteral("DATE");
    }
    return {};
}

std::optional<EntityType> typeFromName(QStringView name)
{
    for (const EntityType type : allEntityTypes) {
        if (name.compare(typeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

} // namespace Lagebild::Analysis
