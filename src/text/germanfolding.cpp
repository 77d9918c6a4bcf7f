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
    out.reserve(word.size() + 2);
    foldWordInto(word, out);
    return out;
}

void foldWordInto(QStringView word, QString &out)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
            continue;
        }
        switch (u) {
        case u'ä':
        case u'Ä':
            out += QLatin1String("ae");
            continue;
        case u'ö':
        case u'Ö':
            out += QLatin1String("oe");
            continue;
        case u'ü':
        case u'Ü':
            out += QLatin1String("ue");
            continue;
        case u'ß':
        case u'ẞ':
            out += QLatin1String("ss");
            continue;
        default:
            break;
        }
        if (c.isMark())
            continue;
        const QChar lower = c.toCaseFolded();
        if (lower.decompositionTag() == QChar::Canonical) {
            for (const QChar part : lower.decomposition()) {
                if (!part.isMark())
                    out += part;
            }
        } else {
            out += lower;
        }
    }
}

} // namespace Lagebild::Text
