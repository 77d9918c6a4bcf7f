// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

namespace Lagebild::Postgres {

class Connection;

/// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded, as
/// Sqlite::Transaction. Begun inside another transaction it is a savepoint of it.
class Transaction
{
public:
    enum class Mode {
        ReadWrite, ///< READ COMMITTED, the server's default
        Snapshot, ///< REPEATABLE READ, READ ONLY: every statement sees the data as at the first
    };

    explicit Transaction(Connection &connection, Mode mode = Mode::ReadWrite);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Expected<void> &beginResult() const { return m_begin; }
    /// COMMIT. A transaction in which a statement failed is rolled back by the server even when
    /// asked to commit; that is reported as the failure it is, not as success.
    Expected<void> commit();
    void rollback();

private:
    Connection &m_connection;
    bool m_nested = false;
    Expected<void> m_begin;
    bool m_active = false;
};

} // namespace Lagebild::Postgres
