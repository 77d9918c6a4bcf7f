// SPDX-License-Identifier: GPL-3.0-or-later
// "7nm", "96GB", "2,5kW", "4,90m": digits and a unit symbol written as one word.

#include "analysis/quantityfinders.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QRegularExpression>

namespace Lagebild::Analysis {

std::optional<QuantityFound> GluedUnitFinder::find(const FinderContext &c, int i)
{
    // A measuring unit's symbol of units.tsv, as written ("nm", "kW", "GB", "m", "km", "kWh"): the
    // units news text glues to digits ("bei 4,90m"). Not a unit word ("10Meter" is a typo) nor a
    // count, time or currency ("320d", "5G", "18er" name models). At most three letters and a
    // square or cube: a word of four ("230Volt", "100Watt") is a unit word too.
    static const QRegularExpression glued(QStringLiteral(R"(^(\d+(?:[.,]\d+)?)(\p{L}{1,3}[²³]?)$)"));
    const Token &t = c.text.at(i);
    const auto m = glued.match(c.text.view(i));
    if (!m.hasMatch())
        return std::nullopt;
    const auto unit = c.resources.units.constFind(m.captured(2));
    if (unit == c.resources.units.constEnd() || unit->kind != UnitWord::Physical)
        return std::nullopt;
    QuantityFound found {i, i + 1, {}};
    found.mention.type = EntityType::Quantity;
    found.mention.start = t.start;
    found.mention.end = t.end;
    found.mention.value = parseGermanDigits(m.capturedView(1));
    found.mention.unit = unit->unit;
    return found;
}

} // namespace Lagebild::Analysis
