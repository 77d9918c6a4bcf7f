// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli analyze, entities, entity: stored analysis and the analyst's corrections.

#include "analysis/entitytype.h"
#include "cli/analyzeprogress.h"
#include "cli/command.h"
#include "services/analysisservice.h"
#include "store/analysisrepository.h"
#include "store/articlestore.h"
#include "store/entityrules.h"
#include "store/sqlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lagebild::Cli {

namespace {

int runAnalyze(QCommandLineParser &parser)
{
    auto store = openStore(parser);
    if (!store)
        return Failure;
    const auto run = analyzeWithProgress(*store, parser.isSet(QStringLiteral("all")));
    if (!run)
        return Failure;
    const AnalyzeSummary &s = run->summary;
    out() << "articles: " << s.articles << ", mentions: " << s.mentions << ", relations: " << s.relations
          << ", events: " << s.events << ", seconds: " << run->seconds << Qt::endl;
    return Success;
}

// Who brings the stored articles in line with a changed rule: on a team database the workers,
// which take every article analysed under older rules.
QString applyHint(const SqlReader &sql)
{
    return sql.dialect() == SqlDialect::Postgres
        ? QStringLiteral("the workers (`lagebild-cli worker`) apply it to the stored articles")
        : QStringLiteral("run `lagebild-cli analyze` to apply it to the stored articles");
}

int runEntities(QCommandLineParser &parser)
{
    QString type = parser.value(QStringLiteral("type")).toUpper();
    if (!type.isEmpty() && !Analysis::typeFromName(type))
        return usageError(parser, QStringLiteral("unknown type \"%1\"").arg(type));
    int limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return usageError(parser, QStringLiteral("--limit takes a positive number"));
    }
    auto sql = openSqlReader(parser);
    if (!sql)
        return Failure;
    auto list = listEntities(*sql, type, limit);
    if (!list) {
        err() << "lagebild-cli: " << list.errorMessage() << Qt::endl;
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &e : list.value())
            array.append(QJsonObject {{QStringLiteral("id"), e.id},
                {QStringLiteral("canonical"), e.canonical}, {QStringLiteral("type"), e.type},
                {QStringLiteral("mentions"), e.mentions}, {QStringLiteral("articles"), e.articles}});
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    for (const auto &e : list.value())
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(e.mentions, 6)
                     .arg(e.articles, 5)
                     .arg(e.type, -12)
                     .arg(e.canonical);
    if (list->empty())
        out() << "no entities yet; run `lagebild-cli analyze`\n";
    out().flush();
    return Success;
}

int runEntity(QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(
            parser, QStringLiteral("give an action: alias, merge, ignore, retype, list or remove"));
    const QString action = args.takeFirst();
    const QString type = parser.value(QStringLiteral("type")).toUpper();
    if (!type.isEmpty() && !Analysis::typeFromName(type))
        return usageError(parser, QStringLiteral("unknown type \"%1\"").arg(type));
    auto sql = openSqlWriter(parser);
    if (!sql)
        return Failure;
    EntityRules rules(*sql);
    if (action == QLatin1String("list")) {
        auto rows = rules.list();
        if (!rows) {
            err() << "lagebild-cli: " << rows.errorMessage() << Qt::endl;
            return Failure;
        }
        for (const auto &c : rows.value())
            out() << QStringLiteral("%1  %2  %3%4%5\n")
                         .arg(c.id, 4)
                         .arg(c.kind, -7)
                         .arg(c.entity)
                         .arg(c.entityType.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.entityType))
                         .arg(c.value.isEmpty() ? QString() : QStringLiteral(" → ") + c.value);
        out().flush();
        return Success;
    }
    if (action == QLatin1String("remove")) {
        if (args.size() != 1 || !parseId(args.first()))
            return usageError(parser, QStringLiteral("entity remove takes the id shown by `entity list`"));
        if (auto r = sql->transact([&] { return rules.remove(parseId(args.first())); }); !r)
            return editFailed(r.error());
        out() << "removed; " << applyHint(*sql) << Qt::endl;
        return Success;
    }
    QString value;
    if (action == QLatin1String("alias") || action == QLatin1String("merge")) {
        if (args.size() != 2)
            return usageError(parser,
                QStringLiteral("entity %1 takes an entity and %2")
                    .arg(action,
                        action == QLatin1String("alias") ? QStringLiteral("its other name")
                                                         : QStringLiteral("the entity it is the same as")));
        value = args.at(1);
    } else if (action == QLatin1String("retype")) {
        if (args.size() != 2 || !Analysis::typeFromName(args.at(1)))
            return usageError(
                parser, QStringLiteral("entity retype takes an entity and a type (COMPANY, AGENCY, …)"));
        value = args.at(1).toUpper();
    } else if (action == QLatin1String("ignore")) {
        if (args.size() != 1)
            return usageError(parser, QStringLiteral("entity ignore takes one entity"));
    } else {
        return usageError(parser, QStringLiteral("unknown action \"%1\"").arg(action));
    }
    qint64 id = 0;
    auto added = sql->transact([&]() -> Expected<void> {
        auto recorded = rules.add(action, args.first(), type, value);
        if (!recorded)
            return recorded.error();
        id = recorded.value();
        return {};
    });
    if (!added)
        return editFailed(added.error());
    out() << "recorded as correction " << id << "; " << applyHint(*sql) << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> analysisCommands()
{
    return {{QStringLiteral("analyze"),
                QStringLiteral(
                    "Analyse stored articles that are new or out of date (all with --all), on all cores."),
                [](QCommandLineParser &p) {
                    p.addOption({QStringLiteral("all"), QStringLiteral("Analyse every article again.")});
                },
                runAnalyze},
        {QStringLiteral("entities"), QStringLiteral("List entities with their mention and article counts."),
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("type"),
                    QStringLiteral("Only this type (COMPANY, AGENCY, PERSON, …)."), QStringLiteral("T")});
                p.addOption(
                    {QStringLiteral("limit"), QStringLiteral("At most N entities."), QStringLiteral("N")});
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
            },
            runEntities},
        {QStringLiteral("entity"),
            QStringLiteral("Record a correction: alias NAME OTHER, merge NAME INTO, ignore NAME, retype NAME "
                           "TYPE; list; remove ID."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("action"),
                    QStringLiteral("alias, merge, ignore, retype, list or remove."));
                p.addPositionalArgument(QStringLiteral("arguments"),
                    QStringLiteral("Entity names, a type or an id."), QStringLiteral("ARG..."));
                p.addOption({QStringLiteral("type"), QStringLiteral("Apply only to the entity of this type."),
                    QStringLiteral("T")});
            },
            runEntity}};
}

} // namespace Lagebild::Cli
