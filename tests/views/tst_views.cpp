// SPDX-License-Identifier: GPL-3.0-or-later
// Timelines, networks and their exports on the analysed sample corpus: the data, the files other
// tools read (CSV, TimelineJS, GraphML, GEXF) read back field by field, and the PDFs read back
// with pdftotext (page count, page size, entity names, the source list).

#include "core/csv.h"
#include "figures/figuresquery.h"
#include "models/figuresmodel.h"
#include "network/networkexport.h"
#include "network/networklayout.h"
#include "network/networkquery.h"
#include "render/figure.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "render/timelinefigures.h"
#include "services/analysisservice.h"
#include "services/articleexport.h"
#include "services/importservice.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/testpaths.h"
#include "timeline/timelineexport.h"
#include "timeline/timelinequery.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <numeric>
#include <set>

using namespace Lagebild;

namespace {

QString pdftotext(const QString &pdf, bool layout = false)
{
    QProcess p;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// "Pages: 2", "Page size: 841.89 x 595.276 pts (A4)" from pdfinfo.
QString pdfinfo(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT
    std::unique_ptr<ArticleStore> m_store;
    QTemporaryDir m_dir;
    qint64 m_nvidia = 0;
    qint64 m_huawei = 0;

    // The graph files as networkx and igraph read them, with every link's direction intact: the
    // expected links go to the reader as JSON and tests/views/readgraphs.py compares.
    void graphsReadBackByNetworkxAndIgraph(const Network &network)
    {
        const QString python = QStringLiteral(LAGEBILD_PYTHON);
        if (python.isEmpty())
            QSKIP("no python3 found when configuring");
        const QString dir = m_dir.filePath(QStringLiteral("graphs"));
        QVERIFY(QDir().mkpath(dir));
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(QDir(dir).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        QJsonArray nodes;
        for (const NetworkNode &n : network.nodes)
            nodes.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("e%1").arg(n.id)},
                {QStringLiteral("name"), n.name}, {QStringLiteral("entity_type"), n.type}});
        QJsonArray edges;
        for (const NetworkEdge &e : network.edges)
            edges.append(QJsonObject {{QStringLiteral("source"), QStringLiteral("e%1").arg(e.source)},
                {QStringLiteral("target"), QStringLiteral("e%1").arg(e.target)},
                {QStringLiteral("kind"), e.kind}, {QStringLiteral("directed"), !e.isCoMention()},
                {QStringLiteral("weight"), e.weight}});
        write(QStringLiteral("expected.json"),
            QJsonDocument(QJsonObject {{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}})
                .toJson());
        write(QStringLiteral("graph.graphml"), networkGraphMl(network));
        write(QStringLiteral("graph.gexf"), networkGexf(network, QStringLiteral("test")));
        write(QStringLiteral("graph.csv"), networkCsv(network));
        QProcess reader;
        reader.setProcessChannelMode(QProcess::MergedChannels);
        reader.start(
            python, {Lagebild::Testing::sourceDir() + QStringLiteral("/tests/views/readgraphs.py"), dir});
        QVERIFY(reader.waitForFinished(120000));
        const QByteArray output = reader.readAll();
        QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("graphml networkx ok") && output.contains("graphml igraph ok")
                && output.contains("gexf networkx ok") && output.contains("csv igraph ok"),
            output.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService importer(*m_store);
        QVERIFY(importer.importPaths({QStringLiteral(":/sample-corpus")}).imported >= 35);
        QVERIFY(AnalysisService(*m_store).analyze(false).error.isEmpty());
        TimelineQuery query(m_store->database());
        m_nvidia = query.findEntities(QStringLiteral("Nvidia")).value().front();
        m_huawei = query.findEntities(QStringLiteral("huawei")).value().front(); // any case
        QVERIFY(query.findEntities(QStringLiteral("Gibt es nicht")).value().empty());
    }

    void buckets()
    {
        QCOMPARE(bucketStart(QDate(2025, 10, 16), Bucket::Week), QDate(2025, 10, 13));
        QCOMPARE(bucketStart(QDate(2025, 8, 16), Bucket::Quarter), QDate(2025, 7, 1));
        QCOMPARE(bucketForSpan(QDate(2025, 1, 1), QDate(2025, 2, 1)), Bucket::Day);
        QCOMPARE(bucketForSpan(QDate(2025, 1, 1), QDate(2025, 9, 1)), Bucket::Week);
        QCOMPARE(bucketForSpan(QDate(2022, 10, 1), QDate(2026, 2, 1)), Bucket::Month);
        QCOMPARE(bucketForSpan(QDate(2010, 1, 1), QDate(2026, 2, 1)), Bucket::Quarter);
        QCOMPARE(precisionOfNorm(QStringLiteral("2025-Q3")), DatePrecisionKind::Quarter);
        QCOMPARE(precisionOfNorm(QStringLiteral("2025-10")), DatePrecisionKind::Month);
        QCOMPARE(precisionOfNorm(QStringLiteral("2025")), DatePrecisionKind::Year);
        QCOMPARE(precisionOfNorm(QStringLiteral("2025-10-14")), DatePrecisionKind::Day);
    }

    void mentionTimelineFollowsFilters()
    {
        TimelineQuery query(m_store->database());
        const MentionTimeline all = query.mentions({}, {m_nvidia, m_huawei}).value();
        QCOMPARE(all.bucket, Bucket::Month);
        QCOMPARE(all.series.size(), size_t(2));
        QCOMPARE(all.series[0].name, QStringLiteral("Nvidia"));
        qint64 sum = 0, totals = 0;
        for (size_t b = 0; b < all.starts.size(); ++b) {
            sum += all.series[0].articles[b];
            totals += all.totals[b];
            QVERIFY(all.series[0].articles[b] <= all.totals[b]);
        }
        QVERIFY(sum >= 20);
        QCOMPARE(totals, 51); // every dated article once
        QVERIFY(all.series[0].peakArticle.id > 0);
        // A date range narrows it, and the bucket follows the span.
        ArticleFilter filter;
        filter.from = QDate(2025, 7, 1);
        filter.to = QDate(2025, 9, 30);
        const MentionTimeline quarter = query.mentions(filter, {m_nvidia}).value();
        QCOMPARE(quarter.bucket, Bucket::Day);
        QCOMPARE(quarter.starts.front(), QDate(2025, 7, 1));
        QCOMPARE(quarter.starts.back(), QDate(2025, 9, 30));
        const MentionTimeline weeks = query.mentions(filter, {m_nvidia}, Bucket::Week).value();
        QCOMPARE(weeks.starts.front(), QDate(2025, 6, 30)); // a Monday
        const QByteArray csv = mentionTimelineCsv(weeks);
        QVERIFY(csv.startsWith("bucket_start,bucket,articles,Nvidia\r\n"));
        QCOMPARE(csv.count("\r\n"), int(weeks.starts.size()) + 1);
    }

