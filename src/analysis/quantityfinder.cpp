// SPDX-License-Identifier: GPL-3.0-or-later
// QUANTITY: a number with what it counts or measures, approximation words in front.
// "fast 421.000", "rund 4,5 Milliarden Dollar", "12 bis 15 Monaten", "7-nm", "zwei Drittel".
// This file only walks the tokens and decides which finder of quantityfinders.h looks where;
// what numbers are no quantities at all (times, ordinals, identifiers, vague words) is said here.

#include "analysis/dategrammar.h"
#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

// "3. Quartal", "14. Oktober": a number glued to a period that does not end the sentence. The
// sentence splitter keeps "Tempo 60. Die …" together (it could be an ordinal); a capitalised word
// the lexicon knows only in lower case starts a new sentence there, unless the number opens its
// sentence or line like a list's numbering ("3. Angaben").
bool isOrdinal(const FinderContext &c, int i, int end)
{
    const TokenizedText &text = c.text;
    if (!(end < text.size() && text.is(end, u".") && !text.at(end).spaceBefore && end + 1 < text.size()
            && text.at(end + 1).sentence == text.at(end).sentence))
        return false;
    const WordInfo &next = c.word(end + 1);
    const int lineFrom = i > 0 ? text.at(i - 1).end : 0;
    const bool opensLine = text.at(i).sentenceStart
        || text.text().mid(lineFrom, text.at(i).start - lineFrom).contains(QLatin1Char('\n'));
    return opensLine
        || !(text.at(end + 1).upper && next.has(WordInfo::Lowercase) && !next.has(WordInfo::Capitalized));
}

// Numbers that are no quantity whatever follows: ordinals, identifiers and numbers after a vague
// number word.
bool notAQuantity(const FinderContext &c, int i, const ParsedNumber &number)
{
    const TokenizedText &text = c.text;
    const Token &t = text.at(i);
    // "mehrere Hunderttausend Chips": a vague amount.
    if (number.isWord && i > 0 && c.has(i - 1, WordInfo::NumberWord)) {
        const auto before = c.resources.numberWords.constFind(text.folded(i - 1).toString());
        if (before != c.resources.numberWords.constEnd() && before->kind == NumberWord::Vague)
            return true;
    }
    // Identifiers and model numbers sit inside product names; dates and times are DATE.
    if (t.kind == Token::Number
        && (isOrdinal(c, i, number.endToken)
            || (number.endToken < text.size() && text.is(number.endToken, u":")
                && !text.at(number.endToken).spaceBefore)))
        return true;
    // "TUB-040", "WPL-A 07 HK": a number written with a leading zero, or glued by a hyphen to
    // capitals before it, is a code; not the thousands after a separator ("100 000", "977'000").
    const QStringView digits = text.view(i);
    const bool thousands = i > 0
        && (text.at(i - 1).kind == Token::Number || text.is(i - 1, u"'") || text.is(i - 1, u"‘")
            || text.is(i - 1, u"’"));
    if (t.kind == Token::Number && !thousands && digits.size() >= 2 && digits[0] == u'0'
        && digits[1].isDigit())
        return true;
    if (t.kind == Token::Number && i > 1 && !t.spaceBefore && text.is(i - 1, u"-")
        && !text.at(i - 1).spaceBefore && text.at(i - 2).kind == Token::Word && text.at(i - 2).allUpper
        && !text.at(i - 2).hasDigit && text.at(i - 2).length() >= 2)
        return true;
    // "#529", a hashtag of digits, tags a line or a topic.
    return t.kind == Token::Number && i > 0 && !t.spaceBefore
        && (text.is(i - 1, u"/") || text.is(i - 1, u":") || text.is(i - 1, u"#"));
}

// Whether the word after a bare number leaves it nothing to count: no noun ("300 Stellen"), no
// inflected adjective before a noun ("300 neue Stellen", "30 weitere Hochgeschwindigkeitszüge"); but a verb,
// a preposition, an adverb or a determiner ("Altherma 3 aus einem Werk", "Dynamics 365 eine Software",
// "Switch 2 seit dem Marktstart", "EN 459 nach Prag", "Atto 2 verkaufte BYD").
bool countsNothingAfter(const FinderContext &c, int end)
{
    const TokenizedText &text = c.text;
    const auto wordInSentence = [&](int k) {
        return k < text.size() && text.at(k).kind == Token::Word
            && text.at(k).sentence == text.at(end - 1).sentence;
    };
    if (!wordInSentence(end))
        return true;
    if (text.at(end).upper)
        return false;
    if (c.resources.determiners.count(text.hash(end)))
        return true;
    const QStringView w = text.folded(end);
    const bool inflected = w.endsWith(u'e') || w.endsWith(u"en") || w.endsWith(u"er") || w.endsWith(u"es")
        || w.endsWith(u"em");
    // A noun after the adjective: one of the lexicon, or a compound it lacks; not a name in
    // capitals or of the gazetteer, the subject after a verb ("verkaufte BYD").
    const int noun = end + 1;
    return !(inflected && wordInSentence(noun) && text.at(noun).upper
        && (c.has(noun, WordInfo::Capitalized) || (!text.at(noun).allUpper && !c.gazetteerAt(noun))));
}

