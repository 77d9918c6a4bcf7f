// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"
#include "timeline/timeline.h"

#include <memory>
#include <optional>

namespace Lagebild {

namespace Sqlite {
class Database;
}
class SqlReader;

/// Reads timelines under the browser's filters: how often entities are mentioned per bucket, and
/// the dated events that involve them. The same statements run on both backends (SqlReader), so
/// a corpus gives the same timelines in SQLite and in PostgreSQL.
class TimelineQuery
{
public:
    explicit TimelineQuery(Sqlite::Database &db);
    /// Reads through `reader` (SQLite or PostgreSQL), which must outlive the query.
    explicit TimelineQuery(SqlReader &reader);
    ~TimelineQuery();
    TimelineQuery(const TimelineQuery &) = delete;
    TimelineQuery &operator=(const TimelineQuery &) = delete;

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
    std::unique_ptr<SqlReader> m_owned; ///< the SQLite reader made for a Database
    SqlReader &m_sql;
};

} // namespace Lagebild
