// SPDX-License-Identifier: GPL-3.0-or-later
// The background jobs the window runs on pool threads, each with its own connection: the import
// job, the analysis job and the facet counter — with progress, cancel and interrupted counts.
// CI also runs this under ThreadSanitizer (.ci/quickstart test, build-tsan).

#include "services/analysisjob.h"
#include "services/facetcounter.h"
#include "services/importjob.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/sqlreader.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Lagebild;

namespace {

/// Passes statements on to `inner`, and sets `stop` as the `stopAt`-th begins (1-based): after
/// the count looked at the flag and before SQLite steps, where an sqlite3_interrupt is lost.
class StopAtStatement final : public SqlReader
{
public:
    StopAtStatement(SqlReader &inner, std::atomic_bool &stop, int stopAt)
        : m_inner(inner), m_stop(stop), m_stopAt(stopAt)
    { }
    int begun = 0;
    QList<ErrorKind> failures;

    [[nodiscard]] SqlDialect dialect() const override { return m_inner.dialect(); }
    Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow) override
    {
        begin();
        return noted(m_inner.forEachRow(sql, values, onRow));
    }
    Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow) override
    {
        begin();
        return noted(m_inner.forEachRowWhile(sql, values, onRow));
    }
    Expected<SqlSnapshot> snapshot() override { return m_inner.snapshot(); }

private:
    void begin()
    {
        if (++begun == m_stopAt)
            m_stop = true;
    }
    Expected<void> noted(Expected<void> outcome)
    {
        if (!outcome)
            failures << outcome.error().kind;
        return outcome;
    }
    SqlReader &m_inner;
    std::atomic_bool &m_stop;
    int m_stopAt;
};

} // namespace

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

    void facetCountStopIsNeverLost_data()
    {
        QTest::addColumn<int>("stopAt"); // the statement as which the stop comes; 0: before all
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("before the count") << 0 << true;
        QTest::newRow("as the outlets' statement begins") << 1 << true;
        QTest::newRow("as the tags' statement begins") << 2 << true;
        QTest::newRow("as the entities' statement begins") << 3 << true;
        QTest::newRow("never") << -1 << false;
    }

    // The facet counter's connection (openInterruptibleSqlReader with its stop flag): a stop set
    // before the count or between two of its statements ends it cancelled, and no statement runs
    // after it. The statements here take far fewer than the thousand steps between two calls of
    // SQLite's progress handler, so the flag is also looked at as a statement begins.
    void facetCountStopIsNeverLost()
    {
        QFETCH(int, stopAt);
        QFETCH(bool, cancelled);
        std::atomic_bool stop = stopAt == 0;
        auto opened = openInterruptibleSqlReader(m_db, &stop);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        StopAtStatement reader(*opened->reader, stop, stopAt);
        ArticleQuery query(reader);
        const FacetCounts counts = FacetCounter::count(query, ArticleFilter {}, &stop);
        QCOMPARE(counts.cancelled, cancelled);
        QCOMPARE(reader.begun, std::max(stopAt, 0) + (cancelled ? 0 : 3));
        if (cancelled) {
            QVERIFY(!counts.error.isEmpty());
            QVERIFY(counts.outlets.empty() && counts.tags.empty() && counts.entities.empty());
            // The statement begun after the stop failed as cancelled; none ran past it.
            QCOMPARE(reader.failures, stopAt > 0 ? QList {ErrorKind::Cancelled} : QList<ErrorKind> {});
        } else {
            QVERIFY2(counts.error.isEmpty(), qPrintable(counts.error));
            QVERIFY(!counts.outlets.empty() && !counts.entities.empty());
        }
        // The same connection counts in full once the flag is down.
        stop = false;
        ArticleQuery again(*opened->reader);
        const FacetCounts full = FacetCounter::count(again, ArticleFilter {}, &stop);
        QVERIFY2(full.error.isEmpty(), qPrintable(full.error));
        QVERIFY(!full.cancelled);
        QCOMPARE(full.entities.size(), FacetCounter::count(query, ArticleFilter {}).entities.size());
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
