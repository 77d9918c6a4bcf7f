// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mentionconflict.h"

#include "store/analysiswriter.h"

#include <algorithm>

namespace Lagebild {

bool sameMention(const StoredMention &a, const StoredMention &b)
{
    if (a.start != b.start || a.end != b.end || a.type != b.type || a.manual != b.manual)
        return false;
    if (typeHasEntity(a.type))
        return a.canonical == b.canonical;
    return a.value == b.value && a.unit == b.unit && a.norm == b.norm;
}

std::optional<MentionConflict> mentionConflict(const std::vector<StoredMention> &shown,
    const std::vector<StoredMention> &stored, const std::vector<StoredMention> &removedSpans)
{
    const auto contains = [](const std::vector<StoredMention> &list, const StoredMention &m) {
        return std::any_of(
            list.begin(), list.end(), [&](const StoredMention &o) { return sameMention(o, m); });
    };
    // A hand's mention the window did not show: marked, retyped or linked meanwhile.
    for (const StoredMention &m : stored) {
        if (m.manual && !contains(shown, m))
            return MentionConflict {m, m};
    }
    // A mention the window showed that is gone: a hand-made one removed or handed back, an
    // engine's one removed by hand (its marker says so; without one the engine dropped it).
    for (const StoredMention &m : shown) {
        if (contains(stored, m))
            continue;
        const bool markedRemoved = std::any_of(removedSpans.begin(), removedSpans.end(),
            [&](const StoredMention &r) { return r.start == m.start && r.end == m.end; });
        if (m.manual || markedRemoved)
            return MentionConflict {std::nullopt, m};
    }
    return std::nullopt;
}

} // namespace Lagebild
