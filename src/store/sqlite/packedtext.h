// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace Lagebild::Sqlite {

/// `articles.body` as stored since schema 12 (docs/schema.md, "0012_compact_storage"): the cleaned
/// text's UTF-8 in `body_packed`, compressed with zlib's compress() unless that is not smaller,
/// and its length in bytes in `body_size`. `body` itself is a virtual column that unpacks it, so
/// every reader, the search index's external content and the triggers read the text as before.
///
/// The format is the SQLite Archive's (sqlar): the `sqlite3` shell, which has no Lagebild
/// functions, reads a body as `CAST(sqlar_uncompress(body_packed, body_size) AS TEXT)`.
struct PackedText
{
    QByteArray bytes; ///< compressed, or the UTF-8 itself when compressing does not make it smaller
    qint64 size = 0; ///< the UTF-8's length in bytes
};

[[nodiscard]] PackedText packText(const QString &text);
[[nodiscard]] PackedText packUtf8(const QByteArray &utf8);

/// The UTF-8 back; false when the stored value is damaged.
[[nodiscard]] bool unpackUtf8(const char *bytes, qsizetype length, qint64 size, QByteArray &utf8);

/// SQL names of the two functions registerPackedText() provides on a connection.
inline constexpr char packTextFunction[] = "lagebild_pack_text"; ///< (text) → BLOB, as packText()
inline constexpr char unpackTextFunction[] = "lagebild_unpack_text"; ///< (packed, size) → TEXT

/// The texts a connection unpacked last (or was told of: rememberUnpacked()).
class UnpackCache;

/// Registers the functions on this connection: deterministic and innocuous, as a generated column
/// needs. Database::open does it for every connection the program opens. The cache belongs to
/// the connection.
Expected<UnpackCache *> registerPackedText(sqlite3 *db);

/// Tells the cache that `packed` unpacks to `utf8`. An insert into `articles` computes the
/// virtual column `body` for the table's triggers, and would otherwise unpack the text packed a
/// moment before: a tenth of the import's writing thread.
void rememberUnpacked(UnpackCache &cache, const PackedText &packed, QByteArray utf8);

} // namespace Lagebild::Sqlite
