// SPDX-License-Identifier: GPL-3.0-or-later
// Factors: "mehr als dreimal so hoch", "etwa sechsmal", "das Dreifache" (unit factor). "-fache" after
// a number is a unit word and stays with the amount finder.

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

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

// As a noun only ("das Dreifache des Vorjahres"): as an adjective it may count titles or parts
// ("der dreifache Weltmeister"). One fold is no factor ("das Einfache").
std::optional<QuantityFound> FusedFactorFinder::find(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (!text.at(i).upper
        || (i + 1 < text.size() && text.at(i + 1).kind == Token::Word && text.at(i + 1).upper))
        return std::nullopt;
    const QStringView folded = text.folded(i);
    for (const QString &suffix : c.resources.factorSuffixes) {
        if (folded.size() <= suffix.size() + 2 || !Text::hasSuffix(folded, suffix))
            continue;
        const auto factor
            = parseNumberWord(folded.left(folded.size() - suffix.size()).toString(), c.resources);
        if (!factor || *factor < 2)
            return std::nullopt;
        QuantityFound found {i, i + 1, {}};
        // "mehr als das Dreifache": the article sits between approximation word and factor, as in
        // "fast die Hälfte".
        if (const int approx = i > 1 ? approximatorBefore(text, i - 1, c.resources) : -1;
            approx >= 0 && c.resources.definiteArticles.count(text.hash(i - 1))) {
            found.first = approx;
            found.mention.approx = true;
        }
        found.mention.type = EntityType::Quantity;
        found.mention.start = text.at(found.first).start;
        found.mention.end = text.at(i).end;
        found.mention.value = *factor;
        found.mention.unit = QStringLiteral("factor");
        return found;
    }
    return std::nullopt;
}

} // namespace Lagebild::Analysis
