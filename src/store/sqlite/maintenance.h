// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QStringList>

namespace Lagebild::Sqlite {

class Database;

/// The file's soundness as SQLite sees it: PRAGMA integrity_check (pages, indexes, the generated
/// `articles.body`) and PRAGMA foreign_key_check, one line per problem; empty when sound.
///
/// Since schema 12 the sqlite3 shell and other tools cannot run these on a Lagebild file: they
/// compute the generated column with a function only Lagebild registers (docs/schema.md). So the
/// program offers them itself (`lagebild-cli check`).
Expected<QStringList> checkDatabase(Database &db);

/// Rewrites the file without its free pages (VACUUM), for the same reason from the program. It
/// waits for other connections' writes and keeps them waiting while it runs; the file needs as
/// much free disk again.
Expected<void> compactDatabase(Database &db);

} // namespace Lagebild::Sqlite
