// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli timeline, graph, figures, export: the workbench's views and exports, headless, with
// the same output as the GUI (the charts are drawn by the same code).

#include "cli/command.h"
#include "figures/figuresexport.h"
#include "figures/figuresquery.h"
#include "models/figureformat.h"
#include "models/filterdescription.h"
#include "network/networkexport.h"
#include "network/networklayout.h"
#include "network/networkquery.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "render/timelinefigures.h"
#include "services/articleexport.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/databaselocation.h"
#include "store/sqlreader.h"
#include "timeline/timelineexport.h"
#include "timeline/timelinequery.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lagebild::Cli {

namespace {

// The window's View → Doubtful Relations: relations the engine found less surely, drawn faint
// (default) or left out; rejected relations are never drawn.
void addDoubtfulOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("doubtful"),
        QStringLiteral("Relations found with a confidence below %1 %: faint (default) or hidden.")
            .arg(qRound(highConfidence * 100)),
        QStringLiteral("faint|hidden")});
}

std::optional<DoubtfulRelations> doubtfulOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("doubtful")))
        return DoubtfulRelations::Faint;
    return doubtfulRelationsFromName(parser.value(QStringLiteral("doubtful")));
}

void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("search"), QStringLiteral("Only articles matching this search."),
        QStringLiteral("query")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Only articles published on or after this day."),
        QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Only articles published on or before this day."),
        QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("outlet"), QStringLiteral("Only articles of this outlet (repeatable)."),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("tag"), QStringLiteral("Only articles with this tag (repeatable)."),
        QStringLiteral("tag")});
    parser.addOption({QStringLiteral("hide-duplicates"), QStringLiteral("Leave out near-duplicates.")});
}

/// The filter from the options; an error message when a date does not parse.
std::optional<ArticleFilter> filterFrom(const QCommandLineParser &parser, QString &problem)
{
    ArticleFilter f;
    f.text = parser.value(QStringLiteral("search"));
    for (const auto &[option, target] :
        {std::pair {QStringLiteral("from"), &f.from}, std::pair {QStringLiteral("to"), &f.to}}) {
        if (!parser.isSet(option))
            continue;
        *target = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!target->isValid()) {
            problem = QStringLiteral("--%1 takes a day as YYYY-MM-DD").arg(option);
            return std::nullopt;
        }
    }
    f.outlets = parser.values(QStringLiteral("outlet"));
    f.tags = parser.values(QStringLiteral("tag"));
    f.hideDuplicates = parser.isSet(QStringLiteral("hide-duplicates"));
    return f;
}

QString dateRange(const ArticleFilter &f, QDate first, QDate last)
{
    const QDate from = f.from.isValid() ? f.from : first;
    const QDate to = f.to.isValid() ? f.to : last;
    if (!from.isValid() || !to.isValid())
        return {};
    return QStringLiteral("%1 \u2013 %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

int fail(const QString &message)
{
    err() << "lagebild-cli: " << message << Qt::endl;
    return Failure;
}

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString())};
    return {};
}

/// Which of the output options is set; exactly one must be.
std::optional<QString> outputOption(const QCommandLineParser &parser, const QStringList &options)
{
    std::optional<QString> chosen;
    for (const QString &o : options) {
        if (!parser.isSet(o))
            continue;
        if (chosen)
            return std::nullopt;
        chosen = o;
    }
    return chosen;
}

PageSetup pageSetup(const QCommandLineParser &parser)
{
    PageSetup setup;
    if (parser.value(QStringLiteral("page")).compare(QLatin1String("A3"), Qt::CaseInsensitive) == 0)
        setup.size = QPageSize::A3;
    if (parser.isSet(QStringLiteral("portrait")))
        setup.orientation = QPageLayout::Portrait;
    return setup;
}

void addFigureOptions(QCommandLineParser &parser)
{
    for (const auto &[name, text] : {std::pair {"pdf", "Write a print-ready PDF with the source list."},
             std::pair {"svg", "Write an SVG."}, std::pair {"png", "Write a PNG."}})
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(text), QStringLiteral("file")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("PDF page size: A4 (default) or A3."),
        QStringLiteral("size")});
    parser.addOption({QStringLiteral("portrait"), QStringLiteral("PDF in portrait (default: landscape).")});
    parser.addOption(
        {QStringLiteral("title"), QStringLiteral("Title of the figure."), QStringLiteral("text")});
}

