// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlreader.h"

#include <QString>

namespace Lagebild {

// The fragments SQLite and PostgreSQL spell differently, for statements run through a SqlReader.

/// A subquery yielding the ids of a JSON array bound to `parameter` (jsonIdList()): one bound
/// value however many ids.
[[nodiscard]] QString idListSql(SqlDialect dialect, QLatin1String parameter = QLatin1String("?"));
/// `expression` compared with `parameter` ignoring the case of every letter, as Lagebild's NOCASE
/// does on SQLite (src/store/sqlite/caseless.h); on PostgreSQL lower() in ICU's root collation.
[[nodiscard]] QString equalsIgnoringCaseSql(
    SqlDialect dialect, QLatin1String expression, QLatin1String parameter);
/// An ORDER BY term sorting `expression` ignoring the case of every letter, then by code point:
/// Lagebild's NOCASE on SQLite, and on PostgreSQL the same order whatever the database's collation.
[[nodiscard]] QString caselessOrderSql(SqlDialect dialect, const QString &expression);
/// A column as an expression SQLite's planner will not use an index for (unary +), to keep it on
/// a better one; PostgreSQL needs no such hint and has no unary + on text.
[[nodiscard]] QString noIndexSql(SqlDialect dialect, QLatin1String column);
/// A join whose left table the planner must read first: SQLite's CROSS JOIN (its way to fix the
/// order); PostgreSQL plans a plain JOIN well and allows no ON clause after CROSS JOIN.
[[nodiscard]] QString orderedJoinSql(SqlDialect dialect);
/// `expression` compared and sorted by code point: SQLite's BINARY, PostgreSQL's "C" collation,
/// whatever the database's own collation (which may skip the hyphens of an ISO date).
[[nodiscard]] QString bytewiseSql(SqlDialect dialect, QLatin1String expression);
/// A FROM item `j` with one row per id of a JSON array bound to `parameter` (jsonIdList()):
/// `j.value` the id, `j.key` its place in the array, to order by.
[[nodiscard]] QString orderedIdsSql(SqlDialect dialect, QLatin1String parameter);

/// What tagNamesSql() puts between two names.
enum class TagSeparator {
    Comma, ///< ", ", for sorting by the names as the browser shows them
    Unit, ///< U+001F, which no name holds, for splitting again (tagsFromColumn())
};
/// A subquery giving the names of article `a`'s tags in one text, in the order of their ids (on
/// SQLite the order of the primary key (article_id, tag_id) that the subquery reads); NULL for
/// an article without tags.
[[nodiscard]] QString tagNamesSql(SqlDialect dialect, TagSeparator separator);

} // namespace Lagebild
