// Workbench benchmark: a database of N generated articles (default 100,000; analysed, with
// outlets, dates and tags), then the times an analyst feels: start-up to the first painted
// article table, applying filters, opening articles, sorting and scrolling. Fixed seed; the
// database is kept and reused, so later runs measure the window only.
//
//   lagebild-bench-gui [N=100000] [--db FILE]

#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "models/articletablemodel.h"
#include "models/facetmodel.h"
#include "services/analysisservice.h"
#include "services/importservice.h"
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

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Lagebild;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

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

QStringList sampleSentences()
{
    auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
    ImportService service(*store);
    (void)service.importPaths({QStringLiteral(":/sample-corpus")});
    QStringList sentences;
    static const QRegularExpression split(QStringLiteral(R"((?<=[.!?])\s+(?=\p{Lu}))"));
    for (const auto &summary : store->listArticles().value()) {
        for (const QString &s : store->articleBody(summary.id).value().split(split, Qt::SkipEmptyParts)) {
            if (s.size() > 30)
                sentences.append(s.simplified());
        }
    }
    return sentences;
}

bool buildCorpus(const QString &path, int count)
{
    auto opened = ArticleStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return false;
    }
    ArticleStore &store = **opened;
    if (store.articleCount().value() >= count) {
        std::printf("reusing %s (%lld articles)\n", qPrintable(path), store.articleCount().value());
        return true;
    }
    std::printf("building %s with %d articles (once) …\n", qPrintable(path), count);
    std::fflush(stdout);
    const QStringList sentences = sampleSentences();
    const QStringList outlets = {QStringLiteral("Chipmarkt Aktuell"), QStringLiteral("Pazifik Tageblatt"),
        QStringLiteral("Rheinische Handelszeitung"), QStringLiteral("Technikbote"),
        QStringLiteral("Donau-Wirtschaftsblatt"), QStringLiteral("Silizium-Depesche"),
        QStringLiteral("Fernost-Kompass"), QStringLiteral("Elbufer Nachrichten"),
        QStringLiteral("Weitblick Nachrichtenagentur"), QStringLiteral("Alpenland Kurier"),
        QStringLiteral("Hafenstadt Rundschau"), QStringLiteral("Börsenblick")};
    const QStringList tags = {QStringLiteral("Zoll"), QStringLiteral("Exportkontrollen"),
        QStringLiteral("Lage Asien"), QStringLiteral("prüfen"), QStringLiteral("Quelle unsicher")};
    QRandomGenerator random(20251014);
    QElapsedTimer timer;
    timer.start();
    for (int begin = 0; begin < count; begin += 2000) {
        Sqlite::Transaction transaction(store.database());
        for (int i = begin; i < std::min(count, begin + 2000); ++i) {
            Article a;
            const int n = 9 + int(random.bounded(12));
            a.title = sentences.at(int(random.bounded(sentences.size()))).left(90);
            for (int s = 0; s < n; ++s) {
                a.body += sentences.at(int(random.bounded(sentences.size())));
                a.body += (s % 3 == 2) ? QLatin1String("\n\n") : QLatin1String(" ");
            }
            a.body = a.body.trimmed();
            a.rawOriginal = a.body;
            a.source = outlets.at(int(random.bounded(outlets.size())));
            a.language = QStringLiteral("de");
            a.published = PublicationDate::day(
                QDate(2022, 10, 1).addDays(random.bounded(1200)), DateOrigin::Metadata);
            a.contentHash = QStringLiteral("bench-%1").arg(i);
            a.simhash = random.generate64();
            a.originalFormat = QStringLiteral("txt");
            auto id = store.insertArticle(a);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
                return false;
            }
            if (random.bounded(10) == 0)
                (void)store.addTags(id.value(), {tags.at(int(random.bounded(tags.size())))});
        }
        if (!transaction.commit())
            return false;
    }
    std::printf("  stored in %.1f s; analysing …\n", msSince(timer) / 1000);
    std::fflush(stdout);
    timer.restart();
    const AnalyzeSummary s = AnalysisService(store).analyze(false);
    std::printf(
        "  analysed %d articles (%lld mentions) in %.1f s\n", s.articles, s.mentions, msSince(timer) / 1000);
    return s.error.isEmpty();
}

/// Records when a widget is painted for the first time.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &clock) : m_clock(clock) { }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ms < 0)
            ms = msSince(m_clock);
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
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
    if (!buildCorpus(path, count))
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
