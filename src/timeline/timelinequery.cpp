// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinequery.h"

#include "store/filtercondition.h"
#include "store/relationconditions.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"

#include <algorithm>
#include <map>

namespace Lagebild {

using Sqlite::Statement;

TimelineQuery::TimelineQuery(Sqlite::Database &db) : m_db(db) { }

Expected<std::vector<qint64>> TimelineQuery::findEntities(const QString &name)
{
    std::vector<qint64> ids;
    for (const auto *sql : {u"SELECT id FROM entities WHERE canonical = ?1 AND status = 'active'",
             u"SELECT id FROM entities WHERE canonical = ?1 COLLATE NOCASE AND status = 'active'"}) {
        Statement st(m_db, sql);
        st.bind(1, name.simplified());
        auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); });
        if (!rows)
            return rows.error();
        if (!ids.empty())
            break;
    }
    return ids;
}

Expected<MentionTimeline> TimelineQuery::mentions(
    const ArticleFilter &filter, const std::vector<qint64> &entities, std::optional<Bucket> bucket)
{
    auto condition = filterCondition(filter);
    if (!condition)
        return condition.error();
    // One pass over the filtered articles by day: the span, the totals for shares, and per entity
    // the articles mentioning it — a probe per article into the (entity, article) index, cheaper
    // than collecting every article of a frequent entity first; a date range narrows by index.
    std::map<QDate, qint64> perDay;
    std::vector<std::map<QDate, qint64>> perEntity(entities.size());
    qint64 undated = 0;
    {
        QString sums;
        for (size_t i = 0; i < entities.size(); ++i)
            sums += QStringLiteral(
                ", sum(EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ? AND m.article_id = "
                "a.id AND m.status = 'active'))");
        // The undated articles form the group without a day; among them, those naming a charted
        // entity (probed only for them: CASE evaluates lazily).
        const QString anyEntity = entities.empty()
            ? QStringLiteral(", 0")
            : QStringLiteral(
                ", sum(CASE WHEN coalesce(a.published_day, '') = '' THEN EXISTS (SELECT 1 FROM mentions m "
                "WHERE m.entity_id IN (SELECT value FROM json_each(?)) AND m.article_id = a.id "
                "AND m.status = 'active') ELSE 0 END)");
        Statement st(m_db,
            QString(QLatin1String("SELECT substr(a.published_day, 1, 10) AS d, count(*)") + sums + anyEntity
                + QLatin1String(" FROM articles a WHERE ") + condition->sql + QLatin1String(" GROUP BY d")));
        int next = 1;
        for (qint64 entity : entities)
            st.bind(next++, entity);
        if (!entities.empty())
            st.bind(next++, jsonIdList(entities));
        bindCondition(st, condition.value(), next);
        auto rows = Sqlite::forEachRow(st, [&](const Statement &row) {
            const QDate day = QDate::fromString(row.columnText(0), Qt::ISODate);
            if (!day.isValid()) {
                undated += row.columnInt64(int(entities.size()) + 2);
                return;
            }
            perDay[day] += row.columnInt64(1);
            for (size_t i = 0; i < entities.size(); ++i)
                perEntity[i][day] += row.columnInt64(int(i) + 2);
        });
        if (!rows)
            return rows.error();
    }
    MentionTimeline timeline;
    timeline.undated = undated;
    if (perDay.empty())
        return timeline;
    const QDate first = filter.from.isValid() ? filter.from : perDay.begin()->first;
    const QDate last = filter.to.isValid() ? filter.to : perDay.rbegin()->first;
    timeline.bucket = bucket.value_or(bucketForSpan(first, last));
    for (QDate d = bucketStart(first, timeline.bucket); d <= last; d = nextBucket(d, timeline.bucket))
        timeline.starts.push_back(d);
    timeline.totals.assign(timeline.starts.size(), 0);
    for (const auto &[day, count] : perDay) {
        if (const int b = timeline.bucketOf(day); b >= 0)
            timeline.totals[size_t(b)] += count;
    }
    for (size_t e = 0; e < entities.size(); ++e) {
        const qint64 entity = entities[e];
        MentionSeries series;
        series.entity = entity;
        series.articles.assign(timeline.starts.size(), 0);
        Statement name(m_db, u"SELECT canonical, type FROM entities WHERE id = ?1");
        name.bind(1, entity);
        if (auto row = name.step(); !row)
            return row.error();
        else if (!row.value())
            continue;
        series.name = name.columnText(0);
        series.type = name.columnText(1);
        for (const auto &[day, count] : perEntity[e]) {
            if (const int b = timeline.bucketOf(day); b >= 0)
                series.articles[size_t(b)] += count;
        }
        const auto peak = std::max_element(series.articles.begin(), series.articles.end());
        if (peak != series.articles.end() && *peak > 0) {
            series.peak = int(peak - series.articles.begin());
            const QDate from = timeline.starts[size_t(series.peak)];
            Statement top(m_db,
                QString(QLatin1String(
                            "SELECT a.id, a.title, coalesce(s.name, ''), coalesce(a.published, ''), "
                            "coalesce(a.url, ''), (SELECT count(*) FROM mentions m WHERE m.entity_id = ? AND "
                            "m.article_id = a.id AND m.status = 'active') AS n FROM articles a LEFT JOIN "
                            "sources s "
                            "ON s.id = a.source_id WHERE a.published_day >= ? AND a.published_day < ? AND ")
                    + condition->sql + QLatin1String(" ORDER BY n DESC, a.id LIMIT 1")));
            top.bind(1, entity)
                .bind(2, from.toString(Qt::ISODate))
                .bind(3, nextBucket(from, timeline.bucket).toString(Qt::ISODate));
            bindCondition(top, condition.value(), 4);
            auto row = top.step();
            if (!row)
                return row.error();
            if (row.value())
                series.peakArticle = {top.columnInt64(0), top.columnText(1), top.columnText(2),
                    top.columnText(3), top.columnText(4)};
        }
        timeline.series.push_back(std::move(series));
    }
    return timeline;
}

