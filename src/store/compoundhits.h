// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace Lagebild {

/// Narrows the search hits in `body` that matched as a compound part to that part, so the reader
/// marks "Zoll" inside "Zollkontrollen" rather than the whole word. `hits` are [start, end)
/// UTF-16 ranges of whole words (FTS5's highlight()); a hit whose word matches a term of
/// `userQuery` as a whole, or that no part explains, stays as it is. Several matching parts of
/// one word ("Zoll Kontrolle" in "Zollkontrollen") are marked together, first to last.
void narrowToCompoundParts(
    const QString &body, const QString &userQuery, std::vector<std::pair<int, int>> &hits);

} // namespace Lagebild
