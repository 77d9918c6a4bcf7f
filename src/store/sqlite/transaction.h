// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

namespace Lagebild::Sqlite {

class Database;

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
/// IMMEDIATE takes the write lock up front, so a writer never fails half-way with SQLITE_BUSY.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const Expected<void> &beginResult() const { return m_begin; }
    Expected<void> commit();

private:
    Database &m_db;
    Expected<void> m_begin;
    bool m_active = false;
};

} // namespace Lagebild::Sqlite
