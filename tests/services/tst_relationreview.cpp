// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's verdicts on relations: confirm, reject, correct, their undo, their survival through
// re-analysis, what the network and the event lanes make of them, and the upgrade from schema 5.

#include "../olddatabase.h"
#include "core/relationtypes.h"
#include "network/networkexport.h"
#include "network/networkquery.h"
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/relationrepository.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "timeline/timelinequery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lagebild;

namespace {

qint64 count(Sqlite::Database &db, QStringView sql)
{
    return Sqlite::queryInt64(db, sql)->value_or(-1);
}

// The claims (type, source, target) of an article's relations with this verdict.
QStringList claims(RelationRepository &relations, ArticleId article, RelationVerdict verdict)
{
    QStringList list;
    for (const RelationRow &r : relations.relations({article, verdict}).value())
        list.append(r.type + QLatin1Char(' ') + r.source + QStringLiteral(" → ") + r.target);
    list.sort();
    return list;
}

bool hasEvent(const std::vector<TimelineEvent> &events, qint64 relation)
{
    return std::any_of(
        events.begin(), events.end(), [&](const TimelineEvent &e) { return e.relationId == relation; });
}

} // namespace

class TestRelationReview : public QObject
{
    Q_OBJECT
    std::unique_ptr<ArticleStore> m_store;

    // An article with at least two relations the engine found, and its relations.
    std::vector<RelationRow> twoRelations()
    {
        RelationRepository relations(m_store->database());
        Sqlite::Statement st(m_store->database(),
            u"SELECT article_id FROM relations GROUP BY article_id HAVING count(DISTINCT type || source_entity "
            u"|| '-' || target_entity) >= 2 ORDER BY article_id LIMIT 1");
        if (!st.step().value())
            return {};
        return relations.relations({st.columnInt64(0), {}}).value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = ArticleStore::open(QStringLiteral(":memory:")).value();
        ImportService importer(*m_store);
        QVERIFY(importer.importPaths({QStringLiteral(":/sample-corpus")}).imported >= 35);
        QVERIFY(AnalysisService(*m_store).analyze(false).error.isEmpty());
    }

