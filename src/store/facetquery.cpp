// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/facetquery.h"

#include "store/filtercondition.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

namespace Lagebild {

namespace {

/// (name, count) rows of `sqlTemplate`, whose %1 is the filter's condition without `ignored`.
Expected<std::vector<FacetCount>> namedCounts(
    SqlReader &sql, const ArticleFilter &filter, Facet ignored, const QString &sqlTemplate)
{
    auto condition = filterCondition(filter, ignored, EntityTest::Probe, sql.dialect());
    if (!condition)
        return condition.error();
    std::vector<FacetCount> list;
    auto rows = sql.forEachRow(sqlTemplate.arg(condition->sql), condition->values, [&](const SqlRow &row) {
        list.push_back({0, row.text(0), {}, row.int64(1)});
    });
    if (!rows)
        return rows.error();
    return list;
}

} // namespace

Expected<std::vector<FacetCount>> FacetQuery::outletCounts(const ArticleFilter &filter)
{
    return namedCounts(m_sql, filter, Facet::Outlets,
        QStringLiteral("SELECT s.name, count(*) AS n FROM articles a JOIN sources s ON s.id = a.source_id "
                       "WHERE %1 GROUP BY s.id ORDER BY n DESC, ")
            + caselessOrderSql(m_sql.dialect(), QLatin1String("s.name")) + QLatin1String(", s.id"));
}

Expected<std::vector<FacetCount>> FacetQuery::tagCounts(const ArticleFilter &filter)
{
    return namedCounts(m_sql, filter, Facet::Tags,
        QStringLiteral("SELECT t.name, (SELECT count(*) FROM article_tags at JOIN articles a ON a.id = "
                       "at.article_id WHERE at.tag_id = t.id AND %1) AS n FROM tags t ORDER BY n DESC, ")
            + caselessOrderSql(m_sql.dialect(), QLatin1String("t.name")) + QLatin1String(", t.id"));
}

Expected<std::vector<FacetCount>> FacetQuery::entityCounts(const ArticleFilter &filter, int limit)
{
    const SqlDialect dialect = m_sql.dialect();
    auto condition = filterCondition(filter, Facet::None, EntityTest::Set, dialect);
    if (!condition)
        return condition.error();
    // Without a filter the join with articles is pure cost: count the mentions table alone.
    const bool all = condition->values.empty();
    std::vector<SqlValue> values = condition->values;
    values.emplace_back(qint64(limit));
    std::vector<FacetCount> list;
    auto rows = m_sql.forEachRow(
        QLatin1String("SELECT e.id, e.canonical, e.type, count(DISTINCT m.article_id) AS n FROM mentions m "
                      "JOIN entities e ON e.id = m.entity_id ")
            + (all ? QString() : QStringLiteral("JOIN articles a ON a.id = m.article_id "))
            + QLatin1String("WHERE m.status = 'active' AND e.status = 'active' AND e.type NOT IN "
                            "('QUANTITY', 'DATE') AND ")
            + (all ? QStringLiteral("1 = 1") : condition->sql)
            + QLatin1String(" GROUP BY e.id ORDER BY n DESC, ")
            + caselessOrderSql(dialect, QLatin1String("e.canonical")) + QLatin1String(", e.id LIMIT ?"),
        values, [&](const SqlRow &row) {
            list.push_back({row.int64(0), row.text(1), row.text(2), row.int64(3)});
        });
    if (!rows)
        return rows.error();
    return list;
}

} // namespace Lagebild
