// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/schema.h"

#include "store/migrator.h"
#include "store/postgres/access.h"
#include "store/postgres/connection.h"
#include "store/postgres/transaction.h"

#include <QFile>

namespace Lagebild::Postgres {

namespace {

// Any fixed number: the key of the advisory lock every Lagebild takes while it migrates.
constexpr qint64 migrationLock = 0x4c616765; // "Lage"

Error failed(const QString &what, const Error &error)
{
    return Error {QStringLiteral("%1: %2").arg(what, error.message), error.kind};
}

} // namespace

int Schema::latestVersion()
{
    const auto files = migrationFiles(QStringLiteral(":/sql/postgresql"));
    return files.empty() ? 0 : files.rbegin()->first;
}

int Schema::firstVersion()
{
    const auto files = migrationFiles(QStringLiteral(":/sql/postgresql"));
    return files.empty() ? 0 : files.begin()->first;
}

Expected<int> Schema::version(Connection &connection)
{
    auto exists
        = connection.queryInt64(u"SELECT count(*) FROM pg_catalog.pg_tables "
                                u"WHERE schemaname = current_schema() AND tablename = 'schema_migrations'");
    if (!exists)
        return exists.error();
    if (exists->value_or(0) == 0)
        return 0;
    auto version = connection.queryInt64(u"SELECT max(version) FROM schema_migrations");
    if (!version)
        return version.error();
    return int(version->value_or(0));
}

Expected<Schema::Outcome> Schema::migrate(Connection &connection, int targetVersion)
{
    const auto files = migrationFiles(QStringLiteral(":/sql/postgresql"));
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    Outcome outcome;
    bool first = true;
    for (;;) {
        Transaction transaction(connection);
        if (!transaction.isActive())
            return failed(
                QStringLiteral("cannot start the schema migration"), transaction.beginResult().error());
        // Held to the end of the transaction: a second program waits here, then finds the work done.
        if (auto locked
            = connection.execute(u"SELECT pg_advisory_xact_lock($1)", Params().add(migrationLock));
            !locked)
            return locked.error();
        if (auto created = connection.execute(
                u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                u"version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now(), "
                u"applied_by text NOT NULL DEFAULT current_user)");
            !created)
            return failed(QStringLiteral("cannot record the schema version"), created.error());
        auto current = version(connection);
        if (!current)
            return current.error();
        if (first)
            outcome.fromVersion = outcome.toVersion = current.value();
        first = false;
        if (current.value() > latest) {
            return Error {
                QStringLiteral("%1: the database has schema version %2, but this Lagebild understands "
                               "only up to version %3; use a newer Lagebild (nothing was changed)")
                    .arg(connection.target())
                    .arg(current.value())
                    .arg(latest),
                ErrorKind::TooNew};
        }
        const auto next = files.upper_bound(current.value());
        if (next == files.end() || (targetVersion >= 0 && next->first > targetVersion)) {
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            return outcome;
        }
        const auto &[number, path] = *next;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("migration %1 is missing from the build").arg(path)};
        if (auto applied = connection.executeScript(QString::fromUtf8(file.readAll())); !applied)
            return failed(QStringLiteral("%1: migration %2 failed").arg(connection.target()).arg(number),
                applied.error());
        if (auto recorded
            = connection.execute(u"INSERT INTO schema_migrations(version) VALUES ($1)", Params().add(number));
            !recorded)
            return recorded.error();
        if (auto granted = refreshAccess(connection); !granted)
            return failed(QStringLiteral("%1: migration %2: cannot grant the team's roles their privileges")
                              .arg(connection.target())
                              .arg(number),
                granted.error());
        if (auto committed = transaction.commit(); !committed)
            return failed(
                QStringLiteral("migration %1 could not be committed").arg(number), committed.error());
        outcome.toVersion = number;
    }
}

Expected<std::unique_ptr<Connection>> Schema::openCorpus(const QString &uri)
{
    auto connection = Connection::open(uri);
    if (!connection)
        return connection.error();
    auto version = Schema::version(**connection);
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error {
            QStringLiteral("%1 holds no Lagebild corpus (lagebild-cli migrate --to copies one there)")
                .arg((*connection)->target()),
            ErrorKind::NotFound};
    if (version.value() != latestVersion()) {
        // Newer: refused untouched, with the message migrate() gives; older: brought up to date.
        if (auto migrated = migrate(**connection); !migrated)
            return migrated.error();
    }
    return std::move(connection.value());
}

} // namespace Lagebild::Postgres