// A bare number that nothing after it is counted by: no unit, or the count unit while the word
// after it counts nothing.
bool bareNumber(const FinderContext &c, int i, const QuantityFound &found)
{
    const Mention &q = found.mention;
    return found.first == i && !q.approx && q.range.isEmpty()
        && (q.unit.isEmpty() || (q.unit == QLatin1String("count") && countsNothingAfter(c, found.end)));
}

// "auf Platz drei", "Phase 3", "Linie 5": a number after a noun of designator-nouns.txt names;
// so does one after a road's or line's letters of route-prefixes.txt written in capitals ("auf der
// B 312", "die A 7", "der IC 1296").
bool designatorNumber(const FinderContext &c, int i, const QuantityFound &found)
{
    const TokenizedText &text = c.text;
    if (i == 0 || text.at(i - 1).kind != Token::Word || !text.at(i - 1).upper
        || text.at(i - 1).sentence != text.at(i).sentence)
        return false;
    const Token &before = text.at(i - 1);
    const bool route
        = (before.allUpper || before.length() == 1) && c.resources.routePrefixes.count(text.hash(i - 1));
    return (route || c.resources.designatorNouns.count(text.hash(i - 1))) && bareNumber(c, i, found);
}

// "Dynamics 365 eine Software", "die Altherma 3 aus", "vom Atto 2 rund 380", "Atlas Fallen 2.",
// "EN 459 nach Prag": a bare number right after a name word the lexicon does not know is the
// name's model number, not a count (a count stands before what it counts: "Siemens 300 Stellen").
// Model numbers are short: "vom Elroq 3.105" counts.
bool modelNumberAfterName(const FinderContext &c, int i, const QuantityFound &found)
{
    const TokenizedText &text = c.text;
    if (found.end != i + 1 || !bareNumber(c, i, found) || i == 0 || text.at(i).kind != Token::Number
        || !text.at(i).spaceBefore)
        return false;
    const QStringView digits = text.view(i);
    if (digits.size() > 3
        || !std::all_of(digits.begin(), digits.end(), [](QChar ch) { return ch.isDigit(); }))
        return false;
    const Token &name = text.at(i - 1);
    // A code in capitals is a name too ("EN 459 nach Prag"), not a common acronym ("KI 300").
    const bool code = name.allUpper && name.length() >= 2 && !c.has(i - 1, WordInfo::CommonAcronym);
    return name.kind == Token::Word && name.upper && (!name.allUpper || code) && !name.hasDigit
        && !name.sentenceStart && name.sentence == text.at(i).sentence && !c.has(i - 1, WordInfo::Lowercase)
        && !c.has(i - 1, WordInfo::Capitalized) && !c.has(i - 1, WordInfo::GivenName)
        && !c.has(i - 1, WordInfo::DateWord) && !c.has(i - 1, WordInfo::UnitWord) && !c.gazetteerAt(i - 1);
}

} // namespace

void findQuantities(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const auto add = [&c](const QuantityFound &found) {
        c.add(found.first, found.end, found.mention, Priority::Quantity);
    };
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind == Token::Word && !t.hasDigit) {
            if (auto age = FusedAgeFinder::find(c, i)) {
                add(*age);
                continue;
            }
            if (auto factor = FusedFactorFinder::find(c, i)) {
                add(*factor);
                continue;
            }
        }
        if (t.kind == Token::Word && t.hasDigit) {
            if (auto glued = GluedUnitFinder::find(c, i))
                add(*glued);
            continue;
        }
        const auto number = parseNumberAt(text, i, c.resources, c.word(i));
        if (!number)
            continue;
        // "18.00 Uhr": a time of day, the date finder's; before the fraction test.
        if (t.kind == Token::Number && c.word(number->endToken).glue == WordInfo::Clock)
            continue;
        if (auto fraction = DigitFractionFinder::find(c, i, *number)) {
            add(*fraction);
            i = fraction->end - 1;
            continue;
        }
        if (notAQuantity(c, i, *number))
            continue;
        if (number->times) {
            if (auto factor = FactorFinder::find(c, i, *number))
                add(*factor);
            continue;
        }
        if (auto amount = AmountFinder::find(c, i, *number)) {
            if (modelNumberAfterName(c, i, *amount) || designatorNumber(c, i, *amount))
                continue;
            add(*amount);
            i = amount->end - 1;
        }
    }
}

} // namespace Lagebild::Analysis
