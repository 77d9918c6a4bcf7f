// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/transaction.h"

#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <sqlite3.h>

namespace Lagebild::Sqlite {

// Inside a transaction already (an undo step that tags several articles, each tagging a
// transaction of its own) BEGIN would fail: the inner one becomes a savepoint, so the outer
// step stays all or nothing.
Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(!sqlite3_get_autocommit(db.handle()))
    , m_begin(db.execute(
          m_nested ? QStringLiteral("SAVEPOINT nested_transaction") : QStringLiteral("BEGIN IMMEDIATE")))
    , m_active(m_begin.hasValue())
{ }

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_active && m_nested) {
        (void)m_db.execute(QStringLiteral("ROLLBACK TO nested_transaction"));
        (void)m_db.execute(QStringLiteral("RELEASE nested_transaction"));
        m_active = false;
        return;
    }
    // After a failed COMMIT SQLite may already have rolled back by itself; ROLLBACK outside a
    // transaction is then a harmless error.
    if (m_active && !sqlite3_get_autocommit(m_db.handle()))
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
    m_active = false;
}

Expected<void> Transaction::commit()
{
    if (!m_active)
        return m_begin.hasValue() ? Error {QStringLiteral("transaction already finished")} : m_begin.error();
    auto result
        = m_db.execute(m_nested ? QStringLiteral("RELEASE nested_transaction") : QStringLiteral("COMMIT"));
    if (!result)
        rollback();
    m_active = false;
    return result;
}

namespace {

// An import opens and releases a savepoint for every file: kept prepared in the connection's
// statement cache instead of parsed each time by sqlite3_exec, which cost the writing thread
// about as much as the look-ups of an article's outlet and hash together.
Expected<void> executeKept(Database &db, const QString &sql)
{
    Statement statement(db, sql);
    return statement.execute();
}

} // namespace

Savepoint::Savepoint(Database &db, const char *name)
    : m_db(db)
    , m_name(QString::fromLatin1(name))
    , m_begin(executeKept(db, QStringLiteral("SAVEPOINT %1").arg(m_name)))
    , m_active(m_begin.hasValue())
{ }

Savepoint::~Savepoint()
{
    rollback();
}

void Savepoint::rollback()
{
    if (!m_active)
        return;
    (void)m_db.execute(QStringLiteral("ROLLBACK TO %1").arg(m_name));
    (void)m_db.execute(QStringLiteral("RELEASE %1").arg(m_name));
    m_active = false;
}

Expected<void> Savepoint::release()
{
    if (!m_active)
        return m_begin.hasValue() ? Error {QStringLiteral("savepoint already finished")} : m_begin.error();
    auto result = executeKept(m_db, QStringLiteral("RELEASE %1").arg(m_name));
    if (!result)
        rollback();
    m_active = false;
    return result;
}

} // namespace Lagebild::Sqlite
