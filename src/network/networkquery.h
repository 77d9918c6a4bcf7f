// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "network/network.h"
#include "store/articlefilter.h"

#include <memory>

namespace Lagebild {

namespace Sqlite {
class Database;
}
class SqlReader;

/// Builds the relationship network under the browser's filters: the entities that matter most
/// (or one entity's neighbourhood), linked where they share sentences or where the analysis
/// found a typed relation; and the sentences behind any edge. The same statements run on both
/// backends (SqlReader).
class NetworkQuery
{
public:
    explicit NetworkQuery(Sqlite::Database &db);
    /// Reads through `reader` (SQLite or PostgreSQL), which must outlive the query.
    explicit NetworkQuery(SqlReader &reader);
    ~NetworkQuery();
    NetworkQuery(const NetworkQuery &) = delete;
    NetworkQuery &operator=(const NetworkQuery &) = delete;

    Expected<Network> network(const ArticleFilter &filter, const NetworkOptions &options);
    /// The sentences proving the link between two entities, newest articles first.
    Expected<std::vector<EdgeEvidence>> evidence(
        const ArticleFilter &filter, qint64 a, qint64 b, int limit = 100);
    /// Relation types found in the corpus, most frequent first.
    Expected<QStringList> relationTypes();

private:
    std::unique_ptr<SqlReader> m_owned; ///< the SQLite reader made for a Database
    SqlReader &m_sql;
};

} // namespace Lagebild
