// SPDX-License-Identifier: GPL-3.0-or-later
// Views benchmark on N generated, analysed articles (default 100,000; the database is shared with
// lagebild-bench-gui and built once): the mention timeline of one entity, the network of the top
// 300 entities counted and laid out, and PDF exports of both. Headless.
//
//   lagebild-bench-views [N=100000] [--db FILE]

#include "bench/benchcorpus.h"
#include "network/networklayout.h"
#include "network/networkquery.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "render/timelinefigures.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "timeline/timelinequery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Lagebild;

namespace {

void printRuns(const char *what, std::vector<double> ms, const char *target)
{
    std::sort(ms.begin(), ms.end());
    std::printf("  %-34s median %.0f ms, best %.0f ms, worst %.0f ms (%zu runs)   target %s\n", what,
        ms[ms.size() / 2], ms.front(), ms.back(), ms.size(), target);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    if (const qsizetype k = args.indexOf(QStringLiteral("--db")); k >= 0 && k + 1 < args.size()) {
        path = args.at(k + 1);
        args.remove(k, 2);
    }
    const int count = args.isEmpty() ? 100000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: lagebild-bench-views [N] [--db FILE]\n");
        return 2;
    }
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("lagebild-bench-gui-%1.sqlite").arg(count));
    if (!buildBenchCorpus(path, count))
        return 1;
    auto store = ArticleStore::open(path);
    if (!store)
        return 1;
    Sqlite::Database &db = (**store).database();
    AnalysisRepository repository(db);
    const auto top = repository.entities(QStringLiteral("COMPANY"), 1).value();
    if (top.empty())
        return 1;
    const EntitySummary &entity = top.front();
    std::printf("views benchmark: %d articles; entity \"%s\" in %lld articles\n", count,
        qPrintable(entity.canonical), entity.articles);
    QTemporaryDir out;

    // Timeline data for one entity (months over the whole corpus, no filter).
    TimelineQuery timelines(db);
    std::vector<double> timelineMs;
    MentionTimeline timeline;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        timeline = timelines.mentions({}, {entity.id}).value();
        timelineMs.push_back(msSince(t));
    }
    printRuns("timeline data, one entity", timelineMs, "100 ms");
    ArticleFilter quarter;
    quarter.from = QDate(2024, 1, 1);
    quarter.to = QDate(2024, 3, 31);
    std::vector<double> quarterMs;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        (void)timelines.mentions(quarter, {entity.id}).value();
        quarterMs.push_back(msSince(t));
    }
    printRuns("timeline data, one entity, 1 quarter", quarterMs, "100 ms");
    std::vector<double> eventsMs;
    size_t eventCount = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        eventCount = timelines.events({}, {entity.id}, 2000).value().size();
        eventsMs.push_back(msSince(t));
    }
    printRuns("events of one entity (2,000)", eventsMs, "-");

    // The network of the top 300 entities: counting, then the Graphviz layout.
    NetworkQuery networks(db);
    NetworkOptions options;
    options.top = 300;
    std::vector<double> countMs, layoutMs, totalMs;
    Network network;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        network = networks.network({}, options).value();
        countMs.push_back(msSince(t));
        QElapsedTimer l;
        l.start();
        if (!layoutNetwork(network))
            return 1;
        layoutMs.push_back(msSince(l));
        totalMs.push_back(msSince(t));
    }
    std::printf("  network: %zu entities, %zu links\n", network.nodes.size(), network.edges.size());
    printRuns("network top 300: counting", countMs, "-");
    printRuns("network top 300: layout", layoutMs, "-");
    printRuns("network top 300: counted and laid out", totalMs, "2 s");

    // PDF exports.
    std::vector<double> timelinePdf, networkPdf, eventsPdf;
    const MentionChart chart(timeline, QStringLiteral("Benchmark"), QStringLiteral("all articles"));
    const NetworkFigure figure(network, QStringLiteral("Benchmark"), QStringLiteral("top 300"));
    const EventChart events(
        timelines.events({}, {entity.id}, 2000).value(), QStringLiteral("Benchmark"), QString());
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        if (!writePdf(chart, out.filePath(QStringLiteral("timeline.pdf"))))
            return 1;
        timelinePdf.push_back(msSince(t));
        t.restart();
        if (!writePdf(
                events, out.filePath(QStringLiteral("events.pdf")), {QPageSize::A3, QPageLayout::Landscape}))
            return 1;
        eventsPdf.push_back(msSince(t));
        t.restart();
        if (!writePdf(figure, out.filePath(QStringLiteral("network.pdf"))))
            return 1;
        networkPdf.push_back(msSince(t));
    }
    printRuns("PDF: mention timeline", timelinePdf, "2 s");
    std::printf("  (%zu events)\n", eventCount);
    printRuns("PDF: event timeline, A3, sources", eventsPdf, "2 s");
    printRuns("PDF: network of 300", networkPdf, "2 s");
    std::printf("  peak memory                        %.1f MB (max RSS)\n", double(peakRssKb()) / 1024.0);
    return 0;
}
