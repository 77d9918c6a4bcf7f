// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <variant>
#include <vector>

namespace Lagebild {

class ArticleStore;
namespace Sqlite {
class Database;
}
namespace Postgres {
class Connection;
}

/// Which SQL a reader speaks, for the few fragments the two spell differently (sqldialect.h).
enum class SqlDialect { Sqlite, Postgres };

/// A parameter's value: ids, counts and text, and the bytes of a blob (the learned adaptation).
using SqlValue = std::variant<QString, qint64, QByteArray>;

/// One row of a result, read by column (0-based).
class SqlRow
{
public:
    [[nodiscard]] virtual qint64 int64(int column) const = 0;
    [[nodiscard]] int int32(int column) const { return int(int64(column)); }
    [[nodiscard]] virtual double real(int column) const = 0;
    [[nodiscard]] virtual QString text(int column) const = 0; ///< NULL gives a null QString
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    [[nodiscard]] virtual QByteArray bytes(int column) const = 0; ///< a BLOB or bytea column

protected:
    SqlRow() = default;
    ~SqlRow() = default;
    SqlRow(const SqlRow &) = default;
    SqlRow &operator=(const SqlRow &) = default;
};

/// Holds a read transaction: until it is destroyed, every statement of its reader sees the corpus
/// as it was at the first of them. A view's statements (a timeline's totals and its series, a
/// network's nodes and links) then agree with each other although the import, a worker or another
/// analyst commits in between. Empty (holding nothing) inside a transaction begun by someone else.
class SqlSnapshot
{
public:
    class Holder
    {
    public:
        virtual ~Holder() = default;
    };
    SqlSnapshot() = default;
    explicit SqlSnapshot(std::unique_ptr<Holder> holder) : m_holder(std::move(holder)) { }

private:
    std::unique_ptr<Holder> m_holder;
};

/// Runs read-only statements on either backend, so that the views' queries (timelines, figures)
/// are written once and give the same numbers on both. Statements are written in the SQL both
/// accept, with SQLite's parameters: `?N`, or `?` for the next number; `values[0]` is ?1. The
/// PostgreSQL reader turns them into `$N`. What the dialects spell differently comes from
/// sqldialect.h; everything else (no `WHERE 1`, no sums of booleans, no `+column` planner
/// hints) is simply avoided.
class SqlReader
{
public:
    virtual ~SqlReader() = default;
    [[nodiscard]] virtual SqlDialect dialect() const = 0;
    /// Calls `onRow` for every row; stops at the first error.
    virtual Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow)
        = 0;
    /// As forEachRow, but stops at the first row for which `onRow` returns false. On SQLite the
    /// rest is never stepped to, which makes a walk that wants the first few matches of a long
    /// ordered scan cheap (ArticleQuery's walk of a frequent search term); on PostgreSQL the
    /// result has arrived whole and only the calls stop.
    virtual Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow)
        = 0;
    /// Begins a read transaction (SQLite: a deferred BEGIN; PostgreSQL: REPEATABLE READ, READ
    /// ONLY) that lasts as long as the returned snapshot.
    [[nodiscard]] virtual Expected<SqlSnapshot> snapshot() = 0;

protected:
    SqlReader() = default;
    SqlReader(const SqlReader &) = delete;
    SqlReader &operator=(const SqlReader &) = delete;
};

/// A reader that writes too: the statements of the analyst's corrections, written once for both
/// backends (RelationRepository), as the views' reads are.
class SqlWriter : public SqlReader
{
public:
    /// Runs one statement that returns no rows; the number of rows it changed.
    virtual Expected<qint64> execute(const QString &sql, const std::vector<SqlValue> &values) = 0;
    /// Runs `work` in a write transaction and commits when it succeeds; a failure of `work` or of
    /// the commit rolls everything back and is returned. Inside a transaction someone else began,
    /// a savepoint of it.
    virtual Expected<void> transact(const std::function<Expected<void>()> &work) = 0;
};

