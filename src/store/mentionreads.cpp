// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/mentionreads.h"

#include "store/mentiontext.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

#include <algorithm>

namespace Lagebild {

namespace {

// The columns readMention() expects, in this order. Both schemas have the same columns (`type`
// and `status` generated on both, `approx` and `manual` integers), and mentionTextSql()'s substr()
// counts code points on both.
QString mentionSelect()
{
    return QLatin1String("SELECT m.start, m.\"end\", m.type, ") + mentionTextSql(QLatin1String("m"))
        + QLatin1String(", e.canonical, coalesce(m.value, ''), coalesce(m.unit, ''), m.approx, "
                        "coalesce(m.norm, ''), m.id, m.manual FROM mentions m LEFT JOIN entities e ON e.id = "
                        "m.entity_id");
}

StoredMention readMention(const SqlRow &row)
{
    StoredMention m;
    m.start = row.int32(0);
    m.end = row.int32(1);
    m.type = row.text(2);
    m.text = row.text(3);
    m.canonical = row.isNull(4) ? m.text : row.text(4);
    m.value = row.text(5);
    m.unit = row.text(6);
    if (!row.isNull(7))
        m.approx = row.int64(7) != 0;
    m.norm = row.text(8);
    m.id = row.int64(9);
    m.manual = row.int64(10) != 0;
    return m;
}

} // namespace

Expected<std::vector<StoredMention>> articleMentions(SqlReader &sql, ArticleId article)
{
    std::vector<StoredMention> list;
    auto r = sql.forEachRow(mentionSelect()
            + QLatin1String(" WHERE m.article_id = ?1 AND m.status = 'active' ORDER BY m.start, m.id"),
        {qint64(article)}, [&](const SqlRow &row) { list.push_back(readMention(row)); });
    if (!r)
        return r.error();
    return list;
}

Expected<std::optional<StoredMention>> articleMentionAt(SqlReader &sql, ArticleId article, int start, int end)
{
    std::optional<StoredMention> found;
    auto r = sql.forEachRowWhile(mentionSelect()
            + QLatin1String(
                " WHERE m.article_id = ?1 AND m.start = ?2 AND m.\"end\" = ?3 AND m.status = 'active' "
                "ORDER BY m.id"),
        {qint64(article), qint64(start), qint64(end)}, [&](const SqlRow &row) {
            found = readMention(row);
            return false; // the first is the one
        });
    if (!r)
        return r.error();
    return found;
}

Expected<std::vector<Occurrence>> entityOccurrences(
    SqlReader &sql, const QString &type, const QString &canonical, int limit)
{
    constexpr int context = 60;
    // The day as text in code point order on both ("C" on PostgreSQL, whatever the database's
    // collation); SQLite's "LIMIT -1" (all) is PostgreSQL's "LIMIT ALL".
    const bool sqlite = sql.dialect() == SqlDialect::Sqlite;
    const QString statement
        = QLatin1String(
              "SELECT a.id, a.title, coalesce(a.published, ''), m.start, m.\"end\", a.body FROM mentions m "
              "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id "
              "WHERE e.type = ?1 AND e.canonical = ?2 AND m.status = 'active' ORDER BY ")
        + bytewiseSql(sql.dialect(), QLatin1String("a.published_day"))
        + QLatin1String(" DESC NULLS LAST, a.id DESC, m.start, m.id ")
        + (sqlite || limit >= 0 ? QLatin1String("LIMIT ?3") : QLatin1String("LIMIT ALL"));
    std::vector<SqlValue> values {type, canonical};
    if (sqlite || limit >= 0)
        values.emplace_back(qint64(limit));
    std::vector<Occurrence> list;
    auto r = sql.forEachRow(statement, values, [&](const SqlRow &row) {
        const QString body = row.text(5);
        const int start = row.int32(3), end = row.int32(4);
        Occurrence o;
        o.article = row.int64(0);
        o.title = row.text(1);
        o.published = row.text(2);
        o.left = body.mid(std::max(0, start - context), std::min(start, context)).simplified();
        o.mention = body.mid(start, end - start);
        o.right = body.mid(end, context).simplified();
        list.push_back(std::move(o));
    });
    if (!r)
        return r.error();
    return list;
}

Expected<std::vector<std::pair<QString, qint64>>> entitySurfaceForms(
    SqlReader &sql, const QString &type, const QString &canonical)
{
    // The tie in code point order on both, outside the grouping (PostgreSQL allows no collation
    // on an output column's name within the query that names it).
    std::vector<std::pair<QString, qint64>> forms;
    auto r
        = sql.forEachRow(QLatin1String("SELECT surface, n FROM (SELECT ") + mentionTextSql(QLatin1String("m"))
                + QLatin1String(
                    " AS surface, count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id "
                    "WHERE e.type = ?1 AND e.canonical = ?2 AND m.status = 'active' GROUP BY surface) f "
                    "ORDER BY n DESC, ")
                + bytewiseSql(sql.dialect(), QLatin1String("surface")),
            {type, canonical}, [&](const SqlRow &row) { forms.emplace_back(row.text(0), row.int64(1)); });
    if (!r)
        return r.error();
    return forms;
}

} // namespace Lagebild
