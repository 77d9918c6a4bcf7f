// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: synthesises N German articles from the sentences of the bundled sample
// corpus (fixed seed, so every run sees the same data), writes them as .txt files, imports
// them into a fresh database on one thread and prints articles/s, MB/s, latency percentiles
// per file and peak memory. With --postgres, the same files are then imported through
// PostgreSQL's import target into the (empty) database the URI names, also on one thread.
//
//   lagebild-bench-import [N=10000] [--keep DIR] [--postgres URI]

#include "import/importers.h"
#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/importtarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Lagebild;

namespace {

QStringList sampleSentences()
{
    // Read the sample corpus through the importers, so only article text is used.
    auto store = ArticleStore::open(QStringLiteral(":memory:")).value();
    ImportService service(*store);
    (void)service.importPaths({QStringLiteral(":/sample-corpus")});
    QStringList sentences;
    static const QRegularExpression split(QStringLiteral(R"((?<=[.!?])\s+(?=\p{Lu}))"));
    for (const auto &summary : store->listArticles().value()) {
        const QString body = store->articleBody(summary.id).value();
        for (const QString &s : body.split(split, Qt::SkipEmptyParts)) {
            if (s.size() > 30)
                sentences.append(s.simplified());
        }
    }
    return sentences;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep")); k >= 0 && k + 1 < args.size()) {
        keep = args.at(k + 1);
        args.remove(k, 2);
    }
    QString postgres;
    if (const qsizetype k = args.indexOf(QStringLiteral("--postgres")); k >= 0 && k + 1 < args.size()) {
        postgres = args.at(k + 1);
        args.remove(k, 2);
    }
    const int count = args.isEmpty() ? 10000 : args.first().toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: lagebild-bench-import [N] [--keep DIR] [--postgres URI]\n");
        return 2;
    }

    const QStringList sentences = sampleSentences();
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir + QLatin1String("/in"));
    QRandomGenerator random(20251014);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        // Paragraphs of 3 sentences, 9 to 20 sentences: 1.5 to 4 KB, like a news article.
        const int n = 9 + int(random.bounded(12));
        QString text = sentences.at(int(random.bounded(sentences.size()))).left(90) + QLatin1String("\n\n");
        for (int s = 0; s < n; ++s) {
            text += sentences.at(int(random.bounded(sentences.size())));
            text += (s % 3 == 2) ? QLatin1String("\n\n") : QLatin1String(" ");
        }
        const QDate date = QDate(2022, 10, 1).addDays(random.bounded(1200));
        QFile f(QStringLiteral("%1/in/%2_meldung-%3.txt").arg(dir, date.toString(Qt::ISODate)).arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray utf8 = text.toUtf8();
        f.write(utf8);
        bytes += utf8.size();
    }

    auto store = ArticleStore::open(dir + QLatin1String("/bench.sqlite"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    // One thread, as the figures below have always been taken; lagebild-bench-scale measures
    // all cores.
    ImportOptions oneThread;
    oneThread.threads = 1;
    ImportService service(**store, oneThread);
    std::vector<double> latencies;
    latencies.reserve(size_t(count));
    QElapsedTimer perFile;
    ImportObserver observer;
    observer.progress = [&](int done, int, const QString &) {
        if (done > 0)
            latencies.push_back(double(perFile.nsecsElapsed()) / 1e6);
        perFile.restart();
    };
    QElapsedTimer total;
    total.start();
    perFile.start();
    const ImportSummary s = service.importPaths({dir + QLatin1String("/in")}, observer);
    const double seconds = double(total.nsecsElapsed()) / 1e9;

    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty() ? 0.0 : latencies[size_t(p * double(latencies.size() - 1))];
    };
    std::printf(
        "import benchmark: %d generated articles, %.1f MB of text, one thread\n", count, double(bytes) / 1e6);
    std::printf("  imported %d, duplicates %d, near-duplicates %d, errors %d\n", s.imported, s.duplicates,
        s.nearDuplicates, s.failedFiles);
    std::printf("  time          %.2f s\n", seconds);
    std::printf("  throughput    %.0f articles/s, %.2f MB/s\n", double(count) / seconds,
        double(bytes) / 1e6 / seconds);
    std::printf("  per file      p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms\n", percentile(0.5),
        percentile(0.95), percentile(0.99), latencies.empty() ? 0.0 : latencies.back());
    std::printf("  peak memory   %.1f MB (max RSS)\n", double(peakRssKb()) / 1024.0);
    if (s.failedFiles != 0)
        return 1;
    if (postgres.isEmpty())
        return 0;

    auto target = openPostgresImportTarget(postgres);
    if (!target) {
        std::fprintf(stderr, "%s\n", qPrintable(target.errorMessage()));
        return 1;
    }
    ImportService onServer(**target, oneThread);
    total.restart();
    const ImportSummary p = onServer.importPaths({dir + QLatin1String("/in")});
    const double serverSeconds = double(total.nsecsElapsed()) / 1e9;
    std::printf("PostgreSQL (%s), one thread\n", qPrintable((*target)->location()));
    std::printf("  imported %d, duplicates %d, near-duplicates %d, errors %d\n", p.imported, p.duplicates,
        p.nearDuplicates, p.failedFiles);
    std::printf("  time          %.2f s\n", serverSeconds);
    std::printf("  throughput    %.0f articles/s, %.2f MB/s\n", double(count) / serverSeconds,
        double(bytes) / 1e6 / serverSeconds);
    return p.failedFiles == 0 ? 0 : 1;
}
