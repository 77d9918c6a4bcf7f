// SPDX-License-Identifier: GPL-3.0-or-later
// Workbench benchmark: a database of N generated articles (default 100,000; analysed, with
// outlets, dates and tags), then the times an analyst feels: start-up to the first painted
// article table, applying filters, opening articles, sorting and scrolling. Fixed seed; the
// database is kept and reused, so later runs measure the window only.
//
//   lagebild-bench-gui [N=100000] [--db FILE]

#include "bench/benchcorpus.h"
#include "bench/firstpaint.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "models/articletablemodel.h"
#include "models/facetmodel.h"
#include "services/analysisservice.h"
#include "store/analysisrepository.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/sqlite/transaction.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Lagebild;

namespace {

struct Stats
{
    std::vector<double> ms;
    void print(const char *what) const
    {
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        auto p = [&](double q) { return s.empty() ? 0.0 : s[size_t(q * double(s.size() - 1))]; };
        std::printf("  %-26s n=%zu  p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", what, s.size(), p(0.5), p(0.95),
            s.empty() ? 0.0 : s.back());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    if (const qsizetype k = args.indexOf(QStringLiteral("--db")); k >= 0 && k + 1 < args.size()) {
        path = args.at(k + 1);
        args.remove(k, 2);
    }
    const int count = args.isEmpty() ? 100000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: lagebild-bench-gui [N] [--db FILE]\n");
        return 2;
    }
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("lagebild-bench-gui-%1.sqlite").arg(count));
    if (!buildBenchCorpus(path, count))
        return 1;

    // Start-up: open the database, build the window, until the article table is painted.
    QElapsedTimer clock;
    clock.start();
    FirstPaint firstPaint(clock);
    auto store = ArticleStore::open(path);
    if (!store)
        return 1;
    const double openMs = msSince(clock);
    MainWindow window(std::move(store.value()));
    window.articleTable()->viewport()->installEventFilter(&firstPaint);
    window.resize(1440, 900);
    window.show();
    while (firstPaint.ms < 0 && clock.elapsed() < 30000)
        QApplication::processEvents();
    std::printf(
        "workbench benchmark: %d articles, platform %s\n", count, qPrintable(QApplication::platformName()));
    std::printf("  start-up to first paint    %.0f ms (database open %.0f ms)   target < 2000 ms\n",
        firstPaint.ms, openMs);

    // Filters: each applied as the filter panel does, until the table and reader are updated.
    auto reader = ArticleStore::open(path);
    if (!reader)
        return 1;
    AnalysisRepository repository((**reader).database());
    const auto top = repository.entities({}, 40).value();
    // The most mentioned entity, and one of the 40 most mentioned that is in fewer articles.
    const EntitySummary *entity = nullptr;
    const EntitySummary *rarer = nullptr;
    for (const EntitySummary &e : top) {
        if (e.type == QLatin1String("QUANTITY") || e.type == QLatin1String("DATE"))
            continue;
        if (!entity)
            entity = &e;
        if (!rarer || e.articles < rarer->articles)
            rarer = &e;
    }
    Stats filterStats;
    auto timeFilter = [&](const char *label, auto apply) {
        QElapsedTimer t;
        t.start();
        apply();
        QApplication::processEvents();
        const double ms = msSince(t);
        filterStats.ms.push_back(ms);
        std::printf("    %-30s %7.1f ms, %lld articles\n", label, ms, window.articleModel()->matchingCount());
        QElapsedTimer facets;
        facets.start();
        while (window.isCountingFacets())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        std::printf("    %-30s %7.1f ms (facet counts, in the background)\n", "", msSince(facets));
    };
    FilterPanel *panel = window.filterPanel();
    std::printf("  filters (table, count and reader; facet counts after):\n");
    timeFilter(
        "search \"Exportkontrollen\"", [&] { panel->setSearchText(QStringLiteral("Exportkontrollen")); });
    timeFilter("search \"Zoll Hafen\"", [&] { panel->setSearchText(QStringLiteral("Zoll Hafen")); });
    timeFilter("search off", [&] { panel->setSearchText({}); });
    if (entity)
        timeFilter(
            "entity (most mentioned)", [&] { window.filterByEntity(entity->type, entity->canonical); });
    timeFilter("clear", [&] { panel->clear(); });
    if (rarer)
        timeFilter("entity (fewer articles)", [&] { window.filterByEntity(rarer->type, rarer->canonical); });
    timeFilter("clear", [&] { panel->clear(); });
    timeFilter("outlet (one of 12)", [&] {
        panel->outletModel()->setData(
            panel->outletModel()->index(0, FacetModel::NameColumn), Qt::Checked, Qt::CheckStateRole);
    });
    timeFilter("clear", [&] { panel->clear(); });
    timeFilter("date range (one month)", [&] {
        ArticleFilter month;
        month.from = QDate(2024, 3, 1);
        month.to = QDate(2024, 3, 31);
        window.articleModel()->setFilter(month);
    });
    timeFilter("clear", [&] { panel->clear(); });
    timeFilter("search \"Nvidia\" (common)", [&] { panel->setSearchText(QStringLiteral("Nvidia")); });
    timeFilter("clear", [&] { panel->clear(); });
    filterStats.print("filter");

    // Opening articles: select rows down the table, as arrow keys do.
    Stats openStats;
    QTableView *table = window.articleTable();
    for (int row = 0; row < 200; ++row) {
        QElapsedTimer t;
        t.start();
        table->setCurrentIndex(window.articleModel()->index(row * 2, ArticleTableModel::TitleColumn));
        QApplication::processEvents();
        openStats.ms.push_back(msSince(t));
    }
    openStats.print("open article (target 50)");

    // Scrolling: every page of 500 rows fetched as the view reaches the end.
    Stats pageStats;
    while (window.articleModel()->canFetchMore({}) && pageStats.ms.size() < 400) {
        QElapsedTimer t;
        t.start();
        window.articleModel()->fetchMore({});
        pageStats.ms.push_back(msSince(t));
    }
    pageStats.print("fetch a page of 500 rows");
    Stats sortStats;
    for (int column : {ArticleTableModel::TitleColumn, ArticleTableModel::SourceColumn,
             ArticleTableModel::MentionsColumn, ArticleTableModel::DateColumn}) {
        QElapsedTimer t;
        t.start();
        table->sortByColumn(column, Qt::AscendingOrder);
        QApplication::processEvents();
        sortStats.ms.push_back(msSince(t));
    }
    sortStats.print("sort by a column");
    std::printf("  peak memory                %.1f MB (max RSS)\n", double(peakRssKb()) / 1024.0);
    return 0;
}
