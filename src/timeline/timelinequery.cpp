// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinequery.h"

#include "store/filtercondition.h"
#include "store/relationconditions.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Lagebild {

TimelineQuery::TimelineQuery(Sqlite::Database &db) : m_owned(sqliteSqlReader(db)), m_sql(*m_owned) { }

TimelineQuery::TimelineQuery(SqlReader &reader) : m_sql(reader) { }

TimelineQuery::~TimelineQuery() = default;

Expected<std::vector<qint64>> TimelineQuery::findEntities(const QString &name)
{
    std::vector<qint64> ids;
    for (const QString &test : {QStringLiteral("canonical = ?1"),
             equalsIgnoringCaseSql(m_sql.dialect(), QLatin1String("canonical"), QLatin1String("?1"))}) {
        auto rows = m_sql.forEachRow(QLatin1String("SELECT id FROM entities WHERE ") + test
                + QLatin1String(" AND status = 'active' ORDER BY id"),
            {name.simplified()}, [&](const SqlRow &row) { ids.push_back(row.int64(0)); });
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
    // One read transaction: the view's statements agree although others commit meanwhile.
    const auto snapshot = m_sql.snapshot();
    if (!snapshot)
        return snapshot.error();
    const SqlDialect dialect = m_sql.dialect();
    auto condition = filterCondition(filter, Facet::None, EntityTest::Probe, dialect);
    if (!condition)
        return condition.error();
    // The filtered articles by day, for the span and the totals that shares divide by; then each
    // entity's articles by day, counted from its own list. Grouped by the stored value, not its
    // day, the first walk follows articles_list_date without sorting; the days are summed here (a
    // published_day may carry a time). Testing every article against each entity's list in that
    // walk cost 0.27 s of CPU per entity at a million articles whatever the entity; its own list
    // costs a look-up per article of its (Lufthansa, 74,721 articles: 0.06 s; docs/benchmarks.md).
    std::map<QDate, qint64> perDay;
    std::vector<std::map<QDate, qint64>> perEntity(entities.size());
    qint64 undated = 0;
    auto totals = m_sql.forEachRow(QLatin1String("SELECT a.published_day, count(*) FROM articles a WHERE ")
            + condition->sql + QLatin1String(" GROUP BY a.published_day"),
        condition->values, [&](const SqlRow &row) {
            const QDate day = QDate::fromString(row.text(0).left(10), Qt::ISODate);
            if (day.isValid())
                perDay[day] += row.int64(1);
        });
    if (!totals)
        return totals.error();
    // SQLite would look the ids up in the table, whose rows keep the day behind the packed texts'
    // overflow pages; the index of days by id (migration 0019) holds it alone.
    const QLatin1String byId
        = dialect == SqlDialect::Sqlite ? QLatin1String(" INDEXED BY articles_day_by_id") : QLatin1String("");
    for (size_t i = 0; i < entities.size(); ++i) {
        std::vector<SqlValue> values {entities[i]};
        values.insert(values.end(), condition->values.begin(), condition->values.end());
        auto rows = m_sql.forEachRow(QLatin1String("SELECT a.published_day, count(*) FROM articles a") + byId
                + QLatin1String(
                    " WHERE a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id = ? AND "
                    "m.status = 'active') AND ")
                + condition->sql + QLatin1String(" GROUP BY a.published_day"),
            values, [&](const SqlRow &row) {
                const QDate day = QDate::fromString(row.text(0).left(10), Qt::ISODate);
                if (day.isValid())
                    perEntity[i][day] += row.int64(1);
                else if (entities.size() == 1 && row.text(0).isEmpty())
                    undated += row.int64(1); // NULL or '', as the several entities' count below
            });
        if (!rows)
            return rows.error();
    }
    if (entities.size() > 1) {
        // The undated articles naming any of the charted entities, each once.
        std::vector<SqlValue> values {jsonIdList(entities)};
        values.insert(values.end(), condition->values.begin(), condition->values.end());
        auto count = m_sql.forEachRow(
            QStringLiteral(
                "SELECT count(*) FROM articles a WHERE coalesce(a.published_day, '') = '' AND a.id IN "
                "(SELECT m.article_id FROM mentions m WHERE m.entity_id IN (%1) AND m.status = "
                "'active') AND ")
                    .arg(idListSql(dialect))
                + condition->sql,
            values, [&](const SqlRow &row) { undated = row.int64(0); });
        if (!count)
            return count.error();
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
        bool found = false;
        auto named = m_sql.forEachRow(QStringLiteral("SELECT canonical, type FROM entities WHERE id = ?1"),
            {entity}, [&](const SqlRow &row) {
                series.name = row.text(0);
                series.type = row.text(1);
                found = true;
            });
        if (!named)
            return named.error();
        if (!found)
            continue;
        for (const auto &[day, count] : perEntity[e]) {
            if (const int b = timeline.bucketOf(day); b >= 0)
                series.articles[size_t(b)] += count;
        }
        const auto peak = std::max_element(series.articles.begin(), series.articles.end());
        if (peak != series.articles.end() && *peak > 0) {
            series.peak = int(peak - series.articles.begin());
            const QDate from = timeline.starts[size_t(series.peak)];
            std::vector<SqlValue> values {
                entity, from.toString(Qt::ISODate), nextBucket(from, timeline.bucket).toString(Qt::ISODate)};
            values.insert(values.end(), condition->values.begin(), condition->values.end());
            auto top = m_sql.forEachRow(
                QLatin1String(
                    "SELECT a.id, a.title, coalesce(s.name, ''), coalesce(a.published, ''), "
                    "coalesce(a.url, ''), (SELECT count(*) FROM mentions m WHERE m.entity_id = ? AND "
                    "m.article_id = a.id AND m.status = 'active') AS n FROM articles a LEFT JOIN "
                    "sources s "
                    "ON s.id = a.source_id WHERE a.published_day >= ? AND a.published_day < ? AND ")
                    + condition->sql + QLatin1String(" ORDER BY n DESC, a.id LIMIT 1"),
                values, [&](const SqlRow &row) {
                    series.peakArticle = {row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4)};
                });
            if (!top)
                return top.error();
        }
        timeline.series.push_back(std::move(series));
    }
    return timeline;
}