Expected<void> writeFigure(const QCommandLineParser &parser, const QString &option, const Figure &figure)
{
    const QString path = parser.value(option);
    if (option == QLatin1String("pdf")) {
        auto pages = writePdf(figure, path, pageSetup(parser));
        if (!pages)
            return pages.error();
        out() << path << ": " << pages.value() << (pages.value() == 1 ? " page" : " pages") << Qt::endl;
        return {};
    }
    auto written = option == QLatin1String("svg") ? writeSvg(figure, path) : writePng(figure, path);
    if (written)
        out() << path << Qt::endl;
    return written;
}

int runTimeline(QCommandLineParser &parser)
{
    QString problem;
    const auto filter = filterFrom(parser, problem);
    if (!filter)
        return usageError(parser, problem);
    std::optional<Bucket> bucket;
    if (parser.isSet(QStringLiteral("by"))) {
        bucket = bucketFromName(parser.value(QStringLiteral("by")));
        if (!bucket)
            return usageError(parser, QStringLiteral("--by takes day, week, month or quarter"));
    }
    const auto output = outputOption(parser,
        {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("csv"),
            QStringLiteral("timelinejs")});
    if (!output)
        return usageError(
            parser, QStringLiteral("name one output: --pdf, --svg, --png, --csv or --timelinejs"));
    const bool events = parser.isSet(QStringLiteral("events")) || *output == QLatin1String("timelinejs");
    const auto doubtful = doubtfulOption(parser);
    if (!doubtful)
        return usageError(parser, QStringLiteral("--doubtful takes faint or hidden"));
    const QStringList names = parser.values(QStringLiteral("entity"));
    if (names.isEmpty() && !events)
        return usageError(parser, QStringLiteral("name at least one --entity (or ask for --events)"));
    auto reader = openSqlReader(parser);
    if (!reader)
        return Failure;
    TimelineQuery query(*reader);
    std::vector<qint64> entities;
    for (const QString &name : names) {
        auto found = query.findEntities(name);
        if (!found)
            return fail(found.errorMessage());
        if (found->empty())
            return fail(QStringLiteral("no entity named \"%1\" (see `lagebild-cli entities`)").arg(name));
        entities.insert(entities.end(), found->begin(), found->end());
    }
    const QString filterText = describeFilter(*filter);
    if (events) {
        auto list = query.events(*filter, entities,
            parser.value(QStringLiteral("limit")).toInt() > 0 ? parser.value(QStringLiteral("limit")).toInt()
                                                              : 2000,
            *doubtful);
        if (!list)
            return fail(list.errorMessage());
        const QString title = parser.isSet(QStringLiteral("title"))
            ? parser.value(QStringLiteral("title"))
            : (names.isEmpty() ? QStringLiteral("Events")
                               : QStringLiteral("Events: %1").arg(names.join(QLatin1String(", "))));
        QStringList subtitle {QStringLiteral("%1 dated events").arg(list->size())};
        if (!list->empty() && !filter->from.isValid() && !filter->to.isValid())
            subtitle.append(dateRange(*filter, list->front().day, list->back().day));
        if (!filterText.isEmpty())
            subtitle.append(filterText);
        const QString sub = subtitle.join(QStringLiteral(" \u00B7 "));
        Expected<void> written;
        if (*output == QLatin1String("csv"))
            written = writeFile(parser.value(*output), eventsCsv(*list));
        else if (*output == QLatin1String("timelinejs"))
            written = writeFile(parser.value(*output), timelineJs(*list, title, sub));
        else
            written = writeFigure(parser, *output,
                EventChart(list.value(), title, sub,
                    parser.value(QStringLiteral("lanes")) == QLatin1String("entity")
                        ? EventChart::Lanes::ByEntity
                        : EventChart::Lanes::ByRelation));
        if (!written)
            return fail(written.errorMessage());
        if (*output == QLatin1String("csv") || *output == QLatin1String("timelinejs"))
            out() << parser.value(*output) << ": " << list->size() << " events" << Qt::endl;
        return Success;
    }
    auto timeline = query.mentions(*filter, entities, bucket);
    if (!timeline)
        return fail(timeline.errorMessage());
    if (*output == QLatin1String("csv")) {
        if (auto w = writeFile(parser.value(*output), mentionTimelineCsv(*timeline)); !w)
            return fail(w.errorMessage());
        out() << parser.value(*output) << ": " << timeline->starts.size() << " buckets" << Qt::endl;
        return Success;
    }
    const QString title = parser.isSet(QStringLiteral("title"))
        ? parser.value(QStringLiteral("title"))
        : QStringLiteral("Mentions over time: %1").arg(names.join(QLatin1String(", ")));
    QStringList subtitle;
    if (!timeline->starts.empty() && !filter->from.isValid() && !filter->to.isValid())
        subtitle.append(dateRange(*filter, timeline->starts.front(),
            nextBucket(timeline->starts.back(), timeline->bucket).addDays(-1)));
    if (!filterText.isEmpty())
        subtitle.append(filterText);
    const bool share = parser.isSet(QStringLiteral("share"));
    subtitle.append(share ? QStringLiteral("share of the filtered articles")
                          : QStringLiteral("articles mentioning each"));
    const MentionChart chart(timeline.value(), title, subtitle.join(QStringLiteral(" \u00B7 ")),
        parser.isSet(QStringLiteral("bars")) ? MentionChart::Style::Bars : MentionChart::Style::Lines,
        share ? MentionChart::Scale::Share : MentionChart::Scale::Articles);
    if (auto w = writeFigure(parser, *output, chart); !w)
        return fail(w.errorMessage());
    return Success;
}

