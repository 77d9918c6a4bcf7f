// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli list, show, search, stats: reading the store.

#include "analysis/analyzer.h"
#include "cli/command.h"
#include "cli/jsonoutput.h"
#include "store/corpusreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lagebild::Cli {

namespace {

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON (see docs/cli.md)."));

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

QString dateColumn(const PublicationDate &d)
{
    return d.isValid() ? d.date.toString(Qt::ISODate)
                             .left(d.precision == DatePrecision::Year      ? 4
                                     : d.precision == DatePrecision::Month ? 7
                                                                           : 10)
                       : QStringLiteral("(no date)");
}

void printSummaryLine(const ArticleSummary &a)
{
    QString flags;
    if (a.duplicateOf)
        flags += QStringLiteral(" [near-duplicate of %1]").arg(a.duplicateOf);
    if (a.language != QLatin1String("de"))
        flags += QStringLiteral(" [%1]").arg(a.language);
    if (!a.tags.isEmpty())
        flags += QStringLiteral(" {%1}").arg(a.tags.join(QLatin1String(", ")));
    out() << QStringLiteral("%1  %2  %3  %4%5")
                 .arg(a.id, 5)
                 .arg(dateColumn(a.published), -10)
                 .arg(a.source.left(24), -24)
                 .arg(a.title, flags)
          << '\n';
}

// --limit N: the number, `fallback` when absent, 0 when it is not a positive number.
int parseLimit(const QCommandLineParser &parser, int fallback)
{
    if (!parser.isSet(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    return ok && limit > 0 ? limit : 0;
}

int runList(QCommandLineParser &parser)
{
    const int limit = parseLimit(parser, -1);
    if (limit == 0)
        return usageError(parser, QStringLiteral("--limit takes a positive number"));
    auto store = openReader(parser);
    if (!store)
        return Failure;
    auto articles = store->listArticles(limit);
    if (!articles) {
        err() << "lagebild-cli: " << articles.errorMessage() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto &a : articles.value())
            array.append(summaryToJson(a));
        printJson(array);
    } else {
        for (const auto &a : articles.value())
            printSummaryLine(a);
        out().flush();
    }
    return Success;
}

int runShow(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("show takes one article id"));
    const qint64 id = parseId(parser.positionalArguments().first());
    if (!id)
        return usageError(
            parser, QStringLiteral("\"%1\" is not an article id").arg(parser.positionalArguments().first()));
    auto store = openReader(parser);
    if (!store)
        return Failure;
    auto article = store->article(id);
    if (!article) {
        err() << "lagebild-cli: " << article.errorMessage() << Qt::endl;
        return Failure;
    }
    if (!article->has_value()) {
        err() << "lagebild-cli: no article with id " << id << Qt::endl;
        return Failure;
    }
    const Article &a = **article;
    if (parser.isSet(jsonOption)) {
        printJson(articleToJson(a));
        return Success;
    }
    out() << a.title << "\n";
    QString date = a.published.isValid() ? a.published.toIsoString() : QStringLiteral("no date found");
    if (a.published.isValid() && a.published.uncertain)
        date += QStringLiteral(" (uncertain)");
    out() << (a.source.isEmpty() ? QStringLiteral("unknown outlet") : a.source) << " · " << date;
    if (!a.author.isEmpty())
        out() << " · " << a.author;
    out() << "\n";
    if (!a.url.isEmpty())
        out() << a.url << "\n";
    if (!a.tags.isEmpty())
        out() << "Tags: " << a.tags.join(QLatin1String(", ")) << "\n";
    if (a.duplicateOf)
        out() << QStringLiteral("Near-duplicate of article %1 (%2% shared)\n")
                     .arg(a.duplicateOf)
                     .arg(qRound(a.duplicateSimilarity * 100));
    if (!a.isGerman())
        out() << "Language: " << a.language << "\n";
    if (!a.note.isEmpty())
        out() << "Note: " << a.note << "\n";
    out() << "\n" << a.body << Qt::endl;
    return Success;
}

int runSearch(QCommandLineParser &parser)
{
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return usageError(parser, QStringLiteral("search needs a query"));
    const int limit = parseLimit(parser, 20);
    if (limit == 0)
        return usageError(parser, QStringLiteral("--limit takes a positive number"));
    auto store = openReader(parser);
    if (!store)
        return Failure;
    auto hits = store->search(query, limit);
    if (!hits) {
        err() << "lagebild-cli: " << hits.errorMessage() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const auto &hit : hits.value())
            array.append(hitToJson(hit));
        printJson(array);
        return Success;
    }
    for (const auto &hit : hits.value()) {
        printSummaryLine(hit.article);
        QString snippet = hit.snippet;
        snippet.replace(QLatin1String("<mark>"), QStringLiteral("»"))
            .replace(QLatin1String("</mark>"), QStringLiteral("«"));
        out() << "       " << snippet << "\n";
    }
    if (hits->empty())
        out() << "no articles match\n";
    out().flush();
    return Success;
}

