// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <functional>

namespace Lagebild::Sqlite {

class Database;

/// Told how far a backup is (pages copied of all pages); returns false to cancel it.
using BackupProgress = std::function<bool(int copied, int total)>;

/// A consistent copy of `source` written to `targetPath` through SQLite's online backup API,
/// while other connections and processes go on reading and writing (each step copies a batch of
/// pages; a write in between restarts the copy, as the API documents). The copy is written to
/// `targetPath.part` and renamed over the target only when complete, so a failed or cancelled
/// backup never leaves a half file under the target's name, nor harms an older copy there.
Expected<void> backupDatabase(
    Database &source, const QString &targetPath, const BackupProgress &progress = {});

} // namespace Lagebild::Sqlite
