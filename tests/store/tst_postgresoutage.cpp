// SPDX-License-Identifier: GPL-3.0-or-later
// The team's server dies in the middle of the work (pg_ctl stop -m immediate, as a crash or a
// pulled plug would) and comes back. What a client reported as done is there afterwards; what it
// could not do it said in one line naming the server; nothing stored is lost or doubled, and the
// next run after the restart finishes the job without a restart of anything else. (Workers: see
// tst_postgresanalysis followingWorkerSurvivesAServerRestart.)
#include "store/postgres/connection.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Lagebild;
using Testing::runCli;

namespace {

QString cli()
{
    return Lagebild::Testing::binaryDir() + QStringLiteral("/bin/lagebild-cli");
}

/// The lines the CLI wrote for the user about a failure ("lagebild-cli: …").
QStringList failureLines(const QString &err)
{
    return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("lagebild-cli:"));
}

/// -1 when the server does not answer.
qint64 count(const QString &uri, QStringView sql)
{
    auto c = Postgres::Connection::open(uri);
    if (!c)
        return -1;
    auto n = (*c)->queryInt64(sql);
    return n ? n->value_or(-1) : -1;
}

/// The throwaway cluster runs with synchronous_commit off for speed: a commit returns before its
/// log is written, and an immediate stop loses it. A team's server keeps the default (on), so
/// these databases do too; without it a crash would take edits the clients saw confirmed.
bool durable(const QString &uri, const QString &database)
{
    auto c = Postgres::Connection::open(uri);
    return c && (*c)->execute(QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(database));
}

} // namespace

