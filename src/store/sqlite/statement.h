// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace Lagebild::Sqlite {

class Database;

/// A prepared statement, finalised on destruction. Binding indexes start at 1 as in SQLite.
/// A statement that failed to prepare stays invalid and reports the reason on step().
class Statement
{
public:
    Statement(Database &db, QStringView sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    [[nodiscard]] QString prepareError() const { return m_prepareError; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, quint64 value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, const char *) = delete; // force QStringLiteral / QLatin1String
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, qint64 value) ///< 0 binds NULL (foreign keys)
    {
        return value ? bind(index, value) : bindNull(index);
    }

    /// Advances: true when a row is ready, false when done, an Error otherwise.
    Expected<bool> step();
    /// Runs a statement that returns no rows and resets it for reuse.
    Expected<void> execute();
    void reset();

    [[nodiscard]] qint64 columnInt64(int column) const;
    [[nodiscard]] int columnInt(int column) const { return int(columnInt64(column)); }
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;
    /// The storage class of the value in this row: SQLite's columns take any kind of value, and
    /// a copy to a stricter database must keep each one's kind.
    enum class ColumnType { Null, Integer, Real, Text, Blob };
    [[nodiscard]] ColumnType columnType(int column) const;

private:
    Database &m_db;
    QByteArray m_sql; ///< the key of the connection's statement cache
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    Error m_prepareFailure;
};

/// Steps through every row, calling `onRow(statement)` for each; stops at the first error.
template<typename OnRow> Expected<void> forEachRow(Statement &statement, OnRow &&onRow)
{
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        onRow(statement);
    }
}

/// Resets a long-lived statement when the scope ends: a statement left mid-result would keep
/// the connection's read snapshot open, hiding other connections' commits from it.
class ResetOnExit
{
public:
    explicit ResetOnExit(Statement &statement) : m_statement(statement) { }
    ~ResetOnExit() { m_statement.reset(); }
    ResetOnExit(const ResetOnExit &) = delete;
    ResetOnExit &operator=(const ResetOnExit &) = delete;

private:
    Statement &m_statement;
};

/// Reads a single value, or nullopt when the query produced no row.
Expected<std::optional<qint64>> queryInt64(Database &db, QStringView sql);

} // namespace Lagebild::Sqlite
