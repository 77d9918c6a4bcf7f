// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/numbers.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/rbnf.h>

#include <algorithm>
#include <array>
#include <memory>

namespace Lagebild::Analysis {

namespace {

// German number words below a thousand, from ICU's German spell-out rules: formatted once
// (ICU's own parser expects the soft hyphens its formatter puts into compounds, which news text
// does not have), folded, with "hundert…" beside "einhundert…" as German writes both.
struct SpelledNumbers
{
    QHash<QString, int> belowThousand;
    QString thousand; ///< "tausend"
};

const SpelledNumbers &spelledNumbers()
{
    static const SpelledNumbers numbers = [] {
        SpelledNumbers n;
        UErrorCode status = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale("de"), status);
        if (U_FAILURE(status))
            return n;
        auto spell = [&format](int value) {
            icu::UnicodeString out;
            format.format(int32_t(value), out);
            QString word
                = QString::fromUtf16(reinterpret_cast<const char16_t *>(out.getBuffer()), out.length());
            word.remove(QChar(0x00AD));
            return Text::foldWord(word);
        };
        // The prefix compounds use for one ("ein" in "einhundert"), shared by "eins" and "einhundert".
        const QString one = spell(1), hundred = spell(100);
        int common = 0;
        while (common < one.size() && common < hundred.size() && one.at(common) == hundred.at(common))
            ++common;
        for (int v = 2; v < 1000; ++v) {
            const QString word = spell(v);
            n.belowThousand.insert(word, v);
            if (v >= 100 && v < 200)
                n.belowThousand.insert(word.mid(common), v);
        }
        n.thousand = spell(1000).mid(common);
        return n;
    }();
    return numbers;
}

// A folded number word below a million: "dreiundzwanzig", "zweitausendfuenfhundert",
// "tausendzweihundert", "dreihunderttausend".
std::optional<double> spelledOut(const QString &foldedWord)
{
    const SpelledNumbers &n = spelledNumbers();
    if (auto it = n.belowThousand.constFind(foldedWord); it != n.belowThousand.constEnd())
        return it.value();
    if (n.thousand.isEmpty())
        return std::nullopt;
    const int at = foldedWord.indexOf(n.thousand);
    if (at < 0)
        return std::nullopt;
    const QString head = foldedWord.left(at), tail = foldedWord.mid(at + n.thousand.size());
    const auto headIt = n.belowThousand.constFind(head);
    const auto tailIt = n.belowThousand.constFind(tail);
    if ((!head.isEmpty() && headIt == n.belowThousand.constEnd())
        || (!tail.isEmpty() && tailIt == n.belowThousand.constEnd()))
        return std::nullopt;
    const int thousands = head.isEmpty() ? 1 : headIt.value();
    const int rest = tail.isEmpty() ? 0 : tailIt.value();
    return double(thousands * 1000 + rest);
}

// The pieces German number words are made of, folded.
constexpr std::array<QStringView, 21> numberMorphemes {u"ein", u"eins", u"zwei", u"drei", u"vier", u"fuenf",
    u"sechs", u"sech", u"sieben", u"sieb", u"acht", u"neun", u"zehn", u"elf", u"zwoelf", u"zwanzig",
    u"dreissig", u"zig", u"hundert", u"tausend", u"und"};

// Whether a folded word is a sequence of number morphemes ("dreiundzwanzig", "zweitausend").
bool madeOfNumberMorphemes(QStringView word)
{
    // Such a word starts with a morpheme. Most words do not, and ruling them out first spares
    // the regular expression, which nearly every word of a text reached (a tenth of the time).
    if (std::none_of(numberMorphemes.begin(), numberMorphemes.end(),
            [word](QStringView m) { return Text::hasPrefix(word, m); }))
        return false;
    static const QRegularExpression sequence = [] {
        QStringList alternatives;
        for (const QStringView m : numberMorphemes)
            alternatives.append(m.toString());
        return QRegularExpression(
            QLatin1String("^(") + alternatives.join(QLatin1Char('|')) + QLatin1String(")+$"));
    }();
    return sequence.match(word).hasMatch();
}

// "sieben Komma zwei", "drei Komma fünf": the spoken decimal comma and one digit word after
// another.
ParsedNumber withSpokenDecimals(const TokenizedText &text, ParsedNumber n, const Resources &resources)
{
    const int point = n.endToken;
    if (point + 1 >= text.size() || n.isFraction)
        return n;
    const auto it = resources.numberWords.constFind(text.folded(point).toString());
    if (it == resources.numberWords.constEnd() || it->kind != NumberWord::Point)
        return n;
    double fraction = 0;
    double weight = 0.1;
    int k = point + 1;
    for (; k < text.size() && text.at(k).kind == Token::Word; ++k) {
        const QString word = text.folded(k).toString();
        std::optional<double> digit;
        if (auto d = resources.numberWords.constFind(word); d != resources.numberWords.constEnd())
            digit = d->kind == NumberWord::Number || d->kind == NumberWord::Article
                ? std::optional<double>(d->value)
                : std::nullopt;
        else if (madeOfNumberMorphemes(word))
            digit = spelledOut(word);
        if (!digit || *digit < 0 || *digit > 9)
            break;
        fraction += *digit * weight;
        weight /= 10;
    }
    if (k == point + 1)
        return n;
    n.value += fraction;
    n.endToken = k;
    n.spokenDecimal = true;
    n.isArticle = false;
    return n;
}

} // namespace

