// SPDX-License-Identifier: GPL-3.0-or-later
// Storing an analysis on PostgreSQL (store/postgres/analysisstore.h) against SQLite's
// AnalysisRepository: the sample corpus, analysed and hand-edited, copied to a throwaway cluster,
// then analysed again on both backends after a new correction rule; copied back, every mention,
// entity, relation and event must equal SQLite's, the analyst's work kept on both.

#include "analysis/analyzer.h"
#include "services/analysisservice.h"
#include "services/articleanalyser.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/corpuscopy.h"
#include "store/corpusreader.h"
#include "store/postgres/analysisstore.h"
#include "store/postgres/connection.h"
#include "store/postgres/transaction.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "support/sqlitevalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lagebild;
using Testing::runCli;

namespace {

/// The rows of a query as text, sorted: ids differ between the backends (PostgreSQL's sequences
/// move on at every ON CONFLICT), so the queries name entities and relations by their content.
QStringList rowsOf(Sqlite::Database &db, const QString &sql, int columns)
{
    Sqlite::Statement st(db, sql);
    QStringList rows;
    auto done = Sqlite::forEachRow(st, [&](Sqlite::Statement &s) {
        QStringList values;
        for (int c = 0; c < columns; ++c)
            values << Testing::describeValue(s, c);
        rows << values.join(QLatin1Char('|'));
    });
    if (!done)
        rows << QStringLiteral("ERROR %1").arg(done.errorMessage());
    rows.sort();
    return rows;
}

const QString entityName = QStringLiteral("(SELECT type || ':' || canonical FROM entities WHERE id = %1)");

std::vector<std::pair<QString, int>> comparedQueries()
{
    return {
        {QStringLiteral(
             "SELECT m.article_id, m.start, m.\"end\", m.type, m.text, %1, m.value, m.unit, m.approx, "
             "m.norm, m.sentence_start, m.sentence_end, m.manual, m.removed FROM mentions m")
                .arg(entityName.arg(QLatin1String("m.entity_id"))),
            14},
        {QStringLiteral("SELECT type, canonical, origin, status, %1 FROM entities e")
                .arg(entityName.arg(QLatin1String("e.merged_into"))),
            5},
        {QStringLiteral(
             "SELECT r.article_id, r.type, %1, %2, r.evidence_start, r.evidence_end, %3, r.origin, "
             "r.confidence, r.status, (SELECT c.type || c.evidence_start FROM relations c WHERE c.id "
             "= r.corrects) FROM relations r")
                .arg(entityName.arg(QLatin1String("r.source_entity")),
                    entityName.arg(QLatin1String("r.target_entity")),
                    entityName.arg(QLatin1String("r.attributed_to"))),
            11},
        {QStringLiteral(
             "SELECT e.article_id, e.day, e.norm, e.date_from_text, e.label, e.evidence_start, "
             "e.evidence_end, r.type, r.origin, r.status FROM events e LEFT JOIN relations r ON r.id = "
             "e.relation_id"),
            10},
        {QStringLiteral("SELECT id, analysis_version, analysis_rules, analysed_at IS NOT NULL FROM articles"),
            4},
    };
}

} // namespace

