// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lagebild {

/// The relation vocabulary of the extraction contract: source does TYPE to or with target.
enum class RelationType : quint8 {
    Approves,
    Restricts,
    Bans,
    Blocks,
    Sanctions,
    Investigates,
    Charges,
    Sues,
    Buys,
    Imports,
    Acquires,
    Supplies,
    Exports,
    Manufactures,
    Develops,
    PartnersWith,
    InvestsIn,
    Leads,
    Owns,
};
constexpr int relationTypeCount = int(RelationType::Owns) + 1;

/// The identifier stored and exported ("partners_with").
[[nodiscard]] QString relationTypeName(RelationType type);
[[nodiscard]] std::optional<RelationType> relationTypeFromName(QStringView name);
/// Types an analyst reads as one kind of claim when comparing (restricts, bans, blocks and
/// sanctions; supplies and exports; buys and imports; charges and sues): the family's first type.
[[nodiscard]] RelationType relationFamily(RelationType type);

/// The analyst's words for a relation type ("partners_with" → "partners with" / "kooperiert
/// mit"), translated, for display only: the database, filters and exports keep the identifier.
/// An identifier without a label is shown with its underscores as spaces.
[[nodiscard]] QString relationTypeLabel(const QString &type);

/// The stored label of a relation's event ("approves: China → Alibaba"), with the identifier.
[[nodiscard]] QString relationEventLabel(const QString &type, const QString &source, const QString &target);
/// The same as the analyst reads it, with the type's translated label ("besitzt: Nvidia → H100").
[[nodiscard]] QString relationEventCaption(const QString &type, const QString &source, const QString &target);

} // namespace Lagebild
