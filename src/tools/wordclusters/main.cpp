// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-wordclusters: word classes from unlabelled German text for the name tagger
// (wordclusters.h), written as resources/analysis/word-clusters.tsv.
//
//   lagebild-wordclusters [--text FILE|-]... [--conll FILE]... [--jsonl FILE]...
//                         [--min-count 3] [--classes 512] [--coarse 64] [--passes 12] --out FILE
//
// --text: running text, one or more sentences a line, markup like <TIMEX3 …> removed ("-" reads
// standard input, so a zip member can be piped in); --conll: one token a line in the first
// column, a blank line between sentences, '#' lines skipped; --jsonl: the "text" field of each
// JSON line. Only words reach the file, folded as the tagger looks them up.

#include "wordclusters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

using namespace Lagebild::Analysis::Clustering;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    auto option = [&](const char *name, const char *help, const char *value = nullptr,
                      const char *def = nullptr) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
            value ? QString::fromLatin1(value) : QString(), def ? QString::fromLatin1(def) : QString()});
    };
    option("text", "Running text (\"-\": standard input); markup is removed.", "file");
    option("conll", "One token a line (first column), blank lines between sentences.", "file");
    option("jsonl", "JSON lines with a \"text\" field.", "file");
    option("min-count", "Words seen fewer times are not clustered.", "n", "3");
    option("classes", "Fine classes.", "n", "512");
    option("coarse", "Coarse classes (clusters of the fine ones).", "n", "64");
    option("passes", "At most this many exchange passes.", "n", "12");
    option("out", "Resource file to write.", "file");
    parser.addHelpOption();
    parser.process(app);

    QElapsedTimer timer;
    timer.start();
    Corpus corpus;
    static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
    for (const QString &file : parser.values(QStringLiteral("text")))
        for (const QByteArray &line : readAll(file).split('\n'))
            if (!line.startsWith("<?") && !line.startsWith("<!"))
                corpus.addText(QString::fromUtf8(line).remove(markup));
    for (const QString &file : parser.values(QStringLiteral("conll"))) {
        QStringList sentence;
        for (const QByteArray &raw : readAll(file).split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(QLatin1Char('#')))
                continue;
            if (line.isEmpty()) {
                if (!sentence.isEmpty())
                    corpus.addSentence(sentence);
                sentence.clear();
                continue;
            }
            sentence.append(line.section(QRegularExpression(QStringLiteral("\\s")), 0, 0));
        }
        if (!sentence.isEmpty())
            corpus.addSentence(sentence);
    }
    for (const QString &file : parser.values(QStringLiteral("jsonl")))
        for (const QByteArray &line : readAll(file).split('\n'))
            if (!line.trimmed().isEmpty())
                corpus.addText(
                    QJsonDocument::fromJson(line).object().value(QLatin1String("text")).toString());
    std::fprintf(stderr, "%lld tokens read (%.1f s)\n", corpus.tokenCount(), double(timer.elapsed()) / 1000);

    const std::vector<WordClass> words = cluster(corpus, parser.value(QStringLiteral("min-count")).toInt(),
        parser.value(QStringLiteral("classes")).toInt(), parser.value(QStringLiteral("coarse")).toInt(),
        parser.value(QStringLiteral("passes")).toInt());
    std::fprintf(stderr, "%zu words clustered (%.1f s)\n", words.size(), double(timer.elapsed()) / 1000);
    if (!parser.isSet(QStringLiteral("out")))
        return 0;
    const QByteArray note = "Word classes for the name tagger (analysis/nertagger.h), written by "
                            "lagebild-wordclusters;\nsee word-clusters.README.md. Folded word, fine "
                            "class, coarse class.\n";
    QFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(toTsv(words, note)) < 0)
        qFatal("cannot write %s", qPrintable(out.fileName()));
    return 0;
}
