// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

/// Where a corpus lives: an SQLite file, or a PostgreSQL database named by a libpq URI.
enum class Backend { Sqlite, Postgres };

/// The backend a --db value or $LAGEBILD_DB names: a `postgresql://` or `postgres://` URI is a
/// PostgreSQL database, anything else a file path.
[[nodiscard]] Backend backendOf(QStringView location);

/// The database a front end opens when none is named: $LAGEBILD_DB when set, otherwise
/// lagebild.sqlite in QStandardPaths::AppDataLocation (created on demand).
[[nodiscard]] QString defaultDatabasePath();

/// Sets the application and organisation names that AppDataLocation and QSettings use;
/// the CLI and the GUI call it first so they share one default database.
void setApplicationIdentity();

} // namespace Lagebild
