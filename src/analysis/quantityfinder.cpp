// SPDX-License-Identifier: GPL-3.0-or-later
// QUANTITY: a number with what it counts or measures, approximation words in front.
// "fast 421.000", "rund 4,5 Milliarden Dollar", "12 bis 15 Monaten", "7-nm", "zwei Drittel".

#include "analysis/candidate.h"
#include "analysis/dategrammar.h"
#include "analysis/numbers.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QRegularExpression>

#include <cmath>

namespace Lagebild::Analysis {

namespace {

struct UnitMatch
{
    UnitWord word;
    int endToken = 0;
};

// A unit word at token i: "Dollar", "US-Dollar", "Prozent", "%", "nm", "TB/s", "-fache".
std::optional<UnitMatch> unitAt(const TokenizedText &text, int i, const Resources &r)
{
    if (i >= text.size())
        return std::nullopt;
    // Written-out units: "Gigabyte pro Sekunde".
    for (int words = 3; words >= 2; --words) {
        if (i + words > text.size())
            continue;
        QString phrase = text.view(i).toString();
        for (int k = 1; k < words; ++k)
            phrase += QLatin1Char(' ') + text.view(i + k);
        if (auto it = r.units.constFind(phrase); it != r.units.constEnd())
            return UnitMatch {it.value(), i + words};
    }
    // Multi-token surfaces first: "US-Dollar", "TB/s", "GB/s", "Taiwan-Dollar".
    if (i + 2 < text.size() && !text.at(i + 1).spaceBefore && !text.at(i + 2).spaceBefore) {
        const QString joined = text.view(i).toString() + text.view(i + 1) + text.view(i + 2);
        if (auto it = r.units.constFind(joined); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 3};
    }
    // "°C": a sign and a letter.
    if (i + 1 < text.size() && !text.at(i + 1).spaceBefore && text.at(i).kind == Token::Punct) {
        const QString joined = text.view(i).toString() + text.view(i + 1);
        if (auto it = r.units.constFind(joined); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 2};
    }
    // "-fache", "-Jährige": a glued hyphen and the suffix
    if (text.is(i, u"-") && !text.at(i).spaceBefore && i + 1 < text.size()) {
        if (auto it = r.unitsFolded.constFind(text.folded(i + 1).toString());
            it != r.unitsFolded.constEnd() && (it->kind == UnitWord::Factor || it->kind == UnitWord::Age))
            return UnitMatch {it.value(), i + 2};
        return std::nullopt;
    }
    const QString surface = text.view(i).toString();
    // "Mio." / "Mrd." / "Tsd.": the abbreviation and its period.
    if (i + 1 < text.size() && text.is(i + 1, u".") && !text.at(i + 1).spaceBefore) {
        if (auto it = r.units.constFind(surface + QLatin1Char('.')); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 2};
    }
    if (auto it = r.units.constFind(surface); it != r.units.constEnd())
        return UnitMatch {it.value(), i + 1};
    if (auto it = r.unitsFolded.constFind(text.folded(i).toString()); it != r.unitsFolded.constEnd())
        return UnitMatch {it.value(), i + 1};
    return std::nullopt;
}

// Approximation words ending right before token i; returns the first token of the phrase.
int approximatorBefore(const TokenizedText &text, int i, const Resources &r)
{
    for (const QStringList &phrase : r.approximators) {
        const int start = i - int(phrase.size());
        if (start < 0)
            continue;
        bool match = true;
        for (int k = 0; k < phrase.size() && match; ++k)
            match = text.folded(start + k) == phrase[k];
        if (match && text.at(start).sentence == text.at(i).sentence)
            return start;
    }
    return -1;
}

QString formatValue(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 10);
}

// "der Zwölfjährige": a number word fused with an age suffix from units.tsv, written as a noun;
// as an adjective it is a duration or part of a name ("im Dreißigjährigen Krieg").
bool fusedAge(FinderContext &c, int i)
{
    if (!c.text.at(i).upper
        || (i + 1 < c.text.size() && c.text.at(i + 1).kind == Token::Word && c.text.at(i + 1).upper))
        return false;
    const QStringView folded = c.text.folded(i);
    for (const QString &suffix : c.resources.ageSuffixes) {
        if (folded.size() <= suffix.size() + 2 || !folded.endsWith(suffix))
            continue;
        const QString stem = folded.left(folded.size() - suffix.size()).toString();
        const auto years = parseNumberWord(stem, c.resources);
        if (!years)
            return false;
        Mention q;
        q.type = EntityType::Quantity;
        q.start = c.text.at(i).start;
        q.end = c.text.at(i).end;
        q.value = *years;
        q.unit = QStringLiteral("year");
        c.add(i, i + 1, q, Priority::Quantity);
        return true;
    }
    return false;
}

// "Müller (52)": a small number alone in parentheses after a name is an age.
bool ageInParentheses(const TokenizedText &text, int i, int end)
{
    return i >= 2 && end < text.size() && text.is(i - 1, u"(") && text.is(end, u")")
        && text.at(i - 2).kind == Token::Word && text.at(i - 2).upper && end == i + 1
        && text.view(i).size() <= 3;
}

bool isOrdinal(const TokenizedText &text, int end)
{
    // "3. Quartal", "14. Oktober": a number glued to a period that does not end the sentence.
    return end < text.size() && text.is(end, u".") && !text.at(end).spaceBefore && end + 1 < text.size()
        && text.at(end + 1).sentence == text.at(end).sentence;
}

} // namespace

