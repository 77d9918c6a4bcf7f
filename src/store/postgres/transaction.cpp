// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/transaction.h"

#include "store/postgres/connection.h"

namespace Lagebild::Postgres {

namespace {

Expected<void> begin(Connection &connection, bool nested, Transaction::Mode mode)
{
    if (nested)
        return connection.execute(u"SAVEPOINT nested_transaction");
    return connection.execute(mode == Transaction::Mode::Snapshot
            ? QStringView(u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            : QStringView(u"BEGIN"));
}

} // namespace

Transaction::Transaction(Connection &connection, Mode mode)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
    , m_begin(begin(connection, m_nested, mode))
    , m_active(m_begin.hasValue())
{
    // While it lasts, a lost connection is not made again (Connection::query()).
    if (m_active && !m_nested)
        ++m_connection.m_openTransactions;
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_nested)
        --m_connection.m_openTransactions;
    if (m_nested) {
        (void)m_connection.execute(u"ROLLBACK TO SAVEPOINT nested_transaction");
        (void)m_connection.execute(u"RELEASE SAVEPOINT nested_transaction");
        return;
    }
    // On a lost connection there is nothing to roll back: the server did so when it noticed.
    if (!m_connection.isBroken())
        (void)m_connection.execute(u"ROLLBACK");
}

Expected<void> Transaction::commit()
{
    if (!m_active)
        return m_begin.hasValue() ? Error {QStringLiteral("transaction already finished")} : m_begin.error();
    if (m_nested) {
        auto released = m_connection.execute(u"RELEASE SAVEPOINT nested_transaction");
        if (!released)
            rollback();
        m_active = false;
        return released;
    }
    auto committed = m_connection.query(u"COMMIT");
    m_active = false;
    --m_connection.m_openTransactions;
    if (!committed)
        return committed.error();
    if (committed->commandStatus() == QLatin1String("ROLLBACK")) {
        return Error {QStringLiteral("%1: the transaction was rolled back because a statement in it failed")
                          .arg(m_connection.target())};
    }
    return {};
}

} // namespace Lagebild::Postgres