int runGraph(QCommandLineParser &parser)
{
    QString problem;
    const auto filter = filterFrom(parser, problem);
    if (!filter)
        return usageError(parser, problem);
    const auto output = outputOption(parser,
        {QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("pdf"), QStringLiteral("svg"),
            QStringLiteral("png"), QStringLiteral("csv")});
    if (!output)
        return usageError(
            parser, QStringLiteral("name one output: --graphml, --gexf, --pdf, --svg, --png or --csv"));
    NetworkOptions options;
    if (parser.isSet(QStringLiteral("types")))
        options.types
            = parser.value(QStringLiteral("types")).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = true;
    if (parser.isSet(QStringLiteral("top")))
        options.top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || options.top <= 0)
        return usageError(parser, QStringLiteral("--top takes a positive number"));
    if (parser.isSet(QStringLiteral("min-weight")))
        options.minWeight = parser.value(QStringLiteral("min-weight")).toLongLong(&ok);
    if (!ok || options.minWeight <= 0)
        return usageError(parser, QStringLiteral("--min-weight takes a positive number"));
    if (parser.isSet(QStringLiteral("depth")))
        options.depth = parser.value(QStringLiteral("depth")).toInt(&ok);
    if (!ok || options.depth < 1 || options.depth > 2)
        return usageError(parser, QStringLiteral("--depth takes 1 or 2"));
    if (parser.isSet(QStringLiteral("relations")))
        options.relationTypes
            = parser.value(QStringLiteral("relations")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.coMentions = !parser.isSet(QStringLiteral("relations-only"));
    const auto doubtful = doubtfulOption(parser);
    if (!doubtful)
        return usageError(parser, QStringLiteral("--doubtful takes faint or hidden"));
    options.doubtful = *doubtful;
    auto reader = openSqlReader(parser);
    if (!reader)
        return Failure;
    QString egoName;
    if (parser.isSet(QStringLiteral("entity"))) {
        egoName = parser.value(QStringLiteral("entity"));
        auto found = TimelineQuery(*reader).findEntities(egoName);
        if (!found)
            return fail(found.errorMessage());
        if (found->empty())
            return fail(QStringLiteral("no entity named \"%1\" (see `lagebild-cli entities`)").arg(egoName));
        options.ego = found->front();
    }
    NetworkQuery query(*reader);
    auto network = query.network(*filter, options);
    if (!network)
        return fail(network.errorMessage());
    const bool picture = *output == QLatin1String("pdf") || *output == QLatin1String("svg")
        || *output == QLatin1String("png") || *output == QLatin1String("graphml")
        || *output == QLatin1String("gexf");
    if (picture) {
        if (auto laid = layoutNetwork(*network); !laid)
            return fail(laid.errorMessage());
    }
    QStringList subtitle {
        QStringLiteral("%1 entities, %2 links").arg(network->nodes.size()).arg(network->edges.size())};
    if (!egoName.isEmpty())
        subtitle.append(QStringLiteral("around %1, depth %2").arg(egoName).arg(options.depth));
    if (const QString f = describeFilter(*filter); !f.isEmpty())
        subtitle.append(f);
    const QString sub = subtitle.join(QStringLiteral(" \u00B7 "));
    Expected<void> written;
    if (*output == QLatin1String("graphml"))
        written = writeFile(parser.value(*output), networkGraphMl(*network));
    else if (*output == QLatin1String("gexf"))
        written = writeFile(parser.value(*output), networkGexf(*network, sub));
    else if (*output == QLatin1String("csv"))
        written = writeFile(parser.value(*output), networkCsv(*network));
    else {
        const QString title = parser.isSet(QStringLiteral("title"))
            ? parser.value(QStringLiteral("title"))
            : (egoName.isEmpty() ? QStringLiteral("Relationships")
                                 : QStringLiteral("Relationships of %1").arg(egoName));
        return writeFigure(parser, *output, NetworkFigure(network.value(), title, sub)) ? Success : Failure;
    }
    if (!written)
        return fail(written.errorMessage());
    out() << parser.value(*output) << ": " << network->nodes.size() << " entities, " << network->edges.size()
          << " links" << Qt::endl;
    return Success;
}

