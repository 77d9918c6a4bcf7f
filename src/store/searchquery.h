// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

namespace Lagebild {

/// Translates the analyst's search syntax into an FTS5 MATCH expression.
///
/// Syntax: words (all must occur), "quoted phrases", OR between two terms, -word or NOT word
/// to exclude, word* for a prefix. Every word is quoted before it reaches FTS5, so hyphens
/// ("US-Handelsministerium"), colons or parentheses never cause a syntax error; mistakes the
/// analyst can fix (an unclosed quote, a search of exclusions only) come back as a message.
Expected<QString> toFtsQuery(const QString &userQuery);

} // namespace Lagebild
