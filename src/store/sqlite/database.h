// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Lagebild::Sqlite {

struct PackedText;
class UnpackCache;

/// Owns one SQLite connection. Not thread-safe: every thread opens its own (as Zeal does),
/// which WAL mode makes cheap. Errors come back as values with SQLite's message.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when ReadWrite) the file at `path`; ":memory:" gives a private in-memory database.
    static Expected<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// Runs one or more statements that return no rows (whole migration files included).
    Expected<void> execute(const QString &sql);

    [[nodiscard]] sqlite3 *handle() const { return m_handle; }
    [[nodiscard]] QString path() const { return m_path; }
    /// True when SQLite could open the file for reading only (its permissions, a read-only disk).
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString lastErrorMessage() const;
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    /// Makes SQLite give up on a running statement soon; safe to call from another thread.
    void interrupt();
    /// While `stop` (which must outlive the connection or a later call) is true, every statement
    /// of this connection fails soon after it starts or goes on, as interrupted
    /// (ErrorKind::Cancelled); nullptr: never. Unlike interrupt(), a stop set between two
    /// statements is not lost: a reader that walks many statements ends at the next one.
    void stopWhen(const std::atomic_bool *stop);
    /// True while the flag given to stopWhen() is set.
    [[nodiscard]] bool stopRequested() const { return m_stop && m_stop->load(std::memory_order_relaxed); }

    /// `packed` unpacks to `utf8`: a statement about to store it as an article's body reads it
    /// back without unpacking (rememberUnpacked()).
    void rememberUnpacked(const PackedText &packed, QByteArray utf8);

    /// A prepared statement for `sql` from this connection's cache, reset and unbound, or
    /// nullptr: Statement prepares one then. Preparing parses the SQL and reads the schema each
    /// time, and the analysis stores an article through a dozen statements; unkept, preparing
    /// was a quarter of `analyze`'s instructions, more than its steps.
    sqlite3_stmt *takeCachedStatement(const QByteArray &sql);
    /// Resets `statement` and keeps it for the next Statement of the same SQL, or finalises it
    /// when the cache already holds too many different statements (SQL written at run time).
    void returnStatement(const QByteArray &sql, sqlite3_stmt *statement);

private:
    Database(sqlite3 *handle, QString path);

    sqlite3 *m_handle = nullptr;
    QString m_path;
    QHash<QByteArray, std::vector<sqlite3_stmt *>> m_statementCache;
    UnpackCache *m_unpackCache = nullptr; ///< owned by the connection's unpack function
    const std::atomic_bool *m_stop = nullptr; ///< stopWhen()'s flag
};

} // namespace Lagebild::Sqlite
