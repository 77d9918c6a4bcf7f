// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lagebild::Analysis {

/// The entity types of the annotation guide (../shared/docs/annotation-guide.md).
enum class EntityType { Company, Media, Agency, Organization, Person, Location, Product, Quantity, Date };

inline constexpr EntityType allEntityTypes[] = {EntityType::Company, EntityType::Media,   EntityType::Agency,
                                               EntityType::Organization, EntityType::Person, EntityType::Location,
                                               EntityType::Product, EntityType::Quantity, EntityType::Date};

/// "COMPANY", "MEDIA", … as in the guide and the extract contract.
[[nodiscard]] QString typeName(EntityType type);
[[nodiscard]] std::optional<EntityType> typeFromName(QStringView name);

} // namespace Lagebild::Analysis
