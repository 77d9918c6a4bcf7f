// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"
#include "timeline/timeline.h"

#include <optional>

namespace Lagebild {

namespace Sqlite {
class Database;
}

/// Reads timelines under the browser's filters: how often entities are mentioned per bucket, and
/// the dated events that involve them.
class TimelineQuery
{
public:
    explicit TimelineQuery(Sqlite::Database &db);

    /// Articles mentioning each entity per bucket; the bucket follows the span unless given.
    Expected<MentionTimeline> mentions(
        const ArticleFilter &filter, const std::vector<qint64> &entities, std::optional<Bucket> bucket = {});
    /// Dated events of the filtered articles, oldest first; with entities, only events one of
    /// them takes part in. At most `limit`. An event of a relation needs a trusted relation
    /// (confirmed, or found at the engine's threshold, never rejected); doubtful ones are left
    /// out when `doubtful` hides them.
    Expected<std::vector<TimelineEvent>> events(const ArticleFilter &filter,
        const std::vector<qint64> &entities = {}, int limit = 2000,
        DoubtfulRelations doubtful = DoubtfulRelations::Faint);
    /// Entities named `name` (any type; canonical name or, failing that, a case-insensitive match).
    Expected<std::vector<qint64>> findEntities(const QString &name);

private:
    Sqlite::Database &m_db;
};

} // namespace Lagebild
