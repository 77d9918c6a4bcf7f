// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"
#include "store/sqlreader.h"

#include <QString>

#include <variant>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Statement;
}

/// A facet whose own condition is left out when counting it (so the alternatives stay visible).
enum class Facet { None, Outlets, Tags };

/// An ArticleFilter as a WHERE clause over `articles a`, with its values bound in order to plain
/// `?` parameters. Every read that follows the browser's filters (browser, facets, timelines,
/// networks) builds its condition here, so they agree on what "filtered" means.
struct FilterCondition
{
    QString sql = QStringLiteral("1 = 1"); // not `1`: PostgreSQL wants a boolean
    std::vector<SqlValue> values;

    void add(const QString &clause) { sql += QLatin1String(" AND ") + clause; }
    /// "?,?,?" for the names, which are appended to the values.
    QString placeholders(const QStringList &names);
    [[nodiscard]] bool isEmpty() const { return values.empty() && sql == QLatin1String("1 = 1"); }
};

/// How "mentions entity X" is tested. `Probe` suits queries that walk articles: on PostgreSQL an
/// EXISTS into the (entity, article) index per article; on SQLite each article looked up in the
/// entity's articles, listed once, while the query keeps its own walk of the articles (faster
/// than a probe per article at a million). Queries that walk mentions are faster with the
/// article set built once and joined as the planner likes (`Set`).
enum class EntityTest { Probe, Set };

/// How an outlet condition is spelled. `Column` tests the article's own column; `ArticleIds`
/// as a set of article ids (from articles_source), for a query that reads each article by id
/// from articles_day_by_id (migration 0019) and must not need the table's row.
enum class OutletTest { Column, ArticleIds };

/// In SQLite's dialect unless told: the text condition is the one part the backends spell
/// differently (FTS5 there, the tsvector column `articles.search` on PostgreSQL).
Expected<FilterCondition> filterCondition(const ArticleFilter &filter, Facet ignored = Facet::None,
    EntityTest entityTest = EntityTest::Probe, SqlDialect dialect = SqlDialect::Sqlite,
    OutletTest outletTest = OutletTest::Column);
/// Ids as a JSON array ("[3,17,42]"), for `IN (SELECT value FROM json_each(?))` (idListSql()): one bound
/// parameter however many ids.
template<typename Ids> [[nodiscard]] QString jsonIdList(const Ids &ids)
{
    QString list = QStringLiteral("[");
    bool first = true;
    for (qint64 id : ids) {
        if (!first)
            list += QLatin1Char(',');
        list += QString::number(id);
        first = false;
    }
    return list + QLatin1Char(']');
}

/// Binds the condition's values from parameter `first` on; returns the next free index.
int bindCondition(Sqlite::Statement &st, const FilterCondition &condition, int first = 1);

} // namespace Lagebild
