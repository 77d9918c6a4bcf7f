// SPDX-License-Identifier: GPL-3.0-or-later
// What the quantity finders share: unit words after a number and approximation words before it,
// both read from resources/analysis/ (units.tsv, approximators.tsv).

#include "analysis/quantityfinders.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <cmath>

namespace Lagebild::Analysis {

namespace {

// Text::wordHash of tokens [first, end) as unitAt() joins them (`gap` between them, none when 0),
// without making the string.
quint64 joinedHash(const TokenizedText &text, int first, int end, char16_t gap, QStringView tail = {})
{
    Text::WordHasher hasher;
    for (int k = first; k < end; ++k) {
        if (k > first && gap)
            hasher.add(gap);
        for (const QChar c : text.view(k))
            hasher.add(c.unicode());
    }
    for (const QChar c : tail)
        hasher.add(c.unicode());
    return hasher.result();
}

} // namespace

std::optional<UnitMatch> unitAt(const TokenizedText &text, int i, const Resources &r)
{
    if (i >= text.size())
        return std::nullopt;
    // Written-out units: "Gigabyte pro Sekunde".
    for (int words = 3; words >= 2; --words) {
        if (i + words > text.size() || !r.unitHashes.contains(joinedHash(text, i, i + words, u' ')))
            continue;
        QString phrase = text.view(i).toString();
        for (int k = 1; k < words; ++k)
            phrase += QLatin1Char(' ') + text.view(i + k);
        if (auto it = r.units.constFind(phrase); it != r.units.constEnd())
            return UnitMatch {it.value(), i + words};
    }
    // Abbreviations of several words with their periods, as written: "v. H." (per cent).
    for (int words = 4; words >= 3; --words) {
        if (i + words > text.size() || !text.is(i + 1, u".") || text.at(i + 1).spaceBefore)
            continue;
        const int from = text.at(i).start;
        if (!r.unitHashes.contains(
                Text::wordHash(QStringView(text.text()).mid(from, text.at(i + words - 1).end - from))))
            continue;
        const QString written = text.text().mid(from, text.at(i + words - 1).end - from);
        if (auto it = r.units.constFind(written); it != r.units.constEnd())
            return UnitMatch {it.value(), i + words};
    }
    // Multi-token surfaces first: "US-Dollar", "TB/s", "GB/s", "Taiwan-Dollar".
    if (i + 2 < text.size() && !text.at(i + 1).spaceBefore && !text.at(i + 2).spaceBefore
        && r.unitHashes.contains(joinedHash(text, i, i + 3, 0))) {
        const QString joined = text.view(i).toString() + text.view(i + 1) + text.view(i + 2);
        if (auto it = r.units.constFind(joined); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 3};
    }
    // "°C": a sign and a letter.
    if (i + 1 < text.size() && !text.at(i + 1).spaceBefore && text.at(i).kind == Token::Punct
        && r.unitHashes.contains(joinedHash(text, i, i + 2, 0))) {
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
    // "Mio." / "Mrd." / "Tsd.": the abbreviation and its period.
    if (i + 1 < text.size() && text.is(i + 1, u".") && !text.at(i + 1).spaceBefore
        && r.unitHashes.contains(joinedHash(text, i, i + 1, 0, u"."))) {
        if (auto it = r.units.constFind(text.view(i).toString() + QLatin1Char('.')); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 2};
    }
    if (r.unitHashes.contains(Text::wordHash(text.view(i)))) {
        if (auto it = r.units.constFind(text.view(i).toString()); it != r.units.constEnd())
            return UnitMatch {it.value(), i + 1};
    }
    // text.hash() is the folded token's Text::wordHash.
    if (r.unitFoldedHashes.contains(text.hash(i))) {
        if (auto it = r.unitsFolded.constFind(text.folded(i).toString()); it != r.unitsFolded.constEnd())
            return UnitMatch {it.value(), i + 1};
    }
    return std::nullopt;
}

std::optional<RateMatch> rateAt(const TokenizedText &text, int i, const Resources &r)
{
    if (i + 1 >= text.size() || !r.rateWords.count(text.hash(i))
        || text.at(i).sentence != text.at(i + 1).sentence)
        return std::nullopt;
    const auto u = unitAt(text, i + 1, r);
    if (!u || (u->word.kind != UnitWord::Physical && u->word.kind != UnitWord::Time))
        return std::nullopt;
    return RateMatch {QLatin1Char('/') + r.rateSymbols.value(u->word.unit, u->word.unit), u->endToken};
}

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

QString currencyOfArticle(const TokenizedText &text, int i, const QString &alternatives, const Resources &r)
{
    const QStringList units = alternatives.split(QLatin1Char('|'));
    const auto named = [&](int k) {
        if (text.at(k).kind != Token::Word)
            return QString();
        const auto it = r.currencyCountryWords.constFind(text.folded(k).toString());
        return it != r.currencyCountryWords.constEnd() && units.contains(*it) ? *it : QString();
    };
    for (int k = i - 1; k >= 0; --k) {
        if (QString unit = named(k); !unit.isEmpty())
            return unit;
    }
    for (int k = i + 1; k < text.size(); ++k) {
        if (QString unit = named(k); !unit.isEmpty())
            return unit;
    }
    return units.first();
}

double inMainUnit(double value, const UnitWord &unit)
{
    if (unit.kind != UnitWord::Currency || unit.multiplier <= 0 || unit.multiplier >= 1)
        return value;
    return value / std::round(1 / unit.multiplier);
}

QString formatQuantityValue(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 10);
}

} // namespace Lagebild::Analysis
