// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis benchmark: the full extraction pipeline over the bundled sample corpus's German
// articles, repeated until at least N MB (default 50), article by article, first on one
// thread, then on all cores. Prints MB/s, words/s, articles/s and peak memory.
//
//   lagebild-bench-analysis [MB=50]

#include "analysis/analyzer.h"
#include "services/importservice.h"
#include "store/articlestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrent>

#include <sys/resource.h>

#include <atomic>
#include <cstdio>

using namespace Lagebild;

namespace {

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Input
{
    QString text;
    QDate published;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double targetMb = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 50.0;
    if (targetMb <= 0) {
        std::fprintf(stderr, "usage: lagebild-bench-analysis [MB]\n");
        return 2;
    }
    auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
    ImportService importer(*store);
    (void)importer.importPaths({QStringLiteral(":/sample-corpus")});
    std::vector<Input> articles;
    for (const auto &summary : store->listArticles().value()) {
        if (summary.language != QLatin1String("de") || summary.duplicateOf)
            continue;
        const auto article = store->article(summary.id).value();
        articles.push_back(
            {(*article).title + QLatin1String("\n\n") + (*article).body, (*article).published.date});
    }
    std::vector<const Input *> work;
    qint64 bytes = 0, words = 0;
    while (double(bytes) < targetMb * 1e6) {
        for (const Input &a : articles) {
            work.push_back(&a);
            bytes += a.text.toUtf8().size();
            words += a.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        }
    }
    const Analysis::Analyzer analyzer;
    (void)analyzer.analyze(articles.front().text); // load the resources outside the timing

    std::printf("analysis benchmark: %zu articles, %.1f MB, %.1f M words (sample corpus repeated)\n",
        work.size(), double(bytes) / 1e6, double(words) / 1e6);
    std::atomic<qint64> mentions {0};
    auto runOne = [&](const Input *input) {
        mentions += qint64(analyzer.analyze(input->text, input->published).mentions.size());
    };

    QElapsedTimer timer;
    timer.start();
    for (const Input *input : work)
        runOne(input);
    const double single = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  1 thread    %.2f s  %.2f MB/s  %.0f words/s  %.0f articles/s  (%lld mentions)\n", single,
        double(bytes) / 1e6 / single, double(words) / single, double(work.size()) / single, mentions.load());

    const int threads = QThread::idealThreadCount();
    mentions = 0;
    timer.restart();
    QtConcurrent::blockingMap(work, runOne);
    const double parallel = double(timer.nsecsElapsed()) / 1e9;
    std::printf("  %d threads   %.2f s  %.2f MB/s  %.0f words/s  %.0f articles/s\n", threads, parallel,
        double(bytes) / 1e6 / parallel, double(words) / parallel, double(work.size()) / parallel);
    std::printf(
        "  peak memory %.1f MB (max RSS, including the corpus and lexicon)\n", double(peakRssKb()) / 1024.0);
    return 0;
}
