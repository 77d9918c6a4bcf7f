// SPDX-License-Identifier: GPL-3.0-or-later
// Ages: "der Zwölfjährige" (a number word fused with an age suffix of units.tsv) and "Müller (52)".
// "der 38-Jährige" is a number and a glued unit: the amount finder reads it through unitAt.

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

namespace Lagebild::Analysis {

// As a noun only: as an adjective it is a duration or part of a name ("im Dreißigjährigen Krieg").
std::optional<QuantityFound> FusedAgeFinder::find(const FinderContext &c, int i)
{
    if (!c.text.at(i).upper
        || (i + 1 < c.text.size() && c.text.at(i + 1).kind == Token::Word && c.text.at(i + 1).upper))
        return std::nullopt;
    const QStringView folded = c.text.folded(i);
    for (const QString &suffix : c.resources.ageSuffixes) {
        if (folded.size() <= suffix.size() + 2 || !Text::hasSuffix(folded, suffix))
            continue;
        // The longest suffix decides: a stem that is no number word is no age.
        const QString stem = folded.left(folded.size() - suffix.size()).toString();
        const auto years = parseNumberWord(stem, c.resources);
        if (!years)
            return std::nullopt;
        QuantityFound found {i, i + 1, {}};
        found.mention.type = EntityType::Quantity;
        found.mention.start = c.text.at(i).start;
        found.mention.end = c.text.at(i).end;
        found.mention.value = *years;
        found.mention.unit = QStringLiteral("year");
        return found;
    }
    return std::nullopt;
}

// Only from 1 to 120 and at most three digits: "(2025)" or "(300)" in parentheses are no ages.
bool ParenthesisAgeFinder::isAge(const FinderContext &c, int i, int end, double value)
{
    const TokenizedText &text = c.text;
    return text.at(i).kind == Token::Number && value >= 1 && value <= 120 && i >= 2 && end < text.size()
        && text.is(i - 1, u"(") && text.is(end, u")") && text.at(i - 2).kind == Token::Word
        && text.at(i - 2).upper && end == i + 1 && text.view(i).size() <= 3;
}

} // namespace Lagebild::Analysis
