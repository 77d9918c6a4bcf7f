// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

namespace Lagebild::Postgres {

/// The analyst's search (the syntax of toFtsQuery, parsed by parseSearch) as the text of a
/// PostgreSQL tsquery, for `to_tsquery('lagebild_german', lagebild_fold(text))`: every word or
/// phrase a quoted operand that the server parses, folds and stems as it does the articles (a
/// phrase becomes `<->` between its words), prefixes `:*`, OR `|`, AND `&`, exclusions `& !`.
/// Quoting every operand keeps `&`, `!`, `:` or quotes the analyst types from being read as
/// operators: they are text, as on SQLite. Not websearch_to_tsquery, whose syntax differs from
/// Lagebild's (no prefixes, no NOT).
Expected<QString> toTsQueryText(const QString &userQuery);

/// The condition that article `a` matches the text of toTsQueryText() bound to `parameter`,
/// answered by the GIN index of articles.search. The tsquery is built in a sub-select, which the
/// planner runs once before the statement (an InitPlan) and cannot look into while planning, so it
/// plans for a term of the default frequency (0.5 % of the articles) and reads the matches through
/// the index. Shown the term, it plans for its true frequency and, for a word in most articles,
/// reads the whole table and tests every article's search column instead: its cost model counts
/// the test but not the unpacking of the column (about 3 KB per article, stored apart in the
/// TOAST table), which is most of the time. With 20,000 generated articles, "Nvidia" (86 % of
/// them): the table read 348 ms, the index 43 ms (EXPLAIN ANALYZE; docs/team.md).
[[nodiscard]] QString searchMatchSql(QLatin1String parameter = QLatin1String("?"));

} // namespace Lagebild::Postgres
