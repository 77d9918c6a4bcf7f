// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli relation: the analyst's verdicts on the relations the analysis found.

#include "cli/command.h"
#include "core/relationtypes.h"
#include "store/relationrepository.h"
#include "store/sqlreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lagebild::Cli {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject relationToJson(const RelationRow &r)
{
    return QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("article"), r.article},
        {QStringLiteral("type"), r.type}, {QStringLiteral("source"), r.source},
        {QStringLiteral("source_type"), r.sourceType}, {QStringLiteral("target"), r.target},
        {QStringLiteral("target_type"), r.targetType},
        {QStringLiteral("verdict"), relationVerdictName(r.verdict)},
        {QStringLiteral("confidence"), r.confidence ? QJsonValue(*r.confidence) : QJsonValue()},
        {QStringLiteral("corrects"), r.corrects ? QJsonValue(r.corrects) : QJsonValue()},
        {QStringLiteral("attributed_to"), orNull(r.attributedTo)}, {QStringLiteral("sentence"), r.sentence}};
}

// "supplies: TSMC → Huawei" with its standing, and the sentence below it.
void printRelation(const RelationRow &r)
{
    const QString standing = r.verdict != RelationVerdict::Unreviewed ? relationVerdictName(r.verdict)
        : r.confidence                                                ? QString::number(*r.confidence, 'f', 2)
                                                                      : QStringLiteral("?");
    out() << QStringLiteral("%1  article %2  %3  %4\n    %5\n")
                 .arg(r.id, 5)
                 .arg(r.article, -5)
                 .arg(standing, -10)
                 .arg(relationEventLabel(r.type, r.source, r.target), r.sentence);
}

// An end of a corrected relation, named as `entities` lists it: among the article's entities,
// the canonical name as written, else without regard to case.
Expected<qint64> entityNamed(
    const std::vector<std::tuple<qint64, QString, QString>> &entities, const QString &name)
{
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        std::vector<qint64> found;
        for (const auto &[id, canonical, type] : entities) {
            if (canonical.compare(name.simplified(), sensitivity) == 0)
                found.push_back(id);
        }
        if (found.size() == 1)
            return found.front();
        if (found.size() > 1)
            return Error {QStringLiteral("\"%1\" names entities of several types in this article").arg(name)};
    }
    return Error {QStringLiteral("the article mentions no entity \"%1\" (`relation list --article N` and "
                                 "`entities` show the names)")
                      .arg(name)};
}

int fail(const QString &message)
{
    err() << "lagebild-cli: " << message << Qt::endl;
    return Failure;
}

int runList(QCommandLineParser &parser, RelationRepository &relations)
{
    RelationListOptions options;
    if (parser.isSet(QStringLiteral("article"))) {
        options.article = parseId(parser.value(QStringLiteral("article")));
        if (!options.article)
            return usageError(parser, QStringLiteral("--article takes an article id"));
    }
    if (parser.isSet(QStringLiteral("verdict"))) {
        const QString name = parser.value(QStringLiteral("verdict"));
        for (auto v : {RelationVerdict::Unreviewed, RelationVerdict::Confirmed, RelationVerdict::Rejected}) {
            if (relationVerdictName(v) == name)
                options.verdict = v;
        }
        if (!options.verdict)
            return usageError(parser, QStringLiteral("--verdict takes unreviewed, confirmed or rejected"));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        options.limit = parser.value(QStringLiteral("limit")).toInt();
        if (options.limit <= 0)
            return usageError(parser, QStringLiteral("--limit takes a positive number"));
    }
    auto rows = relations.relations(options);
    if (!rows)
        return fail(rows.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RelationRow &r : rows.value())
            array.append(relationToJson(r));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    for (const RelationRow &r : rows.value())
        printRelation(r);
    if (rows->empty())
        out() << "no relations; run `lagebild-cli analyze`\n";
    out().flush();
    return Success;
}

