// SPDX-License-Identifier: GPL-3.0-or-later
// The look of a name's word, one test for the finders that extend a name by a word after it
// (divisions, place qualifiers, makers' products), so that they agree on what may be a name.

#include "analysis/candidate.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

bool nameShapedWord(const TokenizedText &text, int token)
{
    if (token < 0 || token >= text.size())
        return false;
    const Token &t = text.at(token);
    return t.kind == Token::Word && t.upper && !t.allUpper && !t.hasDigit;
}

bool nameWordAfter(const TokenizedText &text, int token, int sentence)
{
    if (!nameShapedWord(text, token) || text.at(token).sentence != sentence)
        return false;
    // "Bosch Energie-Sparte", "am VW-Stammsitz": a compound runs on.
    return !(token + 1 < text.size() && !text.at(token + 1).spaceBefore && text.is(token + 1, u"-"));
}

} // namespace Lagebild::Analysis
