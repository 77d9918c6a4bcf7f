// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationtypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Lagebild {

namespace {

// Identifier and display label, in enum order.
constexpr std::array<std::pair<const char *, const char *>, relationTypeCount> types {{
    {"approves", QT_TRANSLATE_NOOP("RelationType", "approves")},
    {"restricts", QT_TRANSLATE_NOOP("RelationType", "restricts")},
    {"bans", QT_TRANSLATE_NOOP("RelationType", "bans")},
    {"blocks", QT_TRANSLATE_NOOP("RelationType", "blocks")},
    {"sanctions", QT_TRANSLATE_NOOP("RelationType", "sanctions")},
    {"investigates", QT_TRANSLATE_NOOP("RelationType", "investigates")},
    {"charges", QT_TRANSLATE_NOOP("RelationType", "charges")},
    {"sues", QT_TRANSLATE_NOOP("RelationType", "sues")},
    {"buys", QT_TRANSLATE_NOOP("RelationType", "buys")},
    {"imports", QT_TRANSLATE_NOOP("RelationType", "imports")},
    {"acquires", QT_TRANSLATE_NOOP("RelationType", "acquires")},
    {"supplies", QT_TRANSLATE_NOOP("RelationType", "supplies")},
    {"exports", QT_TRANSLATE_NOOP("RelationType", "exports")},
    {"manufactures", QT_TRANSLATE_NOOP("RelationType", "manufactures")},
    {"develops", QT_TRANSLATE_NOOP("RelationType", "develops")},
    {"partners_with", QT_TRANSLATE_NOOP("RelationType", "partners with")},
    {"invests_in", QT_TRANSLATE_NOOP("RelationType", "invests in")},
    {"leads", QT_TRANSLATE_NOOP("RelationType", "leads")},
    {"owns", QT_TRANSLATE_NOOP("RelationType", "owns")},
}};

} // namespace

QString relationTypeName(RelationType type)
{
    return QString::fromLatin1(types[size_t(type)].first);
}

std::optional<RelationType> relationTypeFromName(QStringView name)
{
    for (size_t k = 0; k < types.size(); ++k)
        if (name == QLatin1String(types[k].first))
            return RelationType(k);
    return std::nullopt;
}

RelationType relationFamily(RelationType type)
{
    switch (type) {
    case RelationType::Bans:
    case RelationType::Blocks:
    case RelationType::Sanctions:
        return RelationType::Restricts;
    case RelationType::Exports:
        return RelationType::Supplies;
    case RelationType::Imports:
        return RelationType::Buys;
    case RelationType::Sues:
        return RelationType::Charges;
    default:
        return type;
    }
}

QString relationTypeLabel(const QString &type)
{
    if (const auto known = relationTypeFromName(type))
        return QCoreApplication::translate("RelationType", types[size_t(*known)].second);
    // Types of databases written by older versions ("summons").
    QString shown = type;
    return shown.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString relationEventLabel(const QString &type, const QString &source, const QString &target)
{
    return type + QLatin1String(": ") + source + QStringLiteral(" → ") + target;
}

QString relationEventCaption(const QString &type, const QString &source, const QString &target)
{
    return relationEventLabel(relationTypeLabel(type), source, target);
}

} // namespace Lagebild
