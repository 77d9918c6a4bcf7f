// SPDX-License-Identifier: GPL-3.0-or-later
// Fractions: "1/4" written with digits, and "zwei Drittel" / "ein Viertel" as a number word and a
// fraction noun of number-words.tsv. Their unit is "fraction" and the value the part of a whole.

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

std::optional<QuantityFound> DigitFractionFinder::find(
    const FinderContext &c, int i, const ParsedNumber &number)
{
    const TokenizedText &text = c.text;
    const Token &t = text.at(i);
    // One or two digits on each side and no part before or after: "3/2025" and "12/08/15" are the
    // date finder's.
    if (t.kind != Token::Number || number.endToken != i + 1 || i + 2 >= text.size() || !text.is(i + 1, u"/")
        || text.at(i + 1).spaceBefore || text.at(i + 2).spaceBefore || text.at(i + 2).kind != Token::Number
        || text.view(i).size() > 2 || text.view(i + 2).size() > 2
        || (i + 3 < text.size() && text.is(i + 3, u"/")) || (i > 0 && text.is(i - 1, u"/") && !t.spaceBefore))
        return std::nullopt;
    const double denominator = text.view(i + 2).toDouble();
    if (denominator < 2 || number.value >= denominator)
        return std::nullopt;
    QuantityFound found {i, i + 3, {}};
    found.mention.type = EntityType::Quantity;
    found.mention.start = t.start;
    found.mention.end = text.at(i + 2).end;
    found.mention.value = number.value / denominator;
    found.mention.unit = QStringLiteral("fraction");
    return found;
}

std::optional<FractionNounFinder::Fraction> FractionNounFinder::find(
    const FinderContext &c, int end, const ParsedNumber &number)
{
    if (!number.isWord || number.isFraction || end >= c.text.size())
        return std::nullopt;
    const auto fraction = parseNumberAt(c.text, end, c.resources, c.word(end));
    if (!fraction || !fraction->isFraction)
        return std::nullopt;
    // "ein Viertel" is one quarter: the article counts once.
    return Fraction {number.isArticle ? fraction->value : number.value * fraction->value, fraction->endToken};
}

} // namespace Lagebild::Analysis
