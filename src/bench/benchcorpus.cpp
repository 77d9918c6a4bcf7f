// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/benchcorpus.h"

#include "services/analysisservice.h"
#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/sqlite/transaction.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <sys/resource.h>

#include <cstdio>

namespace Lagebild {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype k = args.indexOf(name);
    if (k < 0 || k + 1 >= args.size())
        return {};
    const QString value = args.at(k + 1);
    args.remove(k, 2);
    return value;
}

namespace {

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

} // namespace

bool buildBenchCorpus(const QString &path, int count)
{
    auto opened = ArticleStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return false;
    }
    ArticleStore &store = **opened;
    if (store.articleCount().value() >= count) {
        std::printf("reusing %s (%lld articles)\n", qPrintable(path), store.articleCount().value());
        // Analysed by an older engine: bring it up to date once (the next runs skip this).
        const AnalyzeSummary s = AnalysisService(store).analyze(false);
        if (s.articles > 0)
            std::printf("  re-analysed %d articles for the current engine\n", s.articles);
        return s.error.isEmpty();
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

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace Lagebild
