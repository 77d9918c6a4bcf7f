// SPDX-License-Identifier: GPL-3.0-or-later
// Storing an analysis on PostgreSQL (store/postgres/analysisstore.h) against SQLite's
// AnalysisRepository: the sample corpus, analysed and hand-edited, copied to a throwaway cluster,
// then analysed again on both backends after a new correction rule; copied back, every mention,
// entity, relation and event must equal SQLite's, the analyst's work kept on both. Learning from
// the corrections likewise.

#include "analysis/analyzer.h"
#include "analysis/resources.h"
#include "services/analysisservice.h"
#include "services/articleanalyser.h"
#include "services/learnservice.h"
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
#include "support/testpaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include <csignal>

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

// `lagebild-cli worker --follow` on a database with further options, killed at the end of the
// test if it still runs.
struct FollowingWorker
{
    FollowingWorker(const QString &uri, const QStringList &options)
    {
        process.start(Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli"),
            QStringList {QStringLiteral("worker"), QStringLiteral("--db"), uri, QStringLiteral("--follow")}
                << options);
    }
    ~FollowingWorker()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    FollowingWorker(const FollowingWorker &) = delete;
    FollowingWorker &operator=(const FollowingWorker &) = delete;

    QProcess process;
};

class TestPostgresAnalysis : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;

    static QString cliPath() { return Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli"); }

    static qint64 due(Postgres::Connection &c)
    {
        auto n = c.queryInt64(
            u"SELECT count(*) FROM articles WHERE analysis_version IS DISTINCT FROM $1 OR "
            u"analysis_rules IS DISTINCT FROM coalesce((SELECT CAST(value AS integer) FROM meta "
            u"WHERE key = 'rules_version'), 0)",
            Postgres::Params().add(Analysis::engineVersion));
        return n ? n->value_or(0) : -1;
    }

    /// The sample corpus, not analysed, in a new database of the cluster; its URI.
    QString unanalysedCorpus(const QString &name)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".sqlite"));
        auto imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), file});
        if (imported.exitCode != 0 || !m_cluster.createDatabase(name))
            return {};
        auto copied = CorpusCopy::run(file, m_cluster.uri(name), {});
        return copied ? m_cluster.uri(name) : QString();
    }

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
            // The texts as the worker reads them, a batch in one statement, in the order asked for.
            std::vector<ArticleId> ids;
            for (const ArticleSummary &summary : list.value())
                ids.push_back(summary.id);
            std::reverse(ids.begin(), ids.end());
            Postgres::Transaction transaction(**connection);
            auto texts = analyses.texts(ids);
            QVERIFY2(texts, qPrintable(texts.errorMessage()));
            QCOMPARE(texts->size(), ids.size());
            std::vector<ArticleAnalysis> results;
            for (size_t i = 0; i < ids.size(); ++i) {
                QCOMPARE((*texts)[i].id, ids[i]);
                auto article = (*reader)->article(ids[i]);
                QVERIFY(article && article->has_value());
                QCOMPARE((*texts)[i].body, (**article).body);
                QCOMPARE((*texts)[i].published, (**article).published.date);
                results.push_back(analyser.analyse(ids[i], (*texts)[i].body, (*texts)[i].published));
            }
            auto resolved = analyses.resolveEntities(results);
            QVERIFY2(resolved, qPrintable(resolved.errorMessage()));
            // Stored in two batches of different sizes, as workers with different --batch would.
            const auto middle = results.begin() + std::ptrdiff_t(results.size() / 3);
            for (const auto &part : {std::vector<ArticleAnalysis>(results.begin(), middle),
                     std::vector<ArticleAnalysis>(middle, results.end())}) {
                auto stored = analyses.store(part, Analysis::engineVersion, rules.value());
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

    // Learning from the corrections on a team database (`lagebild-cli learn --db URI`, then a
    // worker) gives what it gives on the file (LearnService, then the analysis): the same
    // adaptation stored in the server's ner_adaptation, which the workers load, and the same
    // analysis of every article afterwards. The corrected articles are due (a rule came after
    // their analysis), so both first bring them up to date (on PostgreSQL as a worker would).
    void learningEqualsSqlite()
    {
        if (Analysis::Resources::instance().tagger.isEmpty())
            QSKIP("no name model (LAGEBILD_NER_MODEL=none)");
        const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
        auto imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), c});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        {
            auto store = ArticleStore::open(c);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            QVERIFY(AnalysisService(**store).analyze(false).error.isEmpty());
            AnalysisRepository repository((*store)->database());
            // Two names retyped by hand, and a rule recorded after the analysis.
            for (const ArticleId id : {ArticleId(1), ArticleId(2)}) {
                auto mentions = repository.mentionsOf(id);
                QVERIFY(mentions && !mentions->empty());
                StoredMention hand = mentions->front();
                hand.type = hand.type == QLatin1String("MEDIA") ? QStringLiteral("COMPANY")
                                                                : QStringLiteral("MEDIA");
                QVERIFY(repository.addManualMention(id, hand));
            }
            QVERIFY(repository.addCorrection(QStringLiteral("alias"), QStringLiteral("Huawei"), QString(),
                QStringLiteral("Huawei Technologies")));
        }
        const QString name = QStringLiteral("learning");
        QVERIFY2(m_cluster.createDatabase(name), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(name);
        auto copied = CorpusCopy::run(c, uri, {});
        QVERIFY2(copied, qPrintable(copied.errorMessage()));

        {
            auto store = ArticleStore::open(c);
            QVERIFY(store);
            const LearnSummary learned = LearnService(**store).learn();
            QVERIFY2(learned.error.isEmpty(), qPrintable(learned.error));
            QCOMPARE(learned.articles, 2);
            QVERIFY(AnalysisService(**store).analyze(false).error.isEmpty());
        }
        auto learned = runCli({QStringLiteral("learn"), QStringLiteral("--db"), uri});
        QVERIFY2(learned.exitCode == 0, qPrintable(learned.err));
        QVERIFY2(learned.out.contains(QLatin1String("learned from 2 corrected articles")),
            qPrintable(learned.out));
        auto connection = Postgres::Connection::open(uri);
        QVERIFY2(connection, qPrintable(connection.errorMessage()));
        QCOMPARE(
            due(**connection), (**connection).queryInt64(u"SELECT count(*) FROM articles")->value_or(-1));
        // What the workers load (analysisworker.cpp) fits the built-in model.
        auto stored = Postgres::AnalysisStore(**connection).adaptation();
        QVERIFY(stored && stored->has_value());
        QVERIFY(LearnService::adaptationFrom(stored.value()));
        auto worker = runCli({QStringLiteral("worker"), QStringLiteral("--db"), uri});
        QVERIFY2(worker.exitCode == 0, qPrintable(worker.err));
        QCOMPARE(due(**connection), 0);

        const QString d = m_dir.filePath(QStringLiteral("d.sqlite"));
        auto back = CorpusCopy::run(uri, d, {});
        QVERIFY2(back, qPrintable(back.errorMessage()));
        auto dbC = Sqlite::Database::open(c);
        auto dbD = Sqlite::Database::open(d);
        QVERIFY(dbC && dbD);
        auto queries = comparedQueries();
        queries.emplace_back(
            QStringLiteral(
                "SELECT model, hex(weights), articles, sentences, weight_count FROM ner_adaptation"),
            5);
        for (const auto &[sql, columns] : queries) {
            const QStringList rowsC = rowsOf(**dbC, sql, columns), rowsD = rowsOf(**dbD, sql, columns);
            QVERIFY2(!rowsC.isEmpty(), qPrintable(sql));
            QCOMPARE(rowsD.size(), rowsC.size());
            for (qsizetype i = 0; i < rowsC.size(); ++i)
                QVERIFY2(rowsC[i] == rowsD[i],
                    qPrintable(
                        QStringLiteral("%1\n  row %2:\n  %3\n  %4").arg(sql).arg(i).arg(rowsC[i], rowsD[i])));
        }
    }

    void twoWorkersShareTheCorpus()
    {
        const QString uri = unanalysedCorpus(QStringLiteral("workers"));
        QVERIFY(!uri.isEmpty());
        QProcess first, second;
        const QStringList arguments {QStringLiteral("worker"), QStringLiteral("--db"), uri,
            QStringLiteral("--batch"), QStringLiteral("3")};
        first.start(cliPath(), arguments);
        second.start(cliPath(), arguments);
        QVERIFY(first.waitForFinished(300000) && second.waitForFinished(300000));
        const QString outFirst = QString::fromUtf8(first.readAllStandardOutput());
        const QString outSecond = QString::fromUtf8(second.readAllStandardOutput());
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        qInfo("%s / %s", qPrintable(outFirst.trimmed()), qPrintable(outSecond.trimmed()));
        // Each worker counts what it stored: together exactly the corpus, so none twice.
        const auto articles
            = [](const QString &line) { return line.section(QLatin1Char(' '), 1, 1).toInt(); };
        auto c = Postgres::Connection::open(uri);
        QVERIFY(c);
        const qint64 total = (*c)->queryInt64(u"SELECT count(*) FROM articles")->value_or(0);
        QVERIFY(total > 30);
        QCOMPARE(articles(outFirst) + articles(outSecond), total);
        QCOMPARE(due(**c), 0);
        QVERIFY((*c)->queryInt64(u"SELECT count(*) FROM mentions")->value_or(0) > 1000);
    }

    void stalledWorkersClaimExpires()
    {
        // A worker stopped after its claim (a hung process, a machine gone from the network) holds
        // its batch until the server gives its session up after --claim-seconds; a second worker
        // waits for that and takes the articles over. Then the first is killed outright.
        // In the unoptimised AddressSanitizer build the analysis of the 52 articles takes longer
        // than --claim-seconds 2: the worker shows itself alive while its engine runs (session
        // 11's CI found it dropped there, as the server saw an idle transaction).
        const QString uri = unanalysedCorpus(QStringLiteral("stalled"));
        QVERIFY(!uri.isEmpty());
        auto c = Postgres::Connection::open(uri);
        QVERIFY(c);
        const qint64 total = (*c)->queryInt64(u"SELECT count(*) FROM articles")->value_or(0);
        // The test holds the events table: the worker claims and analyses, then waits at its first
        // write, so it is surely mid-batch when stopped.
        Postgres::Transaction hold(**c);
        QVERIFY((*c)->execute(u"LOCK TABLE events IN EXCLUSIVE MODE"));
        QProcess first;
        first.start(cliPath(),
            {QStringLiteral("worker"), QStringLiteral("--db"), uri, QStringLiteral("--batch"),
                QStringLiteral("1000"), QStringLiteral("--claim-seconds"), QStringLiteral("2")});
        QVERIFY(first.waitForStarted());
        const auto killFirst = qScopeGuard([&first] {
            first.kill(); // SIGKILL, also when the test fails
            first.waitForFinished(10000);
        });
        auto watch = Postgres::Connection::open(uri);
        QVERIFY(watch);
        QTRY_VERIFY_WITH_TIMEOUT(
            (*watch)->queryInt64(u"SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a "
                                 u"ON a.pid = l.pid WHERE NOT l.granted AND "
                                 u"a.application_name = 'lagebild'")
                    ->value_or(0)
                > 0,
            120000);
        ::kill(pid_t(first.processId()), SIGSTOP);
        QVERIFY(hold.commit());
        // Claimed: free for nobody (SKIP LOCKED finds none), still due.
        QCOMPARE((*watch)
                     ->queryInt64(u"SELECT count(*) FROM (SELECT id FROM articles FOR UPDATE SKIP LOCKED) f")
                     ->value_or(-1),
            0);
        QCOMPARE(due(**watch), total);
        QElapsedTimer clock;
        clock.start();
        auto second = runCli({QStringLiteral("worker"), QStringLiteral("--db"), uri});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        qInfo("%s after %lld ms", qPrintable(second.out.trimmed()), clock.elapsed());
        QCOMPARE(second.out.section(QLatin1Char(' '), 1, 1).toLongLong(), total);
        QCOMPARE(due(**watch), 0);
    }

    void followingWorkerTakesNewWork()
    {
        // A worker with --follow analyses what is due, waits, takes articles that fall due later
        // (here: five marked as analysed by an older engine) and ends on SIGTERM with its summary.
        const QString uri = unanalysedCorpus(QStringLiteral("follow"));
        QVERIFY(!uri.isEmpty());
        auto c = Postgres::Connection::open(uri);
        QVERIFY(c);
        const qint64 total = (*c)->queryInt64(u"SELECT count(*) FROM articles")->value_or(0);
        FollowingWorker following(uri, {QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY(following.process.waitForStarted());
        QProcess &worker = following.process;
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QCOMPARE(worker.state(), QProcess::Running);
        QVERIFY((*c)->execute(u"UPDATE articles SET analysis_version = 1 WHERE id IN (SELECT id FROM "
                              u"articles ORDER BY id LIMIT 5)"));
        QCOMPARE(due(**c), 5);
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QCOMPARE(worker.state(), QProcess::Running);
        worker.terminate(); // SIGTERM
        QVERIFY(worker.waitForFinished(60000));
        QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0,
            worker.readAllStandardError().constData());
        const QString out = QString::fromUtf8(worker.readAllStandardOutput());
        QCOMPARE(out.section(QLatin1Char(' '), 1, 1).toLongLong(), total + 5);
        QCOMPARE(runCli({QStringLiteral("worker"), QStringLiteral("--db"), uri, QStringLiteral("--once"),
                            QStringLiteral("--follow")})
                     .exitCode,
            2);
    }

    void followingWorkerHearsOfNewWork()
    {
        // A following worker that would look again only after ten minutes starts at once when an
        // import stores an article or an entity rule changes: both NOTIFY it at their commit.
        const QString uri = unanalysedCorpus(QStringLiteral("notified"));
        QVERIFY(!uri.isEmpty());
        auto c = Postgres::Connection::open(uri);
        QVERIFY(c);
        FollowingWorker following(uri, {QStringLiteral("--poll"), QStringLiteral("600")});
        QVERIFY(following.process.waitForStarted());
        QProcess &worker = following.process;
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);

        const QString file = m_dir.filePath(QStringLiteral("neu.txt"));
        {
            QFile text(file);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(QStringLiteral("Infineon liefert Chips an Bosch\n\n03.02.2026\n\nDer Münchner "
                                      "Halbleiterhersteller Infineon liefert künftig Leistungshalbleiter an "
                                      "Bosch. Das teilte das Unternehmen am Dienstag in Neubiberg mit.\n")
                           .toUtf8());
        }
        auto imported
            = runCli({QStringLiteral("import"), QStringLiteral("-q"), file, QStringLiteral("--db"), uri});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QCOMPARE(worker.state(), QProcess::Running);

        auto ruled = runCli({QStringLiteral("entity"), QStringLiteral("retype"), QStringLiteral("Bosch"),
            QStringLiteral("ORGANIZATION"), QStringLiteral("--db"), uri});
        QVERIFY2(ruled.exitCode == 0, qPrintable(ruled.err));
        QVERIFY2(ruled.out.contains(QLatin1String("the workers")), qPrintable(ruled.out));
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QCOMPARE(worker.state(), QProcess::Running);
        worker.terminate();
        QVERIFY(worker.waitForFinished(60000));
        QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0,
            worker.readAllStandardError().constData());
    }

    void followingWorkerSurvivesAServerRestart()
    {
        // The server stops at once (every connection cut, as a crash or a restart does) while a
        // following worker analyses; it comes back two seconds later. The worker says so in one
        // line, connects again by itself, finishes what is due (the batch it had in hand was
        // rolled back by the server and is due again) and takes new work; SIGTERM ends it as usual.
        const QString uri = unanalysedCorpus(QStringLiteral("restart"));
        QVERIFY(!uri.isEmpty());
        const qint64 total = [&] {
            auto c = Postgres::Connection::open(uri);
            return c ? due(**c) : -1;
        }();
        QVERIFY(total > 10);
        FollowingWorker following(uri,
            {QStringLiteral("--poll"), QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("2")});
        QVERIFY(following.process.waitForStarted());
        QProcess &worker = following.process;
        // Stop once the worker has stored something (it may be done already on a fast machine:
        // then the outage meets it between two looks, which must not end it either).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto c = Postgres::Connection::open(uri);
                return c && due(**c) < total;
            }(),
            60000);
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        QTest::qWait(2000);
        QCOMPARE(worker.state(), QProcess::Running);
        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));

        auto c = Postgres::Connection::open(uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QVERIFY((*c)->execute(u"UPDATE articles SET analysis_version = 1 WHERE id IN (SELECT id FROM "
                              u"articles ORDER BY id LIMIT 3)"));
        QTRY_VERIFY_WITH_TIMEOUT(due(**c) == 0, 120000);
        QCOMPARE(worker.state(), QProcess::Running);
        worker.terminate();
        QVERIFY(worker.waitForFinished(60000));
        const QString err = QString::fromUtf8(worker.readAllStandardError());
        QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0, qPrintable(err));
        qInfo("%s", qPrintable(err.trimmed()));
        // One line for the outage, one for the return, each naming what happened.
        QCOMPARE(err.count(QLatin1String("trying to connect again")), 1);
        QCOMPARE(err.count(QLatin1String("connected to the server again")), 1);
        QVERIFY2(err.contains(QLatin1String("lagebild-cli: worker: ")), qPrintable(err));
        // Every article analysed and stored once: one analysis version each, no article without.
        QCOMPARE(
            (*c)->queryInt64(u"SELECT count(*) FROM articles WHERE analysed_at IS NULL")->value_or(-1), 0);
        const qint64 stored
            = QString::fromUtf8(worker.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1).toLongLong();
        // At least all but the batch in hand when the server stopped; possibly more, since the
        // throwaway cluster commits asynchronously (synchronous_commit=off): the crash may lose the
        // last commits the worker was told of, and those articles are due and analysed again.
        QVERIFY2(stored >= total + 3 - 2, qPrintable(QString::number(stored)));
    }

    void workerRefusesAFile()
    {
        auto run = runCli(
            {QStringLiteral("worker"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("a.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("postgresql://")), qPrintable(run.err));
        auto gone = runCli({QStringLiteral("worker"), QStringLiteral("--db"),
            QStringLiteral("postgresql:///lagebild?host=%1/gone").arg(m_dir.path())});
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(gone.err.contains(QLatin1String("cannot connect to the PostgreSQL server")),
            qPrintable(gone.err));
    }

    void cleanupTestCase() { QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error())); }
};

QTEST_GUILESS_MAIN(TestPostgresAnalysis)
#include "tst_postgresanalysis.moc"
