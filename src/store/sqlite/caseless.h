// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArrayView>

struct sqlite3;

namespace Lagebild::Sqlite {

/// SQLite's built-in NOCASE folds only A–Z, so "PRÜFUNG" and "Prüfung" were two tags and two
/// outlets, and a corpus holding both could not move to PostgreSQL, whose lagebild_nocase folds
/// every letter (docs/schema.md, "0014_unicode_nocase"). Lagebild replaces NOCASE on each of its
/// connections by this order: the texts' code points, each mapped to lower case by Unicode's
/// simple mapping (ICU's u_tolower, which maps one code point to one and does not change for
/// assigned letters between Unicode versions), compared in code point order. On ASCII texts it is
/// exactly SQLite's NOCASE. Ill-formed UTF-8 sorts by its bytes, after every code point.
///
/// Negative, zero or positive, as a collation returns.
[[nodiscard]] int compareIgnoringCase(QByteArrayView left, QByteArrayView right);

/// Registers compareIgnoringCase() as NOCASE on this connection. Database::open does it for every
/// connection the program opens; a connection without it (the `sqlite3` shell) must not write
/// tags or outlets with non-ASCII capitals (docs/schema.md).
Expected<void> registerCaselessCollation(sqlite3 *db);

} // namespace Lagebild::Sqlite
