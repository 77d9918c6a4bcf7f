// SPDX-License-Identifier: GPL-3.0-or-later
// Ranges of two numbers: "12 bis 15", "600.000 bis 700.000", "12–15", "zwischen 2 und 3". A scale
// after the upper end applies to both ("100 bis 300 Milliarden" → 100000000000-300000000000).

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

RangeFinder::Range RangeFinder::find(const FinderContext &c, int i, const ParsedNumber &number)
{
    const TokenizedText &text = c.text;
    Range range {i, number.endToken, {}};
    const int end = number.endToken;
    // "zwischen 2 und 3 Prozent": the range word opens the span.
    const bool between
        = c.has(i - 1, WordInfo::RangeStart) && end + 1 < text.size() && c.word(end).glue == WordInfo::And;
    if (between)
        range.first = i - 1;
    if (end + 1 >= text.size()
        || !(between || c.word(end).glue == WordInfo::To || text.is(end, u"–") || text.is(end, u"-")))
        return range;
    const auto upper = parseNumberAt(text, end + 1, c.resources, c.word(end + 1));
    // Years are the date finder's ("2024 bis 2026"), and "bis ein" is no number.
    if (!upper || upper->isArticle || upper->yearLike || number.yearLike)
        return range;
    double scale = 1;
    const auto u = unitAt(text, upper->endToken, c.resources);
    if (u && u->word.kind == UnitWord::Scale)
        scale = u->word.multiplier;
    // "20 bis 30 Cent": both ends in the currency ("0.2-0.3").
    const auto inUnit = [&u](double v) { return u ? inMainUnit(v, u->word) : v; };
    range.value = formatQuantityValue(inUnit(number.value * scale)) + QLatin1Char('-')
        + formatQuantityValue(inUnit(upper->value * scale));
    range.end = upper->endToken;
    return range;
}

} // namespace Lagebild::Analysis
