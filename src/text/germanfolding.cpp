// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/germanfolding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace Lagebild::Text {

namespace {

void appendUtf8(std::string &out, UChar32 c)
{
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, c, error);
    if (!error)
        out.append(buffer, size_t(length));
}

void appendFolded(std::string &out, UChar32 c)
{
    if (c < 0x80) {
        out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    switch (c) {
    case U'ä':
    case U'Ä':
        out.append("ae");
        return;
    case U'ö':
    case U'Ö':
        out.append("oe");
        return;
    case U'ü':
    case U'Ü':
        out.append("ue");
        return;
    case U'ß':
    case U'ẞ':
        out.append("ss");
        return;
    default:
        break;
    }
    if (u_charType(c) == U_NON_SPACING_MARK)
        return; // a stray combining mark (decomposed input): the base letter already went out
    const UChar32 lower = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposition;
    if (nfd && nfd->getDecomposition(lower, decomposition)) {
        // Keep the base letters, drop the combining marks: é → e, ł stays ł.
        for (int32_t i = 0; i < decomposition.length();) {
            const UChar32 part = decomposition.char32At(i);
            i += U16_LENGTH(part);
            if (u_charType(part) != U_NON_SPACING_MARK)
                appendUtf8(out, part);
        }
        return;
    }
    appendUtf8(out, lower);
}

} // namespace

void foldGermanUtf8(std::string_view word, std::string &out)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(word.data());
    const int32_t length = int32_t(word.size());
    for (int32_t i = 0; i < length;) {
        // Most words are ASCII, and the search index folds every word of every article: a run
        // of ASCII is lower-cased into room made once, not decoded and appended letter by letter.
        int32_t run = i;
        while (run < length && bytes[run] < 0x80)
            ++run;
        if (run > i) {
            const size_t at = out.size();
            out.resize(at + size_t(run - i));
            char *dst = out.data() + at;
            for (; i < run; ++i)
                *dst++ = char(bytes[i] >= 'A' && bytes[i] <= 'Z' ? bytes[i] + 32 : bytes[i]);
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            continue; // invalid byte: the store only holds valid UTF-8, so skip rather than guess
        appendFolded(out, c);
    }
}

QString foldGerman(QStringView text)
{
    const QByteArray utf8 = text.toString().normalized(QString::NormalizationForm_C).toUtf8();
    std::string out;
    out.reserve(size_t(utf8.size()) + 8);
    foldGermanUtf8(std::string_view(utf8.constData(), size_t(utf8.size())), out);
    return QString::fromStdString(out);
}

QString foldWord(QStringView word)
{
    QString out;
    out.reserve(foldedRoomPerUnit * word.size()); // the room foldWordInto asks for: no reallocation
    foldWordInto(word, out);
    return out;
}

qsizetype foldWordTo(QStringView word, char16_t *out)
{
    // Written through a pointer: appending QChar by QChar costs a call and a capacity check per
    // character, and this runs for every token and lexicon word. A character yields at most two
    // (umlauts, ß) or its canonical decomposition without marks (at most four).
    char16_t *dst = out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word[i].unicode();
        if (u < 0x80) {
            *dst++ = u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u;
            continue;
        }
        switch (u) {
        case u'ä':
        case u'Ä':
            *dst++ = u'a', *dst++ = u'e';
            continue;
        case u'ö':
        case u'Ö':
            *dst++ = u'o', *dst++ = u'e';
            continue;
        case u'ü':
        case u'Ü':
            *dst++ = u'u', *dst++ = u'e';
            continue;
        case u'ß':
        case u'ẞ':
            *dst++ = u's', *dst++ = u's';
            continue;
        default:
            break;
        }
        const QChar c(u);
        if (c.isMark())
            continue;
        const QChar lower = c.toCaseFolded();
        if (lower.decompositionTag() != QChar::Canonical) {
            *dst++ = lower.unicode();
            continue;
        }
        const QString parts = lower.decomposition();
        int written = 0;
        for (const QChar part : parts) {
            if (!part.isMark() && written < foldedRoomPerUnit) {
                *dst++ = part.unicode();
                ++written;
            }
        }
    }
    return dst - out;
}

void foldWordInto(QStringView word, QString &out)
{
    const qsizetype used = out.size();
    out.resize(used + foldedRoomPerUnit * word.size());
    const qsizetype written = foldWordTo(word, reinterpret_cast<char16_t *>(out.data()) + used);
    out.resize(used + written);
}

} // namespace Lagebild::Text