std::optional<double> parseGermanDigits(QStringView token)
{
    static const QRegularExpression thousands(QStringLiteral(R"(^\d{1,3}(\.\d{3})+(,\d+)?$)"));
    static const QRegularExpression decimalComma(QStringLiteral(R"(^\d+(,\d+)?$)"));
    static const QRegularExpression decimalPoint(QStringLiteral(R"(^\d+\.\d{1,2}$)"));
    QString t = token.toString();
    bool ok = false;
    double v = 0;
    if (thousands.match(t).hasMatch()) {
        t.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
        v = t.toDouble(&ok);
    } else if (decimalComma.match(t).hasMatch()) {
        v = t.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    } else if (decimalPoint.match(t).hasMatch()) {
        v = t.toDouble(&ok); // "2.5" in translated copy: an English decimal point
    }
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<ParsedNumber> parseNumberAt(
    const TokenizedText &text, int i, const Resources &resources, const WordInfo &info)
{
    if (i < 0 || i >= text.size())
        return std::nullopt;
    const Token &t = text.at(i);
    ParsedNumber n;
    if (t.kind == Token::Number) {
        const QStringView v = text.view(i);
        if (v.size() > 15)
            return std::nullopt; // phone numbers, ids
        auto value = parseGermanDigits(v);
        if (!value)
            return std::nullopt;
        n.value = *value;
        n.endToken = i + 1;
        n.yearLike = v.size() == 4 && *value >= 1900 && *value <= 2100;
        // "12 000": groups of three digits after a short first group, one (no-break) space apart.
        if (v.size() <= 3 && !v.contains(QLatin1Char('.')) && !v.contains(QLatin1Char(','))) {
            int j = i + 1;
            while (j < text.size() && text.at(j).kind == Token::Number && text.view(j).size() == 3
                && text.at(j).start - text.at(j - 1).end == 1) {
                const QChar gap = text.text().at(text.at(j).start - 1);
                if (gap != QLatin1Char(' ') && gap != QChar(0x00A0) && gap != QChar(0x202F))
                    break;
                n.value = n.value * 1000 + text.view(j).toDouble();
                ++j;
            }
            n.endToken = j;
            if (j > i + 1)
                n.yearLike = false;
        }
        return n;
    }
    if (t.kind != Token::Word || t.hasDigit)
        return std::nullopt;
    const QStringView folded = text.folded(i);
    if (info.has(WordInfo::NumberWord)) {
        const auto it = resources.numberWords.constFind(folded.toString());
        if (it->kind == NumberWord::Point || it->kind == NumberWord::Sign || it->kind == NumberWord::Vague
            || it->kind == NumberWord::PlusHalf)
            return std::nullopt;
        n.value = it->value;
        n.endToken = i + 1;
        n.isWord = true;
        n.isArticle = it->kind == NumberWord::Article || it->kind == NumberWord::Half;
        n.isFraction = it->kind == NumberWord::Fraction;
        // "eine halbe Million", "ein halbes Jahr": the article and the half are one number.
        if (it->kind == NumberWord::Article && i + 1 < text.size()) {
            const auto half = resources.numberWords.constFind(text.folded(i + 1).toString());
            if (half != resources.numberWords.constEnd() && half->kind == NumberWord::Half) {
                n.value = half->value;
                n.endToken = i + 2;
            }
        }
        return withSpokenDecimals(text, n, resources);
    }
    if (folded.size() < 3 || !folded.at(0).isLetter())
        return std::nullopt;
    // "zwölfeinhalb": a number word and a fused half.
    for (const QString &half : resources.halfSuffixes) {
        if (folded.size() <= half.size() + 2 || !folded.endsWith(half))
            continue;
        if (auto whole = parseNumberWord(folded.left(folded.size() - half.size()).toString(), resources)) {
            n.value = *whole + resources.numberWords.value(half).value;
            n.endToken = i + 1;
            n.isWord = true;
            return n;
        }
    }
    if (folded.size() > 5 && folded.endsWith(QLatin1String("mal"))) {
        const QString stem = folded.left(folded.size() - 3).toString();
        static const QRegularExpression stemMorphemes(QStringLiteral(
            R"(^(ein|zwei|drei|vier|fuenf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|zig|hundert|tausend|und)+$)"));
        if (!stemMorphemes.match(stem).hasMatch())
            return std::nullopt;
        std::optional<double> v;
        if (auto it = resources.numberWords.constFind(stem);
            it != resources.numberWords.constEnd() && it->kind == NumberWord::Number)
            v = it->value;
        else
            v = spelledOut(stem);
        if (v) {
            n.value = *v;
            n.endToken = i + 1;
            n.isWord = true;
            n.times = true;
            return n;
        }
    }
    // Only words built from German number morphemes can be spelled-out numbers; most words
    // are not, and asking ICU about every one of them was a tenth of the analysis time.
    if (!madeOfNumberMorphemes(folded))
        return std::nullopt;
    if (auto v = spelledOut(folded.toString())) {
        n.value = *v;
        n.endToken = i + 1;
        n.isWord = true;
        return withSpokenDecimals(text, n, resources);
    }
    return std::nullopt;
}

std::optional<double> parseNumberWord(const QString &folded, const Resources &resources)
{
    if (auto it = resources.numberWords.constFind(folded); it != resources.numberWords.constEnd())
        return it->kind == NumberWord::Number ? std::optional<double>(it->value) : std::nullopt;
    if (folded.size() < 3 || !madeOfNumberMorphemes(folded))
        return std::nullopt;
    return spelledOut(folded);
}

} // namespace Lagebild::Analysis
