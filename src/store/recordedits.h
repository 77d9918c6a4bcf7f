// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/edithistory.h"

#include <vector>

namespace Lagebild {

class SqlWriter;
namespace Sqlite {
class Database;
}

/// Writes rows of an article's history (table `edits`), dated now. For the repositories whose
/// callers wrap a hand change in a transaction: call inside it, so that the change and its
/// history are written together or not at all. The author is this user (localUserName()) on
/// SQLite; on PostgreSQL the role the server authenticated (the column's default,
/// postgresql/0013), which no client can fill with another name; there the article is also
/// announced on `lagebild_edits` (postgres/channels.h), heard by the other windows at the commit.
Expected<void> recordEdits(SqlWriter &sql, ArticleId article, const std::vector<EditRecord> &edits);
/// The same on an SQLite database.
Expected<void> recordEdits(Sqlite::Database &db, ArticleId article, const std::vector<EditRecord> &edits);

} // namespace Lagebild
