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

} // namespace Lagebild::Postgres
