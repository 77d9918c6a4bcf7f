// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/database.h"

#include "store/sqlite/caseless.h"
#include "store/sqlite/errorkind.h"
#include "store/sqlite/mentioncount.h"
#include "store/sqlite/ofdlocks.h"
#include "store/sqlite/packedtext.h"

#include <sqlite3.h>

#include <mutex>

namespace Lagebild::Sqlite {

Database::Database(sqlite3 *handle, QString path) : m_handle(handle), m_path(std::move(path)) { }

namespace {

// Different SQL texts kept prepared per connection: the fixed statements of the code are far
// fewer; statements written at run time (lists of ids, filters) beyond it are not kept.
constexpr qsizetype maxCachedStatements = 96;

} // namespace

Database::~Database()
{
    for (const std::vector<sqlite3_stmt *> &kept : std::as_const(m_statementCache)) {
        for (sqlite3_stmt *statement : kept)
            sqlite3_finalize(statement);
    }
    // close_v2 defers the close until every statement is finalised instead of failing.
    sqlite3_close_v2(m_handle);
}

sqlite3_stmt *Database::takeCachedStatement(const QByteArray &sql)
{
    const auto found = m_statementCache.find(sql);
    if (found == m_statementCache.end() || found->empty())
        return nullptr;
    sqlite3_stmt *statement = found->back();
    found->pop_back();
    return statement;
}

void Database::returnStatement(const QByteArray &sql, sqlite3_stmt *statement)
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    auto found = m_statementCache.find(sql);
    if (found == m_statementCache.end()) {
        if (m_statementCache.size() >= maxCachedStatements) {
            sqlite3_finalize(statement);
            return;
        }
        found = m_statementCache.insert(sql, {});
    }
    found->push_back(statement);
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    // Before SQLite starts (sqlite3_config must precede sqlite3_initialize, which the first
    // sqlite3_vfs_find or open calls): a statement that changes several rows inside a transaction
    // keeps the pages it changes, to undo it alone, in a statement journal, in memory up to 64 KB
    // only — four of our 16 KB pages — and in a temporary file beyond. Replacing an article's
    // analysis deletes its mentions, relations and events in such statements: at 100,000 articles
    // `analyze` wrote 195 GB to that file, a third of its time in the kernel. 16 MB in memory at
    // most, while the statement runs.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 16 << 20); });
    // Before the first connection: SQLite's locks must not be droppable by others' close().
    installOfdLocks();
    sqlite3 *handle = nullptr;
    const int flags
        = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason
            = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        const Error failure = failureOf(rc, reason, path);
        return errorKindOf(rc) == ErrorKind::Other
            ? Error {QStringLiteral("cannot open database %1: %2").arg(path, reason), failure.kind}
            : failure;
    }
    sqlite3_extended_result_codes(handle, 1);
    std::unique_ptr<Database> db(new Database(handle, path));
    // The schema's virtual column articles.body calls it (schema 12): every connection the
    // program opens can read the texts, whatever opened it.
    auto cache = registerPackedText(handle);
    if (!cache)
        return cache.error();
    db->m_unpackCache = cache.value();
    // Before any statement compares names: the unique indexes of tags and outlets are ordered by it.
    if (auto registered = registerCaselessCollation(handle); !registered)
        return registered.error();
    // The triggers that keep each article's count of mentions ask it (schema 20).
    if (auto registered = registerMentionCounting(handle); !registered)
        return registered.error();
    return db;
}

Expected<void> Database::execute(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (const int rc = sqlite3_exec(m_handle, utf8.constData(), nullptr, nullptr, &message);
        rc != SQLITE_OK) {
        Error error = failureOf(sqlite3_extended_errcode(m_handle),
            QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle)), m_path,
            sqlite3_system_errno(m_handle));
        sqlite3_free(message);
        return error;
    }
    return {};
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_handle, "main") == 1;
}

QString Database::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

int Database::changes() const
{
    return sqlite3_changes(m_handle);
}

void Database::rememberUnpacked(const PackedText &packed, QByteArray utf8)
{
    if (m_unpackCache)
        Sqlite::rememberUnpacked(*m_unpackCache, packed, std::move(utf8));
}

void Database::interrupt()
{
    sqlite3_interrupt(m_handle);
}

namespace {

// SQLite's virtual machine calls it every `stopCheckInstructions` instructions; non-zero stops
// the statement with SQLITE_INTERRUPT.
int stopIfFlagged(void *stop)
{
    return static_cast<const std::atomic_bool *>(stop)->load(std::memory_order_relaxed) ? 1 : 0;
}

// A load and a compare every thousand instructions of the virtual machine: no measurable cost,
// and a stop takes effect within microseconds.
constexpr int stopCheckInstructions = 1000;

} // namespace

void Database::stopWhen(const std::atomic_bool *stop)
{
    m_stop = stop;
    if (stop)
        sqlite3_progress_handler(
            m_handle, stopCheckInstructions, stopIfFlagged, const_cast<std::atomic_bool *>(stop));
    else
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

} // namespace Lagebild::Sqlite
