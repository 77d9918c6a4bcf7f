// SPDX-License-Identifier: GPL-3.0-or-later
// "7nm", "96GB", "2,5kW": digits and a unit symbol written as one word.

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

#include <QRegularExpression>

namespace Lagebild::Analysis {

std::optional<QuantityFound> GluedUnitFinder::find(const FinderContext &c, int i)
{
    // Unit symbols, not words: the few that news text glues to digits.
    static const QRegularExpression glued(
        QStringLiteral(R"(^(\d+(?:[.,]\d+)?)(nm|W|kW|GB|TB|MB|GHz|MHz|mm|kg|t)$)"));
    const Token &t = c.text.at(i);
    const auto m = glued.match(c.text.view(i));
    if (!m.hasMatch())
        return std::nullopt;
    QuantityFound found {i, i + 1, {}};
    found.mention.type = EntityType::Quantity;
    found.mention.start = t.start;
    found.mention.end = t.end;
    found.mention.value = parseGermanDigits(m.capturedView(1));
    found.mention.unit = m.captured(2);
    return found;
}

} // namespace Lagebild::Analysis
