// SPDX-License-Identifier: GPL-3.0-or-later
// Search benchmark: the first page (20 hits, the CLI's default, with snippets) of
// ArticleStore::search, the call behind `lagebild-cli search`, for a rare, a medium, a common and a
// very common word, on the generated database shared with lagebild-bench-gui (built once).
// In-process, no process start; times are the searching thread's CPU time, which the other
// processes of a shared machine disturb far less than wall time.
//
//   lagebild-bench-search [N=10000] [--db FILE] [--runs R=40] [--limit L=20] [--phases] [--term T]
//                         [--postgres URI]
//
// --postgres URI compares the two backends instead (docs/team.md): the same corpus copied into
// that PostgreSQL database (lagebild-cli migrate's copy, replacing what it holds when its article
// count differs), both searched through CorpusReader, in wall time, since PostgreSQL's work
// happens in the server's processes, not in this thread; then the browser's list (ArticleQuery)
// without a text and with each term: the ids, and the summaries of the table's first page.

#include "bench/benchcorpus.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpuscopy.h"
#include "store/corpusreader.h"
#include "store/searchquery.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
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

// The browser's list on both backends, wall time: what the article table reads before it shows a
// page (ArticleQuery::firstIds, newest first, then the summaries of the model's first 500 rows).
int compareLists(const QString &path, const QString &uri, const QStringList &terms, int runs)
{
    auto store = ArticleStore::open(path);
    auto postgres = openPostgresSqlReader(uri);
    if (!store || !postgres) {
        std::fprintf(stderr, "%s\n", qPrintable(!postgres ? postgres.errorMessage() : store.errorMessage()));
        return 1;
    }
    const std::unique_ptr<SqlReader> sqlite = sqliteSqlReader(std::move(store.value()));
    constexpr int page = 500;
    std::printf("the browser's list on both backends: the ids in date order and the summaries of the "
                "first %d, %d runs each after 3 warm-up runs (wall time)\n",
        page, runs);
    for (const QString &text : QStringList {QString()} + terms) {
        ArticleFilter filter;
        filter.text = text;
        for (SqlReader *reader : {sqlite.get(), postgres->get()}) {
            ArticleQuery query(*reader);
            std::vector<double> ms;
            std::optional<size_t> matches; // unknown when only the first page was read
            for (int run = -3; run < runs; ++run) {
                QElapsedTimer clock;
                clock.start();
                auto first = query.firstIds(filter, ArticleOrder::Date, true, page);
                if (!first) {
                    std::fprintf(stderr, "%s\n", qPrintable(first.errorMessage()));
                    return 1;
                }
                const std::vector<ArticleId> shown(first->ids.begin(),
                    first->ids.begin() + qsizetype(std::min(first->ids.size(), size_t(page))));
                if (!query.summaries(shown))
                    return 1;
                if (run >= 0)
                    ms.push_back(double(clock.nsecsElapsed()) / 1e6);
                matches = first->complete ? std::optional<size_t>(first->ids.size()) : std::nullopt;
            }
            std::sort(ms.begin(), ms.end());
            auto p = [&](double q) { return ms[size_t(q * double(ms.size() - 1))]; };
            std::printf("  %-20s %-10s %6s ids   p50 %7.2f ms   p95 %7.2f ms\n",
                qPrintable(text.isEmpty() ? QStringLiteral("(no text)") : QStringLiteral("\"%1\"").arg(text)),
                reader == sqlite.get() ? "SQLite" : "PostgreSQL",
                matches ? qPrintable(QString::number(*matches)) : "page", p(0.5), p(0.95));
        }
    }
    return 0;
}

// The same searches on both backends, wall time; 0 when all went well.
int compareBackends(
    const QString &path, const QString &uri, int count, const QStringList &terms, int pageSize, int runs)
{
    auto postgres = openPostgresCorpusReader(uri);
    qint64 stored = -1;
    if (postgres) {
        auto stats = (*postgres)->statistics();
        stored = stats ? stats->articles : -1;
    }
    if (stored != count) {
        std::printf("copying the %d articles to %s…\n", count, qPrintable(uri));
        CorpusCopy::Options options;
        options.replace = true;
        if (auto copied = CorpusCopy::run(path, uri, options); !copied) {
            std::fprintf(stderr, "%s\n", qPrintable(copied.errorMessage()));
            return 1;
        }
        postgres = openPostgresCorpusReader(uri);
    }
    auto store = ArticleStore::open(path);
    if (!postgres || !store) {
        std::fprintf(stderr, "%s\n", qPrintable(!postgres ? postgres.errorMessage() : store.errorMessage()));
        return 1;
    }
    const std::unique_ptr<CorpusReader> sqlite = sqliteCorpusReader(std::move(store.value()));
    std::printf("search on both backends: %d articles, first page of %d hits with snippets, %d runs each "
                "after 3 warm-up runs (wall time)\n",
        count, pageSize, runs);
    for (const QString &term : terms) {
        for (CorpusReader *reader : {sqlite.get(), postgres->get()}) {
            const auto all = reader->search(term, -1);
            if (!all) {
                std::fprintf(stderr, "%s\n", qPrintable(all.errorMessage()));
                return 1;
            }
            std::vector<double> ms;
            for (int run = -3; run < runs; ++run) {
                QElapsedTimer clock;
                clock.start();
                if (!reader->search(term, pageSize))
                    return 1;
                if (run >= 0)
                    ms.push_back(double(clock.nsecsElapsed()) / 1e6);
            }
            std::sort(ms.begin(), ms.end());
            auto p = [&](double q) { return ms[size_t(q * double(ms.size() - 1))]; };
            std::printf("  %-20s %-10s %6zu matches   p50 %7.2f ms   p95 %7.2f ms\n",
                qPrintable(QStringLiteral("\"%1\"").arg(term)),
                reader == sqlite.get() ? "SQLite" : "PostgreSQL", all->size(), p(0.5), p(0.95));
        }
    }
    return compareLists(path, uri, terms, runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path = takeOption(args, QStringLiteral("--db"));
    const QString runsOption = takeOption(args, QStringLiteral("--runs"));
    const int runs = runsOption.isEmpty() ? 40 : runsOption.toInt();
    const QString limitOption = takeOption(args, QStringLiteral("--limit"));
    const int pageSize = limitOption.isEmpty() ? 20 : limitOption.toInt();
    const QString termOption = takeOption(args, QStringLiteral("--term"));
    const QString postgres = takeOption(args, QStringLiteral("--postgres"));
    const bool phases = args.removeAll(QStringLiteral("--phases")) > 0;
    const int count = args.isEmpty() ? 10000 : args.first().toInt();
    if (count <= 0 || runs <= 0 || pageSize <= 0) {
        std::fprintf(
            stderr, "usage: lagebild-bench-search [N] [--db FILE] [--runs R] [--limit L] [--postgres URI]\n");
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
    if (!postgres.isEmpty()) {
        store->reset(); // compareBackends opens its own
        return compareBackends(path, postgres, count, terms, pageSize, runs);
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
