// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lagebild::Sqlite {
class Database;
class Statement;
} // namespace Lagebild::Sqlite

namespace Lagebild::Testing {

/// A column of the current row as text tagged with its storage class (i:1, t:1, r:…, b:hex,
/// NULL), so that comparisons of rows tell 1 from '1' and an empty BLOB from NULL.
[[nodiscard]] QString describeValue(const Sqlite::Statement &statement, int column);

/// The first column of every row of `sql` as text, a line each ("error: …" when it fails), so a
/// state of the database compares in one QCOMPARE.
[[nodiscard]] QString firstColumnLines(Sqlite::Database &db, const QString &sql);

} // namespace Lagebild::Testing
