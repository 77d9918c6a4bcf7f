// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

namespace Lagebild::Sqlite {

/// The kind of failure an SQLite result code (primary or extended) stands for.
[[nodiscard]] ErrorKind errorKindOf(int resultCode);

/// The failure as the analyst should read it: for a full disk, a read-only file, a lock held by
/// another program, a damaged file or a disk error, one sentence naming the file and the reason
/// (SQLite's own words in brackets); any other failure in SQLite's words.
/// `systemErrno` (sqlite3_system_errno) tells a full disk or file size limit behind an I/O error.
[[nodiscard]] Error failureOf(
    int resultCode, const QString &sqliteMessage, const QString &path, int systemErrno = 0);

} // namespace Lagebild::Sqlite
