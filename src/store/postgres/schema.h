// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <memory>

namespace Lagebild::Postgres {

class Connection;

/// The PostgreSQL schema: the numbered migrations compiled in from resources/sql/postgresql, the
/// same numbers as SQLite's from 10 on (the first file builds schema 10 whole). Each is applied
/// in its own transaction, recorded in schema_migrations (version, when, by whom), under an
/// advisory lock so that two programs starting at once do not both migrate. A database newer
/// than this program is refused untouched.
class Schema
{
public:
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
    };

    /// The highest version this build knows; equal to Migrator::latestVersion() (a test sees to it).
    [[nodiscard]] static int latestVersion();
    /// The lowest: the version the first PostgreSQL file creates.
    [[nodiscard]] static int firstVersion();
    /// The database's version, 0 when it has no Lagebild schema.
    static Expected<int> version(Connection &connection);
    /// Applies the migrations the database lacks, up to `targetVersion` (all for a negative one:
    /// a lower target is for tests that build an older schema, as Migrator::migrate's).
    static Expected<Outcome> migrate(Connection &connection, int targetVersion = -1);
    /// A connection to the Lagebild corpus at `uri`: a database without one, or with a schema
    /// newer than this program, is refused on one line; an older one is migrated, as
    /// ArticleStore::open does with a file.
    static Expected<std::unique_ptr<Connection>> openCorpus(const QString &uri);
};

} // namespace Lagebild::Postgres
