// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/caseless.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <sqlite3.h>

#include <QString>

namespace Lagebild::Sqlite {

namespace {

/// One past the last code point: ill-formed bytes are ordered after every character.
constexpr UChar32 afterUnicode = 0x110000;

/// The next character of `text` from `offset`, lower-cased; ASCII without a call into ICU, as
/// nearly all of what is compared is ASCII.
UChar32 nextFolded(const uint8_t *text, int32_t &offset, int32_t length)
{
    const uint8_t byte = text[offset];
    if (byte < 0x80) {
        ++offset;
        return byte >= 'A' && byte <= 'Z' ? UChar32(byte + ('a' - 'A')) : UChar32(byte);
    }
    const int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(text, offset, length, c);
    return c < 0 ? afterUnicode + text[start] : u_tolower(c);
}

int collate(void *, int leftLength, const void *left, int rightLength, const void *right)
{
    return compareIgnoringCase(QByteArrayView(static_cast<const char *>(left), leftLength),
        QByteArrayView(static_cast<const char *>(right), rightLength));
}

} // namespace

int compareIgnoringCase(QByteArrayView left, QByteArrayView right)
{
    const auto *l = reinterpret_cast<const uint8_t *>(left.data());
    const auto *r = reinterpret_cast<const uint8_t *>(right.data());
    const auto leftLength = int32_t(left.size());
    const auto rightLength = int32_t(right.size());
    int32_t i = 0;
    int32_t j = 0;
    while (i < leftLength && j < rightLength) {
        const UChar32 a = nextFolded(l, i, leftLength);
        const UChar32 b = nextFolded(r, j, rightLength);
        if (a != b)
            return a < b ? -1 : 1;
    }
    // The shorter is first when one starts the other.
    return (i < leftLength) - (j < rightLength);
}

Expected<void> registerCaselessCollation(sqlite3 *db)
{
    if (sqlite3_create_collation_v2(db, "NOCASE", SQLITE_UTF8, nullptr, collate, nullptr) != SQLITE_OK)
        return Error {QStringLiteral("cannot register the collation that ignores case: %1")
                          .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    return {};
}

} // namespace Lagebild::Sqlite
