// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <map>

namespace Lagebild::Sqlite {
class Database;
}

namespace Lagebild {

/// The migrations compiled in under a resource folder (":/sql" for SQLite, ":/sql/postgresql"),
/// NNNN_description.sql, by version.
[[nodiscard]] std::map<int, QString> migrationFiles(const QString &folder);

/// Brings a database to the newest schema by applying the numbered migrations compiled in
/// from resources/sql (NNNN_description.sql), each in its own transaction together with the
/// PRAGMA user_version bump, so a crash leaves the database at a whole version.
/// A database newer than this program is refused untouched. Before a database that already has
/// a schema is migrated, a copy of it is written beside it (preMigrationCopyPath).
class Migrator
{
public:
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString copyPath; ///< the copy taken before migrating, or empty
    };

    /// The highest version this build knows.
    [[nodiscard]] static int latestVersion();
    static Expected<Outcome> migrate(Sqlite::Database &db, int targetVersion = -1);

    /// "lagebild.sqlite.before-upgrade-from-v4": the copy taken before migrating from that version.
    [[nodiscard]] static QString preMigrationCopyPath(const QString &path, int fromVersion);
    /// Removes the copies once the upgraded database has opened fine again.
    static void removePreMigrationCopies(const QString &path);
    [[nodiscard]] static bool isFileDatabase(const QString &path);
};

} // namespace Lagebild
