// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/edithistory.h"

#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
}

/// Writes rows of an article's history on SQLite (table `edits`), by this user (localUserName())
/// and now. For the repositories whose callers wrap a hand change in a transaction: call inside
/// it, so that the change and its history are written together or not at all.
Expected<void> recordEdits(Sqlite::Database &db, ArticleId article, const std::vector<EditRecord> &edits);

} // namespace Lagebild