void findQuantities(FinderContext &c)
{
    const TokenizedText &text = c.text;
    const Resources &r = c.resources;
    static const QRegularExpression glued(
        QStringLiteral(R"(^(\d+(?:[.,]\d+)?)(nm|W|kW|GB|TB|MB|GHz|MHz|mm|kg|t)$)"));
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind == Token::Word && !t.hasDigit && fusedAge(c, i))
            continue;
        // "7nm", "96GB": number and unit in one word.
        if (t.kind == Token::Word && t.hasDigit) {
            const auto m = glued.match(text.view(i));
            if (m.hasMatch()) {
                Mention q;
                q.type = EntityType::Quantity;
                q.start = t.start;
                q.end = t.end;
                q.value = parseGermanDigits(m.capturedView(1));
                q.unit = m.captured(2);
                c.add(i, i + 1, q, Priority::Quantity);
            }
            continue;
        }
        auto number = parseNumberAt(text, i, c.resources, c.word(i));
        if (!number)
            continue;
        // "18.00 Uhr": a time of day, not a quantity.
        if (t.kind == Token::Number && c.word(number->endToken).glue == WordInfo::Clock)
            continue;
        // "1/4": a fraction written with digits (a date's slashes are the date finder's).
        if (t.kind == Token::Number && number->endToken == i + 1 && i + 2 < text.size()
            && text.is(i + 1, u"/") && !text.at(i + 1).spaceBefore && !text.at(i + 2).spaceBefore
            && text.at(i + 2).kind == Token::Number && text.view(i).size() <= 2
            && text.view(i + 2).size() <= 2 && !(i + 3 < text.size() && text.is(i + 3, u"/"))) {
            const double denominator = text.view(i + 2).toDouble();
            if (denominator >= 2 && number->value < denominator) {
                Mention q;
                q.type = EntityType::Quantity;
                q.start = t.start;
                q.end = text.at(i + 2).end;
                q.value = number->value / denominator;
                q.unit = QStringLiteral("fraction");
                c.add(i, i + 3, q, Priority::Quantity);
                i += 2;
                continue;
            }
        }
        // "mehrere Hunderttausend Chips": a vague amount, not a quantity.
        if (number->isWord && i > 0 && c.has(i - 1, WordInfo::NumberWord)) {
            const auto before = r.numberWords.constFind(text.folded(i - 1).toString());
            if (before != r.numberWords.constEnd() && before->kind == NumberWord::Vague)
                continue;
        }
        // Identifiers and model numbers sit inside product names; dates and times are DATE.
        if (t.kind == Token::Number
            && (isOrdinal(text, number->endToken)
                || (number->endToken < text.size() && text.is(number->endToken, u":")
                    && !text.at(number->endToken).spaceBefore)))
            continue;
        if (t.kind == Token::Number && i > 0 && !t.spaceBefore
            && (text.is(i - 1, u"/") || text.is(i - 1, u":")))
            continue;

        Mention q;
        q.type = EntityType::Quantity;
        int first = i;
        int end = number->endToken;
        if (number->times) {
            // "mehr als dreimal so hoch", "etwa sechsmal": a factor; bare "zweimal" is an idiom.
            const int approx = approximatorBefore(text, i, r);
            if (approx < 0 && !(end < text.size() && text.folded(end) == QLatin1String("so")))
                continue;
            q.unit = QStringLiteral("factor");
            q.value = number->value;
            q.approx = approx >= 0;
            q.start = text.at(approx >= 0 ? approx : i).start;
            q.end = t.end;
            c.add(approx >= 0 ? approx : i, end, q, Priority::Quantity);
            continue;
        }
        double value = number->value;
        QString range;
        // "zwischen 2 und 3 Prozent": the range word opens the span.
        const bool between = c.has(i - 1, WordInfo::RangeStart) && end + 1 < text.size()
            && c.word(end).glue == WordInfo::And;
        if (between)
            first = i - 1;

        // Ranges: "12 bis 15", "600.000 bis 700.000", "12–15".
        if (end + 1 < text.size()
            && (between || text.folded(end) == QLatin1String("bis") || text.is(end, u"–")
                || text.is(end, u"-"))) {
            if (auto upper = parseNumberAt(text, end + 1, c.resources, c.word(end + 1));
                upper && !upper->isArticle && !upper->yearLike && !number->yearLike) {
                double scale = 1;
                int after = upper->endToken;
                if (auto u = unitAt(text, after, r); u && u->word.kind == UnitWord::Scale)
                    scale = u->word.multiplier;
                range = formatValue(value * scale) + QLatin1Char('-') + formatValue(upper->value * scale);
                end = upper->endToken;
            }
        }

        // Scale and unit after the number.
        bool hasScale = false;
        std::optional<UnitWord> unit;
        if (auto u = unitAt(text, end, r)) {
            if (u->word.kind == UnitWord::Scale) {
                hasScale = true;
                value *= u->word.multiplier;
                end = u->endToken;
                // "zwei Millionen dreihunderttausend": a smaller number word after the scale adds.
                if (range.isEmpty() && end < text.size() && !c.has(end, WordInfo::NumberWord)
                    && text.at(end).kind == Token::Word) {
                    if (auto rest = parseNumberAt(text, end, r, c.word(end)); rest && rest->isWord
                        && !rest->isArticle && !rest->isFraction && rest->value < u->word.multiplier) {
                        value += rest->value;
                        end = rest->endToken;
                    }
                }
                if (auto u2 = unitAt(text, end, r); u2 && u2->word.kind != UnitWord::Scale) {
                    unit = u2->word;
                    end = u2->endToken;
                }
            } else {
                unit = u->word;
                end = u->endToken;
            }
        }
        // "ein Viertel", "zwei Drittel": a number word and a fraction noun.
        if (number->isWord && !number->isFraction && !unit && !hasScale && end < text.size()) {
            if (auto frac = parseNumberAt(text, end, c.resources, c.word(end)); frac && frac->isFraction) {
                value = number->isArticle ? frac->value : number->value * frac->value;
                unit = UnitWord {UnitWord::Percent, QStringLiteral("fraction"), 1};
                end = frac->endToken;
            }
        }
        if (number->isArticle && !hasScale && !unit)
            continue; // "ein", "eine": an article unless a unit, scale or fraction follows
        // "fiel in eine Woche, in der …": "in" with the accusative is a direction, not a duration.
        if (number->isArticle && !hasScale && unit && unit->kind == UnitWord::Time
            && c.word(i - 1).glue == WordInfo::In && !r.numberWords.value(text.folded(i).toString()).dative)
            continue;
        if (number->isArticle && unit && unit->kind != UnitWord::Time && unit->kind != UnitWord::Currency
            && unit->kind != UnitWord::Percent && !hasScale)
            continue;
        if (number->isFraction) {
            unit = UnitWord {UnitWord::Percent, QStringLiteral("fraction"), 1};
        }
        if (number->yearLike && !unit && !hasScale && !yearCountsObjects(c, i))
            continue; // a year: the date finder's
        // "7-nm-Chip": the number, a glued hyphen and a physical unit.
        if (!unit && end + 1 < text.size() && text.is(end, u"-") && !text.at(end).spaceBefore) {
            if (auto it = r.units.constFind(text.view(end + 1).toString());
                it != r.units.constEnd() && it->kind == UnitWord::Physical) {
                unit = it.value();
                end += 2;
            }
        }
        // Currency written before the number: "$5", "€ 3", "EUR 500".
        if (!unit && i > 0 && first == i) {
            const auto before = r.units.constFind(text.view(i - 1).toString());
            if (before != r.units.constEnd() && before->kind == UnitWord::Currency
                && (text.at(i - 1).kind == Token::Punct || text.at(i - 1).allUpper)) {
                unit = before.value();
                first = i - 1;
            }
        }
        // A sign: "-5 °C" (a hyphen glued to the number, not between two numbers), "minus drei Grad".
        if (first == i && i > 0 && range.isEmpty()) {
            const bool gluedSign = (text.is(i - 1, u"-") || text.is(i - 1, u"\u2212")) && !t.spaceBefore
                && (i == 1 || text.at(i - 1).spaceBefore) && (i < 2 || text.at(i - 2).kind != Token::Number);
            const auto word = r.numberWords.constFind(text.folded(i - 1).toString());
            const bool spoken = text.at(i - 1).kind == Token::Word && word != r.numberWords.constEnd()
                && word->kind == NumberWord::Sign;
            if (gluedSign || spoken) {
                value = -value;
                first = i - 1;
            }
        }
        // "fast die Hälfte": the article sits between approximation word and fraction.
        if (number->isFraction && first > 1 && text.folded(first - 1) == QLatin1String("die")
            && approximatorBefore(text, first - 1, r) >= 0)
            --first;
        if (const int approx = approximatorBefore(text, first, r); approx >= 0) {
            // "über" is a preposition after verbs like "verfügt über"; only the listed sense counts.
            const bool prepositional = text.folded(approx) == QLatin1String("ueber") && approx > 0
                && text.folded(approx - 1).startsWith(QLatin1String("verfueg"));
            if (!prepositional) {
                first = approx;
                q.approx = true;
            }
        }
        if (!unit && !hasScale && t.kind == Token::Number && value >= 1 && value <= 120
            && ageInParentheses(text, i, end))
            unit = UnitWord {UnitWord::Age, QStringLiteral("year"), 1};
        // Counted objects: what follows is a noun or adjective, and the span stays the numeral.
        if (!unit) {
            const bool followedByWord = end < text.size() && text.at(end).kind == Token::Word
                && text.at(end).sentence == t.sentence;
            // A small number word alone is mostly a pronoun ("die drei"); "dreiundzwanzig" is not.
            if (number->isWord && !followedByWord && !hasScale && number->value <= 12)
                continue; // "die drei" standing alone is rarely a quantity worth a mention
            if (followedByWord)
                q.unit = QStringLiteral("count");
        } else {
            q.unit = unit->unit;
        }
        q.start = text.at(first).start;
        q.end = text.at(end - 1).end;
        if (!range.isEmpty())
            q.range = range;
        else
            q.value = value;
        c.add(first, end, q, Priority::Quantity);
        i = end - 1;
    }
}

} // namespace Lagebild::Analysis