int runStats(QCommandLineParser &parser)
{
    auto store = openReader(parser);
    if (!store)
        return Failure;
    auto stats = store->statistics();
    if (!stats) {
        err() << "lagebild-cli: " << stats.errorMessage() << Qt::endl;
        return Failure;
    }
    const StoreStatistics &s = stats.value();
    auto counted = [](const std::vector<CountedName> &list) {
        QJsonObject o;
        for (const auto &c : list)
            o.insert(c.name.isEmpty() ? QStringLiteral("(unknown)") : c.name, c.count);
        return o;
    };
    // Due: what `analyze` (or a worker) of this program would analyse now.
    qint64 current = 0, never = 0, otherEngine = 0, olderRules = 0;
    QJsonObject byEngine;
    for (const StoreStatistics::AnalysisCount &a : s.byAnalysis) {
        if (!a.engine)
            never += a.articles;
        else if (*a.engine != Analysis::engineVersion)
            otherEngine += a.articles;
        else if (!a.currentRules)
            olderRules += a.articles;
        else
            current += a.articles;
        if (a.engine) {
            const QString key = QString::number(*a.engine);
            byEngine.insert(key, byEngine.value(key).toInteger() + a.articles);
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject o {{QStringLiteral("articles"), s.articles}, {QStringLiteral("german"), s.german},
            {QStringLiteral("non_german"), s.nonGerman}, {QStringLiteral("undated"), s.undated},
            {QStringLiteral("near_duplicates"), s.nearDuplicates}, {QStringLiteral("sources"), s.sources},
            {QStringLiteral("tags"), s.tags}, {QStringLiteral("notes"), s.notes},
            {QStringLiteral("earliest"), s.earliest.isEmpty() ? QJsonValue() : QJsonValue(s.earliest)},
            {QStringLiteral("latest"), s.latest.isEmpty() ? QJsonValue() : QJsonValue(s.latest)},
            {QStringLiteral("by_source"), counted(s.bySource)},
            {QStringLiteral("by_year"), counted(s.byYear)},
            {QStringLiteral("by_language"), counted(s.byLanguage)},
            {QStringLiteral("by_tag"), counted(s.byTag)},
            {QStringLiteral("analysis"),
                QJsonObject {{QStringLiteral("engine"), Analysis::engineVersion},
                    {QStringLiteral("current"), current},
                    {QStringLiteral("due"), never + otherEngine + olderRules},
                    {QStringLiteral("never_analysed"), never}, {QStringLiteral("other_engine"), otherEngine},
                    {QStringLiteral("older_rules"), olderRules}, {QStringLiteral("by_engine"), byEngine}}}};
        printJson(o);
        return Success;
    }
    out() << "Database:        " << store->location() << "\n"
          << "Articles:        " << s.articles << " (German " << s.german << ", other languages "
          << s.nonGerman << ")\n"
          << "Undated:         " << s.undated << "\n"
          << "Near-duplicates: " << s.nearDuplicates << "\n"
          << "Date range:      "
          << (s.earliest.isEmpty() ? QStringLiteral("-") : s.earliest + QStringLiteral(" to ") + s.latest)
          << "\n"
          << "Outlets:         " << s.sources << "\n"
          << "Tags:            " << s.tags << "\n"
          << "Notes:           " << s.notes << "\n"
          << "Analysed:        " << current << " by this program's engine (" << Analysis::engineVersion
          << ")\n"
          << "Due:             " << never + otherEngine + olderRules << " (never analysed " << never
          << ", by another engine " << otherEngine << ", under older entity rules " << olderRules << ")\n";
    auto table = [](const char *heading, const std::vector<CountedName> &list) {
        if (list.empty())
            return;
        out() << "\n" << heading << ":\n";
        for (const auto &c : list)
            out() << QStringLiteral("  %1  %2\n")
                         .arg(c.count, 6)
                         .arg(c.name.isEmpty() ? QStringLiteral("(unknown)") : c.name);
    };
    table("Articles per outlet", s.bySource);
    table("Articles per year", s.byYear);
    table("Languages", s.byLanguage);
    table("Tags", s.byTag);
    out().flush();
    return Success;
}

} // namespace

std::vector<Command> browseCommands()
{
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("At most N articles."), QStringLiteral("N"));
    return {{QStringLiteral("list"), QStringLiteral("List stored articles, newest first."),
                [=](QCommandLineParser &p) {
                    p.addOption(jsonOption);
                    p.addOption(limitOption);
                },
                runList},
        {QStringLiteral("show"), QStringLiteral("Show one article with its metadata, tags and note."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article id."));
                p.addOption(jsonOption);
            },
            runShow},
        {QStringLiteral("search"),
            QStringLiteral(
                "Full-text search (words, \"phrases\", OR, -exclude, prefix*), best matches first."),
            [=](QCommandLineParser &p) {
                p.addPositionalArgument(
                    QStringLiteral("query"), QStringLiteral("What to look for."), QStringLiteral("QUERY..."));
                p.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."),
                    QStringLiteral("N")});
                p.addOption(jsonOption);
            },
            runSearch},
        {QStringLiteral("stats"), QStringLiteral("Counts: articles, languages, outlets, years, tags."),
            [](QCommandLineParser &p) { p.addOption(jsonOption); }, runStats}};
}

} // namespace Lagebild::Cli