Expected<std::vector<TimelineEvent>> TimelineQuery::events(
    const ArticleFilter &filter, const std::vector<qint64> &entities, int limit, DoubtfulRelations doubtful)
{
    auto condition = filterCondition(filter);
    if (!condition)
        return condition.error();
    const QString involves = entities.empty()
        ? QString()
        : QStringLiteral(" AND (r.source_entity IN (SELECT value FROM json_each(?)) OR r.target_entity IN "
                         "(SELECT value FROM json_each(?)))");
    Statement st(m_db,
        QString(QLatin1String(
                    "SELECT ev.id, ev.article_id, ev.day, coalesce(ev.norm, ''), ev.date_from_text, "
                    "ev.label, coalesce(r.type, ''), coalesce(se.canonical, ''), "
                    "coalesce(te.canonical, ''), substr(a.body, ev.evidence_start + 1, ev.evidence_end - "
                    "ev.evidence_start), a.title, coalesce(s.name, ''), coalesce(a.published, ''), "
                    "coalesce(a.url, ''), coalesce(r.id, 0), CASE WHEN r.id IS NULL THEN 1 ELSE ")
            + relationTrustSql(QLatin1String("r"))
            + QLatin1String(" END FROM events ev JOIN articles a ON a.id = ev.article_id "
                            "LEFT JOIN sources s ON s.id = a.source_id LEFT JOIN relations r ON r.id = "
                            "ev.relation_id LEFT JOIN entities se ON se.id = r.source_entity LEFT JOIN "
                            "entities te ON te.id = r.target_entity WHERE ev.day IS NOT NULL AND "
                            "(ev.relation_id IS NULL OR (")
            + trustedRelationSql(QLatin1String("r")) + QLatin1String(" AND ")
            + shownRelationSql(QLatin1String("r"), doubtful) + QLatin1String(")) AND ") + condition->sql
            + involves + QLatin1String(" ORDER BY ev.day, ev.id LIMIT ?")));
    int next = bindCondition(st, condition.value());
    if (!entities.empty()) {
        st.bind(next++, jsonIdList(entities));
        st.bind(next++, jsonIdList(entities));
    }
    st.bind(next, limit);
    std::vector<TimelineEvent> events;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) {
        TimelineEvent e;
        e.id = row.columnInt64(0);
        e.article = row.columnInt64(1);
        e.day = QDate::fromString(row.columnText(2).left(10), Qt::ISODate);
        e.norm = row.columnText(3);
        e.precision = precisionOfNorm(e.norm);
        e.dateFromText = row.columnInt(4) != 0;
        e.label = row.columnText(5);
        e.relation = row.columnText(6);
        e.source = row.columnText(7);
        e.target = row.columnText(8);
        e.evidence = row.columnText(9).simplified();
        e.title = row.columnText(10);
        e.outlet = row.columnText(11);
        e.published = row.columnText(12);
        e.url = row.columnText(13);
        e.relationId = row.columnInt64(14);
        e.trust = RelationTrust(row.columnInt(15));
        events.push_back(std::move(e));
    });
    if (!rows)
        return rows.error();
    return events;
}

} // namespace Lagebild
