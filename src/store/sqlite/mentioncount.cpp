// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/mentioncount.h"

#include <QString>

#include <sqlite3.h>

namespace Lagebild::Sqlite {

namespace {

// Whether this thread's writes of mentions leave the counts to their writer.
thread_local bool countDeferred = false;

void countMentions(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, countDeferred ? 0 : 1);
}

} // namespace

Expected<void> registerMentionCounting(sqlite3 *db)
{
    // Innocuous: the schema's triggers call it. Not deterministic: it reads this thread's state.
    if (sqlite3_create_function_v2(db, "lagebild_count_mentions", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr,
            countMentions, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return Error {QStringLiteral("cannot register the mention counts' condition: %1")
                          .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    return {};
}

DeferredMentionCount::DeferredMentionCount() : m_outer(countDeferred)
{
    countDeferred = true;
}

DeferredMentionCount::~DeferredMentionCount()
{
    countDeferred = m_outer;
}

} // namespace Lagebild::Sqlite