    // The timeline walks the articles once, each looked up in a list of the entity's articles, and
    // sums the stored days (docs/benchmarks.md, N = 1,000,000): its counts are those of the plain
    // question, a probe per article grouped by the day, for several entities, with and without a
    // filter, and with days that carry a time (two stored values, one day).
    void mentionTimelineCountsAsThePlainQuestion()
    {
        auto &db = m_store->database();
        std::vector<qint64> entities;
        {
            Sqlite::Statement top(db,
                u"SELECT entity_id FROM mentions WHERE status = 'active' AND entity_id IS NOT NULL GROUP BY "
                u"entity_id ORDER BY count(DISTINCT article_id) DESC, entity_id LIMIT 6");
            QVERIFY(Sqlite::forEachRow(
                top, [&](Sqlite::Statement &row) { entities.push_back(row.columnInt64(0)); }));
        }
        entities.push_back(m_huawei);
        Sqlite::Statement timed(db,
            u"UPDATE articles SET published_day = published_day || 'T08:15' WHERE id IN (SELECT id FROM "
            u"articles WHERE length(published_day) = 10 ORDER BY id LIMIT 5)");
        QVERIFY(timed.execute());
        Sqlite::Statement plain(db,
            u"SELECT substr(a.published_day, 1, 10) AS d, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM "
            u"mentions m WHERE m.entity_id = ?1 AND m.article_id = a.id AND m.status = 'active') THEN 1 "
            u"ELSE 0 END) FROM articles a WHERE ?2 IS NULL OR a.published_day >= ?2 GROUP BY d");
        TimelineQuery query(db);
        for (const QDate from : {QDate(), QDate(2025, 7, 1)}) {
            ArticleFilter filter;
            filter.from = from;
            for (qint64 entity : entities) {
                std::map<QDate, std::pair<qint64, qint64>> expected;
                qint64 undated = 0;
                plain.bind(1, entity).bind(
                    2, from.isValid() ? from.toString(Qt::ISODate) : QString()); // null: all
                QVERIFY(Sqlite::forEachRow(plain, [&](Sqlite::Statement &row) {
                    const QDate day = QDate::fromString(row.columnText(0), Qt::ISODate);
                    if (day.isValid())
                        expected[day] = {row.columnInt64(1), row.columnInt64(2)};
                    else
                        undated += row.columnInt64(2);
                }));
                plain.reset();
                const MentionTimeline timeline = query.mentions(filter, {entity}, Bucket::Day).value();
                QCOMPARE(timeline.undated, undated);
                QCOMPARE(timeline.series.size(), size_t(1));
                qint64 total = 0, named = 0;
                for (const auto &[day, counts] : expected) {
                    const int b = timeline.bucketOf(day);
                    QVERIFY(b >= 0);
                    QCOMPARE(timeline.totals[size_t(b)], counts.first);
                    QCOMPARE(timeline.series.front().articles[size_t(b)], counts.second);
                    total += counts.first;
                    named += counts.second;
                }
                QCOMPARE(std::accumulate(timeline.totals.begin(), timeline.totals.end(), qint64(0)), total);
                const auto &series = timeline.series.front().articles;
                QCOMPARE(std::accumulate(series.begin(), series.end(), qint64(0)), named);
                QVERIFY(total > 0);
            }
            // All at once: each series as when charted alone; the undated articles naming any of
            // them counted once.
            const MentionTimeline together = query.mentions(filter, entities, Bucket::Day).value();
            QCOMPARE(together.series.size(), entities.size());
            for (size_t i = 0; i < entities.size(); ++i) {
                const MentionTimeline alone = query.mentions(filter, {entities[i]}, Bucket::Day).value();
                QCOMPARE(together.starts, alone.starts);
                QCOMPARE(together.series[i].articles, alone.series.front().articles);
            }
            QStringList ids;
            for (qint64 entity : entities)
                ids << QString::number(entity);
            Sqlite::Statement anyUndated(db,
                QStringLiteral(
                    "SELECT count(*) FROM articles a WHERE coalesce(a.published_day, '') = '' AND (?1 "
                    "IS NULL OR a.published_day >= ?1) AND EXISTS (SELECT 1 FROM mentions m WHERE "
                    "m.article_id = a.id AND m.status = 'active' AND m.entity_id IN (%1))")
                    .arg(ids.join(u',')));
            anyUndated.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QString());
            qint64 undated = -1;
            QVERIFY(Sqlite::forEachRow(
                anyUndated, [&](Sqlite::Statement &row) { undated = row.columnInt64(0); }));
            QCOMPARE(together.undated, undated);
            if (!from.isValid())
                QVERIFY(undated > 0);
        }
        Sqlite::Statement untimed(db,
            u"UPDATE articles SET published_day = substr(published_day, 1, 10) WHERE published_day LIKE "
            u"'%T08:15'");
        QVERIFY(untimed.execute());
    }

    // The events of chosen entities are exactly the events, among all, whose relation has one of
    // them at either end, in the same order, the first `limit` of them: for every entity in a
    // relation (as source, as target or both), and for two at once. TimelineQuery::events reads
    // them either way (all events in date order, or the entities' relations looked up by each end,
    // migration 0017), by how many relations they have against the limit: a small limit takes the
    // walk for Nvidia, a large one the look-up for all.
    void eventsOfEntitiesAreTheirRelationsEvents()
    {
        std::map<qint64, std::pair<qint64, qint64>> ends; // relation → (source, target)
        std::set<qint64> sources, targets;
        Sqlite::Statement read(
            m_store->database(), u"SELECT id, source_entity, target_entity FROM relations");
        QVERIFY(Sqlite::forEachRow(read, [&](const Sqlite::Statement &row) {
            ends[row.columnInt64(0)] = {row.columnInt64(1), row.columnInt64(2)};
            sources.insert(row.columnInt64(1));
            targets.insert(row.columnInt64(2));
        }));
        std::set<qint64> involved = sources;
        involved.insert(targets.begin(), targets.end());
        // The sample has entities that are only ever the target, and only ever the source.
        QVERIFY(std::any_of(targets.begin(), targets.end(), [&](qint64 e) { return !sources.count(e); }));
        QVERIFY(std::any_of(sources.begin(), sources.end(), [&](qint64 e) { return !targets.count(e); }));
        Sqlite::Statement last(m_store->database(), u"SELECT max(id) FROM events");
        QVERIFY(last.step().value());
        const qint64 nvidiaRelations = std::count_if(ends.begin(), ends.end(),
            [&](const auto &r) { return r.second.first == m_nvidia || r.second.second == m_nvidia; });
        constexpr int small = 2;
        QVERIFY2(
            nvidiaRelations * nvidiaRelations > small * last.columnInt64(0), "no walk with the small limit");
        TimelineQuery query(m_store->database());
        const auto all = query.events({}, {}, 100000).value();
        auto expected = [&](const std::set<qint64> &chosen, int limit) {
            std::vector<qint64> ids;
            for (const TimelineEvent &e : all) {
                const auto it = ends.find(e.relationId);
                if (int(ids.size()) < limit && it != ends.end()
                    && (chosen.count(it->second.first) || chosen.count(it->second.second)))
                    ids.push_back(e.id);
            }
            return ids;
        };
        auto found = [&](const std::vector<qint64> &chosen, int limit) {
            std::vector<qint64> ids;
            for (const TimelineEvent &e : query.events({}, chosen, limit).value())
                ids.push_back(e.id);
            return ids;
        };
        for (int limit : {small, 100000}) {
            size_t withEvents = 0; // an entity only in doubtful relations has none
            for (qint64 entity : involved) {
                const std::vector<qint64> ids = found({entity}, limit);
                QCOMPARE(ids, expected({entity}, limit));
                withEvents += ids.empty() ? 0 : 1;
            }
            QVERIFY(withEvents > involved.size() / 2);
            QCOMPARE(found({m_nvidia, m_huawei}, limit), expected({m_nvidia, m_huawei}, limit));
            // An entity in no relation has no events.
            QVERIFY(found({-1}, limit).empty());
        }
    }

    void eventsAndTimelineJs()
    {
        TimelineQuery query(m_store->database());
        const auto events = query.events({}, {m_nvidia}).value();
        QVERIFY(events.size() >= 5);
        for (const TimelineEvent &e : events) {
            QVERIFY(e.source == QLatin1String("Nvidia") || e.target == QLatin1String("Nvidia"));
            QVERIFY(e.day.isValid());
            QVERIFY(!e.evidence.isEmpty());
        }
        QVERIFY(std::is_sorted(events.begin(), events.end(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.day < b.day; }));
        // TimelineJS: https://timeline.knightlab.com/docs/json-format.html
        const QJsonObject root
            = QJsonDocument::fromJson(timelineJs(events, QStringLiteral("Nvidia"), QStringLiteral("sub")))
                  .object();
        QCOMPARE(root.value(QStringLiteral("title"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("headline"))
                     .toString(),
            QStringLiteral("Nvidia"));
        const QJsonArray list = root.value(QStringLiteral("events")).toArray();
        QCOMPARE(list.size(), qsizetype(events.size()));
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            const QJsonObject start = e.value(QStringLiteral("start_date")).toObject();
            QVERIFY(start.value(QStringLiteral("year")).toString().toInt() > 1990); // required
            QVERIFY(!e.value(QStringLiteral("text"))
                         .toObject()
                         .value(QStringLiteral("headline"))
                         .toString()
                         .isEmpty());
            QVERIFY(e.value(QStringLiteral("unique_id")).toString().startsWith(QLatin1String("event-")));
        }
        const QByteArray csv = eventsCsv(events);
        QVERIFY(csv.startsWith("date,norm,precision,date_source,label"));
    }

    // Fourteen relation types with two events each on an A4 landscape page: the lanes are drawn
    // closer together instead of running over the legend and the page's footer.
    void manyLanesFitThePage()
    {
        static const char *const types[]
            = {"leads", "owns", "restricts", "develops", "blocks", "approves", "partners_with", "acquires",
                "bans", "investigates", "supplies", "exports", "manufactures", "invests_in"};
        std::vector<TimelineEvent> events;
        for (const char *type : types) {
            for (int i = 0; i < 2; ++i) {
                TimelineEvent e;
                e.id = qint64(events.size()) + 1;
                e.article = e.id;
                e.day = QDate(2025, 1, 1).addDays(i * 200);
                e.norm = e.day.toString(Qt::ISODate);
                e.dateFromText = true;
                e.relation = QLatin1String(type);
                e.label = QStringLiteral("%1: Firma %2 → Firma %3").arg(e.relation).arg(e.id).arg(e.id + 1);
                events.push_back(e);
            }
        }
        const EventChart chart(events, QStringLiteral("Viele Spuren"), QString());
        // The figure's part of an A4 landscape page (pt), as the PDF export gives it.
        const QRectF area(0, 0, 780, 470);
        const auto placed = chart.placedEvents(area);
        QCOMPARE(placed.size(), events.size());
        // The legend takes about 100 pt under the plot: every label ends above it.
        for (const auto &p : placed)
            QVERIFY2(p.label.bottom() <= area.bottom() - 100, qPrintable(QString::number(p.label.bottom())));
    }

    // Issue 15, point 5: dense news in 2025–26 and one event in 2020. The axis spreads out where
    // the events are, the lone one sits in a margin; every label is whole; what has no room is
    // one "+n" badge per place that lists its events; nothing is lost.
    void denseEventsStayReadable()
    {
        std::vector<TimelineEvent> events;
        auto add = [&](QDate day, const QString &label, const QString &relation) {
            TimelineEvent e;
            e.id = qint64(events.size()) + 1;
            e.article = e.id;
            e.day = day;
            e.norm = day.toString(Qt::ISODate);
            e.dateFromText = true;
            e.label = label;
            e.relation = relation;
            e.outlet = QStringLiteral("Blatt");
            e.title = QStringLiteral("Artikel %1").arg(e.id);
            events.push_back(e);
        };
        add(QDate(2020, 3, 2), QStringLiteral("supplies: TSMC → Huawei"), QStringLiteral("supplies"));
        for (int i = 0; i < 60; ++i)
            add(QDate(2025, 9, 1).addDays(i * 4 % 150),
                QStringLiteral("supplies: Nvidia → Kunde %1 in Shenzhen").arg(i), QStringLiteral("supplies"));
        for (int i = 0; i < 20; ++i)
            add(QDate(2026, 1, 10).addDays(i % 5), QStringLiteral("sanctions: USA → Firma %1").arg(i),
                QStringLiteral("sanctions"));
        std::sort(events.begin(), events.end(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.day < b.day; });
        const EventChart chart(events, QStringLiteral("Dicht"), QString());
        const auto [first, last] = chart.focusPeriod();
        QCOMPARE(first, QDate(2025, 9, 1));
        QVERIFY(last >= QDate(2026, 1, 14));
        const QRectF area(0, 0, 1120, 680);
        const auto placed = chart.placedEvents(area);
        const auto clusters = chart.clusters(area);
        size_t shown = placed.size();
        for (const auto &c : clusters) {
            QVERIFY(!c.events.empty());
            shown += c.events.size();
            QCOMPARE(chart.clusterAt(area, c.badge.center()), c.events);
        }
        QCOMPARE(shown, events.size());
        QVERIFY(!clusters.empty());
        // Whole labels inside the plot, none overlapping another in its row.
        for (size_t i = 0; i < placed.size(); ++i) {
            QCOMPARE(placed[i].text, events[size_t(placed[i].event)].label);
            QVERIFY(placed[i].label.right() <= area.right() && placed[i].label.left() >= 150);
            for (size_t j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].label.intersects(placed[j].label));
        }
        // The 2020 event is on the chart, in the margin left of the spread-out period.
        const auto lone = std::find_if(placed.begin(), placed.end(),
            [&](const EventChart::Placed &p) { return events[size_t(p.event)].day.year() == 2020; });
        QVERIFY(lone != placed.end());
        QVERIFY(lone->marker.left() < 150 + 64);
        // The PDF: the lone event's year under the margin, whole labels.
        const QString pdf = m_dir.filePath(QStringLiteral("dense.pdf"));
        QVERIFY(writePdf(chart, pdf, {}));
        const QString text = pdftotext(pdf);
        QVERIFY(text.contains(QStringLiteral("2020")));
        QVERIFY(text.contains(QStringLiteral("supplies: TSMC → Huawei")));

        // Zoomed to 20 December – 20 January (issue 15): the axis spans that period, only its events are in
        // the lanes, every one with its whole label or in a badge, and the PDF shows the same.
        EventChart zoomed(events, QStringLiteral("Dicht"), QString());
        zoomed.setPeriod(QDate(2025, 12, 20), QDate(2026, 1, 20));
        QCOMPARE(zoomed.period(), std::make_pair(QDate(2025, 12, 20), QDate(2026, 1, 20)));
        QCOMPARE(zoomed.shownPeriod(area), std::make_pair(QDate(2025, 12, 20), QDate(2026, 1, 20)));
        const auto zoomedPlaced = zoomed.placedEvents(area);
        size_t inPeriod = zoomedPlaced.size();
        for (const auto &c : zoomed.clusters(area))
            inPeriod += c.events.size();
        const auto inWindow = size_t(std::count_if(events.begin(), events.end(), [](const TimelineEvent &e) {
            return e.day >= QDate(2025, 12, 20) && e.day <= QDate(2026, 1, 20);
        }));
        QCOMPARE(inPeriod, inWindow);
        QVERIFY(zoomedPlaced.size() > placed.size() / 4);
        for (const auto &p : zoomedPlaced) {
            QCOMPARE(p.text, events[size_t(p.event)].label);
            QVERIFY(p.marker.left() >= 150 && p.label.right() <= area.right());
        }
        // Days map to the strip and the axis and back.
        const QRectF strip = zoomed.overviewStrip(area);
        QVERIFY(strip.width() > 500);
        QCOMPARE(zoomed.overviewDay(area, strip.left()), QDate(2020, 3, 2));
        QCOMPARE(zoomed.axisDay(area, zoomed.axisBand(area).left()), QDate(2025, 12, 20));
        QCOMPARE(zoomed.axisDay(area, zoomed.axisBand(area).right()), QDate(2026, 1, 20));
        QVERIFY(zoomed.subtitle().contains(QLocale().toString(QDate(2025, 12, 20), QLocale::ShortFormat)));
        const QString zoomedPdf = m_dir.filePath(QStringLiteral("zoomed.pdf"));
        QVERIFY(writePdf(zoomed, zoomedPdf, {}));
        const QString zoomedText = pdftotext(zoomedPdf);
        QVERIFY(zoomedText.contains(QStringLiteral("sanctions: USA → Firma")));
        QVERIFY(!zoomedText.contains(QStringLiteral("supplies: TSMC → Huawei")));
        // A period over every event is no zoom; reversed dates are put in order.
        zoomed.setPeriod(QDate(2019, 1, 1), QDate(2027, 1, 1));
        QVERIFY(!zoomed.period().first.isValid());
        zoomed.setPeriod(QDate(2025, 10, 31), QDate(2025, 10, 1));
        QCOMPARE(zoomed.period(), std::make_pair(QDate(2025, 10, 1), QDate(2025, 10, 31)));
    }

    // The unfiltered network reads the counts kept on write (migration 0018) and the mentions
    // without the articles: the same nodes and co-mention edges as the plain questions, also
    // after mentions are removed, restored, moved to another entity or article, added and
    // deleted with their article or entity (all undone at the end).
    void networkCountsAsThePlainQuestion()
    {
        Sqlite::Database &db = m_store->database();
        // Every row's integers; the number of columns is the number of commas before FROM, plus one.
        const auto rows = [&](const QString &sql, const QString &bound = {}) {
            const int columns
                = int(sql.left(sql.indexOf(QLatin1String(" FROM "))).count(QLatin1Char(','))) + 1;
            std::vector<std::vector<qint64>> result;
            Sqlite::Statement st(db, sql);
            if (!bound.isNull())
                st.bind(1, bound);
            const bool read = bool(Sqlite::forEachRow(st, [&](Sqlite::Statement &row) {
                std::vector<qint64> values;
                for (int c = 0; c < columns; ++c)
                    values.push_back(row.columnInt64(c));
                result.push_back(std::move(values));
            }));
            return read ? result : std::vector<std::vector<qint64>> {{-1}};
        };
        const auto countsAsMentions = [&] {
            const auto kept = rows(QStringLiteral(
                "SELECT entity_id, articles, mentions FROM entity_counts WHERE articles > 0 ORDER BY 1"));
            const auto plain
                = rows(QStringLiteral("SELECT entity_id, count(DISTINCT article_id), count(*) FROM mentions "
                                      "WHERE status = 'active' "
                                      "AND entity_id IS NOT NULL GROUP BY entity_id ORDER BY 1"));
            const auto odd = rows(QStringLiteral(
                "SELECT count(*) FROM entity_counts WHERE articles < 0 OR (articles = 0) <> (mentions = 0)"));
            // Each article's active mentions (migration 0020), a row for every article.
            const auto keptByArticle
                = rows(QStringLiteral("SELECT article_id, mentions FROM article_counts ORDER BY 1"));
            const auto plainByArticle = rows(QStringLiteral(
                "SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = "
                "'active') FROM articles a ORDER BY 1"));
            return !plain.empty() && kept == plain && odd == std::vector<std::vector<qint64>> {{0}}
            && !plainByArticle.empty() && keptByArticle == plainByArticle;
        };
        const auto networkAsThePlainQuestion = [&](int top, const QDate &from) {
            ArticleFilter filter;
            filter.from = from;
            NetworkOptions options;
            options.top = top;
            options.relations = false;
            const Network network = NetworkQuery(db).network(filter, options).value();
            std::vector<std::vector<qint64>> nodes;
            for (const NetworkNode &n : network.nodes)
                nodes.push_back({n.id, n.articles, n.mentions});
            std::sort(nodes.begin(), nodes.end());
            const QString day = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0");
            auto plainNodes = rows(QStringLiteral("SELECT m.entity_id, count(DISTINCT m.article_id) AS n, "
                                                  "count(*) FROM mentions m JOIN entities e ON e.id = "
                                                  "m.entity_id JOIN articles a ON a.id = m.article_id "
                                                  "WHERE m.status = 'active' AND e.status = 'active' AND "
                                                  "e.type NOT IN ('QUANTITY', 'DATE') AND (?1 = '0' OR "
                                                  "a.published_day >= ?1) GROUP BY m.entity_id ORDER BY n "
                                                  "DESC, m.entity_id LIMIT %1")
                                       .arg(top),
                day);
            std::sort(plainNodes.begin(), plainNodes.end());
            std::vector<std::vector<qint64>> edges;
            for (const NetworkEdge &e : network.edges)
                edges.push_back({e.source, e.target, e.weight});
            std::sort(edges.begin(), edges.end());
            QStringList ids;
            for (const auto &n : plainNodes)
                ids << QString::number(n.front());
            // Sentences naming both, each pair once a sentence.
            const auto plainEdges = rows(
                QStringLiteral(
                    "SELECT a1, a2, count(*) FROM (SELECT DISTINCT x.article_id, x.sentence_start, "
                    "x.entity_id AS a1, y.entity_id AS a2 FROM mentions x JOIN mentions y ON y.article_id = "
                    "x.article_id AND y.sentence_start = x.sentence_start AND y.entity_id > x.entity_id JOIN "
                    "articles a ON a.id = x.article_id WHERE x.status = 'active' AND y.status = 'active' AND "
                    "x.entity_id IN (%1) AND y.entity_id IN (%1) AND (?1 = '0' OR a.published_day >= ?1)) "
                    "GROUP BY a1, a2 ORDER BY 1, 2")
                    .arg(ids.join(QLatin1Char(','))),
                day);
            return !nodes.empty() && nodes == plainNodes && !edges.empty() && edges == plainEdges;
        };
        QVERIFY(countsAsMentions());
        for (const int top : {5, 1000})
            for (const QDate &from : {QDate(), QDate(2025, 7, 1)})
                QVERIFY2(networkAsThePlainQuestion(top, from), qPrintable(QString::number(top)));

        QVERIFY(db.execute(QStringLiteral("SAVEPOINT counts")));
        const QString top
            = QString::number(rows(QStringLiteral("SELECT entity_id FROM entity_counts ORDER BY "
                                                  "articles DESC, entity_id LIMIT 1"))
                                  .front()
                                  .front());
        const QString other
            = QString::number(rows(QStringLiteral("SELECT entity_id FROM entity_counts WHERE entity_id <> %1 "
                                                  "ORDER BY articles DESC LIMIT 1")
                                       .arg(top))
                                  .front()
                                  .front());
        const QStringList edits {
            // One of several mentions of an article, then all of them in another.
            QStringLiteral("UPDATE mentions SET removed = 1, manual = 1 WHERE id = (SELECT min(id) FROM "
                           "mentions WHERE entity_id = %1 AND article_id IN (SELECT article_id FROM mentions "
                           "WHERE entity_id = %1 GROUP BY article_id HAVING count(*) > 1))")
                .arg(top),
            QStringLiteral(
                "UPDATE mentions SET removed = 1, manual = 1 WHERE entity_id = %1 AND article_id = "
                "(SELECT max(article_id) FROM mentions WHERE entity_id = %1)")
                .arg(top),
            QStringLiteral("UPDATE mentions SET removed = 0 WHERE id = (SELECT max(id) FROM mentions WHERE "
                           "removed = 1 AND entity_id = %1)")
                .arg(top),
            QStringLiteral("UPDATE mentions SET entity_id = %2 WHERE id IN (SELECT id FROM mentions WHERE "
                           "entity_id = %1 AND removed = 0 ORDER BY id LIMIT 3)")
                .arg(top, other),
            QStringLiteral(
                "UPDATE mentions SET article_id = (SELECT min(id) FROM articles) WHERE id = (SELECT "
                "max(id) FROM mentions WHERE entity_id = %1 AND removed = 0)")
                .arg(other),
            QStringLiteral("INSERT INTO mentions(article_id, entity_id, start, \"end\", type_code, manual) "
                           "SELECT article_id, entity_id, start, \"end\", type_code, 1 FROM mentions WHERE "
                           "entity_id = %1 AND removed = 0 LIMIT 2")
                .arg(top),
            QStringLiteral("DELETE FROM articles WHERE id = (SELECT min(article_id) FROM mentions WHERE "
                           "entity_id = %1)")
                .arg(other),
            QStringLiteral("DELETE FROM entities WHERE id = %1").arg(other),
        };
        for (const QString &edit : edits) {
            QVERIFY2(db.execute(edit), qPrintable(edit));
            QVERIFY2(countsAsMentions(), qPrintable(edit));
        }
        QVERIFY(networkAsThePlainQuestion(1000, {}));
        QVERIFY(db.execute(QStringLiteral("ROLLBACK TO counts")));
        QVERIFY(db.execute(QStringLiteral("RELEASE counts")));
        QVERIFY(countsAsMentions());
    }

    // The entity filter on SQLite tests each article against the entity's articles listed once:
    // the same articles in the same order, and the same count, as a probe per article.
    void entityFilterAsThePlainQuestion()
    {
        Sqlite::Database &db = m_store->database();
        ArticleQuery query(db);
        const auto plainQuestion = [&](const char16_t *direction) {
            return QStringLiteral(
                "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM mentions m WHERE "
                "m.entity_id = ?1 AND m.article_id = a.id AND m.status = 'active') AND (?2 IS "
                "NULL OR a.published_day >= ?2) AND (?3 = 0 OR a.duplicate_of IS NULL) ORDER BY "
                "a.published_day %1 NULLS LAST, a.id %1")
                .arg(QStringView(direction));
        };
        Sqlite::Statement newest(db, plainQuestion(u"DESC")), oldest(db, plainQuestion(u"ASC"));
        for (const qint64 entity : {m_huawei, m_nvidia}) {
            for (const QDate &from : {QDate(), QDate(2025, 7, 1)}) {
                for (const bool unique : {false, true}) {
                    ArticleFilter filter;
                    filter.entities = {entity};
                    filter.from = from;
                    filter.hideDuplicates = unique;
                    std::vector<ArticleId> expected[2];
                    for (const bool descending : {true, false}) {
                        Sqlite::Statement &plain = descending ? newest : oldest;
                        plain.bind(1, entity).bind(
                            2, from.isValid() ? from.toString(Qt::ISODate) : QString());
                        plain.bind(3, qint64(unique));
                        QVERIFY(Sqlite::forEachRow(plain, [&](Sqlite::Statement &row) {
                            expected[descending].push_back(row.columnInt64(0));
                        }));
                        plain.reset();
                        QVERIFY(!expected[descending].empty());
                        QCOMPARE(
                            query.ids(filter, ArticleOrder::Date, descending).value(), expected[descending]);
                    }
                    QCOMPARE(query.count(filter).value(), qint64(expected[0].size()));
                    auto byTitle = query.ids(filter, ArticleOrder::Title, true).value();
                    std::sort(byTitle.begin(), byTitle.end());
                    std::sort(expected[0].begin(), expected[0].end());
                    QCOMPARE(byTitle, expected[0]);
                }
            }
        }
    }

    // A tag, an outlet and an entity, alone and together, with near-duplicates hidden or not:
    // their lists and counts read each article by id from articles_day_by_id (migration 0019),
    // and are the plain question's.
    void listFiltersAsThePlainQuestion()
    {
        Sqlite::Database &db = m_store->database();
        // Every third article tagged for this test, and the tag removed again at its end.
        QVERIFY(db.execute(QStringLiteral("INSERT INTO tags(name) VALUES ('Prüfliste')")));
        QVERIFY(db.execute(QStringLiteral(
            "INSERT INTO article_tags(article_id, tag_id, tagged_at) SELECT id, (SELECT id FROM tags WHERE "
            "name = 'Prüfliste'), '2026-12-07' FROM articles WHERE id % 3 = 0")));
        QString outlet;
        {
            Sqlite::Statement most(db,
                u"SELECT s.name FROM sources s JOIN articles a ON a.source_id = s.id GROUP BY s.id ORDER BY "
                u"count(*) DESC, s.id LIMIT 1");
            QVERIFY(Sqlite::forEachRow(most, [&](Sqlite::Statement &row) { outlet = row.columnText(0); }));
        }
        QVERIFY(!outlet.isEmpty());
        // Undated articles last in either direction.
        const auto plainQuestion = [&](QStringView direction) {
            return QStringLiteral(
                "SELECT a.id FROM articles a WHERE (?1 = 0 OR a.id IN (SELECT at.article_id FROM "
                "article_tags at "
                "JOIN tags t ON t.id = at.tag_id WHERE t.name = 'Prüfliste')) AND (?2 IS NULL OR a.source_id "
                "= "
                "(SELECT id FROM sources WHERE name = ?2)) AND (?3 = 0 OR EXISTS (SELECT 1 FROM mentions m "
                "WHERE "
                "m.entity_id = ?3 AND m.article_id = a.id AND m.status = 'active')) AND (?4 = 0 OR "
                "a.duplicate_of IS NULL) ORDER BY a.published_day %1 NULLS LAST, a.id %1")
                .arg(direction);
        };
        Sqlite::Statement newest(db, plainQuestion(u"DESC")), oldest(db, plainQuestion(u"ASC"));
        ArticleQuery query(db);
        int nonEmpty = 0;
        for (const bool tagged : {false, true}) {
            for (const bool fromOutlet : {false, true}) {
                for (const qint64 entity : {qint64(0), m_nvidia}) {
                    if (!tagged && !fromOutlet && entity == 0)
                        continue;
                    for (const bool unique : {false, true}) {
                        ArticleFilter filter;
                        if (tagged)
                            filter.tags = {QStringLiteral("Prüfliste")};
                        if (fromOutlet)
                            filter.outlets = {outlet};
                        if (entity != 0)
                            filter.entities = {entity};
                        filter.hideDuplicates = unique;
                        for (const bool descending : {true, false}) {
                            Sqlite::Statement &plain = descending ? newest : oldest;
                            std::vector<ArticleId> expected;
                            plain.bind(1, qint64(tagged)).bind(2, fromOutlet ? outlet : QString());
                            plain.bind(3, entity).bind(4, qint64(unique));
                            QVERIFY(Sqlite::forEachRow(plain,
                                [&](Sqlite::Statement &row) { expected.push_back(row.columnInt64(0)); }));
                            plain.reset();
                            nonEmpty += expected.empty() || !descending ? 0 : 1;
                            QCOMPARE(query.ids(filter, ArticleOrder::Date, descending).value(), expected);
                            QCOMPARE(query.count(filter).value(), qint64(expected.size()));
                        }
                    }
                }
            }
        }
        QVERIFY(nonEmpty >= 10);
        QVERIFY(db.execute(QStringLiteral("DELETE FROM tags WHERE name = 'Prüfliste'")));
    }

    // The whole list sorted by outlet, title or number of mentions, near-duplicates hidden or
    // not, in either direction: its first page read from the order's index (migration 0020), and
    // the whole list, are the plain question's.
    void sortedWholeListAsThePlainQuestion()
    {
        Sqlite::Database &db = m_store->database();
        // Titles that share their first 12 characters but not their case, so that the rest of the
        // title decides, and an article without mentions.
        QVERIFY(db.execute(QStringLiteral("SAVEPOINT sorted")));
        QVERIFY(db.execute(QStringLiteral(
            "UPDATE articles SET title = CASE id % 3 WHEN 0 THEN 'Chipexporte nach China ' || id WHEN 1 THEN "
            "'CHIPEXPORTE NACH china ' || (1000 - id) ELSE title END WHERE id % 2 = 0")));
        QVERIFY(db.execute(
            QStringLiteral("DELETE FROM mentions WHERE article_id = (SELECT max(id) FROM articles)")));
        QVERIFY(db.execute(QStringLiteral(
            "UPDATE articles SET duplicate_of = (SELECT min(id) FROM articles) WHERE id % 5 = 4")));
        const auto plainQuestion = [](ArticleOrder order, QStringView d) {
            switch (order) {
            case ArticleOrder::Outlet:
                return QStringLiteral(
                    "SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE (?1 = 0 OR "
                    "a.duplicate_of IS NULL) ORDER BY s.name IS NULL, s.name COLLATE NOCASE %1, "
                    "a.published_day DESC NULLS LAST, a.id DESC")
                    .arg(d);
            case ArticleOrder::Title:
                return QStringLiteral("SELECT a.id FROM articles a WHERE (?1 = 0 OR a.duplicate_of IS NULL) "
                                      "ORDER BY a.title COLLATE NOCASE %1, a.id")
                    .arg(d);
            default:
                return QStringLiteral("SELECT a.id FROM articles a WHERE (?1 = 0 OR a.duplicate_of IS NULL) "
                                      "ORDER BY (SELECT count(*) FROM mentions m WHERE m.article_id = a.id "
                                      "AND m.status = 'active') %1, a.id %1")
                    .arg(d);
            }
        };
        ArticleQuery query(db);
        for (const ArticleOrder order : {ArticleOrder::Outlet, ArticleOrder::Title, ArticleOrder::Mentions}) {
            for (const bool unique : {false, true}) {
                for (const bool descending : {true, false}) {
                    Sqlite::Statement plain(db, plainQuestion(order, descending ? u"DESC" : u"ASC"));
                    plain.bind(1, qint64(unique));
                    std::vector<ArticleId> expected;
                    QVERIFY(Sqlite::forEachRow(
                        plain, [&](Sqlite::Statement &row) { expected.push_back(row.columnInt64(0)); }));
                    QVERIFY(expected.size() > 10);
                    ArticleFilter filter;
                    filter.hideDuplicates = unique;
                    const QByteArray what = QByteArray::number(int(order)) + (unique ? " unique" : "")
                        + (descending ? " descending" : " ascending");
                    QVERIFY2(query.ids(filter, order, descending).value() == expected, what.constData());
                    const auto first = query.firstIds(filter, order, descending, 7).value();
                    QVERIFY2(!first.complete, what.constData());
                    QVERIFY2(first.ids == std::vector<ArticleId>(expected.begin(), expected.begin() + 7),
                        what.constData());
                }
            }
        }
        QVERIFY(db.execute(QStringLiteral("ROLLBACK TO sorted")));
        QVERIFY(db.execute(QStringLiteral("RELEASE sorted")));
    }

    void networkAndItsFormats()
    {
        NetworkQuery query(m_store->database());
        NetworkOptions options;
        options.top = 30;
        Network network = query.network({}, options).value();
        QCOMPARE(network.nodes.size(), size_t(30));
        QVERIFY(network.edges.size() > 30);
        QVERIFY(std::any_of(network.edges.begin(), network.edges.end(),
            [](const NetworkEdge &e) { return e.isCoMention(); }));
        QVERIFY(std::any_of(network.edges.begin(), network.edges.end(),
            [](const NetworkEdge &e) { return !e.isCoMention(); }));
        for (const NetworkEdge &e : network.edges) {
            QVERIFY(network.indexOf(e.source) >= 0 && network.indexOf(e.target) >= 0);
            QVERIFY(e.weight >= 1);
        }
        QVERIFY(layoutNetwork(network));
        QVERIFY(network.laidOut && network.width > 0 && network.height > 0);

        // GraphML read back node by node.
        QDomDocument graphml;
        QVERIFY(graphml.setContent(networkGraphMl(network)));
        const QDomNodeList nodes = graphml.elementsByTagName(QStringLiteral("node"));
        QCOMPARE(nodes.size(), int(network.nodes.size()));
        for (int i = 0; i < nodes.size(); ++i) {
            const QDomElement node = nodes.at(i).toElement();
            const NetworkNode &expected = network.nodes[size_t(i)];
            QCOMPARE(node.attribute(QStringLiteral("id")), QStringLiteral("e%1").arg(expected.id));
            QMap<QString, QString> data;
            for (QDomElement d = node.firstChildElement(QStringLiteral("data")); !d.isNull();
                 d = d.nextSiblingElement(QStringLiteral("data")))
                data.insert(d.attribute(QStringLiteral("key")), d.text());
            QCOMPARE(data.value(QStringLiteral("name")), expected.name);
            QCOMPARE(data.value(QStringLiteral("entity_type")), expected.type);
            QCOMPARE(data.value(QStringLiteral("mentions")).toLongLong(), expected.mentions);
        }
        QCOMPARE(graphml.elementsByTagName(QStringLiteral("edge")).size(), int(network.edges.size()));

        // GEXF: the same nodes with type, mentions and a colour; edges with weight and kind.
        QDomDocument gexf;
        QVERIFY(gexf.setContent(networkGexf(network, QStringLiteral("test")), true));
        const QDomNodeList gexfNodes = gexf.elementsByTagNameNS(
            QStringLiteral("http://www.gexf.net/1.2draft"), QStringLiteral("node"));
        QCOMPARE(gexfNodes.size(), int(network.nodes.size()));
        for (int i = 0; i < gexfNodes.size(); ++i) {
            const QDomElement node = gexfNodes.at(i).toElement();
            QCOMPARE(node.attribute(QStringLiteral("label")), network.nodes[size_t(i)].name);
            const QDomNodeList values = node.elementsByTagNameNS(
                QStringLiteral("http://www.gexf.net/1.2draft"), QStringLiteral("attvalue"));
            QCOMPARE(values.size(), 3);
            QCOMPARE(
                values.at(0).toElement().attribute(QStringLiteral("value")), network.nodes[size_t(i)].type);
            QCOMPARE(node.elementsByTagNameNS(
                             QStringLiteral("http://www.gexf.net/1.2draft/viz"), QStringLiteral("color"))
                         .size(),
                1);
        }
        const QDomNodeList gexfEdges = gexf.elementsByTagNameNS(
            QStringLiteral("http://www.gexf.net/1.2draft"), QStringLiteral("edge"));
        QCOMPARE(gexfEdges.size(), int(network.edges.size()));
        QCOMPARE(gexfEdges.at(0).toElement().attribute(QStringLiteral("weight")).toLongLong(),
            network.edges[0].weight);
        QVERIFY(networkCsv(network).startsWith(
            "source,target,source_type,target_type,kind,weight,directed,trust\r\n"));
        graphsReadBackByNetworkxAndIgraph(network);
    }

    void egoNetworkAndEvidence()
    {
        NetworkQuery query(m_store->database());
        NetworkOptions options;
        options.ego = m_huawei;
        options.top = 12;
        const Network one = query.network({}, options).value();
        QCOMPARE(one.nodes.front().id, m_huawei); // the ego first
        QVERIFY(one.nodes.size() > 3 && one.nodes.size() <= 12);
        options.depth = 2;
        options.top = 40;
        const Network two = query.network({}, options).value();
        QVERIFY(two.nodes.size() > one.nodes.size());
        // Every neighbour at depth 1 shares a sentence with the ego: the evidence says which.
        const qint64 neighbour = one.nodes[1].id;
        const auto evidence = query.evidence({}, m_huawei, neighbour).value();
        QVERIFY(!evidence.empty());
        for (const EdgeEvidence &e : evidence) {
            QVERIFY(!e.sentence.isEmpty());
            QVERIFY(e.article > 0);
        }
        NetworkOptions companies;
        companies.types = {QStringLiteral("COMPANY")};
        for (const NetworkNode &n : query.network({}, companies).value().nodes)
            QCOMPARE(n.type, QStringLiteral("COMPANY"));
    }

    void figuresGroupedByWhatTheyAreAbout()
    {
        auto groups = FiguresQuery(m_store->database()).groups({}).value();
        QVERIFY(groups.size() > 10);
        size_t figures = 0;
        for (const FigureGroup &g : groups) {
            QVERIFY(!g.figures.empty());
            for (const ReportedFigure &f : g.figures) {
                QCOMPARE(f.subject, g.subject);
                // Fractions share the group of percentages of the same thing.
                QVERIFY(f.unit == g.unit
                    || (f.unit == QLatin1String("fraction") && g.unit == QLatin1String("percent")));
                QVERIFY(!f.sentence.isEmpty());
                QVERIFY(f.sentence.contains(f.text.left(3)));
                ++figures;
            }
        }
        QVERIFY(figures >= 60);
        // The biggest groups come first; a group with several outlets can disagree.
        QVERIFY(groups.front().figures.size() >= groups.back().figures.size());
        QVERIFY(
            std::any_of(groups.begin(), groups.end(), [](const FigureGroup &g) { return g.outlets > 1; }));
        FiguresModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(groups);
        QCOMPARE(model.rowCount(), int(groups.size()));
        QCOMPARE(model.rowCount(model.index(0, 0)), int(groups.front().figures.size()));
        ReportedFigure f;
        f.value = 421000;
        f.approx = true;
        f.unit = QStringLiteral("count");
        QCOMPARE(formatFigure(f), QStringLiteral("≈ 421,000")); // C locale in the tests
        f.unit = QStringLiteral("USD");
        f.value.reset();
        f.range = QStringLiteral("12-15");
        f.approx = false;
        QCOMPARE(formatFigure(f), QStringLiteral("12–15 USD"));
    }

    // Issue 15, point 6: one figure named two ways is one group; a figure belongs to the product
    // next to it; an adjective stays with its noun; a near-duplicate article counts once.
    void figuresGroupedByWhatTheyMeasure()
    {
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        const QString common = QStringLiteral(
            " Der Konzern aus Santa Clara hatte monatelang auf die Genehmigung gewartet. Analysten in "
            "Frankfurt und New York rechnen mit weiteren Auflagen der Regierung. Die Aktie legte im "
            "nachbörslichen Handel leicht zu, Händler sprachen von einer Erleichterung.");
        const QString first
            = QStringLiteral(
                  "Nvidia darf nach Angaben aus Washington 421.000 H200-Chips nach China liefern. Der Anteil "
                  "des H20 am Umsatz fiel auf 15 Prozent, der H200 bleibt gefragt. China kontrolliert zwei "
                  "Drittel der Seltenen Erden weltweit.")
            + common;
        QJsonArray lines;
        auto line = [](const QString &source, const QString &day, const QString &title, const QString &text) {
            return QJsonDocument(
                QJsonObject {{QStringLiteral("source"), source}, {QStringLiteral("published"), day},
                    {QStringLiteral("title"), title}, {QStringLiteral("text"), text}})
                .toJson(QJsonDocument::Compact);
        };
        QByteArray jsonl;
        jsonl += line(QStringLiteral("Blatt A"), QStringLiteral("2025-10-14"),
                     QStringLiteral("Chips für China"), first)
            + '\n';
        jsonl += line(QStringLiteral("Blatt B"), QStringLiteral("2025-10-15"),
                     QStringLiteral("Lieferungen erlaubt"),
                     QStringLiteral("Nvidia kann 421.000 Einheiten des H200 nach China ausliefern, berichten "
                                    "Händler in Hongkong. Die Zölle bleiben unverändert hoch."))
            + '\n';
        // The same story again, one word changed, under another outlet: a near-duplicate.
        jsonl += line(QStringLiteral("Blatt C"), QStringLiteral("2025-10-14"),
                     QStringLiteral("Chips für China"),
                     QString(first).replace(QStringLiteral("leicht"), QStringLiteral("deutlich")))
            + '\n';
        const QString path = m_dir.filePath(QStringLiteral("figures.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(jsonl);
        file.close();
        ImportService importer(*store);
        const ImportSummary imported = importer.importPaths({path});
        QCOMPARE(imported.imported, 3);
        QCOMPARE(imported.nearDuplicates, 1);
        QVERIFY(AnalysisService(*store).analyze(false).error.isEmpty());
        const auto groups = FiguresQuery(store->database()).groups({}).value();
        auto find = [&](const QString &subject, const QString &unit) -> const FigureGroup * {
            for (const FigureGroup &g : groups)
                if (g.subject == subject && g.unit == unit)
                    return &g;
            return nullptr;
        };
        QStringList seen;
        for (const FigureGroup &g : groups)
            seen.append(
                QStringLiteral("%1|%2|%3|%4").arg(g.subject, g.measure, g.unit).arg(g.figures.size()));
        const QString all = seen.join(QStringLiteral("; "));
        // "421.000 H200-Chips" and "421.000 Einheiten des H200": one group, two outlets, the copy once.
        const FigureGroup *chips = find(QStringLiteral("H200"), QStringLiteral("count"));
        QVERIFY2(chips, qPrintable(all));
        QCOMPARE(int(chips->figures.size()), 2);
        QCOMPARE(chips->outlets, 2);
        QCOMPARE(chips->nearDuplicates, 1);
        QVERIFY(!chips->disagreement);
        // The 15 % is the H20's.
        const FigureGroup *share = find(QStringLiteral("H20"), QStringLiteral("percent"));
        QVERIFY2(share, qPrintable(all));
        QVERIFY(!find(QStringLiteral("H200"), QStringLiteral("percent")));
        // "zwei Drittel der Seltenen Erden": a share of the rare earths.
        const auto earths = std::find_if(groups.begin(), groups.end(),
            [](const FigureGroup &g) { return g.measure == QStringLiteral("Seltene Erden"); });
        QVERIFY2(earths != groups.end(), qPrintable(all));
        QCOMPARE(earths->unit, QStringLiteral("percent"));
        QCOMPARE(earths->figures.front().unit, QStringLiteral("fraction"));
        QCOMPARE(qRound(*comparableValue(earths->figures.front())), 67);
    }

    void articlesCsvAndJsonLines()
    {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        ArticleFilter filter;
        filter.entities = {m_huawei};
        const qint64 n = exportArticles(*m_store, filter, ArticleExportFormat::Csv, csv).value();
        QVERIFY(n >= 10);
        const QList<QByteArray> lines = csv.data().split('\n');
        QVERIFY(lines.first().startsWith(
            "id,published,published_time,published_precision,outlet,title,url,language,duplicate_of,tags,"
            "note,entities"));
        QVERIFY(csv.data().contains("Huawei [COMPANY]"));
        QBuffer jsonl;
        jsonl.open(QIODevice::WriteOnly);
        QCOMPARE(exportArticles(*m_store, filter, ArticleExportFormat::JsonLines, jsonl).value(), n);
        const QJsonObject first = QJsonDocument::fromJson(jsonl.data().split('\n').first()).object();
        QVERIFY(first.contains(QStringLiteral("tags")) && first.contains(QStringLiteral("note")));
        QVERIFY(!first.value(QStringLiteral("entities")).toArray().isEmpty());
        QVERIFY(!first.value(QStringLiteral("body")).toString().isEmpty());
        // Progress after each article; a false from it stops the export as cancelled.
        QBuffer stopped;
        stopped.open(QIODevice::WriteOnly);
        std::vector<std::pair<qint64, qint64>> told;
        const auto cancelled = exportArticles(
            *m_store, filter, ArticleExportFormat::JsonLines, stopped, [&](qint64 written, qint64 total) {
                told.emplace_back(written, total);
                return written < 3;
            });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(told.size(), size_t(3));
        QCOMPARE(told.back(), std::make_pair(qint64(3), n));
        QCOMPARE(stopped.data().count('\n'), 3);
    }

    void csvCellsStayTextAndColumnsStayRegular()
    {
        // What a spreadsheet would run as a formula gets an apostrophe (OWASP); numbers stay numbers.
        QCOMPARE(csvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvField(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(csvField(QStringLiteral("-1+1")), QStringLiteral("'-1+1"));
        QCOMPARE(csvField(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
        QCOMPARE(csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
            QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
        for (const char *number : {"-3.5", "+49", "1e6", "-2E-3", "0.5"})
            QCOMPARE(csvField(QString::fromLatin1(number)), QString::fromLatin1(number));
        QCOMPARE(csvField(QStringLiteral("a=b")), QStringLiteral("a=b"));
        // Lists in one cell: a value's own semicolon and backslash are escaped.
        QCOMPARE(csvList({QStringLiteral("Zoll; Handel"), QStringLiteral("a\\b"), QStringLiteral("c")}),
            QStringLiteral("Zoll\\; Handel; a\\\\b; c"));

        // Through the article export: an RSS title and a note that would be formulas, a tag with
        // a semicolon, and dates of three precisions, each column in one form.
        auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
        auto insert = [&](const QString &title, const PublicationDate &published) {
            Article a;
            a.title = title;
            a.body = title + QStringLiteral(" – Text.");
            a.language = QStringLiteral("de");
            a.contentHash = title;
            a.published = published;
            a.originalFormat = QStringLiteral("rss");
            return store->insertArticle(a).value();
        };
        PublicationDate minute = PublicationDate::day(QDate(2022, 10, 8), DateOrigin::Metadata);
        minute.precision = DatePrecision::Minute;
        minute.time = QTime(8, 30);
        minute.utcOffsetSeconds = 7200;
        const ArticleId formula = insert(QStringLiteral("=2+3"), minute);
        insert(QStringLiteral("Tag"), PublicationDate::day(QDate(2022, 10, 9), DateOrigin::Metadata));
        insert(QStringLiteral("Monat"), PublicationDate::month(2022, 10, DateOrigin::Text));
        insert(QStringLiteral("Ohne Datum"), PublicationDate {});
        QVERIFY(store->addTags(formula, {QStringLiteral("Zoll; Handel")}));
        QVERIFY(store->setNote(formula, QStringLiteral("@SUM(1)")));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(exportArticles(*store, {}, ArticleExportFormat::Csv, csv).value(), 4);
        QList<QStringList> rows;
        for (const QByteArray &line : csv.data().split('\n')) {
            if (!line.trimmed().isEmpty())
                rows.append(QString::fromUtf8(line.trimmed()).split(QLatin1Char(',')));
        }
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first().mid(0, 5),
            (QStringList {QStringLiteral("id"), QStringLiteral("published"), QStringLiteral("published_time"),
                QStringLiteral("published_precision"), QStringLiteral("outlet")}));
        QMap<QString, QStringList> byTitle;
        for (const QStringList &row : rows.mid(1))
            byTitle.insert(row.at(5), row);
        QCOMPARE(byTitle.value(QStringLiteral("'=2+3")).mid(1, 3),
            (QStringList {
                QStringLiteral("2022-10-08"), QStringLiteral("08:30:00+02:00"), QStringLiteral("minute")}));
        QCOMPARE(byTitle.value(QStringLiteral("Tag")).mid(1, 3),
            (QStringList {QStringLiteral("2022-10-09"), QString(), QStringLiteral("day")}));
        QCOMPARE(byTitle.value(QStringLiteral("Monat")).mid(1, 3),
            (QStringList {QStringLiteral("2022-10-01"), QString(), QStringLiteral("month")}));
        QCOMPARE(byTitle.value(QStringLiteral("Ohne Datum")).mid(1, 3),
            (QStringList {QString(), QString(), QStringLiteral("none")}));
        const QStringList &row = byTitle.value(QStringLiteral("'=2+3"));
        QCOMPARE(row.at(9), QStringLiteral("Zoll\\; Handel"));
        QCOMPARE(row.at(10), QStringLiteral("'@SUM(1)"));
    }

    void undatedArticlesAreCountedNotCharted()
    {
        TimelineQuery query(m_store->database());
        auto charted = [](const MentionTimeline &t) {
            return std::accumulate(
                t.series.front().articles.begin(), t.series.front().articles.end(), qint64(0));
        };
        const MentionTimeline before = query.mentions({}, {m_nvidia}).value();
        // An article mentioning Nvidia loses its date: it leaves the chart and is counted apart.
        ArticleFilter filter;
        filter.entities = {m_nvidia};
        const ArticleId id
            = ArticleQuery(m_store->database()).ids(filter, ArticleOrder::Date, false).value().front();
        const PublicationDate date = m_store->article(id).value()->published;
        QVERIFY(date.isValid());
        QVERIFY(m_store->setPublished(id, PublicationDate {}));
        const MentionTimeline after = query.mentions({}, {m_nvidia}).value();
        QVERIFY(m_store->setPublished(id, date));
        QCOMPARE(after.undated, before.undated + 1);
        QCOMPARE(charted(after), charted(before) - 1);
        const MentionChart chart(after, QStringLiteral("Nvidia"), QStringLiteral("Filter"));
        QVERIFY2(chart.subtitle().startsWith(QStringLiteral("Filter · "))
                && chart.subtitle().contains(QStringLiteral("undated article")),
            qPrintable(chart.subtitle()));
        QCOMPARE(query.mentions({}, {m_nvidia}).value().undated, before.undated);
    }

    void sourceListLeavesOutWhatIsUnknown()
    {
        // C locale in the tests: its short date has a two-digit year, the source list four.
        Citation c {1, QStringLiteral("Reuters"), QStringLiteral("2022-10-08"), QStringLiteral("Titel"), {}};
        QVERIFY2(
            SourceList::describe(c).contains(QStringLiteral("2022")), qPrintable(SourceList::describe(c)));
        QVERIFY(SourceList::describe(c).startsWith(QStringLiteral("Reuters, ")));
        c.published = QStringLiteral("2022-10-08T08:30:00+02:00");
        QVERIFY(SourceList::describe(c).contains(QStringLiteral("2022")));
        c.published = QStringLiteral("2022-10");
        QCOMPARE(SourceList::describe(c), QStringLiteral("Reuters, October 2022: Titel"));
        c.outlet.clear();
        QCOMPARE(SourceList::describe(c), QStringLiteral("October 2022: Titel"));
        c.published.clear();
        c.url = QStringLiteral("https://example.org/a");
        QCOMPARE(SourceList::describe(c), QStringLiteral("Titel. https://example.org/a"));
        QCOMPARE(joinKnown({QString(), QStringLiteral("Titel")}), QStringLiteral("Titel"));
        QCOMPARE(readableDate(QStringLiteral("2025")), QStringLiteral("2025"));
    }

    void pdfsReadBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        TimelineQuery timelines(m_store->database());
        const MentionChart chart(timelines.mentions({}, {m_nvidia, m_huawei}).value(),
            QStringLiteral("Nvidia und Huawei"), QStringLiteral("2022-10 – 2026-02"));
        const QString mentions = m_dir.filePath(QStringLiteral("mentions.pdf"));
        const int pages = writePdf(chart, mentions, {QPageSize::A4, QPageLayout::Landscape}).value();
        QCOMPARE(pages, 2); // the chart, and the source list
        const QString info = pdfinfo(mentions);
        QVERIFY2(info.contains(QStringLiteral("Pages:           2")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)"))
                && (info.contains(QStringLiteral("842 x 595"))
                    || info.contains(QStringLiteral("841.89 x 595.28"))),
            qPrintable(info));
        const QString text = pdftotext(mentions);
        QVERIFY(text.contains(QStringLiteral("Nvidia und Huawei")));
        QVERIFY(text.contains(QStringLiteral("Nvidia (")) && text.contains(QStringLiteral("Huawei (")));
        QVERIFY(text.contains(QStringLiteral("Sources")));
        QVERIFY(text.contains(QStringLiteral("[1]")) && text.contains(QStringLiteral("[2]")));
        QVERIFY(text.contains(QStringLiteral("Page 2 of 2")));

        // Events on A3 portrait: the cited numbers on the chart are the source list's.
        const auto events = timelines.events({}, {m_huawei}).value();
        const EventChart eventChart(events, QStringLiteral("Huawei"), QString());
        const QString eventsPdf = m_dir.filePath(QStringLiteral("events.pdf"));
        QVERIFY(writePdf(eventChart, eventsPdf, {QPageSize::A3, QPageLayout::Portrait}));
        QVERIFY2(pdfinfo(eventsPdf).contains(QStringLiteral("(A3)")), qPrintable(pdfinfo(eventsPdf)));
        QVERIFY(pdfinfo(eventsPdf).contains(QStringLiteral("842 x 1191"))
            || pdfinfo(eventsPdf).contains(QStringLiteral("841.89 x 1190.55")));
        const QString eventText = pdftotext(eventsPdf);
        QVERIFY(eventText.contains(QStringLiteral("[1] ")));
        QVERIFY(eventText.contains(events.front().outlet));

        NetworkQuery networks(m_store->database());
        Network network = networks.network({}, {}).value();
        QVERIFY(layoutNetwork(network));
        const QString graphPdf = m_dir.filePath(QStringLiteral("graph.pdf"));
        QCOMPARE(
            writePdf(NetworkFigure(network, QStringLiteral("Beziehungen"), QString()), graphPdf).value(), 1);
        const QString graphText = pdftotext(graphPdf);
        QVERIFY2(graphText.contains(QStringLiteral("Nvidia")), qPrintable(graphText));
        // The biggest nodes' names are text; a name whose label would cover a bigger node's is
        // left out, so which of them show depends on the layout (Huawei's went when the ministry's genitive
        // joined its nominative).
        const auto named = std::count_if(network.nodes.begin(), network.nodes.begin() + 10,
            [&](const NetworkNode &n) { return graphText.contains(n.name); });
        QVERIFY2(named >= 6, qPrintable(graphText));

        // SVG and PNG of the same figure.
        QVERIFY(writeSvg(chart, m_dir.filePath(QStringLiteral("mentions.svg"))));
        QDomDocument svg;
        QFile svgFile(m_dir.filePath(QStringLiteral("mentions.svg")));
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svg.setContent(&svgFile));
        QCOMPARE(svg.documentElement().tagName(), QStringLiteral("svg"));
        QVERIFY(writePng(chart, m_dir.filePath(QStringLiteral("mentions.png"))));
        QImage png(m_dir.filePath(QStringLiteral("mentions.png")));
        QCOMPARE(png.width(), 2 * 1120);
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
