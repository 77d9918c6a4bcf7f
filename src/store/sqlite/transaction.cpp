// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/transaction.h"

#include "store/sqlite/database.h"

namespace Lagebild::Sqlite {

Transaction::Transaction(Database &db)
    : m_db(db), m_begin(db.execute(QStringLiteral("BEGIN IMMEDIATE"))), m_active(m_begin.hasValue())
{ }

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.execute(QStringLiteral("ROLLBACK"));
}

Expected<void> Transaction::commit()
{
    if (!m_active)
        return m_begin.hasValue() ? Error {QStringLiteral("transaction already finished")} : m_begin.error();
    auto result = m_db.execute(QStringLiteral("COMMIT"));
    if (result)
        m_active = false;
    return result;
}

} // namespace Lagebild::Sqlite