class TestPostgresAnalysis : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LAGEBILD_START_PG_CLUSTER(m_cluster);
    }

    void analysisEqualsSqlite()
    {
        // The sample corpus analysed, with the analyst's work of every kind that analysis meets.
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        const auto cli = [&](QStringList arguments) {
            arguments << QStringLiteral("--db") << a;
            return runCli(arguments);
        };
        auto imported = cli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto analysed = cli({QStringLiteral("analyze")});
        QVERIFY2(analysed.exitCode == 0, qPrintable(analysed.err));
        auto relations = cli({QStringLiteral("relation"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(relations.exitCode == 0, qPrintable(relations.err));
        const QJsonArray listed = QJsonDocument::fromJson(relations.out.toUtf8()).array();
        QVERIFY2(listed.size() == 2, qPrintable(relations.out));
        const auto idOf
            = [&](int i) { return QString::number(listed[i].toObject()[QStringLiteral("id")].toInteger()); };
        auto confirmed = cli({QStringLiteral("relation"), QStringLiteral("confirm"), idOf(0)});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        auto rejected = cli({QStringLiteral("relation"), QStringLiteral("reject"), idOf(1)});
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
        qint64 marked = 0, removedMarker = 0;
        {
            auto store = ArticleStore::open(a);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            AnalysisRepository repository((*store)->database());
            // A mention marked by hand over the first automatic one of article 1, and one removed.
            auto mentions = repository.mentionsOf(1);
            QVERIFY(mentions && mentions->size() > 2);
            StoredMention hand = mentions->front();
            hand.type = QStringLiteral("ORGANIZATION");
            hand.canonical = QStringLiteral("Von Hand markiert");
            auto added = repository.addManualMention(1, hand);
            QVERIFY2(added, qPrintable(added.errorMessage()));
            marked = added.value();
            removedMarker = mentions->back().id;
            QVERIFY(repository.removeMention(removedMarker));
            // A new rule: every article is due again, on both backends.
            QVERIFY(repository.addCorrection(QStringLiteral("alias"), QStringLiteral("Huawei"), QString(),
                QStringLiteral("Huawei Technologies")));
        }

        const QString name = QStringLiteral("analysis");
        QVERIFY2(m_cluster.createDatabase(name), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(name);
        auto copied = CorpusCopy::run(a, uri, {});
        QVERIFY2(copied, qPrintable(copied.errorMessage()));

        // SQLite as the program does it.
        {
            auto store = ArticleStore::open(a);
            QVERIFY(store);
            const AnalyzeSummary summary = AnalysisService(**store).analyze(false);
            QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
            QVERIFY(summary.articles > 30);
        }
        // PostgreSQL: the same engine with the rules read from the server, stored in one
        // transaction after the entities were resolved.
        {
            auto connection = Postgres::Connection::open(uri);
            QVERIFY2(connection, qPrintable(connection.errorMessage()));
            Postgres::AnalysisStore analyses(**connection);
            auto rules = analyses.rulesVersion();
            auto corrections = analyses.corrections();
            QVERIFY(rules && corrections);
            QCOMPARE(corrections->size(), size_t(1));
            const ArticleAnalyser analyser(corrections.value(), {});
            auto reader = openPostgresCorpusReader(uri);
            QVERIFY2(reader, qPrintable(reader.errorMessage()));
            auto list = (*reader)->listArticles(-1);
            QVERIFY(list);
            std::vector<ArticleAnalysis> results;
            for (const ArticleSummary &summary : list.value()) {
                auto article = (*reader)->article(summary.id);
                QVERIFY(article && article->has_value());
                results.push_back(analyser.analyse(summary.id, (**article).body, (**article).published.date));
            }
            auto resolved = analyses.resolveEntities(results);
            QVERIFY2(resolved, qPrintable(resolved.errorMessage()));
            Postgres::Transaction transaction(**connection);
            for (const ArticleAnalysis &result : results) {
                auto stored = analyses.store(result, Analysis::engineVersion, rules.value());
                QVERIFY2(stored, qPrintable(stored.errorMessage()));
            }
            QVERIFY(transaction.commit());
        }

        const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
        auto back = CorpusCopy::run(uri, b, {});
        QVERIFY2(back, qPrintable(back.errorMessage()));
        auto dbA = Sqlite::Database::open(a);
        auto dbB = Sqlite::Database::open(b);
        QVERIFY(dbA && dbB);
        for (const auto &query : comparedQueries()) {
            const QString &sql = query.first;
            const QStringList rowsA = rowsOf(**dbA, sql, query.second),
                              rowsB = rowsOf(**dbB, sql, query.second);
            QVERIFY2(!rowsA.isEmpty(), qPrintable(sql));
            qInfo("%lld rows equal: %s", qlonglong(rowsA.size()), qPrintable(sql.left(60)));
            QCOMPARE(rowsB.size(), rowsA.size());
            for (qsizetype i = 0; i < rowsA.size(); ++i)
                QVERIFY2(rowsA[i] == rowsB[i],
                    qPrintable(
                        QStringLiteral("%1\n  row %2:\n  %3\n  %4").arg(sql).arg(i).arg(rowsA[i], rowsB[i])));
        }
        // The analyst's work is there on both, and nothing the engine found overlaps it.
        for (auto *db : {&**dbA, &**dbB}) {
            const auto count
                = [&](const QString &sql) { return Sqlite::queryInt64(*db, sql).value().value_or(-1); };
            QCOMPARE(
                count(
                    QStringLiteral("SELECT count(*) FROM mentions WHERE id = %1 AND manual = 1").arg(marked)),
                1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM mentions WHERE id = %1 AND removed = 1")
                               .arg(removedMarker)),
                1);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM mentions a JOIN mentions h ON h.article_id = "
                                     "a.article_id AND h.manual = 1 AND a.manual = 0 AND a.start < h.\"end\" "
                                     "AND h.start < a.\"end\"")),
                0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM relations WHERE origin = 'manual'")), 2);
            // The rejected claim did not come back as an automatic row.
            QCOMPARE(
                count(QStringLiteral(
                    "SELECT count(*) FROM relations a JOIN relations r ON r.article_id = a.article_id AND "
                    "r.type = a.type AND r.source_entity = a.source_entity AND r.target_entity = "
                    "a.target_entity AND r.status = 'rejected' AND a.origin = 'automatic'")),
                0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM articles WHERE analysis_version IS NOT %1 OR "
                                          "analysis_rules IS NOT (SELECT CAST(value AS INTEGER) FROM meta "
                                          "WHERE key = 'rules_version')")
                               .arg(Analysis::engineVersion)),
                0);
        }
    }

    void cleanupTestCase() { QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error())); }
};

QTEST_GUILESS_MAIN(TestPostgresAnalysis)
#include "tst_postgresanalysis.moc"
