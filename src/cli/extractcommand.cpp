// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli extract: the stateless extraction contract (../shared/docs/extract-contract.md).
// Each file is one article read as UTF-8 and analysed as it is; one JSON line per file.
// lagebild-cli parse: the same analysis shown word by word, as the relation reader sees it.

#include "analysis/analyzer.h"
#include "analysis/explain.h"
#include "analysis/extractjson.h"
#include "cli/command.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>

namespace Lagebild::Cli {

namespace {

// YYYY-MM-DD, YYYY-MM or YYYY; coarser dates stand for their first day.
QDate parsePublished(const QString &value, bool &ok)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto m = pattern.match(value.trimmed());
    ok = m.hasMatch();
    if (!ok)
        return {};
    const QDate d(m.capturedView(1).toInt(), m.capturedLength(2) ? m.capturedView(2).toInt() : 1,
        m.capturedLength(3) ? m.capturedView(3).toInt() : 1);
    ok = d.isValid();
    return d;
}

// A folder stands for the files in it and below, in path order, so one call covers a whole
// collection and its output lines come in the same order on every machine. Hidden files and
// symbolic links to folders (which can loop) are left out; anything else is read as an article,
// and a file that is not text says so on its own line.
QStringList articleFiles(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-") || !QFileInfo(argument).isDir()) {
            files.append(argument);
            continue;
        }
        QStringList found;
        QDirIterator it(argument, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

// One file's JSON line, or the message saying why it has none.
struct Extracted
{
    QByteArray line;
    QString error; ///< "FILE: reason"
};

// The article's text, or empty with `error` set ("FILE: reason").
QString readArticle(const QString &file, QString &error)
{
    QFile in;
    const bool stdinput = file == QLatin1String("-");
    if (stdinput ? !in.open(stdin, QIODevice::ReadOnly)
                 : (in.setFileName(file), !in.open(QIODevice::ReadOnly))) {
        error = file + QStringLiteral(": cannot read: ") + in.errorString();
        return {};
    }
    const QByteArray bytes = in.readAll();
    // Strict UTF-8, and a byte order mark stays in the text: offsets count it, as any reader
    // that decodes the file as UTF-8 does.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        error = file + QStringLiteral(": not valid UTF-8");
    return text;
}

Extracted extractFile(const Analysis::Analyzer &analyzer, const QString &file, QDate published)
{
    QString error;
    const QString text = readArticle(file, error);
    if (!error.isEmpty())
        return {{}, error};
    return {Analysis::toContractJsonLine(file, text, analyzer.analyze(text, published)), {}};
}

QDate publishedOption(QCommandLineParser &parser, bool &ok)
{
    ok = true;
    if (!parser.isSet(QStringLiteral("published")))
        return {};
    return parsePublished(parser.value(QStringLiteral("published")), ok);
}

int runExtract(QCommandLineParser &parser)
{
    bool dateOk = false;
    const QDate published = publishedOption(parser, dateOk);
    if (!dateOk)
        return usageError(parser, QStringLiteral("--published takes YYYY-MM-DD, YYYY-MM or YYYY"));
    const QStringList files = parser.positionalArguments().isEmpty()
        ? QStringList {QStringLiteral("-")}
        : articleFiles(parser.positionalArguments());
    int jobs = QThread::idealThreadCount();
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        if (!ok || jobs < 1)
            return usageError(parser, QStringLiteral("--jobs takes a whole number of at least 1"));
    }
    jobs = std::max(1, std::min(jobs, int(files.size())));
    const Analysis::Analyzer analyzer;
    const auto extractOne = [&](const QString &file) { return extractFile(analyzer, file, published); };
    // The files are analysed side by side, a slice at a time, and written in their order: the
    // output is the same for any number of jobs, and a slice bounds the lines held in memory.
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    const qsizetype slice = jobs == 1 ? 1 : 16 * qsizetype(jobs);
    int failures = 0;
    for (qsizetype from = 0; from < files.size(); from += slice) {
        const QStringList part = files.mid(from, slice);
        const QList<Extracted> done = jobs == 1
            ? QList<Extracted> {extractOne(part.first())}
            : QtConcurrent::blockingMapped<QList<Extracted>>(&pool, part, extractOne);
        for (const Extracted &e : done) {
            if (!e.error.isEmpty()) {
                err() << "lagebild-cli: " << e.error << Qt::endl;
                ++failures;
                continue;
            }
            std::fwrite(e.line.constData(), 1, size_t(e.line.size()), stdout);
            std::fputc('\n', stdout);
        }
    }
    std::fflush(stdout);
    return failures ? Failure : Success;
}

// One file at a time, for a person reading why a sentence gave what it gave.
int runParse(QCommandLineParser &parser)
{
    bool dateOk = false;
    const QDate published = publishedOption(parser, dateOk);
    if (!dateOk)
        return usageError(parser, QStringLiteral("--published takes YYYY-MM-DD, YYYY-MM or YYYY"));
    const QStringList files = parser.positionalArguments().isEmpty() ? QStringList {QStringLiteral("-")}
                                                                     : parser.positionalArguments();
    const Analysis::Analyzer analyzer;
    int failures = 0;
    for (const QString &file : files) {
        QString error;
        const QString text = readArticle(file, error);
        if (!error.isEmpty()) {
            err() << "lagebild-cli: " << error << Qt::endl;
            ++failures;
            continue;
        }
        out() << Analysis::explainReading(text, analyzer.analyze(text, published));
    }
    out().flush();
    return failures ? Failure : Success;
}

void addPublishedOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("published"),
        QStringLiteral("Publication date, for relative dates (YYYY-MM-DD, YYYY-MM or YYYY)."),
        QStringLiteral("date")});
}

} // namespace

std::vector<Command> extractCommands()
{
    return {
        {QStringLiteral("extract"),
            QStringLiteral(
                "Extract entities and relations from article files, one JSON line per file (no database)."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("files"),
                    QStringLiteral(
                        "Article files, read as UTF-8; a folder for the files in it and below, in path "
                        "order; - for standard input."),
                    QStringLiteral("[FILE|FOLDER|-]..."));
                p.addOption({QStringLiteral("jobs"),
                    QStringLiteral("Files analysed at once (default: one per core); the output order is the "
                                   "files' order either way."),
                    QStringLiteral("n")});
                addPublishedOption(p);
            },
            runExtract},
        {QStringLiteral("parse"),
            QStringLiteral("Show how the engine reads each sentence: words, tags, heads, dependency labels, "
                           "names and relations (no database)."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("files"),
                    QStringLiteral("Article files, read as UTF-8; - for standard input."),
                    QStringLiteral("[FILE|-]..."));
                addPublishedOption(p);
            },
            runParse}};
}

} // namespace Lagebild::Cli
