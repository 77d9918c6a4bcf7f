// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts: a number with its range, scale and unit (money, percentages, measures, durations,
// temperatures), its sign or currency before it and approximation words in front; without a unit,
// counted objects ("140 chinesische Unternehmen" → "140", unit count).

#include "analysis/dategrammar.h"
#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"

namespace Lagebild::Analysis {

namespace {

struct ScaledUnit
{
    double value = 0;
    int end = 0;
    bool hasScale = false;
    std::optional<UnitWord> unit;
    QString per; ///< a rate's second unit: "/h" of "Kilometer pro Stunde"
};

// Scale and unit after the number: "4,5 Milliarden Dollar", "zwei Millionen dreihunderttausend", "13
// Prozent".
ScaledUnit scaleAndUnit(const FinderContext &c, double value, int end, bool isRange)
{
    const TokenizedText &text = c.text;
    ScaledUnit s {value, end, false, std::nullopt, {}};
    const auto u = unitAt(text, end, c.resources);
    if (!u)
        return s;
    if (u->word.kind != UnitWord::Scale) {
        s.unit = u->word;
        s.end = u->endToken;
        s.value = inMainUnit(s.value, u->word);
        return s;
    }
    s.hasScale = true;
    s.value *= u->word.multiplier;
    s.end = u->endToken;
    // "zwei Millionen dreihunderttausend": a smaller number word after the scale adds.
    if (!isRange && s.end < text.size() && !c.has(s.end, WordInfo::NumberWord)
        && text.at(s.end).kind == Token::Word) {
        if (auto rest = parseNumberAt(text, s.end, c.resources, c.word(s.end)); rest && rest->isWord
            && !rest->isArticle && !rest->isFraction && rest->value < u->word.multiplier) {
            s.value += rest->value;
            s.end = rest->endToken;
        }
    }
    if (auto u2 = unitAt(text, s.end, c.resources); u2 && u2->word.kind != UnitWord::Scale) {
        s.unit = u2->word;
        s.end = u2->endToken;
        s.value = inMainUnit(s.value, u2->word);
    }
    return s;
}

// "230 Kilometern pro Stunde": a measure counted by another unit is one quantity (km/h). A price
// per unit stays money ("2 Euro" je Liter, as "23 Dollar" je Aktie): the guide counts the currency
// as the unit, and the figures compare prices by their currency.
void addRate(const FinderContext &c, ScaledUnit &s)
{
    if (!s.unit || s.unit->kind != UnitWord::Physical)
        return;
    if (auto rate = rateAt(c.text, s.end, c.resources)) {
        s.per = rate->per;
        s.end = rate->endToken;
    }
}

// "auf null gesunken", "bei null": "null" alone after a word in lower case (a preposition, an
// adverb; not an article: "der Null-Grad-Grenze"), with no noun, adjective or "und" after it that
// it could count or pair with ("null Toleranz", "null und nichtig"), is the value zero.
bool zeroStandsAlone(const FinderContext &c, int i, int end)
{
    const TokenizedText &text = c.text;
    if (i == 0 || text.at(i).sentenceStart || text.at(i - 1).kind != Token::Word || text.at(i - 1).upper
        || text.at(i - 1).sentence != text.at(i).sentence || c.resources.determiners.count(text.hash(i - 1)))
        return false;
    if (end < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore)
        return false; // "der Null-Grad-Grenze": the first part of a compound
    if (end >= text.size() || text.at(end).kind != Token::Word
        || text.at(end).sentence != text.at(i).sentence)
        return true;
    return !text.at(end).upper && c.word(end).glue != WordInfo::And && !c.has(end, WordInfo::NumberWord);
}

// "ein", "eine" are articles unless a scale or a currency, percent or time unit follows; "in eine
// Woche" (accusative) is a direction, not a duration. "null" also alone as a value.
bool articleIsNoNumber(const FinderContext &c, int i, const ParsedNumber &number, const ScaledUnit &s)
{
    if (!number.isArticle || s.hasScale)
        return false;
    if (!s.unit)
        return !(number.isZero && zeroStandsAlone(c, i, s.end));
    if (s.unit->kind == UnitWord::Time && c.word(i - 1).glue == WordInfo::In
        && !c.resources.numberWords.value(c.text.folded(i).toString()).dative)
        return true;
    return s.unit->kind != UnitWord::Time && s.unit->kind != UnitWord::Currency
        && s.unit->kind != UnitWord::Percent;
}

} // namespace

std::optional<QuantityFound> AmountFinder::find(const FinderContext &c, int i, const ParsedNumber &number)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    const Token &t = text.at(i);
    const RangeFinder::Range range = RangeFinder::find(c, i, number);
    int first = range.first;
    ScaledUnit s = scaleAndUnit(c, number.value, range.end, !range.value.isEmpty());
    if (!s.unit && !s.hasScale) {
        if (auto fraction = FractionNounFinder::find(c, s.end, number)) {
            s.value = fraction->value;
            s.unit = UnitWord {UnitWord::Percent, QStringLiteral("fraction"), 1};
            s.end = fraction->end;
        }
    }
    if (articleIsNoNumber(c, i, number, s))
        return std::nullopt;
    if (number.isFraction)
        s.unit = UnitWord {UnitWord::Percent, QStringLiteral("fraction"), 1};
    if (number.yearLike && !s.unit && !s.hasScale && !yearCountsObjects(c, i))
        return std::nullopt; // a year: the date finder's
    // "7-nm-Chip": the number, a glued hyphen and a physical unit.
    if (!s.unit && s.end + 1 < text.size() && text.is(s.end, u"-") && !text.at(s.end).spaceBefore) {
        if (auto it = r.units.constFind(text.view(s.end + 1).toString());
            it != r.units.constEnd() && it->kind == UnitWord::Physical) {
            s.unit = it.value();
            s.end += 2;
        }
    }
    addRate(c, s);
    if (!s.unit && first == i) {
        if (auto currency = CurrencyPrefixFinder::before(c, i)) {
            s.unit = currency;
            first = i - 1;
        }
    }
    if (first == i && range.value.isEmpty()) {
        if (const int sign = SignFinder::signBefore(c, i); sign >= 0) {
            s.value = -s.value;
            first = sign;
        }
    }
    QuantityFound found {first, s.end, {}};
    Mention &q = found.mention;
    q.type = EntityType::Quantity;
    // "fast die Hälfte": the article sits between approximation word and fraction.
    if (number.isFraction && first > 1 && text.folded(first - 1) == QLatin1String("die")
        && approximatorBefore(text, first - 1, r) >= 0)
        --first;
    if (const int approx = approximatorBefore(text, first, r); approx >= 0) {
        // "über" is a preposition after verbs like "verfügt über"; only the listed sense counts.
        // So is "über" after a noun or an amount before a span of time in the accusative ("ein
        // Vertrag über zehn Jahre", "Milliarden Euro über fünf Jahre"): the plural without the
        // dative's -n, which "more than" keeps after a dative preposition ("seit über fünf
        // Jahren"); after a verb it stays "more than" ("dauerte über 100 Tage", "ist über 150
        // Jahre alt").
        const bool ueber = text.folded(approx) == QLatin1String("ueber");
        const bool afterNoun = approx > 0 && text.at(approx - 1).sentence == t.sentence
            && ((text.at(approx - 1).kind == Token::Word && text.at(approx - 1).upper)
                || text.at(approx - 1).kind == Token::Number);
        const bool prepositional = ueber
            && ((approx > 0 && text.folded(approx - 1).startsWith(QLatin1String("verfueg")))
                || (afterNoun && s.unit && s.unit->kind == UnitWord::Time && s.end > i + 1
                    && text.view(s.end - 1).endsWith(u'e')));
        if (!prepositional) {
            first = approx;
            q.approx = true;
        }
    }
    if (!s.unit && !s.hasScale && ParenthesisAgeFinder::isAge(c, i, s.end, s.value))
        s.unit = UnitWord {UnitWord::Age, QStringLiteral("year"), 1};
    // Counted objects: what follows is a noun or adjective, and the span stays the numeral.
    if (!s.unit) {
        const bool followedByWord = s.end < text.size() && text.at(s.end).kind == Token::Word
            && text.at(s.end).sentence == t.sentence;
        // A small number word alone is mostly a pronoun ("die drei"); "dreiundzwanzig" is not.
        // "null" alone is a value, no count ("auf null gesunken").
        if (number.isWord && !number.isZero && !followedByWord && !s.hasScale && number.value <= 12)
            return std::nullopt;
        if (followedByWord && !number.isZero)
            q.unit = QStringLiteral("count");
    } else if (s.unit->unit.contains(QLatin1Char('|'))) {
        q.unit = currencyOfArticle(text, i, s.unit->unit, r) + s.per;
    } else {
        q.unit = s.unit->unit + s.per;
    }
    found.first = first;
    q.start = text.at(first).start;
    q.end = text.at(s.end - 1).end;
    if (!range.value.isEmpty())
        q.range = range.value;
    else
        q.value = s.value;
    return found;
}

} // namespace Lagebild::Analysis
