// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"

#include "text/locale.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <cstring>
#include <memory>

namespace Lagebild {

namespace {

struct Utf8Check
{
    qsizetype firstInvalid = -1;
    int multiByteSequences = 0;
};

Utf8Check checkUtf8(const QByteArray &data, qsizetype from)
{
    Utf8Check check;
    const auto *bytes = reinterpret_cast<const uint8_t *>(data.constData());
    const int32_t length = int32_t(data.size());
    for (int32_t i = int32_t(from); i < length;) {
        // ASCII, eight bytes at a time: nothing to check or count there.
        if (length - i >= 8) {
            quint64 eight;
            std::memcpy(&eight, bytes + i, sizeof eight);
            if ((eight & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            if (check.firstInvalid < 0)
                check.firstInvalid = start;
        } else if (c >= 0x80) {
            ++check.multiByteSequences;
        }
    }
    return check;
}

bool looksBinary(const QByteArray &data)
{
    // NUL bytes never occur in 8-bit or UTF-8 text; many C0 controls mean a binary format.
    const qsizetype probe = std::min<qsizetype>(data.size(), 64 * 1024);
    int controls = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        // Eight bytes none of which is under 0x20 are passed over at once (a borrow in the test
        // only ever follows a byte that is under it, so the test is exact for "none").
        if (probe - i >= 8) {
            quint64 eight;
            std::memcpy(&eight, data.constData() + i, sizeof eight);
            if (((eight - 0x2020202020202020ull) & ~eight & 0x8080808080808080ull) == 0) {
                i += 7;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return probe > 0 && controls * 100 > probe; // over 1% control characters
}

Expected<QString> convert(const QByteArray &data, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        return Error {QStringLiteral("unsupported character encoding %1").arg(QString::fromLatin1(charset))};
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(data.size() * 2 + 16, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t written = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
        int32_t(out.size()), data.constData(), int32_t(data.size()), &status);
    if (U_FAILURE(status))
        return Error {QStringLiteral("bytes that are not valid %1").arg(QString::fromLatin1(charset))};
    out.truncate(written);
    return out;
}

QString detectLegacyCharset(const QByteArray &data)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return QStringLiteral("windows-1252");
    ucsdet_setText(
        detector.get(), data.constData(), int32_t(std::min<qsizetype>(data.size(), 1 << 20)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < count; ++i) {
            const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
            // Only the encodings German archives actually use; ICU's guesses among Cyrillic
            // or Asian code pages for short German text are noise.
            if (name == QLatin1String("ISO-8859-1") || name == QLatin1String("windows-1252")
                || name == QLatin1String("ISO-8859-15") || name == QLatin1String("ISO-8859-2")
                || name == QLatin1String("windows-1250"))
                return name == QLatin1String("ISO-8859-1") ? QStringLiteral("windows-1252") : name;
        }
    }
    // Windows-1252 is a superset of ISO-8859-1's printable range: the safe default.
    return QStringLiteral("windows-1252");
}

} // namespace

Expected<DecodedText> decodeText(const QByteArray &data, const QString &declaredCharset)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        const bool little = data.startsWith("\xFF\xFE");
        auto text = convert(data.mid(2), little ? "UTF-16LE" : "UTF-16BE");
        if (!text)
            return Error {QStringLiteral("broken UTF-16 text (%1)").arg(text.errorMessage())};
        return DecodedText {
            Text::toNfc(text.value()), little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
    }
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (looksBinary(data))
        return Error {QStringLiteral("binary data, not text")};

    const Utf8Check utf8 = checkUtf8(data, bom ? 3 : 0);
    if (utf8.firstInvalid < 0) {
        QString text = QString::fromUtf8(data.constData() + (bom ? 3 : 0), data.size() - (bom ? 3 : 0));
        return DecodedText {Text::toNfc(text), QStringLiteral("UTF-8")};
    }
    const QString declared = declaredCharset.trimmed().toLower();
    const bool declaredUtf8 = declared == QLatin1String("utf-8") || declared == QLatin1String("utf8");
    if (bom || utf8.multiByteSequences > 0 || declaredUtf8) {
        return Error {
            QStringLiteral("invalid UTF-8 (byte 0x%1 at offset %2) in a file that is otherwise UTF-8")
                .arg(static_cast<unsigned char>(data[utf8.firstInvalid]), 2, 16, QLatin1Char('0'))
                .arg(utf8.firstInvalid)};
    }
    QString charset = declared.isEmpty() ? detectLegacyCharset(data) : declaredCharset.trimmed();
    if (charset.compare(QLatin1String("iso-8859-1"), Qt::CaseInsensitive) == 0
        || charset.compare(QLatin1String("latin1"), Qt::CaseInsensitive) == 0)
        charset = QStringLiteral("windows-1252"); // what "Latin-1" files really contain (€, „“)
    auto text = convert(data, charset.toLatin1().constData());
    if (!text)
        return Error {QStringLiteral("neither UTF-8 nor %1 text: %2").arg(charset, text.errorMessage())};
    return DecodedText {Text::toNfc(text.value()), charset};
}

} // namespace Lagebild
