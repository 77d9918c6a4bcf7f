// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/numbers.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <unicode/fmtable.h>
#include <unicode/rbnf.h>

#include <memory>

namespace Lagebild::Analysis {

namespace {

// ICU's spell-out parser is slow and not documented as thread-safe; words repeat, so parse
// each once, under a lock, and remember the answer.
std::optional<double> spelledOut(const QString &foldedWord, const QString &word)
{
    static QMutex mutex;
    static QHash<QString, std::optional<double>> cache;
    static std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("de"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    const QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(foldedWord); it != cache.constEnd())
        return it.value();
    std::optional<double> result;
    // Ordinals ("dritte", "vierten") and adverbs ("dreimal") are not cardinal numbers here.
    static const QRegularExpression ordinal(QStringLiteral(R"((te|ten|ter|tes|tem|mal)$)"));
    if (format && word.size() >= 3 && !ordinal.match(foldedWord).hasMatch()) {
        const QString lower = word.toLower();
        const icu::UnicodeString text(reinterpret_cast<const UChar *>(lower.utf16()), int32_t(lower.size()));
        icu::Formattable parsed;
        icu::ParsePosition position(0);
        format->parse(text, parsed, position);
        UErrorCode status = U_ZERO_ERROR;
        if (position.getIndex() == text.length() && position.getErrorIndex() < 0) {
            const double v = parsed.getDouble(status);
            if (U_SUCCESS(status) && v >= 2 && v < 1e6 && v == double(qint64(v)))
                result = v;
        }
    }
    cache.insert(foldedWord, result);
    return result;
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

std::optional<ParsedNumber> parseNumberAt(const TokenizedText &text, int i, const Resources &resources, const WordInfo &info)
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
    const QString &folded = text.folded(i);
    if (info.has(WordInfo::NumberWord)) {
        const auto it = resources.numberWords.constFind(folded);
        n.value = it->value;
        n.endToken = i + 1;
        n.isWord = true;
        n.isArticle = it->kind == NumberWord::Article;
        n.isFraction = it->kind == NumberWord::Fraction;
        return n;
    }
    if (folded.size() < 3 || !folded.at(0).isLetter())
        return std::nullopt;
    if (folded.size() > 5 && folded.endsWith(QLatin1String("mal"))) {
        const QString stem = folded.left(folded.size() - 3);
        static const QRegularExpression stemMorphemes(QStringLiteral(
            R"(^(ein|zwei|drei|vier|fuenf|sechs|sieben|sieb|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|zig|hundert|tausend|und)+$)"));
        if (!stemMorphemes.match(stem).hasMatch())
            return std::nullopt;
        std::optional<double> v;
        if (auto it = resources.numberWords.constFind(stem); it != resources.numberWords.constEnd() && it->kind == NumberWord::Number)
            v = it->value;
        else
            v = spelledOut(stem, text.view(i).left(text.view(i).size() - 3).toString());
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
    static const QRegularExpression morphemes(QStringLiteral(
        R"(^(ein|eins|zwei|drei|vier|fuenf|sechs|sieben|sieb|acht|neun|zehn|elf|zwoelf|zwanzig|dreissig|zig|hundert|tausend|und)+$)"));
    if (!morphemes.match(folded).hasMatch())
        return std::nullopt;
    if (auto v = spelledOut(folded, text.view(i).toString())) {
        n.value = *v;
        n.endToken = i + 1;
        n.isWord = true;
        return n;
    }
    return std::nullopt;
}

} // namespace Lagebild::Analysis
