// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

namespace Lagebild::Sqlite {

class Database;

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
/// IMMEDIATE takes the write lock up front, so a writer never fails half-way with SQLITE_BUSY.
/// Begun inside another transaction it is a savepoint of it: committed with the outer one.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Expected<void> &beginResult() const { return m_begin; }
    /// COMMIT. When it fails (disk full, I/O error, busy) the transaction is rolled back at once,
    /// so the caller knows that nothing of it was stored and the connection is usable again.
    Expected<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_nested = false; ///< a savepoint inside a transaction someone else began
    Expected<void> m_begin;
    bool m_active = false;
};

/// SAVEPOINT on construction; ROLLBACK TO and RELEASE on destruction unless release() succeeded:
/// undoes a part of a transaction (one imported file) without losing the rest.
class Savepoint
{
public:
    Savepoint(Database &db, const char *name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Expected<void> &beginResult() const { return m_begin; }
    Expected<void> release();
    void rollback();

private:
    Database &m_db;
    QString m_name;
    Expected<void> m_begin;
    bool m_active = false;
};

} // namespace Lagebild::Sqlite