class TestPostgresOutage : public QObject
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

    // A test that failed with the server stopped leaves it so; the next needs it.
    void init()
    {
        if (!m_cluster.isRunning())
            QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
    }

    void importAcrossACrash()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("import")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("import"));
        QVERIFY(durable(uri, QStringLiteral("import")));
        // Enough short articles that the import is still running when the server goes.
        const int files = 1500;
        const QString folder = m_dir.filePath(QStringLiteral("meldungen"));
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < files; ++i) {
            QFile f(QStringLiteral("%1/meldung-%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Meldung %1 aus dem Hafen\n\nDie Zollbehörde hat am Montag die Ladung %1 "
                                   "geprüft. Nach Angaben der Behörde wurden %2 Container kontrolliert, "
                                   "weitere %3 sollen in der kommenden Woche folgen.\n")
                        .arg(i)
                        .arg(i * 7 % 97)
                        .arg(i * 13 % 89)
                        .toUtf8());
        }
        // The schema first (the first file alone), so that the crash meets the import and not the
        // migration.
        auto created = runCli({QStringLiteral("import"), QStringLiteral("-q"),
            folder + QStringLiteral("/meldung-0000.txt"), QStringLiteral("--db"), uri});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));

        QProcess import;
        import.start(
            cli(), {QStringLiteral("import"), QStringLiteral("-q"), folder, QStringLiteral("--db"), uri});
        QVERIFY(import.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            count(uri, u"SELECT count(*) FROM articles") > 1 || import.state() == QProcess::NotRunning,
            120000);
        const bool crashedMidway = import.state() == QProcess::Running;
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        QVERIFY(import.waitForFinished(120000));
        const QString err = QString::fromUtf8(import.readAllStandardError());
        if (crashedMidway) {
            // One line, naming the server, and a status that says the run did not finish.
            QVERIFY2(import.exitCode() != 0, qPrintable(err));
            QVERIFY2(failureLines(err).size() == 1, qPrintable(err));
            QVERIFY2(err.contains(uri.section(QLatin1Char('?'), 0, 0)), qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("the import stopped")), qPrintable(err));
            qInfo("%s", qPrintable(err.trimmed()));
        } else {
            qWarning("the import ended before the server stopped; only the second run is checked");
        }
        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
        const qint64 kept = count(uri, u"SELECT count(*) FROM articles");
        QVERIFY(kept >= 0 && kept <= files);
        qInfo("%lld of %d articles were stored before the server stopped", kept, files);

        // The same import again: what was committed is skipped, the rest stored, each once.
        auto again
            = runCli({QStringLiteral("import"), QStringLiteral("-q"), folder, QStringLiteral("--db"), uri});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(
            again.out.contains(QStringLiteral("imported: %1, duplicates: %2").arg(files - kept).arg(kept)),
            qPrintable(again.out));
        QCOMPARE(count(uri, u"SELECT count(*) FROM articles"), qint64(files));
        QCOMPARE(count(uri, u"SELECT count(DISTINCT content_hash) FROM articles"), qint64(files));
        QCOMPARE(count(uri, u"SELECT count(*) FROM articles WHERE search IS NULL OR body = ''"), qint64(0));
    }

    void editsAcrossACrash()
    {
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("edits")), qPrintable(m_cluster.error()));
        const QString uri = m_cluster.uri(QStringLiteral("edits"));
        QVERIFY(durable(uri, QStringLiteral("edits")));
        auto imported = runCli({QStringLiteral("import"), QStringLiteral("-q"), QStringLiteral("--sample"),
            QStringLiteral("--db"), uri});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 articles = count(uri, u"SELECT count(*) FROM articles");
        QVERIFY(articles >= 8);

        struct Edit
        {
            std::unique_ptr<QProcess> process;
            qint64 article = 0;
            QString tag;
        };
        std::vector<Edit> edits;
        // Eight analysts tag at once, a round at a time; the server dies during the second round,
        // stays away for the third and is back for the fourth.
        const auto round = [&](int number) {
            const size_t first = edits.size();
            for (int k = 0; k < 8; ++k) {
                Edit e {std::make_unique<QProcess>(), k + 1, QStringLiteral("runde%1-%2").arg(number).arg(k)};
                e.process->start(cli(),
                    {QStringLiteral("tag"), QString::number(e.article), e.tag, QStringLiteral("--db"), uri});
                edits.push_back(std::move(e));
            }
            return first;
        };
        const auto finish = [&](size_t first) {
            for (size_t i = first; i < edits.size(); ++i) {
                QProcess &p = *edits[i].process;
                if (p.state() != QProcess::NotRunning && !p.waitForFinished(120000))
                    qFatal("lagebild-cli tag did not finish");
            }
        };
        finish(round(1));
        const size_t crashed = round(2);
        // The first of them done, the others are under way: connecting, in their transaction or
        // committing.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(edits.begin() + std::ptrdiff_t(crashed), edits.end(),
                [](const Edit &e) { return e.process->state() == QProcess::NotRunning; }),
            60000);
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        finish(crashed);
        const size_t away = round(3);
        finish(away);
        QVERIFY2(m_cluster.resume(), qPrintable(m_cluster.error()));
        finish(round(4));

        auto c = Postgres::Connection::open(uri);
        QVERIFY2(c, qPrintable(c.errorMessage()));
        int done = 0, failed = 0;
        for (size_t i = 0; i < edits.size(); ++i) {
            const Edit &e = edits[i];
            const QString err = QString::fromUtf8(e.process->readAllStandardError());
            auto present
                = (*c)->queryInt64(u"SELECT count(*) FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                   u"WHERE at.article_id = $1 AND t.name = $2",
                    Postgres::Params().add(e.article).add(e.tag));
            QVERIFY(present);
            const bool ok = e.process->exitStatus() == QProcess::NormalExit && e.process->exitCode() == 0;
            if (ok) {
                ++done;
                // Reported as done: there, with its history row (who and when).
                QVERIFY2(present->value_or(0) == 1, qPrintable(e.tag));
                auto recorded = (*c)->queryInt64(
                    u"SELECT count(*) FROM edits WHERE article_id = $1 AND detail LIKE '%' || $2 || '%'",
                    Postgres::Params().add(e.article).add(e.tag));
                QVERIFY(recorded);
                QVERIFY2(recorded->value_or(0) >= 1, qPrintable(e.tag));
            } else {
                // Reported as failed: one line naming the server. (A commit the server made just
                // before it died may still be there: the client could not learn of it.)
                QVERIFY2(e.process->exitStatus() == QProcess::NormalExit, qPrintable(e.tag));
                QCOMPARE(failureLines(err).size(), 1);
                QVERIFY2(err.contains(uri.section(QLatin1Char('?'), 0, 0)), qPrintable(err));
                if (failed++ == 0 || i == crashed)
                    qInfo("%s", qPrintable(err.trimmed()));
            }
            // Rounds 1 and 4 had a server throughout; round 3 none.
            if (i < crashed || i >= away + 8)
                QVERIFY2(ok, qPrintable(err));
            else if (i >= away)
                QVERIFY2(!ok, qPrintable(e.tag));
        }
        qInfo("%d edits reported done, %d reported failed", done, failed);
        QVERIFY(failed >= 8);
    }

    void cleanupTestCase()
    {
        if (m_cluster.isRunning())
            QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresOutage)
#include "tst_postgresoutage.moc"
