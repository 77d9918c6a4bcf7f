// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

struct sqlite3;

namespace Lagebild::Sqlite {

/// Registers lagebild_count_mentions(), the condition of the triggers on `mentions` that keep
/// each article's number of active mentions in article_counts (migration 0020): 1, unless this
/// thread writes in a DeferredMentionCount scope. Database::open does it for every connection
/// the program opens; a connection without it (the `sqlite3` shell) cannot write mentions.
Expected<void> registerMentionCounting(sqlite3 *db);

/// While it lives, this thread's writes of mentions leave article_counts alone; its owner sets
/// the count of each article it wrote, once (AnalysisRepository's writer, after an article's
/// analysis). Why: the count's row moves in its index at every change, about 7 µs a mention
/// (3.9 s of CPU for 558,428 mentions at a million articles), where the analysis writes 28
/// mentions an article; counting an article once costs what two of them did.
class DeferredMentionCount
{
public:
    DeferredMentionCount();
    ~DeferredMentionCount();
    DeferredMentionCount(const DeferredMentionCount &) = delete;
    DeferredMentionCount &operator=(const DeferredMentionCount &) = delete;

private:
    bool m_outer; ///< the thread's flag before this scope, given back at its end
};

} // namespace Lagebild::Sqlite
