// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/statement.h"

#include "store/sqlite/database.h"
#include "store/sqlite/errorkind.h"

#include <sqlite3.h>

namespace Lagebild::Sqlite {

Statement::Statement(Database &db, QStringView sql) : m_db(db), m_sql(sql.toUtf8())
{
    m_stmt = db.takeCachedStatement(m_sql);
    if (m_stmt)
        return;
    const int rc = sqlite3_prepare_v3(
        db.handle(), m_sql.constData(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = db.lastErrorMessage();
        // Preparing reads the schema: a damaged, locked or unreadable file fails here already.
        m_prepareFailure = failureOf(rc, m_prepareError, db.path());
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.returnStatement(m_sql, m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Expected<bool> Statement::step()
{
    if (!m_stmt)
        return m_prepareFailure;
    // SQLite calls stopWhen()'s progress handler only every thousand instructions: a statement
    // shorter than that would run to its end although the stop was set before it began.
    if (m_db.stopRequested()) {
        sqlite3_reset(m_stmt);
        return failureOf(SQLITE_INTERRUPT, QStringLiteral("interrupted"), m_db.path());
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = failureOf(rc, m_db.lastErrorMessage(), m_db.path(), sqlite3_system_errno(m_db.handle()));
    sqlite3_reset(m_stmt);
    return error;
}

Expected<void> Statement::execute()
{
    auto result = step();
    reset();
    if (!result)
        return result.error();
    return {};
}

void Statement::reset()
{
    // sqlite3_clear_bindings does not accept the null of a statement that failed to prepare
    // (an interrupted count does: FacetCounter).
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Statement::ColumnType Statement::columnType(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

Expected<std::optional<qint64>> queryInt64(Database &db, QStringView sql)
{
    Statement statement(db, sql);
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<qint64> {};
    return std::optional<qint64> {statement.columnInt64(0)};
}

} // namespace Lagebild::Sqlite
