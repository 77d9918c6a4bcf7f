// SPDX-License-Identifier: GPL-3.0-or-later
// The look of a name's word, one test for the finders that extend a name by a word after it
// (divisions, place qualifiers, makers' products), so that they agree on what may be a name.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>

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

int nameComplementEnd(const FinderContext &c, int token)
{
    const TokenizedText &text = c.text;
    if (token <= 0 || token >= text.size() || !c.resources.nameComplements.count(text.hash(token)))
        return token;
    for (const QString &head : c.resources.headsWithoutField) {
        if (Text::hasSuffix(text.folded(token - 1), head))
            return token;
    }
    const int sentence = text.at(token - 1).sentence;
    auto inSentence = [&text, sentence](int k) { return k < text.size() && text.at(k).sentence == sentence; };
    int end
        = token; // the end of the field read so far; nouns after commas count once "und" closes their list
    int k = token + 1;
    while (inSentence(k)) {
        // One adjective before the noun ("für politische Bildung"); an article or a short word
        // ("für die", "für alle") says the phrase is no name's field.
        if (text.at(k).kind == Token::Word && !text.at(k).upper && text.at(k).length() >= 5
            && !c.resources.determiners.count(text.hash(k))
            && std::any_of(c.resources.adjectiveEndings.cbegin(), c.resources.adjectiveEndings.cend(),
                [&](const QString &ending) { return text.folded(k).endsWith(ending); }))
            ++k;
        if (!inSentence(k) || text.at(k).kind != Token::Word || !text.at(k).upper
            || c.resources.determiners.count(text.hash(k)) || c.gazetteerAt(k))
            break;
        const bool known = c.has(k, WordInfo::Capitalized);
        const bool afterComma = k - 1 > token && text.is(k - 1, u",");
        ++k;
        // Capitalised words run on after words the lexicon does not know as nouns ("für Corporate
        // Governance"), since after a noun it knows the next one begins the rest of the clause
        // ("hat das Bundesamt für Justiz Strafen verhängt").
        while (!known && inSentence(k) && text.at(k).kind == Token::Word && text.at(k).upper
            && text.at(k).spaceBefore && !c.has(k, WordInfo::Capitalized)
            && !c.resources.determiners.count(text.hash(k)))
            ++k;
        // Nouns after commas belong to the field only when "und" closes their list ("für
        // Investitionen, Handel und Industrie"); "Bundesamt für Justiz, Berlin, teilte mit" ends
        // at the first.
        if (!afterComma)
            end = k;
        // "und" joins another noun ("für Unterricht und Kultus"), a person's role none ("das
        // Ministerium für Wirtschaft und Kanzler Merz").
        if (inSentence(k + 1) && text.is(k, u",")) {
            ++k;
            continue;
        }
        if (!(inSentence(k + 1) && c.resources.fieldJoiners.count(text.hash(k)))
            || c.has(k + 1, WordInfo::PersonRole))
            break;
        ++k;
    }
    return end;
}

} // namespace Lagebild::Analysis
