// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <functional>

namespace Lagebild {

/// SqlWriter::transact() on either backend: `work` inside a `Transaction` (Sqlite::Transaction,
/// Postgres::Transaction: BEGIN on construction, ROLLBACK on destruction unless committed).
template<typename Transaction, typename Connection>
Expected<void> runInTransaction(Connection &connection, const std::function<Expected<void>()> &work)
{
    Transaction transaction(connection);
    if (!transaction.beginResult())
        return transaction.beginResult();
    if (auto r = work(); !r)
        return r;
    return transaction.commit();
}

} // namespace Lagebild
