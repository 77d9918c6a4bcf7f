#pragma once

#include "core/expected.h"

#include <QString>

namespace Lagebild::Sqlite {
class Database;
}

namespace Lagebild {

/// Brings a database to the newest schema by applying the numbered migrations compiled in
/// from resources/sql (NNNN_description.sql), each in its own transaction together with the
/// PRAGMA user_version bump, so a crash leaves the database at a whole version.
/// A database newer than this program is refused untouched.
class Migrator
{
public:
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
    };

    /// The highest version this build knows.
    [[nodiscard]] static int latestVersion();
    static Expected<Outcome> migrate(Sqlite::Database &db, int targetVersion = -1);
};

} // namespace Lagebild
