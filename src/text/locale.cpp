// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/locale.h"

#include <boost/locale.hpp>
#include <unicode/unorm2.h>

#include <algorithm>
#include <limits>

namespace Lagebild::Text {

namespace {

// Generating a Boost.Locale locale loads ICU data; do it once. std::locale is immutable and
// safe to share between threads.
const std::locale &germanLocale()
{
    static const std::locale locale = [] {
        boost::locale::generator generator;
        generator.use_ansi_encoding(false);
        return generator("de_DE.UTF-8");
    }();
    return locale;
}

} // namespace

namespace {

// Whether ICU finds the text in NFC already, read in place. News text is, but its quotation
// marks and dashes („“ –) lie above U+0300, and converting it to UTF-8 and back for nothing was
// half of decoding a file. Unpaired surrogates take the converting path, which replaces them.
bool isNfc(const QString &text)
{
    if (text.size() > std::numeric_limits<int32_t>::max())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isSurrogate())
            continue;
        if (!c.isHighSurrogate() || i + 1 == text.size() || !text[i + 1].isLowSurrogate())
            return false;
        ++i;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return false;
    const UBool normalized = unorm2_isNormalized(
        nfc, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    return U_SUCCESS(status) && normalized;
}

} // namespace

QString toNfc(const QString &text)
{
    // Every code point below U+0300 is NFC-stable, and most German text has nothing else:
    // that check is cheap and saves two conversions.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x0300; }))
        return text;
    if (isNfc(text))
        return text;
    const std::string utf8 = text.toStdString();
    return QString::fromStdString(boost::locale::normalize(utf8, boost::locale::norm_nfc, germanLocale()));
}

QString firstSentence(const QString &text)
{
    namespace bl = boost::locale::boundary;
    const std::string utf8 = text.left(2000).toStdString();
    bl::ssegment_index sentences(bl::sentence, utf8.begin(), utf8.end(), germanLocale());
    sentences.rule(bl::sentence_term | bl::sentence_sep);
    for (const auto &sentence : sentences) {
        const QString s = QString::fromStdString(sentence.str()).trimmed();
        if (!s.isEmpty())
            return s;
    }
    return text.trimmed();
}

int compareGerman(const QString &a, const QString &b)
{
    const auto &collator = std::use_facet<boost::locale::collator<char>>(germanLocale());
    return collator.compare(boost::locale::collator_base::secondary, a.toStdString(), b.toStdString());
}

void sortGerman(QStringList &names)
{
    const auto &collator = std::use_facet<boost::locale::collator<char>>(germanLocale());
    std::vector<std::pair<std::string, QString>> keyed;
    keyed.reserve(size_t(names.size()));
    for (const QString &name : names) {
        const std::string utf8 = name.toStdString();
        keyed.emplace_back(collator.transform(boost::locale::collator_base::tertiary, utf8), name);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    for (qsizetype i = 0; i < names.size(); ++i)
        names[i] = keyed[size_t(i)].second;
}

} // namespace Lagebild::Text