Expected<std::vector<TimelineEvent>> TimelineQuery::events(
    const ArticleFilter &filter, const std::vector<qint64> &entities, int limit, DoubtfulRelations doubtful)
{
    // One read transaction: the view's statements agree although others commit meanwhile.
    const auto snapshot = m_sql.snapshot();
    if (!snapshot)
        return snapshot.error();
    const SqlDialect dialect = m_sql.dialect();
    auto condition = filterCondition(filter, Facet::None, EntityTest::Probe, dialect);
    if (!condition)
        return condition.error();
    // Two ways to the events of chosen entities. Walking all events in date order, each tested by
    // its relation, ends after `limit` of theirs: good for entities in many relations, but for
    // those in few it reads every event (345 ms at 20,000 articles). Looking their relations up
    // by each end (relations_entities for the source, relations_target for the target: migration
    // 0017) and their events by relation_id reads only theirs, and sorts them. The walk reads
    // about limit × events / k events for k relations of theirs, the look-up k: the look-up while
    // k² ≤ limit × events, counted no further than that (max(id) stands in for the number of
    // events, an index's end instead of a count; docs/schema.md, 0017).
    bool lookUp = false;
    if (!entities.empty()) {
        qint64 lastEvent = 0;
        auto last = m_sql.forEachRow(QStringLiteral("SELECT coalesce(max(id), 0) FROM events"), {},
            [&](const SqlRow &row) { lastEvent = row.int64(0); });
        if (!last)
            return last.error();
        const qint64 enough
            = std::max<qint64>(limit, qint64(std::sqrt(double(std::max(limit, 0)) * double(lastEvent))));
        qint64 theirs = 0;
        auto counted = m_sql.forEachRow(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM relations WHERE source_entity IN (%1) UNION "
                           "ALL SELECT 1 FROM relations WHERE target_entity IN (%1) LIMIT ?) k")
                .arg(idListSql(dialect)),
            {jsonIdList(entities), jsonIdList(entities), enough + 1},
            [&](const SqlRow &row) { theirs = row.int64(0); });
        if (!counted)
            return counted.error();
        lookUp = theirs <= enough;
    }
    QString involves;
    if (lookUp)
        involves = QStringLiteral(" AND ev.relation_id IN (SELECT id FROM relations WHERE source_entity IN "
                                  "(%1) UNION ALL SELECT id FROM relations WHERE target_entity IN (%1))")
                       .arg(idListSql(dialect));
    else if (!entities.empty())
        involves = QStringLiteral(" AND (r.source_entity IN (%1) OR r.target_entity IN (%1))")
                       .arg(idListSql(dialect));
    std::vector<SqlValue> values = condition->values;
    if (!entities.empty()) {
        values.emplace_back(jsonIdList(entities));
        values.emplace_back(jsonIdList(entities));
    }
    values.emplace_back(qint64(limit));
    std::vector<TimelineEvent> events;
    auto rows = m_sql.forEachRow(
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
            + involves + QLatin1String(" ORDER BY ev.day, ev.id LIMIT ?")),
        values, [&](const SqlRow &row) {
            TimelineEvent e;
            e.id = row.int64(0);
            e.article = row.int64(1);
            e.day = QDate::fromString(row.text(2).left(10), Qt::ISODate);
            e.norm = row.text(3);
            e.precision = precisionOfNorm(e.norm);
            e.dateFromText = row.int32(4) != 0;
            e.label = row.text(5);
            e.relation = row.text(6);
            e.source = row.text(7);
            e.target = row.text(8);
            e.evidence = row.text(9).simplified();
            e.title = row.text(10);
            e.outlet = row.text(11);
            e.published = row.text(12);
            e.url = row.text(13);
            e.relationId = row.int64(14);
            e.trust = RelationTrust(row.int32(15));
            events.push_back(std::move(e));
        });
    if (!rows)
        return rows.error();
    return events;
}

} // namespace Lagebild
