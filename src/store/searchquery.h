// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <vector>

namespace Lagebild {

/// One term of the analyst's search: a word or a quoted phrase, as typed (not yet folded).
struct SearchTerm
{
    QString text;
    bool phrase = false;
    bool prefix = false; ///< word* or "a phrase"*: the last word is a prefix
    bool negated = false;
};

/// The analyst's search, parsed once for every backend: every group must match (AND), a group
/// matches when one of its terms does (OR), and no exclusion may match.
struct ParsedSearch
{
    std::vector<std::vector<SearchTerm>> groups; ///< never empty
    std::vector<SearchTerm> exclusions;
};

/// Parses the syntax below (see toFtsQuery); mistakes the analyst can fix come back as a message.
Expected<ParsedSearch> parseSearch(const QString &userQuery);

/// Whether a query term also matches where it is part of a compound ("Zoll" in "Zollkontrollen").
enum class CompoundMatch { WordsAndParts, WholeWordsOnly };

/// Translates the analyst's search syntax into an FTS5 MATCH expression.
///
/// Syntax: words (all must occur), "quoted phrases", OR between two terms, -word or NOT word
/// to exclude, word* for a prefix. Every word is quoted before it reaches FTS5, so hyphens
/// ("US-Handelsministerium"), colons or parentheses never cause a syntax error; mistakes the
/// analyst can fix (an unclosed quote, a search of exclusions only) come back as a message.
/// WholeWordsOnly gives the same expression matching whole words alone, which ranks whole-word
/// hits above part hits.
Expected<QString> toFtsQuery(const QString &userQuery, CompoundMatch match = CompoundMatch::WordsAndParts);

} // namespace Lagebild
