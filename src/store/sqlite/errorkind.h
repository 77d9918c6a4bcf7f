// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

namespace Lagebild::Sqlite {

/// The kind of failure an SQLite result code (primary or extended) stands for.
[[nodiscard]] ErrorKind errorKindOf(int resultCode);

} // namespace Lagebild::Sqlite