int runFigures(QCommandLineParser &parser)
{
    QString problem;
    const auto filter = filterFrom(parser, problem);
    if (!filter)
        return usageError(parser, problem);
    if (parser.isSet(QStringLiteral("csv")) && parser.isSet(QStringLiteral("json")))
        return usageError(parser, QStringLiteral("name one output: --csv or --json"));
    auto reader = openSqlReader(parser);
    if (!reader)
        return Failure;
    auto groups = FiguresQuery(*reader).groups(*filter);
    if (!groups)
        return fail(groups.errorMessage());
    // The Figures tab's "Only where outlets disagree".
    if (parser.isSet(QStringLiteral("disagreements")))
        std::erase_if(groups.value(), [](const FigureGroup &g) { return !g.disagreement; });
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString path = parser.value(QStringLiteral("csv"));
        if (auto w = writeFile(path, figuresCsv(*groups)); !w)
            return fail(w.errorMessage());
        qsizetype figures = 0;
        for (const FigureGroup &g : *groups)
            figures += qsizetype(g.figures.size());
        out() << path << ": " << figures << " figures in " << groups->size() << " groups" << Qt::endl;
        return Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(figuresJson(*groups)).toJson(QJsonDocument::Indented))
              << Qt::flush;
        return Success;
    }
    // As the Figures tab names a group (FiguresModel), in English.
    for (const FigureGroup &g : *groups) {
        QString about = g.subject.isEmpty() ? QStringLiteral("(no entity in the sentence)") : g.subject;
        if (!g.measure.isEmpty())
            about += QStringLiteral(" \u00B7 ") + g.measure;
        if (const QString unit = readableUnit(g.unit); !unit.isEmpty())
            about += QStringLiteral(" \u00B7 ") + unit;
        const auto number = [](double value) { return QString::number(value, 'g', 15); };
        const QString span = g.minimum == g.maximum
            ? number(g.minimum)
            : QStringLiteral("%1 \u2013 %2").arg(number(g.minimum), number(g.maximum));
        out() << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                     .arg(qsizetype(g.figures.size()), 4)
                     .arg(g.outlets, 3)
                     .arg(g.subjectType.isEmpty() ? QStringLiteral("-") : g.subjectType, -12)
                     .arg(about, span, g.disagreement ? QStringLiteral("  outlets disagree") : QString());
    }
    if (groups->empty())
        out() << "no figures in the filtered articles\n";
    out().flush();
    return Success;
}

