// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <chrono>
#include <functional>
#include <thread>

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

/// How often retryWhenBusy() tries a write transaction.
inline constexpr int busyAttempts = 4;

/// Runs `attempt` (one whole transaction: begun, worked, committed or rolled back) again when it
/// failed as Busy: a PostgreSQL server rolled it back as the loser of a deadlock or serialization
/// conflict with another analyst's edit or a worker's batch, so nothing of it was stored and the
/// next try normally passes. Up to busyAttempts tries, 25, 50 and 100 ms apart. `mayRetry` is
/// false inside an outer transaction, which the conflict has aborted as a whole.
inline Expected<void> retryWhenBusy(const std::function<Expected<void>()> &attempt, bool mayRetry = true)
{
    for (int tried = 1;; ++tried) {
        Expected<void> done = attempt();
        if (done || !mayRetry || done.error().kind != ErrorKind::Busy || tried == busyAttempts)
            return done;
        std::this_thread::sleep_for(std::chrono::milliseconds(25 << (tried - 1)));
    }
}

} // namespace Lagebild
