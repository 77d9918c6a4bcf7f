// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild {

/// The database a front end opens when none is named: $LAGEBILD_DB when set, otherwise
/// lagebild.sqlite in QStandardPaths::AppDataLocation (created on demand).
[[nodiscard]] QString defaultDatabasePath();

/// Sets the application and organisation names that AppDataLocation and QSettings use;
/// the CLI and the GUI call it first so they share one default database.
void setApplicationIdentity();

} // namespace Lagebild