/// Reads through `db` (which must outlive the reader) with its statement cache.
[[nodiscard]] std::unique_ptr<SqlReader> sqliteSqlReader(Sqlite::Database &db);
/// Reads the store's database, keeping the store open as long as the reader.
[[nodiscard]] std::unique_ptr<SqlReader> sqliteSqlReader(std::unique_ptr<ArticleStore> store);
/// Reads through `connection`, which must outlive the reader.
[[nodiscard]] std::unique_ptr<SqlReader> postgresSqlReader(Postgres::Connection &connection);
/// Writes through `db`, which must outlive the writer.
[[nodiscard]] std::unique_ptr<SqlWriter> sqliteSqlWriter(Sqlite::Database &db);
/// Writes the store's database, keeping the store open as long as the writer.
[[nodiscard]] std::unique_ptr<SqlWriter> sqliteSqlWriter(std::unique_ptr<ArticleStore> store);
/// Writes through `connection`, which must outlive the writer.
[[nodiscard]] std::unique_ptr<SqlWriter> postgresSqlWriter(Postgres::Connection &connection);
/// Writes the Lagebild corpus at a libpq URI, on a connection of its own (as openPostgresSqlReader).
Expected<std::unique_ptr<SqlWriter>> openPostgresSqlWriter(const QString &uri);
/// Reads the Lagebild corpus at a libpq URI, on a connection of its own (Schema::openCorpus: a
/// database without a corpus or with a newer schema is refused on one line).
Expected<std::unique_ptr<SqlReader>> openPostgresSqlReader(const QString &uri);
/// Reads through `connection`, which the reader keeps.
[[nodiscard]] std::unique_ptr<SqlReader> postgresSqlReader(std::unique_ptr<Postgres::Connection> connection);

/// A reader on a connection of its own, for a thread of its own (FacetCounter), with the means to
/// stop its statement from another thread when its answer is no longer wanted.
struct InterruptibleSqlReader
{
    std::unique_ptr<SqlReader> reader;
    /// Stops the statement the reader is running, from any thread while the reader exists; the
    /// statement then fails with an error. SQLite: sqlite3_interrupt, which also stops statements
    /// begun before the running ones end; PostgreSQL: a cancel request, which the server ignores
    /// when nothing runs, sent from a thread of its own (Postgres::Connection::canceller()), so
    /// the call returns at once also when the server does not answer.
    std::function<void()> interrupt;
};
/// Opens the corpus at `location`, of either backend (backendOf(): a file's path or a libpq URI):
/// a file as ArticleStore::open does, a database as openPostgresSqlReader does. On a file, while
/// `stop` (which must outlive the reader) is set, every statement fails as cancelled
/// (Sqlite::Database::stopWhen): a stop set before or between statements is not lost, as
/// `interrupt`'s may be. PostgreSQL has no such flag; there the caller checks it between
/// statements and sends `interrupt` for the one running.
Expected<InterruptibleSqlReader> openInterruptibleSqlReader(
    const QString &location, const std::atomic_bool *stop = nullptr);

/// How one thread stops a read that another runs through an InterruptibleSqlReader of its own
/// (the article list's background read, the facet counts), shared by the two: the flag the
/// reader's SQLite connection checks as it steps (openInterruptibleSqlReader's `stop`), and the
/// reader's interrupt while the reader exists, since a PostgreSQL statement runs to its end
/// otherwise. A flag, not only the interrupt: sqlite3_interrupt alone is lost when it comes
/// between two statements, and the read then runs to its end.
class SqlReadStop
{
public:
    /// Asks the read to stop, from any thread: sets the flag, then interrupts the statement running
    /// if a reader is attached.
    void request();
    [[nodiscard]] bool requested() const { return m_stop.load(); }
    /// The flag for openInterruptibleSqlReader(), valid as long as this.
    [[nodiscard]] const std::atomic_bool *flag() const { return &m_stop; }
    /// The reading thread hands over its reader's interrupt once it has the reader, and takes it
    /// back (detach()) before the reader closes, so request() never calls into a closed connection.
    void attach(std::function<void()> interrupt);
    void detach();

private:
    std::atomic_bool m_stop = false;
    std::mutex m_mutex; ///< guards m_interrupt
    std::function<void()> m_interrupt;
};

/// SQLite's parameters (`?N`, `?`) as libpq's (`$N`), leaving string literals and quoted names
/// alone. A plain `?` is one more than the largest number so far, as SQLite numbers it.
[[nodiscard]] QString dollarParameters(QStringView sql);

} // namespace Lagebild
