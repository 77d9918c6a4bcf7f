// SPDX-License-Identifier: GPL-3.0-or-later
// Factors: "mehr als dreimal so hoch", "etwa sechsmal" (unit factor). "-fache" after a number is a
// unit word and stays with the amount finder.

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

std::optional<QuantityFound> FactorFinder::find(const FinderContext &c, int i, const ParsedNumber &number)
{
    const TokenizedText &text = c.text;
    // Bare "zweimal" is an idiom ("zweimal im Jahr"): an approximator or a following "so" makes it a factor.
    const int approx = approximatorBefore(text, i, c.resources);
    const int end = number.endToken;
    if (approx < 0 && !(end < text.size() && text.folded(end) == QLatin1String("so")))
        return std::nullopt;
    const int first = approx >= 0 ? approx : i;
    QuantityFound found {first, end, {}};
    found.mention.type = EntityType::Quantity;
    found.mention.unit = QStringLiteral("factor");
    found.mention.value = number.value;
    found.mention.approx = approx >= 0;
    found.mention.start = text.at(first).start;
    found.mention.end = text.at(i).end;
    return found;
}

} // namespace Lagebild::Analysis