    void confidenceIsStored()
    {
        auto &db = m_store->database();
        QVERIFY(count(db, u"SELECT count(*) FROM relations") > 30);
        QCOMPARE(count(db, u"SELECT count(*) FROM relations WHERE confidence IS NULL"), 0);
        // The engine emits nothing below its threshold; rounding keeps 0.65 at 0.65.
        QCOMPARE(count(db, u"SELECT count(*) FROM relations WHERE confidence < 0.65 OR confidence > 1"), 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM relations WHERE origin = 'manual' OR status <> 'active'"), 0);
        RelationRepository relations(db);
        const auto all = relations.relations().value();
        QVERIFY(std::all_of(all.begin(), all.end(), [](const RelationRow &r) {
            return r.verdict == RelationVerdict::Unreviewed && !r.sentence.isEmpty() && r.confidence;
        }));
    }

    void verdictsSurviveReanalysis()
    {
        const auto found = twoRelations();
        QVERIFY(found.size() >= 2);
        const RelationRow confirmed = found[0];
        const RelationRow rejected = *std::find_if(found.begin(), found.end(), [&](const RelationRow &r) {
            return r.type != confirmed.type || r.sourceId != confirmed.sourceId || r.targetId != confirmed.targetId;
        });
        const ArticleId article = confirmed.article;
        RelationRepository relations(m_store->database());
        QCOMPARE(relations.setVerdict(confirmed.id, RelationVerdict::Confirmed).value(), RelationVerdict::Unreviewed);
        QCOMPARE(relations.setVerdict(rejected.id, RelationVerdict::Rejected).value(), RelationVerdict::Unreviewed);
        QVERIFY(!relations.setVerdict(999999, RelationVerdict::Confirmed));

        const QStringList confirmedBefore = claims(relations, article, RelationVerdict::Confirmed);
        const QStringList rejectedBefore = claims(relations, article, RelationVerdict::Rejected);
        const QStringList unreviewedBefore = claims(relations, article, RelationVerdict::Unreviewed);
        QCOMPARE(confirmedBefore.size(), 1);
        QVERIFY(!rejectedBefore.isEmpty());

        // analyze --all: the confirmed relation is not stored twice, the rejected claim not again.
        const AnalyzeSummary again = AnalysisService(*m_store).analyze(true);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(claims(relations, article, RelationVerdict::Confirmed), confirmedBefore);
        QCOMPARE(claims(relations, article, RelationVerdict::Rejected), rejectedBefore);
        QCOMPARE(claims(relations, article, RelationVerdict::Unreviewed), unreviewedBefore);
        QCOMPARE(relations.relation(confirmed.id).value()->verdict, RelationVerdict::Confirmed);
        QCOMPARE(relations.relation(rejected.id).value()->verdict, RelationVerdict::Rejected);
        // The confirmed relation keeps its event through the analysis; the rejected one shows none.
        const auto events = TimelineQuery(m_store->database()).events({}).value();
        QVERIFY(hasEvent(events, confirmed.id));
        QVERIFY(!hasEvent(events, rejected.id));
        // The kept event is dated afresh with its sentence (a date set by hand would move it).
        Sqlite::Statement dayOf(m_store->database(), u"SELECT coalesce(day, '') FROM events WHERE relation_id = ?1");
        dayOf.bind(1, confirmed.id);
        QVERIFY(dayOf.step().value());
        const QString day = dayOf.columnText(0);
        dayOf.reset();
        Sqlite::Statement spoil(m_store->database(), u"UPDATE events SET day = '1999-01-01' WHERE relation_id = ?1");
        spoil.bind(1, confirmed.id);
        QVERIFY(spoil.execute());
        QVERIFY(AnalysisService(*m_store).analyze(true).error.isEmpty());
        dayOf.bind(1, confirmed.id);
        QVERIFY(dayOf.step().value());
        QCOMPARE(dayOf.columnText(0), day);
        dayOf.reset();
        QCOMPARE(count(m_store->database(), u"SELECT count(*) FROM events WHERE relation_id IS NOT NULL AND relation_id NOT IN (SELECT id FROM relations)"), 0);

        // Undo: back to the engine's; the next analysis stores the claim afresh, once.
        QCOMPARE(relations.setVerdict(rejected.id, RelationVerdict::Unreviewed).value(), RelationVerdict::Rejected);
        QCOMPARE(relations.setVerdict(confirmed.id, RelationVerdict::Unreviewed).value(), RelationVerdict::Confirmed);
        QVERIFY(AnalysisService(*m_store).analyze(true).error.isEmpty());
        QVERIFY(claims(relations, article, RelationVerdict::Confirmed).isEmpty());
        QVERIFY(claims(relations, article, RelationVerdict::Rejected).isEmpty());
        QStringList all = unreviewedBefore + confirmedBefore + rejectedBefore;
        all.sort();
        QCOMPARE(claims(relations, article, RelationVerdict::Unreviewed), all);
    }

    void correctionReplacesTheClaim()
    {
        const auto found = twoRelations();
        QVERIFY(!found.empty());
        const RelationRow original = found.front();
        RelationRepository relations(m_store->database());
        // Another type, the other direction.
        const QString type = original.type == QLatin1String("owns") ? QStringLiteral("leads") : QStringLiteral("owns");
        RelationVerdict previous = RelationVerdict::Confirmed;
        auto corrected = relations.correct(original.id, type, original.targetId, original.sourceId, &previous);
        QVERIFY2(corrected, qPrintable(corrected.errorMessage()));
        QCOMPARE(previous, RelationVerdict::Unreviewed);
        const RelationRow row = relations.relation(corrected.value()).value().value();
        QCOMPARE(row.verdict, RelationVerdict::Confirmed);
        QCOMPARE(row.trust(), RelationTrust::Confirmed);
        QCOMPARE(row.type, type);
        QCOMPARE(row.source, original.target);
        QCOMPARE(row.target, original.source);
        QCOMPARE(row.sentence, original.sentence);
        QCOMPARE(row.corrects, original.id);
        QCOMPARE(relations.relation(original.id).value()->verdict, RelationVerdict::Rejected);
        // Dated like the original, labelled anew.
        auto events = TimelineQuery(m_store->database()).events({}).value();
        const auto event = std::find_if(
            events.begin(), events.end(), [&](const TimelineEvent &e) { return e.relationId == row.id; });
        QVERIFY(event != events.end());
        QCOMPARE(event->label, relationEventLabel(type, original.target, original.source));
        QCOMPARE(event->trust, RelationTrust::Confirmed);
        QVERIFY(!hasEvent(events, original.id));
        // Errors are values.
        QVERIFY(!relations.correct(original.id, QStringLiteral("befriends"), original.sourceId, original.targetId));
        QVERIFY(!relations.correct(original.id, type, original.sourceId, original.sourceId));

        // Re-analysis keeps the correction and does not bring the original claim back.
        QVERIFY(AnalysisService(*m_store).analyze(true).error.isEmpty());
        QCOMPARE(relations.relation(row.id).value()->verdict, RelationVerdict::Confirmed);
        const auto after = relations.relations({original.article, {}}).value();
        QCOMPARE(std::count_if(after.begin(), after.end(), [&](const RelationRow &r) {
            return r.type == original.type && r.sourceId == original.sourceId && r.targetId == original.targetId
                && r.verdict != RelationVerdict::Rejected;
        }),
            0);
        QCOMPARE(std::count_if(after.begin(), after.end(), [&](const RelationRow &r) {
            return r.type == type && r.sourceId == original.targetId && r.targetId == original.sourceId;
        }),
            1);
        QVERIFY(hasEvent(TimelineQuery(m_store->database()).events({}).value(), row.id));

        // Undo the correction: the original is the engine's again.
        QVERIFY(relations.removeCorrection(row.id, previous));
        QVERIFY(!relations.relation(row.id).value());
        QCOMPARE(relations.relation(original.id).value()->verdict, RelationVerdict::Unreviewed);
        QVERIFY(hasEvent(TimelineQuery(m_store->database()).events({}).value(), original.id));
        QVERIFY(!relations.removeCorrection(original.id, previous)); // no correction
    }

    void resetFollowsTheChain()
    {
        const RelationRow original = twoRelations().front();
        RelationRepository relations(m_store->database());
        const qint64 first = relations.correct(original.id, QStringLiteral("owns"), original.sourceId, original.targetId).value();
        const qint64 second = relations.correct(first, QStringLiteral("leads"), original.sourceId, original.targetId).value();
        QVERIFY(relations.reset(second));
        QVERIFY(!relations.relation(second).value());
        QVERIFY(!relations.relation(first).value());
        QCOMPARE(relations.relation(original.id).value()->verdict, RelationVerdict::Unreviewed);
        QVERIFY(!relations.reset(second));
    }

    void networkAndEventsFollowTrust()
    {
        auto &db = m_store->database();
        RelationRepository relations(db);
        // Make one relation doubtful, confirm another.
        const auto found = twoRelations();
        QVERIFY(found.size() >= 2);
        Sqlite::Statement doubt(db, u"UPDATE relations SET confidence = 0.7 WHERE id = ?1");
        doubt.bind(1, found[0].id);
        QVERIFY(doubt.execute());
        QVERIFY(relations.setVerdict(found[1].id, RelationVerdict::Confirmed));

        TimelineQuery timeline(db);
        auto faint = timeline.events({}, {}, 2000, DoubtfulRelations::Faint).value();
        auto hidden = timeline.events({}, {}, 2000, DoubtfulRelations::Hidden).value();
        QVERIFY(hasEvent(faint, found[0].id));
        QVERIFY(!hasEvent(hidden, found[0].id));
        QVERIFY(hasEvent(hidden, found[1].id));
        const auto doubtful = std::find_if(
            faint.begin(), faint.end(), [&](const TimelineEvent &e) { return e.relationId == found[0].id; });
        QCOMPARE(doubtful->trust, RelationTrust::Doubtful);
        // Below the engine's threshold a relation dates no event at all.
        Sqlite::Statement untrusted(db, u"UPDATE relations SET confidence = 0.5 WHERE id = ?1");
        untrusted.bind(1, found[0].id);
        QVERIFY(untrusted.execute());
        QVERIFY(!hasEvent(timeline.events({}).value(), found[0].id));

        // The network: the confirmed relation's edge is confirmed; hidden drops doubtful edges.
        NetworkOptions options;
        options.top = 500;
        options.coMentions = false;
        auto edgeOf = [&](const Network &n, const RelationRow &r) {
            return std::find_if(n.edges.begin(), n.edges.end(), [&](const NetworkEdge &e) {
                return e.source == r.sourceId && e.target == r.targetId && e.kind == r.type;
            });
        };
        const Network shown = NetworkQuery(db).network({}, options).value();
        const auto confirmedEdge = edgeOf(shown, found[1]);
        QVERIFY(confirmedEdge != shown.edges.end());
        QCOMPARE(confirmedEdge->trust, RelationTrust::Confirmed);
        // The graph files say so too.
        QVERIFY(networkCsv(shown).contains(",true,confirmed\r\n"));
        QVERIFY(networkGraphMl(shown).contains("<data key=\"trust\">confirmed</data>"));
        QVERIFY(networkGexf(shown, {}).contains("<attvalue for=\"trust\" value=\"confirmed\""));
        QVERIFY(std::any_of(shown.edges.begin(), shown.edges.end(),
            [](const NetworkEdge &e) { return e.trust == RelationTrust::High; }));
        options.doubtful = DoubtfulRelations::Hidden;
        const Network sure = NetworkQuery(db).network({}, options).value();
        QVERIFY(std::none_of(sure.edges.begin(), sure.edges.end(),
            [](const NetworkEdge &e) { return e.trust == RelationTrust::Doubtful; }));
        // A rejected relation is no edge, but its sentence is listed, marked, for review.
        QVERIFY(relations.setVerdict(found[1].id, RelationVerdict::Rejected));
        options.doubtful = DoubtfulRelations::Faint;
        const Network without = NetworkQuery(db).network({}, options).value();
        const auto gone = edgeOf(without, found[1]);
        QVERIFY(gone == without.edges.end() || gone->weight < confirmedEdge->weight);
        const auto evidence = NetworkQuery(db).evidence({}, found[1].sourceId, found[1].targetId).value();
        const auto listed = std::find_if(evidence.begin(), evidence.end(),
            [&](const EdgeEvidence &e) { return e.relation == found[1].id; });
        QVERIFY(listed != evidence.end());
        QCOMPARE(RelationVerdict(listed->verdict), RelationVerdict::Rejected);
        QCOMPARE(listed->source, found[1].source);
        QCOMPARE(listed->target, found[1].target);
    }

    void upgradesFromVersion5()
    {
        const OldDatabase version5(5, {
                 u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at, "
                 u"analysis_version, published, published_day, published_precision) VALUES (1, 'T', 'Nvidia "
                 u"beliefert Huawei.', 'x', 'h', 0, '2025-10-14', 4, '2025-10-14', '2025-10-14', 'day')",
                 u"INSERT INTO entities(id, canonical, type) VALUES (1, 'Nvidia', 'COMPANY'), (2, 'Huawei', "
                 u"'COMPANY')",
                 u"INSERT INTO relations(id, article_id, type, source_entity, target_entity, evidence_start, "
                 u"evidence_end) VALUES (1, 1, 'supplies', 1, 2, 0, 24)",
                 u"INSERT INTO events(article_id, relation_id, day, norm, date_from_text, label, "
                 u"evidence_start, evidence_end) VALUES (1, 1, '2025-10-14', '2025-10-14', 0, 'supplies: "
                 u"Nvidia → Huawei', 0, 24)"});
        QVERIFY2(version5.error.isEmpty(), qPrintable(version5.error));
        const QString &path = version5.path;
        auto store = ArticleStore::open(path); // upgrades, copying first
        QVERIFY2(store, qPrintable(store.errorMessage()));
        QVERIFY(QFile::exists(Migrator::preMigrationCopyPath(path, 5)));
        auto &db = (**store).database();
        QCOMPARE(count(db, u"PRAGMA user_version"), qint64(Migrator::latestVersion()));
        QVERIFY(Migrator::latestVersion() >= 6);
        // The old relation: unreviewed, confidence unknown, its article due for analysis.
        RelationRepository relations(db);
        const RelationRow old = relations.relation(1).value().value();
        QCOMPARE(old.verdict, RelationVerdict::Unreviewed);
        QVERIFY(!old.confidence);
        QCOMPARE(old.trust(), RelationTrust::Doubtful);
        QCOMPARE(old.sentence, QStringLiteral("Nvidia beliefert Huawei."));
        QCOMPARE(count(db, u"SELECT count(*) FROM articles WHERE analysis_version IS NULL"), 1);
        // Still an event (counted at the threshold), drawn faint.
        const auto events = TimelineQuery(db).events({}).value();
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events.front().trust, RelationTrust::Doubtful);
        // The new columns take verdicts.
        QVERIFY(relations.setVerdict(1, RelationVerdict::Rejected));
        QVERIFY(TimelineQuery(db).events({}).value().empty());
        QVERIFY(!db.execute(QStringLiteral("UPDATE relations SET status = 'maybe' WHERE id = 1")));
    }
};

QTEST_GUILESS_MAIN(TestRelationReview)
#include "tst_relationreview.moc"
