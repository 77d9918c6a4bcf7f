// SPDX-License-Identifier: GPL-3.0-or-later
// Signs and currencies before the number: "-5 °C", "minus drei Grad" (Sign words of
// number-words.tsv), "$5", "€ 3", "EUR 500" (currencies of units.tsv).

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

int SignFinder::signBefore(const FinderContext &c, int i)
{
    const TokenizedText &text = c.text;
    if (i <= 0)
        return -1;
    // A hyphen glued to the number, not between two numbers ("12-15" is a range).
    const bool gluedSign = (text.is(i - 1, u"-") || text.is(i - 1, u"\u2212")) && !text.at(i).spaceBefore
        && (i == 1 || text.at(i - 1).spaceBefore) && (i < 2 || text.at(i - 2).kind != Token::Number);
    const auto word = c.resources.numberWords.constFind(text.folded(i - 1).toString());
    const bool spoken = text.at(i - 1).kind == Token::Word && word != c.resources.numberWords.constEnd()
        && word->kind == NumberWord::Sign;
    return gluedSign || spoken ? i - 1 : -1;
}

std::optional<UnitWord> CurrencyPrefixFinder::before(const FinderContext &c, int i)
{
    if (i <= 0)
        return std::nullopt;
    // Only a symbol or an ISO code in capitals is written before the amount.
    const auto it = c.resources.units.constFind(c.text.view(i - 1).toString());
    if (it == c.resources.units.constEnd() || it->kind != UnitWord::Currency
        || !(c.text.at(i - 1).kind == Token::Punct || c.text.at(i - 1).allUpper))
        return std::nullopt;
    return it.value();
}

} // namespace Lagebild::Analysis
