// SPDX-License-Identifier: GPL-3.0-or-later
// The background jobs the window runs on pool threads, each with its own connection: the import
// job, the analysis job and the facet counter — with progress, cancel and interrupted counts.
// CI also runs this under ThreadSanitizer (.ci/quickstart test, build-tsan).

#include "services/analysisjob.h"
#include "services/facetcounter.h"
#include "services/importjob.h"
#include "store/articlequery.h"
#include "store/articlestore.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Lagebild;

class TestJobs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("jobs.sqlite"));
        // Every thread of the pool started here, before any job: under ThreadSanitizer a thread
        // created inside a job's start() would carry the frame .ci/tsan-suppressions.txt names.
        QThreadPool *pool = QThreadPool::globalInstance();
        pool->setExpiryTimeout(-1); // and kept
        QSemaphore started;
        QSemaphore release;
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            pool->start([&started, &release] {
                started.release();
                release.acquire();
            });
        }
        started.acquire(pool->maxThreadCount());
        release.release(pool->maxThreadCount());
        pool->waitForDone();
    }

    void importThenAnalyseInTheBackground()
    {
        ImportJob import(m_db, {QStringLiteral(":/sample-corpus")});
        QSignalSpy imported(&import, &ImportJob::finished);
        QSignalSpy progress(&import, &ImportJob::progress);
        import.start();
        QVERIFY(imported.wait(120000));
        QVERIFY(import.summary().imported > 0);
        QVERIFY(!progress.isEmpty());

        AnalysisJob analysis(m_db, true);
        QSignalSpy analysed(&analysis, &AnalysisJob::finished);
        analysis.start();
        QVERIFY(analysed.wait(300000));
        QVERIFY2(analysis.summary().error.isEmpty(), qPrintable(analysis.summary().error));
        QCOMPARE(analysis.summary().articles, import.summary().imported);
        QVERIFY(analysis.summary().mentions > 0);
    }

    void cancelledJobsStopCleanly()
    {
        AnalysisJob analysis(m_db, true);
        QSignalSpy analysed(&analysis, &AnalysisJob::finished);
        analysis.start();
        analysis.cancel();
        QVERIFY(analysed.wait(300000));
        QVERIFY(analysis.summary().error.isEmpty());

        ImportJob import(m_db, {QStringLiteral(":/sample-corpus")});
        QSignalSpy imported(&import, &ImportJob::finished);
        import.start();
        import.cancel();
        QVERIFY(imported.wait(120000));
    }

    void facetCountsFollowTheNewestRequest()
    {
        FacetCounter counter(m_db);
        QSignalSpy ready(&counter, &FacetCounter::ready);
        // Requests in quick succession: the running count is interrupted, only the newest is
        // delivered last.
        const QStringList words = {QStringLiteral("Zoll"), QStringLiteral("Export"), QStringLiteral("Chip"),
            QStringLiteral("Nvidia"), QString()};
        for (const QString &word : words) {
            ArticleFilter filter;
            filter.text = word;
            counter.request(filter);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!counter.isBusy(), 60000);
        QVERIFY(!ready.isEmpty());
        const auto last = ready.last().at(0).value<FacetCounts>();
        QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
        QVERIFY(last.filter.text.isEmpty());
        auto store = ArticleStore::open(m_db).value();
        ArticleQuery query(store->database());
        const FacetCounts direct = FacetCounter::count(query, ArticleFilter {});
        QCOMPARE(last.outlets.size(), direct.outlets.size());
        QCOMPARE(last.entities.size(), direct.entities.size());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
