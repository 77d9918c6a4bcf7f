// SPDX-License-Identifier: GPL-3.0-or-later
// Search benchmark: the first page (20 hits, the CLI's default, with snippets) of
// ArticleStore::search, the call behind `lagebild-cli search`, for a rare, a medium, a common and a
// very common word, on the generated database shared with lagebild-bench-gui (built once).
// In-process, no process start; times are the searching thread's CPU time, which the other
// processes of a shared machine disturb far less than wall time.
//
//   lagebild-bench-search [N=10000] [--db FILE] [--runs R=40] [--limit L=20] [--phases] [--term T]
//                         [--postgres [URI]]
//
// --postgres compares the two backends instead (docs/team.md): a throwaway PostgreSQL cluster is
// started for the run (initdb and pg_ctl in a temporary folder, a Unix socket only, as the tests
// start theirs: pgcluster/throwawaycluster.h) unless a URI names a database, the same
// corpus is copied there (lagebild-cli migrate's copy, replacing what it holds when its article
// count differs) and both are read in wall time, since PostgreSQL's work happens in the
// server's processes, not in this thread: the search page for each term, the browser's list
// (ArticleQuery) without a text and with each term, the facets, the mention timeline, the dated
// events and the network. Ends with one JSON line of the medians and 95th percentiles.

#include "bench/benchcorpus.h"
#include "network/networkquery.h"
#include "pgcluster/throwawaycluster.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpuscopy.h"
#include "store/corpusreader.h"
#include "store/facetquery.h"
#include "store/postgres/connection.h"
#include "store/searchquery.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"
#include "timeline/timelinequery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

using namespace Lagebild;

