// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/sqlite/database.h"
#include "store/sqlreader.h"

namespace Lagebild {

Expected<InterruptibleSqlReader> openInterruptibleSqlReader(
    const QString &location, const std::atomic_bool *stop)
{
    if (backendOf(location) == Backend::Postgres) {
        auto connection = Postgres::Schema::openCorpus(location);
        if (!connection)
            return connection.error();
        std::function<void()> cancel = (**connection).canceller();
        return InterruptibleSqlReader {postgresSqlReader(std::move(connection.value())), std::move(cancel)};
    }
    auto store = ArticleStore::open(location);
    if (!store)
        return store.error();
    // The reader keeps the store, so the database lives as long as the interrupt may be called.
    Sqlite::Database *database = &(**store).database();
    database->stopWhen(stop);
    return InterruptibleSqlReader {
        sqliteSqlReader(std::move(store.value())), [database] { database->interrupt(); }};
}

void SqlReadStop::request()
{
    m_stop.store(true);
    // The flag stops SQLite's statement at its next check; PostgreSQL's needs the cancel request.
    const std::lock_guard guard(m_mutex);
    if (m_interrupt)
        m_interrupt();
}

void SqlReadStop::attach(std::function<void()> interrupt)
{
    const std::lock_guard guard(m_mutex);
    m_interrupt = std::move(interrupt);
}

void SqlReadStop::detach()
{
    const std::lock_guard guard(m_mutex);
    m_interrupt = nullptr;
}

} // namespace Lagebild
