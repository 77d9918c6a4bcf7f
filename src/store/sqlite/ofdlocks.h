// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lagebild::Sqlite {

/// Makes SQLite's file locks in this process immune to other code opening and closing the
/// database files (see ofdlocks.cpp and docs/locking.md). Idempotent and thread-safe; must run
/// before the first connection opens, which Database::open sees to.
void installOfdLocks();

} // namespace Lagebild::Sqlite
