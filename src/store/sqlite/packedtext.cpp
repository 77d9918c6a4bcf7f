// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/packedtext.h"

#include <sqlite3.h>
#include <zlib.h>

#include <array>
#include <cstring>
#include <limits>

namespace Lagebild::Sqlite {

/// The last few texts unpacked on one connection. A mention's text is cut from its article's
/// body with one sub-select per mention (src/store/mentiontext.h), and the readers go article
/// by article: without this, every mention of an article would unpack the body again.
class UnpackCache
{
public:
    const QByteArray *find(const char *bytes, qsizetype length, qint64 size) const
    {
        for (const Entry &e : m_entries) {
            if (e.size == size && e.packed.size() == length
                && (length == 0 || std::memcmp(e.packed.constData(), bytes, size_t(length)) == 0))
                return &e.utf8;
        }
        return nullptr;
    }

    const QByteArray &add(const char *bytes, qsizetype length, qint64 size, QByteArray utf8)
    {
        Entry &e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        e.packed = QByteArray(bytes, length);
        e.size = size;
        e.utf8 = std::move(utf8);
        return e.utf8;
    }

    void remember(const PackedText &packed, QByteArray utf8)
    {
        Entry &e = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        e.packed = packed.bytes;
        e.size = packed.size;
        e.utf8 = std::move(utf8);
    }

private:
    struct Entry
    {
        QByteArray packed;
        qint64 size = -1;
        QByteArray utf8;
    };
    std::array<Entry, 4> m_entries;
    size_t m_next = 0;
};

namespace {

/// zlib's default: level 1 is a third faster here and gives 3 % more bytes (docs/benchmarks.md).
constexpr int compressionLevel = Z_DEFAULT_COMPRESSION;

/// Texts larger than this are unpacked every time instead of being kept.
constexpr qint64 largestCached = 4 * 1024 * 1024;

void packFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // As text: a number or a BLOB argument becomes its text form, as a TEXT column would store it.
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const PackedText packed = packUtf8(QByteArray::fromRawData(text ? text : "", bytes));
    sqlite3_result_blob64(
        context, packed.bytes.constData(), sqlite3_uint64(packed.bytes.size()), SQLITE_TRANSIENT);
}

void unpackFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(argv[0]));
    const qsizetype length = sqlite3_value_bytes(argv[0]);
    const qint64 size = sqlite3_value_int64(argv[1]);
    auto *cache = static_cast<UnpackCache *>(sqlite3_user_data(context));
    if (const QByteArray *known = cache->find(bytes, length, size)) {
        sqlite3_result_text64(
            context, known->constData(), sqlite3_uint64(known->size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        return;
    }
    QByteArray utf8;
    if (!unpackUtf8(bytes, length, size, utf8)) {
        sqlite3_result_error(context, "an article's stored text is damaged (it cannot be unpacked)", -1);
        sqlite3_result_error_code(context, SQLITE_CORRUPT);
        return;
    }
    const QByteArray &text = size <= largestCached ? cache->add(bytes, length, size, std::move(utf8)) : utf8;
    sqlite3_result_text64(
        context, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void deleteCache(void *cache)
{
    delete static_cast<UnpackCache *>(cache);
}

} // namespace

PackedText packText(const QString &text)
{
    return packUtf8(text.toUtf8());
}

PackedText packUtf8(const QByteArray &utf8)
{
    PackedText packed;
    packed.size = utf8.size();
    if (!utf8.isEmpty() && utf8.size() < qsizetype(std::numeric_limits<uLong>::max() / 2)) {
        uLongf out = compressBound(uLong(utf8.size()));
        packed.bytes.resize(qsizetype(out));
        if (compress2(reinterpret_cast<Bytef *>(packed.bytes.data()), &out,
                reinterpret_cast<const Bytef *>(utf8.constData()), uLong(utf8.size()), compressionLevel)
                == Z_OK
            && qsizetype(out) < utf8.size()) {
            packed.bytes.resize(qsizetype(out));
            return packed;
        }
    }
    // As sqlar does: what compressing does not shrink is kept as it is, and a size equal to the
    // stored length says so.
    packed.bytes = utf8;
    packed.bytes.detach();
    return packed;
}

bool unpackUtf8(const char *bytes, qsizetype length, qint64 size, QByteArray &utf8)
{
    if (size < 0 || size > qint64(std::numeric_limits<int>::max()))
        return false;
    if (size == 0 || size == length) {
        utf8 = QByteArray(bytes, length);
        return true;
    }
    utf8.resize(qsizetype(size));
    uLongf out = uLongf(size);
    const int result = uncompress(
        reinterpret_cast<Bytef *>(utf8.data()), &out, reinterpret_cast<const Bytef *>(bytes), uLong(length));
    return result == Z_OK && qint64(out) == size;
}

Expected<UnpackCache *> registerPackedText(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    auto *cache = new UnpackCache;
    if (sqlite3_create_function_v2(
            db, packTextFunction, 1, flags, nullptr, packFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK
        // SQLite deletes the cache with the function, even when registering it fails.
        || sqlite3_create_function_v2(
               db, unpackTextFunction, 2, flags, cache, unpackFunction, nullptr, nullptr, deleteCache)
            != SQLITE_OK)
        return Error {QStringLiteral("cannot register the functions that pack article texts: %1")
                          .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    return cache;
}

void rememberUnpacked(UnpackCache &cache, const PackedText &packed, QByteArray utf8)
{
    if (packed.size <= largestCached)
        cache.remember(packed, std::move(utf8));
}

} // namespace Lagebild::Sqlite
