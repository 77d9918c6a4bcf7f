// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/numbers.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QHash>

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

// Whether a folded word is a sequence of number morphemes ("dreiundzwanzig", "zweitausend"):
// the positions a sequence of pieces can reach, from the start to the end. Most words fail at
// the first letter, so the check costs little on the words of a text, which nearly all reach it.
bool madeOfNumberMorphemes(QStringView word, const Resources &resources)
{
    constexpr int longest = 64;
    const int n = int(word.size());
    if (n == 0 || n > longest)
        return false;
    // Most words fail on their first two letters (the list's morphemes all have two a–z).
    const char16_t a = word[0].unicode(), b = n > 1 ? word[1].unicode() : u' ';
    if (resources.numberMorphemeStartsKnown
        && (a < u'a' || a > u'z' || b < u'a' || b > u'z'
            || !resources.numberMorphemeStarts.test(size_t(26 * (a - u'a') + (b - u'a')))))
        return false;
    std::array<bool, longest + 1> reached {};
    reached[0] = true;
    for (int at = 0; at < n; ++at) {
        if (!reached[size_t(at)])
            continue;
        // The pieces starting with this letter (the list is sorted).
        const auto &pieces = resources.numberMorphemes;
        auto piece = std::lower_bound(
            pieces.begin(), pieces.end(), word[at], [](const QString &p, QChar c) { return p.front() < c; });
        for (; piece != pieces.end() && piece->front() == word[at]; ++piece) {
            if (piece->size() <= n - at && word.sliced(at, piece->size()) == *piece)
                reached[size_t(at + piece->size())] = true;
        }
    }
    return reached[size_t(n)];
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
                    || d->kind == NumberWord::Zero
                ? std::optional<double>(d->value)
                : std::nullopt;
        else if (madeOfNumberMorphemes(word, resources))
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
    n.isZero = false;
    return n;
}

} // namespace

std::optional<double> parseGermanDigits(QStringView token)
{
    // The three forms, read by hand (regular expressions and QString::toDouble were a twentieth
    // of the analysis): "1.234.567,89" (points group thousands, comma before decimals), "12,5"
    // and "2.5" (an English decimal point with one or two decimals, as translated copy has it).
    const int n = int(token.size());
    auto digitsFrom = [&](int &p) {
        const int from = p;
        while (p < n && token[p] >= u'0' && token[p] <= u'9')
            ++p;
        return p - from;
    };
    int p = 0;
    const int lead = digitsFrom(p);
    if (lead == 0)
        return std::nullopt;
    int decimals = 0;
    if (p < n && token[p] == u'.') {
        int q = p + 1;
        const int group = digitsFrom(q);
        if (lead <= 3 && group == 3) {
            p = q;
            while (p < n && token[p] == u'.') {
                q = p + 1;
                if (digitsFrom(q) != 3)
                    return std::nullopt;
                p = q;
            }
            if (p < n) {
                if (token[p] != u',')
                    return std::nullopt;
                q = p + 1;
                decimals = digitsFrom(q);
                if (decimals == 0 || q != n)
                    return std::nullopt;
            }
        } else if (group >= 1 && group <= 2 && q == n) {
            decimals = group;
        } else {
            return std::nullopt;
        }
    } else if (p < n) {
        if (token[p] != u',')
            return std::nullopt;
        int q = p + 1;
        decimals = digitsFrom(q);
        if (decimals == 0 || q != n)
            return std::nullopt;
    }
    // Up to 15 digits the integer is exact in a double, and so is 10^decimals: one division
    // rounds correctly, the same value a decimal parser gives. Longer ones go through one.
    QByteArray plain;
    plain.reserve(n);
    for (int k = 0; k < n; ++k) {
        if (token[k] >= u'0' && token[k] <= u'9')
            plain.append(char(token[k].unicode()));
        else if (k == n - decimals - 1)
            plain.append('.');
    }
    const int digits = int(plain.size()) - (decimals > 0 ? 1 : 0);
    if (digits <= 15) {
        qint64 mantissa = 0;
        for (const char c : std::as_const(plain)) {
            if (c != '.')
                mantissa = mantissa * 10 + (c - '0');
        }
        constexpr std::array<double, 16> powers {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        return double(mantissa) / powers[size_t(decimals)];
    }
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
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
        n.isZero = it->kind == NumberWord::Zero;
        n.isArticle = it->kind == NumberWord::Article || it->kind == NumberWord::Half || n.isZero;
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
        if (folded.size() <= half.size() + 2 || !Text::hasSuffix(folded, half))
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
        if (!madeOfNumberMorphemes(stem, resources))
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
    if (!madeOfNumberMorphemes(folded, resources))
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
    if (folded.size() < 3 || !madeOfNumberMorphemes(folded, resources))
        return std::nullopt;
    return spelledOut(folded);
}

} // namespace Lagebild::Analysis