namespace {

// CPU time of this thread: on the shared machine, other processes' load stretches wall time
// unpredictably, while the work a search does stays put.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int run = -2; run < runs; ++run) {
        const double start = threadCpuMs();
        work();
        if (run >= 0)
            ms.push_back(threadCpuMs() - start);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// Where a search's time goes: the index alone, scoring every match, the whole-word query that
// ranks whole words first, and the snippets of one page.
void printPhases(Sqlite::Database &db, const QString &term, int pageSize, int runs)
{
    const QString expression = toFtsQuery(term).value();
    const QString whole = toFtsQuery(term, CompoundMatch::WholeWordsOnly).value();
    auto count = [&](const QString &sql, const QString &match) {
        Sqlite::Statement st(db, sql);
        st.bind(1, match).bind(2, pageSize);
        qint64 rows = 0;
        (void)Sqlite::forEachRow(st, [&](const Sqlite::Statement &) { ++rows; });
        return rows;
    };
    const double ids = medianMs(runs, [&] {
        count(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"), expression);
    });
    const double wholeIds = medianMs(runs,
        [&] { count(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"), whole); });
    const double scored = medianMs(runs, [&] {
        count(QStringLiteral("SELECT rowid, bm25(article_fts, 4.0, 1.0) FROM article_fts WHERE article_fts "
                             "MATCH ?1 ORDER BY 2 LIMIT ?2"),
            expression);
    });
    const double snippets = medianMs(runs, [&] {
        count(QStringLiteral("SELECT snippet(article_fts, 1, char(2), char(3), '…', 24) FROM article_fts "
                             "WHERE article_fts MATCH ?1 LIMIT ?2"),
            expression);
    });
    const double parse = medianMs(runs, [&] {
        (void)toFtsQuery(term);
        (void)toFtsQuery(term, CompoundMatch::WholeWordsOnly);
    });
    const double prepare = medianMs(runs, [&] {
        Sqlite::Statement st(db, QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"));
    });
    std::printf("  %-20s query parsed %.2f ms, a statement prepared %.2f ms\n", "", parse, prepare);
    std::printf("  %-20s ids %.2f ms, whole-word ids %.2f ms, scored and cut %.2f ms, %d snippets %.2f ms\n",
        qPrintable(QStringLiteral("\"%1\"").arg(term)), ids, wholeIds, scored, pageSize, snippets);
}

// The 50th and 95th percentile of one measurement on one backend, in milliseconds.
struct Quantiles
{
    double p50 = 0;
    double p95 = 0;
};

// `work` run `runs` times after 3 to warm up, wall time; nullopt when it failed once.
std::optional<Quantiles> wallQuantiles(int runs, const std::function<bool()> &work)
{
    std::vector<double> ms;
    for (int run = -3; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!work())
            return std::nullopt;
        if (run >= 0)
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[size_t(q * double(ms.size() - 1))]; };
    return Quantiles {at(0.5), at(0.95)};
}

const char *backendName(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? "SQLite" : "PostgreSQL";
}

// The figures of the run as the JSON line's keys: "search_nvidia_postgresql_p50_ms" and the like.
class Figures
{
public:
    void add(const QString &what, SqlDialect dialect, const Quantiles &q)
    {
        const QString key = what.toLower().replace(QLatin1Char(' '), QLatin1Char('_'))
            + (dialect == SqlDialect::Sqlite ? QLatin1String("_sqlite") : QLatin1String("_postgresql"));
        m_json[key + QLatin1String("_p50_ms")] = std::round(q.p50 * 100) / 100;
        m_json[key + QLatin1String("_p95_ms")] = std::round(q.p95 * 100) / 100;
    }
    QJsonObject &json() { return m_json; }

private:
    QJsonObject m_json;
};

void printRow(const QString &label, SqlDialect dialect, const QString &rows, const Quantiles &q)
{
    std::printf("  %-24s %-10s %6s   p50 %7.2f ms   p95 %7.2f ms\n", qPrintable(label), backendName(dialect),
        qPrintable(rows), q.p50, q.p95);
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("(no text)") : QStringLiteral("\"%1\"").arg(text);
}

// The same searches on both backends: the first page with snippets, as `lagebild-cli search`.
bool compareSearches(CorpusReader &sqlite, CorpusReader &postgres, const QStringList &terms, int pageSize,
    int runs, Figures &figures)
{
    std::printf("search, the first page of %d hits with snippets:\n", pageSize);
    for (const QString &term : terms) {
        for (CorpusReader *reader : {&sqlite, &postgres}) {
            const SqlDialect dialect = reader == &sqlite ? SqlDialect::Sqlite : SqlDialect::Postgres;
            const auto all = reader->search(term, -1);
            if (!all) {
                std::fprintf(stderr, "%s\n", qPrintable(all.errorMessage()));
                return false;
            }
            const auto q = wallQuantiles(runs, [&] { return bool(reader->search(term, pageSize)); });
            if (!q)
                return false;
            printRow(quoted(term), dialect, QString::number(all->size()), *q);
            figures.add(QStringLiteral("search ") + term, dialect, *q);
        }
    }
    return true;
}

// The browser's list on both backends: what the article table reads before it shows a page
// (ArticleQuery::firstIds, newest first, then the summaries of the model's first 500 rows).
bool compareLists(
    SqlReader &sqlite, SqlReader &postgres, const QStringList &terms, int runs, Figures &figures)
{
    constexpr int page = 500;
    std::printf("the browser's list, newest first: the ids and the summaries of the first %d (\"page\": only "
                "the first page's ids were read)\n",
        page);
    for (const QString &text : QStringList {QString()} + terms) {
        ArticleFilter filter;
        filter.text = text;
        for (SqlReader *reader : {&sqlite, &postgres}) {
            ArticleQuery query(*reader);
            std::optional<size_t> matches; // unknown when only the first page was read
            const auto q = wallQuantiles(runs, [&] {
                auto first = query.firstIds(filter, ArticleOrder::Date, true, page);
                if (!first) {
                    std::fprintf(stderr, "%s\n", qPrintable(first.errorMessage()));
                    return false;
                }
                const std::vector<ArticleId> shown(first->ids.begin(),
                    first->ids.begin() + qsizetype(std::min(first->ids.size(), size_t(page))));
                matches = first->complete ? std::optional<size_t>(first->ids.size()) : std::nullopt;
                return bool(query.summaries(shown));
            });
            if (!q)
                return false;
            printRow(quoted(text), reader->dialect(),
                matches ? QString::number(*matches) : QStringLiteral("page"), *q);
            figures.add(QStringLiteral("list ") + (text.isEmpty() ? QStringLiteral("all") : text),
                reader->dialect(), *q);
        }
    }
    return true;
}

// The views without a filter: the filter panel's facets, the mention timeline of the three most
// mentioned entities, their dated events, the network with its default options.
bool compareViews(SqlReader &sqlite, SqlReader &postgres, int runs, Figures &figures)
{
    auto top = FacetQuery(sqlite).entityCounts({}, 3);
    if (!top) {
        std::fprintf(stderr, "%s\n", qPrintable(top.errorMessage()));
        return false;
    }
    std::vector<qint64> entities;
    for (const FacetCount &c : top.value())
        entities.push_back(c.id);
    std::printf("the views, no filter (the timeline of the %zu most mentioned entities):\n", entities.size());
    for (SqlReader *reader : {&sqlite, &postgres}) {
        FacetQuery facets(*reader);
        TimelineQuery timelines(*reader);
        NetworkQuery networks(*reader);
        const std::pair<const char *, std::function<bool()>> views[] = {
            {"facets",
                [&] {
                    return facets.outletCounts({}) && facets.tagCounts({}) && facets.entityCounts({}, 40);
                }},
            {"timeline", [&] { return bool(timelines.mentions({}, entities)); }},
            {"events", [&] { return bool(timelines.events({})); }},
            {"network", [&] { return bool(networks.network({}, {})); }},
        };
        for (const auto &view : views) {
            const auto q = wallQuantiles(runs, view.second);
            if (!q) {
                std::fprintf(stderr, "%s failed on %s\n", view.first, backendName(reader->dialect()));
                return false;
            }
            printRow(QLatin1String(view.first), reader->dialect(), QString(), *q);
            figures.add(QLatin1String(view.first), reader->dialect(), *q);
        }
    }
    return true;
}

// The corpus in the PostgreSQL database at `uri`, copied when it holds another number of
// articles, with fresh statistics for the planner; false after saying why.
bool ensureCopied(const QString &path, const QString &uri, int count)
{
    qint64 stored = -1;
    if (auto postgres = openPostgresCorpusReader(uri)) {
        auto stats = (*postgres)->statistics();
        stored = stats ? stats->articles : -1;
    }
    if (stored == count)
        return true;
    std::printf("copying the %d articles to %s…\n", count, qPrintable(uri));
    CorpusCopy::Options options;
    options.replace = true;
    if (auto copied = CorpusCopy::run(path, uri, options); !copied) {
        std::fprintf(stderr, "%s\n", qPrintable(copied.errorMessage()));
        return false;
    }
    // A fresh copy has no statistics until autovacuum comes by; the plans would depend on when.
    auto connection = Postgres::Connection::open(uri);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.errorMessage()));
        return false;
    }
    if (auto analysed = (*connection)->execute(u"VACUUM ANALYZE"); !analysed) {
        std::fprintf(stderr, "%s\n", qPrintable(analysed.errorMessage()));
        return false;
    }
    return true;
}

// Both backends, wall time; the process's exit code.
int compareBackends(
    const QString &path, const QString &uri, int count, const QStringList &terms, int pageSize, int runs)
{
    if (!ensureCopied(path, uri, count))
        return 1;
    auto postgres = openPostgresCorpusReader(uri);
    auto postgresSql = openPostgresSqlReader(uri);
    auto store = ArticleStore::open(path);
    auto sqliteStore = ArticleStore::open(path);
    for (const QString &failure : {postgres.errorMessage(), postgresSql.errorMessage(), store.errorMessage(),
             sqliteStore.errorMessage()}) {
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(failure));
            return 1;
        }
    }
    const std::unique_ptr<CorpusReader> sqlite = sqliteCorpusReader(std::move(store.value()));
    const std::unique_ptr<SqlReader> sqliteSql = sqliteSqlReader(std::move(sqliteStore.value()));
    std::printf("both backends: %d articles, %d runs each after 3 warm-up runs (wall time)\n", count, runs);
    Figures figures;
    if (!compareSearches(*sqlite, **postgres, terms, pageSize, runs, figures)
        || !compareLists(*sqliteSql, **postgresSql, terms, runs, figures)
        || !compareViews(*sqliteSql, **postgresSql, runs, figures))
        return 1;
    QJsonObject &json = figures.json();
    json[QLatin1String("articles")] = count;
    json[QLatin1String("runs")] = runs;
    json[QLatin1String("peak_memory_mb")] = std::round(double(peakRssKb()) / 1024.0 * 10) / 10;
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// `uri`, or a throwaway cluster's database when it is empty; the exit code when that failed.
int compareOnCluster(
    const QString &path, const QString &uri, int count, const QStringList &terms, int pageSize, int runs)
{
    if (!uri.isEmpty())
        return compareBackends(path, uri, count, terms, pageSize, runs);
    Postgres::ThrowawayCluster cluster;
    if (!cluster.start()) {
        if (!cluster.skipReason().isEmpty()) {
            std::printf("skipped: %s\n", qPrintable(cluster.skipReason()));
            return 77;
        }
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    std::printf("a throwaway PostgreSQL cluster in %s (started in %lld ms)\n",
        qPrintable(cluster.socketDir()), qint64(cluster.startMilliseconds()));
    if (!cluster.createDatabase(QStringLiteral("bench"))) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    return compareBackends(path, cluster.uri(QStringLiteral("bench")), count, terms, pageSize, runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Line by line into a log too: copying a corpus and analysing it take minutes.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QStringList args = app.arguments().mid(1);
    QString path = takeOption(args, QStringLiteral("--db"));
    const QString runsOption = takeOption(args, QStringLiteral("--runs"));
    const int runs = runsOption.isEmpty() ? 40 : runsOption.toInt();
    const QString limitOption = takeOption(args, QStringLiteral("--limit"));
    const int pageSize = limitOption.isEmpty() ? 20 : limitOption.toInt();
    const QString termOption = takeOption(args, QStringLiteral("--term"));
    // --postgres alone starts a throwaway cluster; followed by a libpq URI, it reads that database.
    const qsizetype postgresAt = args.indexOf(QStringLiteral("--postgres"));
    const bool postgres = postgresAt >= 0;
    QString postgresUri;
    if (postgres) {
        if (postgresAt + 1 < args.size() && args[postgresAt + 1].startsWith(QLatin1String("postgres")))
            postgresUri = args.takeAt(postgresAt + 1);
        args.removeAt(postgresAt);
    }
    const bool phases = args.removeAll(QStringLiteral("--phases")) > 0;
    const int count = args.isEmpty() ? 10000 : args.first().toInt();
    if (count <= 0 || runs <= 0 || pageSize <= 0) {
        std::fprintf(stderr,
            "usage: lagebild-bench-search [N] [--db FILE] [--runs R] [--limit L] [--phases] [--term T] "
            "[--postgres [URI]]\n");
        return 2;
    }
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("lagebild-bench-gui-%1.sqlite").arg(count));
    if (!buildBenchCorpus(path, count))
        return 1;
    auto store = ArticleStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    QStringList terms = {QStringLiteral("Zollbeamte"), QStringLiteral("Behörde"),
        QStringLiteral("Exportkontrollen"), QStringLiteral("Nvidia"), QStringLiteral("Zoll Hafen")};
    if (!termOption.isEmpty())
        terms = {termOption};
    if (postgres) {
        store->reset(); // compareBackends opens its own
        return compareOnCluster(path, postgresUri, count, terms, pageSize, runs);
    }
    std::printf("search benchmark: %d articles, first page of %d hits, %d runs each after 3 warm-up runs "
                "(CPU time of the searching thread)\n",
        count, pageSize, runs);
    for (const QString &term : terms) {
        // How many articles match at all, to say how common the word is.
        const auto all = (**store).search(term, count);
        if (!all) {
            std::fprintf(stderr, "%s\n", qPrintable(all.errorMessage()));
            return 1;
        }
        std::vector<double> ms;
        for (int run = -3; run < runs; ++run) {
            const double start = threadCpuMs();
            const auto hits = (**store).search(term, pageSize);
            const double elapsed = threadCpuMs() - start;
            if (!hits)
                return 1;
            if (run >= 0)
                ms.push_back(elapsed);
        }
        std::sort(ms.begin(), ms.end());
        auto p = [&](double q) { return ms[size_t(q * double(ms.size() - 1))]; };
        std::printf("  %-20s %6zu matches   p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n",
            qPrintable(QStringLiteral("\"%1\"").arg(term)), all->size(), p(0.5), p(0.95), ms.back());
    }
    if (phases) {
        std::printf("where the time goes (medians):\n");
        for (const QString &term : terms)
            printPhases((**store).database(), term, pageSize, runs);
    }
    std::printf("  peak memory %.1f MB\n", double(peakRssKb()) / 1024.0);
    return 0;
}
