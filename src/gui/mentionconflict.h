// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/storedanalysis.h"

#include <optional>
#include <vector>

namespace Lagebild {

/// Whether two rows are one mention as the analyst sees it: span, type, entity or value, and
/// whether a hand made it; the row id aside (a re-analysis stores the engine's anew).
[[nodiscard]] bool sameMention(const StoredMention &a, const StoredMention &b);

/// The hand correction a mention correction is about to replace without the analyst having seen
/// it: stored at the place after the window read the article's mentions (by another analyst, or
/// by this one in another window). `stored` is the hand-made mention found there; none when a
/// mention the window showed was removed (or a hand-made one handed back to the engine).
struct MentionConflict
{
    std::optional<StoredMention> stored;
    StoredMention shown; ///< what the window showed at the place (for the removed case)
};

/// Compares what the window showed at a place (`shown`) with what is stored there now (`stored`,
/// the active mentions; `removedSpans`, the engine's mentions removed by hand there). Only hand
/// work counts: the engine's own changes (a re-analysis, new rules) replace nothing of anyone's.
/// nullopt when nothing of another writer is replaced.
[[nodiscard]] std::optional<MentionConflict> mentionConflict(const std::vector<StoredMention> &shown,
    const std::vector<StoredMention> &stored, const std::vector<StoredMention> &removedSpans);

} // namespace Lagebild
