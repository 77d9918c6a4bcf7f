// SPDX-License-Identifier: GPL-3.0-or-later
// Scale benchmark (issue 13): N articles generated at run time from real German sentences of the
// shared data folder (never part of the project), imported, analysed, then the workbench on the
// result, as an analyst drives it. Ends with one JSON line of all figures.
//
//   lagebild-bench-scale [N=100000] [--keep DIR] [--db FILE] [--data DIR]
//
// --keep DIR writes the generated files and the database into DIR and keeps them; --db FILE names
// the database. A database that already holds N articles is reused: import and analysis are
// skipped (their figures are null) and only the workbench is measured.

#include "bench/benchcorpus.h"
#include "bench/firstpaint.h"
#include "bench/scalecorpus.h"
#include "bench/sharedsentences.h"
#include "figures/figuresquery.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "models/articletablemodel.h"
#include "models/facetmodel.h"
#include "network/networklayout.h"
#include "network/networkquery.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "render/timelinefigures.h"
#include "services/analysisservice.h"
#include "services/importservice.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "timeline/timelinequery.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace Lagebild;

namespace {

double percentile(std::vector<double> ms, double q)
{
    if (ms.empty())
        return 0;
    std::sort(ms.begin(), ms.end());
    return ms[size_t(q * double(ms.size() - 1) + 0.5)];
}

void printTimes(const char *what, const std::vector<double> &ms)
{
    std::printf("  %-34s n=%zu  p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", what, ms.size(),
        percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0));
    std::fflush(stdout);
}

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QLatin1String("-wal")).size();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString keep = takeOption(args, QStringLiteral("--keep"));
    QString dbPath = takeOption(args, QStringLiteral("--db"));
    QString dataDir = takeOption(args, QStringLiteral("--data"));
    const int count = args.isEmpty() ? 100000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: lagebild-bench-scale [N] [--keep DIR] [--db FILE] [--data DIR]\n");
        return 2;
    }
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("LAGEBILD_SHARED_DATA", QStringLiteral(LAGEBILD_SHARED_DATA));
    const SharedSentences pool = loadSharedSentences(dataDir);
    if (!pool.error.isEmpty()) {
        std::printf("lagebild-bench-scale: skipped: %s (it needs the German corpora of ../shared/data; "
                    "name another folder with --data DIR)\n",
            qPrintable(pool.error));
        return 77; // the exit code CTest counts as skipped
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    if (dbPath.isEmpty())
        dbPath = QDir(dir).filePath(QStringLiteral("scale-%1.sqlite").arg(count));
    const int threads = QThread::idealThreadCount();
    std::printf(
        "scale benchmark: %d articles from %lld German sentences (%d news, %lld court) of %s; %d cores\n",
        count, qlonglong(pool.sentences.size()), pool.newsSentences,
        qlonglong(pool.sentences.size() - pool.newsSentences), qPrintable(dataDir), threads);
    std::fflush(stdout);

    QJsonObject json;
    json[QLatin1String("articles")] = count;
    json[QLatin1String("cores")] = threads;
    qint64 textBytes = 0;
    {
        auto store = ArticleStore::open(dbPath);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
            return 1;
        }
        const qint64 stored = (**store).articleCount().value();
        // The generator's exact duplicates (one in a million) are stored once: a database within
        // 1 % of N is the run's own.
        if (stored >= count - count / 100) {
            std::printf("  reusing %s (%lld articles): import and analysis not measured\n",
                qPrintable(dbPath), stored);
            for (const char *key :
                {"import_articles_per_s", "import_articles_per_s_one_thread", "analysis_mb_per_s_per_core"})
                json[QLatin1String(key)] = QJsonValue::Null;
            // Text size as the generator wrote it: the stored title and body.
            Sqlite::Statement sum((**store).database(),
                u"SELECT sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) FROM articles");
            if (auto row = sum.step(); row && row.value())
                textBytes = sum.columnInt64(0);
        } else {
            QElapsedTimer t;
            t.start();
            const QString in = QDir(dir).filePath(QStringLiteral("in"));
            const ScaleCorpus corpus = writeScaleCorpus(pool, count, in);
            if (corpus.articles != count)
                return 1;
            textBytes = corpus.textBytes;
            std::printf("  generated %d files, %.1f MB, in %.1f s\n", count, double(textBytes) / 1e6,
                msSince(t) / 1000);
            std::fflush(stdout);

            // Import: parse, clean, language, fingerprints, duplicate checks, FTS5 index. First on
            // one thread, into a database of its own, over the first files (at most 20,000: the
            // rate settles long before), then all files on all cores.
            std::vector<ImportProblem> listProblems;
            const QStringList files = ImportService::collectFiles({in}, listProblems);
            {
                const QString oneDb = QDir(dir).filePath(QStringLiteral("one-thread.sqlite"));
                QFile::remove(oneDb);
                auto one = ArticleStore::open(oneDb);
                if (!one)
                    return 1;
                ImportOptions options;
                options.threads = 1;
                ImportService importer(**one, options);
                t.restart();
                const ImportSummary s = importer.importPaths(files.mid(0, 20000));
                const double perS = double(s.imported + s.duplicates) / (msSince(t) / 1000);
                std::printf("  import on one thread: %d files, %.0f articles/s\n", s.files, perS);
                std::fflush(stdout);
                json[QLatin1String("import_articles_per_s_one_thread")] = qRound(perS);
                one->reset();
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(oneDb + QLatin1String(suffix));
            }
            ImportService importer(**store);
            t.restart();
            const ImportSummary s = importer.importPaths(files);
            const double importS = msSince(t) / 1000;
            const double perS = double(s.imported + s.duplicates) / importS;
            std::printf("  import on %d threads: %d stored (%d near-duplicates, %d duplicates, %d failed) in "
                        "%.1f s: %.0f articles/s, %.2f MB/s\n",
                threads, s.imported, s.nearDuplicates, s.duplicates, s.failedFiles, importS, perS,
                double(textBytes) / 1e6 / importS);
            std::fflush(stdout);
            json[QLatin1String("import_articles_per_s")] = qRound(perS);
            json[QLatin1String("import_threads")] = threads;
            if (s.failedFiles > 0)
                return 1;

            // Every tenth article tagged, as the analyst would, for the tag filter (not timed).
            const QStringList tags
                = {QStringLiteral("prüfen"), QStringLiteral("Lage"), QStringLiteral("Quelle unsicher")};
            QRandomGenerator random(20261202);
            {
                Sqlite::Transaction transaction((**store).database());
                for (ArticleId id : s.importedIds) {
                    if (random.bounded(10) == 0)
                        (void)(**store).addTags(id, {tags.at(int(random.bounded(tags.size())))});
                }
                if (!transaction.commit())
                    return 1;
            }

            // Analysis: the engine on all cores, one writer.
            t.restart();
            const AnalyzeSummary a = AnalysisService(**store).analyze(false);
            const double analysisS = msSince(t) / 1000;
            const double mbPerCore = double(textBytes) / 1e6 / analysisS / threads;
            std::printf(
                "  analysis: %d articles, %lld mentions, %lld relations, %lld events in %.1f s: %.2f MB/s, "
                "%.2f MB/s per core (storing included)\n",
                a.articles, a.mentions, a.relations, a.events, analysisS, double(textBytes) / 1e6 / analysisS,
                mbPerCore);
            std::fflush(stdout);
            json[QLatin1String("analysis_mb_per_s_per_core")] = qRound(mbPerCore * 100) / 100.0;
            json[QLatin1String("mentions")] = double(a.mentions);
            if (!a.error.isEmpty())
                return 1;
        }
        (void)(**store).database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 dbBytes = databaseBytes(dbPath);
    json[QLatin1String("text_bytes")] = double(textBytes);
    json[QLatin1String("db_bytes")] = double(dbBytes);
    std::printf("  database %.1f MB for %.1f MB of text: %.2f × (target ≤ 2.5 ×)\n", double(dbBytes) / 1e6,
        double(textBytes) / 1e6, double(dbBytes) / double(std::max<qint64>(1, textBytes)));
    std::fflush(stdout);

    // The workbench: start-up until the article table is painted.
    QElapsedTimer clock;
    clock.start();
    FirstPaint firstPaint(clock);
    auto store = ArticleStore::open(dbPath);
    if (!store)
        return 1;
    MainWindow window(std::move(store.value()));
    window.articleTable()->viewport()->installEventFilter(&firstPaint);
    window.resize(1440, 900);
    window.show();
    while (firstPaint.ms < 0 && clock.elapsed() < 60000)
        QApplication::processEvents();
    std::printf("  start-up to first paint            %.0f ms (target < 2000 ms)\n", firstPaint.ms);
    json[QLatin1String("start_ms")] = qRound(firstPaint.ms);

    auto reader = ArticleStore::open(dbPath);
    if (!reader)
        return 1;
    AnalysisRepository repository((**reader).database());
    const auto top = repository.entities({}, 60).value();
    std::vector<const EntitySummary *> named;
    for (const EntitySummary &e : top) {
        if (e.type != QLatin1String("QUANTITY") && e.type != QLatin1String("DATE"))
            named.push_back(&e);
    }

    // Filters of every kind, each applied the way the filter panel does, timed until the table,
    // count and reader are updated; facet counts follow in the background and are waited for.
    FilterPanel *panel = window.filterPanel();
    double facetMaxMs = 0;
    std::vector<double> countedMs; // until the background count was in, where there was one
    auto timed = [&](std::vector<double> &into, auto apply) {
        QElapsedTimer t;
        t.start();
        apply();
        QApplication::processEvents();
        into.push_back(msSince(t));
        // A frequent term's full list and count come from the background after the first page.
        const bool counting = window.articleModel()->isCounting();
        while (window.articleModel()->isCounting())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        if (counting)
            countedMs.push_back(msSince(t));
        const qint64 matched = window.articleModel()->matchingCount();
        QElapsedTimer facets;
        facets.start();
        while (window.isCountingFacets())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        facetMaxMs = std::max(facetMaxMs, msSince(facets));
        panel->clear();
        QApplication::processEvents();
        while (window.isCountingFacets())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return matched;
    };
    struct FilterKind
    {
        const char *name;
        std::vector<double> ms;
        qint64 fewest = std::numeric_limits<qint64>::max();
        qint64 most = 0;
        void time(const std::function<qint64(std::vector<double> &)> &run)
        {
            const qint64 matched = run(ms);
            fewest = std::min(fewest, matched);
            most = std::max(most, matched);
        }
    };
    std::vector<FilterKind> filters;
    for (const char *name : {"filter: outlet", "filter: tag", "filter: date range", "filter: entity",
             "filter: near-duplicates hidden"})
        filters.push_back(FilterKind {name, {}});
    // The facet lists fill in the background after start-up; the filters pick from them.
    while (window.isCountingFacets())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    std::printf("  filters (%lld articles unfiltered):\n", window.articleModel()->matchingCount());
    for (int run = 0; run < 5; ++run) {
        filters[0].time([&](std::vector<double> &ms) {
            return timed(ms, [&] {
                FacetModel *m = panel->outletModel();
                m->setData(m->index(run % std::max(1, m->rowCount()), FacetModel::NameColumn), Qt::Checked,
                    Qt::CheckStateRole);
            });
        });
        filters[1].time([&](std::vector<double> &ms) {
            return timed(ms, [&] {
                FacetModel *m = panel->tagModel();
                if (m->rowCount() > 0)
                    m->setData(m->index(run % m->rowCount(), FacetModel::NameColumn), Qt::Checked,
                        Qt::CheckStateRole);
            });
        });
        filters[2].time([&](std::vector<double> &ms) {
            return timed(ms, [&] {
                ArticleFilter f;
                f.from = QDate(2019 + run, 3, 1);
                f.to = f.from.addMonths(run == 4 ? 12 : 1).addDays(-1);
                window.articleModel()->setFilter(f);
            });
        });
        if (!named.empty()) {
            // The most mentioned entities first, then ones further down the list.
            const EntitySummary *e = named.at(std::min(named.size() - 1, size_t(run * run * 2)));
            filters[3].time([&](std::vector<double> &ms) {
                return timed(ms, [&] { window.filterByEntity(e->type, e->canonical); });
            });
        }
        filters[4].time([&](std::vector<double> &ms) {
            return timed(ms, [&] {
                ArticleFilter f;
                f.hideDuplicates = true;
                window.articleModel()->setFilter(f);
            });
        });
    }
    double filterP95 = 0;
    for (const FilterKind &f : filters) {
        printTimes(f.name, f.ms);
        std::printf("  %-34s %lld–%lld articles\n", "", f.most == 0 ? 0 : f.fewest, f.most);
        filterP95 = std::max(filterP95, percentile(f.ms, 0.95));
    }
    std::printf("  facet counts in the background, slowest  %.0f ms\n", facetMaxMs);
    json[QLatin1String("filter_p95_ms")] = qRound(filterP95);
    json[QLatin1String("facets_max_ms")] = qRound(facetMaxMs);

    // Search: rare, medium and common terms, two runs each.
    const SearchTerms terms = chooseSearchTerms(pool);
    double searchP95 = 0;
    struct TermClass
    {
        const char *label;
        const QStringList &list;
    };
    for (const TermClass &termClass : {TermClass {"rare", terms.rare}, TermClass {"medium", terms.medium},
             TermClass {"common", terms.common}}) {
        const QString label = QLatin1String(termClass.label);
        const QStringList &list = termClass.list;
        std::vector<double> ms;
        qint64 hits = 0;
        countedMs.clear();
        for (int run = 0; run < 2; ++run) {
            for (const QString &term : list) {
                hits = std::max(hits, timed(ms, [&] { panel->setSearchText(term); }));
            }
        }
        const QString what = QStringLiteral("search, %1 (%2; up to %3 hits)")
                                 .arg(label, list.mid(0, 3).join(QLatin1String(", ")))
                                 .arg(hits);
        printTimes(qPrintable(what), ms);
        json[QStringLiteral("search_%1_p50_ms").arg(label)] = qRound(percentile(ms, 0.5));
        json[QStringLiteral("search_%1_p95_ms").arg(label)] = qRound(percentile(ms, 0.95));
        searchP95 = std::max(searchP95, percentile(ms, 0.95));
        if (!countedMs.empty()) {
            printTimes(qPrintable(QStringLiteral("  %1: full list and count").arg(label)), countedMs);
            json[QStringLiteral("search_%1_count_p95_ms").arg(label)] = qRound(percentile(countedMs, 0.95));
        }
    }
    json[QLatin1String("search_p95_ms")] = qRound(searchP95);

    // Opening articles row by row, as the arrow keys do.
    QTableView *table = window.articleTable();
    std::vector<double> openMs;
    for (int row = 0; row < 100 && row < window.articleModel()->rowCount(); ++row) {
        QElapsedTimer t;
        t.start();
        table->setCurrentIndex(window.articleModel()->index(row * 2, ArticleTableModel::TitleColumn));
        QApplication::processEvents();
        openMs.push_back(msSince(t));
    }
    printTimes("open an article (target < 50 ms)", openMs);
    json[QLatin1String("open_article_ms")] = qRound(percentile(openMs, 0.95) * 10) / 10.0;

    std::vector<double> pageMs;
    while (window.articleModel()->canFetchMore({}) && pageMs.size() < 40) {
        QElapsedTimer t;
        t.start();
        window.articleModel()->fetchMore({});
        pageMs.push_back(msSince(t));
    }
    printTimes("a page of rows (500)", pageMs);
    json[QLatin1String("page_ms")] = qRound(percentile(pageMs, 0.95) * 10) / 10.0;

    std::vector<double> sortMs;
    for (int column : {ArticleTableModel::TitleColumn, ArticleTableModel::SourceColumn,
             ArticleTableModel::MentionsColumn, ArticleTableModel::DateColumn}) {
        QElapsedTimer t;
        t.start();
        table->sortByColumn(column, Qt::AscendingOrder);
        QApplication::processEvents();
        sortMs.push_back(msSince(t));
    }
    printTimes("sort by a column", sortMs);
    json[QLatin1String("sort_ms")] = qRound(percentile(sortMs, 1.0));

    // Views on the window's connection: timeline, network, figures, PDF (as lagebild-bench-views).
    Sqlite::Database &db = (**reader).database();
    const auto companies = repository.entities(QStringLiteral("COMPANY"), 1).value();
    const EntitySummary *entity
        = !companies.empty() ? &companies.front() : (named.empty() ? nullptr : named.front());
    TimelineQuery timelines(db);
    MentionTimeline timeline;
    std::vector<double> timelineMs;
    for (int run = 0; entity && run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        timeline = timelines.mentions({}, {entity->id}).value();
        timelineMs.push_back(msSince(t));
    }
    if (entity)
        std::printf(
            "  timeline of \"%s\" (%lld articles):\n", qPrintable(entity->canonical), entity->articles);
    printTimes("timeline of one entity (< 200 ms)", timelineMs);
    json[QLatin1String("timeline_ms")] = qRound(percentile(timelineMs, 0.5));

    NetworkQuery networks(db);
    NetworkOptions options;
    options.top = 300;
    Network network;
    std::vector<double> networkMs;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        network = networks.network({}, options).value();
        if (!layoutNetwork(network))
            return 1;
        networkMs.push_back(msSince(t));
    }
    std::printf("  network: %zu entities, %zu links\n", network.nodes.size(), network.edges.size());
    printTimes("network of 300, laid out (< 3 s)", networkMs);
    json[QLatin1String("network_ms")] = qRound(percentile(networkMs, 0.5));

    FiguresQuery figures(db);
    std::vector<double> figuresMs;
    size_t groups = 0;
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        groups = figures.groups({}).value().size();
        figuresMs.push_back(msSince(t));
    }
    std::printf("  figures: %zu groups\n", groups);
    printTimes("figures, whole corpus", figuresMs);
    json[QLatin1String("figures_ms")] = qRound(percentile(figuresMs, 0.5));

    QTemporaryDir out;
    std::vector<double> pdfMs;
    const MentionChart chart(timeline, QStringLiteral("Benchmark"), QStringLiteral("all articles"));
    const NetworkFigure figure(network, QStringLiteral("Benchmark"), QStringLiteral("top 300"));
    const EventChart events(
        entity ? timelines.events({}, {entity->id}, 2000).value() : std::vector<TimelineEvent> {},
        QStringLiteral("Benchmark"), QString());
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        if (!writePdf(chart, out.filePath(QStringLiteral("timeline.pdf")))
            || !writePdf(
                events, out.filePath(QStringLiteral("events.pdf")), {QPageSize::A3, QPageLayout::Landscape})
            || !writePdf(figure, out.filePath(QStringLiteral("network.pdf"))))
            return 1;
        pdfMs.push_back(msSince(t));
    }
    printTimes("PDF: timeline, events and network", pdfMs);
    json[QLatin1String("pdf_ms")] = qRound(percentile(pdfMs, 0.5));

    const double peakMb = double(peakRssKb()) / 1024.0;
    std::printf("  peak memory                        %.0f MB (max RSS of the whole run; target < 2048 MB)\n",
        peakMb);
    json[QLatin1String("peak_memory_mb")] = qRound(peakMb);
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