int runExport(QCommandLineParser &parser)
{
    QString problem;
    const auto filter = filterFrom(parser, problem);
    if (!filter)
        return usageError(parser, problem);
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("jsonl"))
        return usageError(parser, QStringLiteral("--format takes csv or jsonl"));
    if (parser.positionalArguments().size() != 1)
        return usageError(parser, QStringLiteral("name one output file"));
    // On a file the articles are read through the same connection as the list, so in its
    // snapshot; on PostgreSQL a second connection reads them.
    const bool onFile = backendOf(databaseLocation(parser)) == Backend::Sqlite;
    std::unique_ptr<ArticleStore> store;
    std::unique_ptr<CorpusReader> articles;
    std::unique_ptr<SqlReader> sql;
    if (onFile)
        store = openStore(parser);
    else if ((articles = openReader(parser)))
        sql = openSqlReader(parser);
    if (onFile ? !store : !sql)
        return Failure;
    const QString path = parser.positionalArguments().first();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    const ArticleExportFormat as
        = format == QLatin1String("csv") ? ArticleExportFormat::Csv : ArticleExportFormat::JsonLines;
    auto written = onFile ? exportArticles(*store, *filter, as, file)
                          : exportArticles(*articles, *sql, *filter, as, file);
    if (!written)
        return fail(written.errorMessage());
    if (!file.commit())
        return fail(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    out() << path << ": " << written.value() << " articles" << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> viewCommands()
{
    return {
        {QStringLiteral("timeline"),
            QStringLiteral("Mentions over time or dated events, as PDF, SVG, PNG, CSV or TimelineJS."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("entity"), QStringLiteral("An entity to chart (repeatable)."),
                    QStringLiteral("name")});
                p.addOption({QStringLiteral("by"),
                    QStringLiteral("Bucket: day, week, month or quarter (default: by the span)."),
                    QStringLiteral("bucket")});
                p.addOption(
                    {QStringLiteral("events"), QStringLiteral("Dated events instead of mention counts.")});
                p.addOption({QStringLiteral("lanes"),
                    QStringLiteral("Event lanes per relation (default) or per entity."),
                    QStringLiteral("relation|entity")});
                p.addOption({QStringLiteral("share"),
                    QStringLiteral("Share of the filtered articles instead of counts.")});
                p.addOption({QStringLiteral("bars"), QStringLiteral("Bars instead of lines.")});
                p.addOption({QStringLiteral("limit"),
                    QStringLiteral("At most this many events (default 2000)."), QStringLiteral("n")});
                p.addOption({QStringLiteral("csv"), QStringLiteral("Write the data as CSV."),
                    QStringLiteral("file")});
                p.addOption({QStringLiteral("timelinejs"), QStringLiteral("Write events as TimelineJS JSON."),
                    QStringLiteral("file")});
                addDoubtfulOption(p);
                addFigureOptions(p);
                addFilterOptions(p);
            },
            runTimeline},
        {QStringLiteral("graph"),
            QStringLiteral("The relationship network, as GraphML, GEXF, PDF, SVG, PNG or CSV."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("types"),
                    QStringLiteral("Entity types, comma-separated (default: all names)."),
                    QStringLiteral("T,...")});
                p.addOption({QStringLiteral("top"),
                    QStringLiteral("At most this many entities (default 50)."), QStringLiteral("n")});
                p.addOption({QStringLiteral("min-weight"),
                    QStringLiteral("Drop links seen fewer times (default 1)."), QStringLiteral("n")});
                p.addOption({QStringLiteral("entity"), QStringLiteral("Only this entity's neighbourhood."),
                    QStringLiteral("name")});
                p.addOption({QStringLiteral("depth"),
                    QStringLiteral("Neighbourhood depth with --entity: 1 or 2."), QStringLiteral("n")});
                p.addOption({QStringLiteral("relations"),
                    QStringLiteral("Relation types to draw, comma-separated."), QStringLiteral("T,...")});
                p.addOption({QStringLiteral("relations-only"),
                    QStringLiteral("No co-mention links, only relations.")});
                p.addOption(
                    {QStringLiteral("graphml"), QStringLiteral("Write GraphML."), QStringLiteral("file")});
                p.addOption(
                    {QStringLiteral("gexf"), QStringLiteral("Write GEXF (Gephi)."), QStringLiteral("file")});
                p.addOption({QStringLiteral("csv"), QStringLiteral("Write the edge list as CSV."),
                    QStringLiteral("file")});
                addDoubtfulOption(p);
                addFigureOptions(p);
                addFilterOptions(p);
            },
            runGraph},
        {QStringLiteral("figures"),
            QStringLiteral("Reported figures grouped by what they are about, as text, CSV or JSON."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("disagreements"),
                    QStringLiteral("Only groups where outlets disagree (values over 10 % apart within two "
                                   "weeks).")});
                p.addOption({QStringLiteral("csv"), QStringLiteral("Write the figures as CSV."),
                    QStringLiteral("file")});
                p.addOption({QStringLiteral("json"), QStringLiteral("Print the groups as JSON.")});
                addFilterOptions(p);
            },
            runFigures},
        {QStringLiteral("export"),
            QStringLiteral("Articles with tags, notes and entities as CSV or JSON Lines."),
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("format"), QStringLiteral("csv or jsonl."), QStringLiteral("format")});
                p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Where to write."));
                addFilterOptions(p);
            },
            runExport},
    };
}

} // namespace Lagebild::Cli