int runRelation(QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(parser, QStringLiteral("give an action: list, confirm, reject, correct or reset"));
    const QString action = args.takeFirst();
    const bool known = action == QLatin1String("list") || action == QLatin1String("confirm")
        || action == QLatin1String("reject") || action == QLatin1String("correct")
        || action == QLatin1String("reset");
    if (!known)
        return usageError(parser, QStringLiteral("unknown action \"%1\"").arg(action));
    if (action != QLatin1String("list") && (args.size() != 1 || !parseId(args.first())))
        return usageError(
            parser, QStringLiteral("relation %1 takes the id shown by `relation list`").arg(action));
    const QString type = parser.value(QStringLiteral("type"));
    if (!type.isEmpty() && !relationTypeFromName(type))
        return usageError(
            parser, QStringLiteral("unknown relation type \"%1\" (supplies, partners_with, …)").arg(type));
    const bool changes = parser.isSet(QStringLiteral("type")) || parser.isSet(QStringLiteral("source"))
        || parser.isSet(QStringLiteral("target")) || parser.isSet(QStringLiteral("swap"));
    if (action == QLatin1String("correct") && !changes)
        return usageError(
            parser, QStringLiteral("relation correct takes --type, --source, --target or --swap"));
    auto sql = openSqlWriter(parser);
    if (!sql)
        return Failure;
    RelationRepository relations(*sql);
    if (action == QLatin1String("list"))
        return runList(parser, relations);

    const qint64 id = parseId(args.first());
    auto found = relations.relation(id);
    if (!found)
        return fail(found.errorMessage());
    if (!found->has_value())
        return fail(QStringLiteral("no relation with id %1").arg(id));
    const RelationRow original = **found;
    qint64 shown = id;
    // The change and its row of history in one transaction, on either backend.
    auto done = sql->transact([&]() -> Expected<void> {
        if (action == QLatin1String("confirm") || action == QLatin1String("reject")) {
            auto set = relations.setVerdict(id,
                action == QLatin1String("confirm") ? RelationVerdict::Confirmed : RelationVerdict::Rejected);
            if (!set)
                return set.error();
            return {};
        }
        if (action == QLatin1String("reset")) {
            shown = 0;
            return relations.reset(id);
        }
        auto entities = relations.articleEntities(original.article);
        if (!entities)
            return entities.error();
        qint64 source = original.sourceId, target = original.targetId;
        for (const auto &[option, end] :
            {std::pair {QStringLiteral("source"), &source}, std::pair {QStringLiteral("target"), &target}}) {
            if (!parser.isSet(option))
                continue;
            auto named = entityNamed(entities.value(), parser.value(option));
            if (!named)
                return named.error();
            *end = named.value();
        }
        if (parser.isSet(QStringLiteral("swap")))
            std::swap(source, target);
        auto corrected = relations.correct(id, type.isEmpty() ? original.type : type, source, target);
        if (!corrected)
            return corrected.error();
        shown = corrected.value();
        return {};
    });
    if (!done)
        return fail(done.errorMessage());
    if (!shown) {
        out() << "relation " << id << " is the analysis' own again; the next `lagebild-cli analyze` may "
              << "replace it" << Qt::endl;
        return Success;
    }
    if (auto now = relations.relation(shown); now && now->has_value())
        printRelation(**now);
    out().flush();
    return Success;
}

} // namespace

std::vector<Command> relationCommands()
{
    return {{QStringLiteral("relation"),
        QStringLiteral("Review relations: list; confirm ID; reject ID; correct ID [--type T] [--source NAME] "
                       "[--target NAME] [--swap]; reset ID."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(
                QStringLiteral("action"), QStringLiteral("list, confirm, reject, correct or reset."));
            p.addPositionalArgument(QStringLiteral("id"),
                QStringLiteral("The relation's id (from `relation list`)."), QStringLiteral("[ID]"));
            p.addOption({QStringLiteral("article"), QStringLiteral("list: only this article's relations."),
                QStringLiteral("ID")});
            p.addOption({QStringLiteral("verdict"),
                QStringLiteral("list: only unreviewed, confirmed or rejected relations."),
                QStringLiteral("V")});
            p.addOption(
                {QStringLiteral("limit"), QStringLiteral("list: at most N relations."), QStringLiteral("N")});
            p.addOption({QStringLiteral("json"), QStringLiteral("list: print JSON.")});
            p.addOption({QStringLiteral("type"),
                QStringLiteral(
                    "correct: the relation type the sentence states (supplies, partners_with, …)."),
                QStringLiteral("T")});
            p.addOption({QStringLiteral("source"),
                QStringLiteral("correct: who acts, an entity the article mentions."),
                QStringLiteral("NAME")});
            p.addOption({QStringLiteral("target"),
                QStringLiteral("correct: on or with whom, an entity the article mentions."),
                QStringLiteral("NAME")});
            p.addOption({QStringLiteral("swap"), QStringLiteral("correct: turn the direction round.")});
        },
        runRelation}};
}

} // namespace Lagebild::Cli
