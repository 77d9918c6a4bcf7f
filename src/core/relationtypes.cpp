// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/relationtypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Lagebild {

QString relationTypeLabel(const QString &type)
{
    // The types resources/analysis/relations.tsv assigns, each read as "subject … object".
    static constexpr std::array<std::pair<const char *, const char *>, 18> labels {{
        {"acquires", QT_TRANSLATE_NOOP("RelationType", "acquires")},
        {"approves", QT_TRANSLATE_NOOP("RelationType", "approves")},
        {"bans", QT_TRANSLATE_NOOP("RelationType", "bans")},
        {"blocks", QT_TRANSLATE_NOOP("RelationType", "blocks")},
        {"buys", QT_TRANSLATE_NOOP("RelationType", "buys")},
        {"charges", QT_TRANSLATE_NOOP("RelationType", "charges")},
        {"develops", QT_TRANSLATE_NOOP("RelationType", "develops")},
        {"exports", QT_TRANSLATE_NOOP("RelationType", "exports")},
        {"imports", QT_TRANSLATE_NOOP("RelationType", "imports")},
        {"investigates", QT_TRANSLATE_NOOP("RelationType", "investigates")},
        {"invests_in", QT_TRANSLATE_NOOP("RelationType", "invests in")},
        {"manufactures", QT_TRANSLATE_NOOP("RelationType", "manufactures")},
        {"partners_with", QT_TRANSLATE_NOOP("RelationType", "partners with")},
        {"restricts", QT_TRANSLATE_NOOP("RelationType", "restricts")},
        {"sanctions", QT_TRANSLATE_NOOP("RelationType", "sanctions")},
        {"sues", QT_TRANSLATE_NOOP("RelationType", "sues")},
        {"summons", QT_TRANSLATE_NOOP("RelationType", "summons")},
        {"supplies", QT_TRANSLATE_NOOP("RelationType", "supplies")},
    }};
    for (const auto &[id, label] : labels) {
        if (type == QLatin1String(id))
            return QCoreApplication::translate("RelationType", label);
    }
    QString shown = type;
    return shown.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace Lagebild
