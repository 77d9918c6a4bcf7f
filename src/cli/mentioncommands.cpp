// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli mention: the reader pane's corrections of an article's mentions, from the shell and
// on either backend.

#include "cli/command.h"
#include "core/entitytypes.h"
#include "store/analysiswriter.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
#include "store/sqlreader.h"

namespace Lagebild::Cli {

namespace {

int fail(const QString &message)
{
    err() << "lagebild-cli: " << message << Qt::endl;
    return Failure;
}

// "  120-127  COMPANY  Nvidia → Nvidia Corporation  (by hand)": the offsets are those `mark`,
// `remove` and `reset` take (UTF-16 code units, as the reader pane counts).
void printMention(const StoredMention &m, const QString &standing)
{
    QString line = QStringLiteral("%1-%2  %3  %4").arg(m.start).arg(m.end).arg(m.type, m.text.simplified());
    if (!m.canonical.isEmpty() && m.canonical != m.text.simplified())
        line += QStringLiteral(" → ") + m.canonical;
    if (!m.value.isEmpty())
        line += QStringLiteral(" = ") + m.value + (m.unit.isEmpty() ? QString() : QLatin1Char(' ') + m.unit);
    if (!m.norm.isEmpty())
        line += QStringLiteral(" = ") + m.norm;
    if (!standing.isEmpty())
        line += QStringLiteral("  (") + standing + QLatin1Char(')');
    out() << line << '\n';
}

int runList(SqlWriter &sql, ArticleId article)
{
    auto active = articleMentions(sql, article);
    if (!active)
        return fail(active.errorMessage());
    auto removed = MentionCorrections(sql).removedMentions(article);
    if (!removed)
        return fail(removed.errorMessage());
    for (const StoredMention &m : active.value())
        printMention(m, m.manual ? QStringLiteral("by hand") : QString());
    for (const StoredMention &m : removed.value())
        printMention(m, QStringLiteral("removed by hand"));
    out().flush();
    return Success;
}

/// The article's text, or an error naming what is missing.
Expected<QString> articleBody(SqlReader &sql, ArticleId article)
{
    std::optional<QString> body;
    if (auto r = sql.forEachRow(QStringLiteral("SELECT body FROM articles WHERE id = ?1"), {article},
            [&](const SqlRow &row) { body = row.text(0); });
        !r)
        return r.error();
    if (!body)
        return Error {QStringLiteral("no article with id %1").arg(article), ErrorKind::NotFound};
    return *body;
}

int runMention(QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const int wanted = action == QLatin1String("list")                          ? 1
        : action == QLatin1String("mark")                                       ? 4
        : action == QLatin1String("remove") || action == QLatin1String("reset") ? 3
                                                                                : -1;
    if (wanted < 0)
        return usageError(parser, QStringLiteral("give an action: list, mark, remove or reset"));
    if (args.size() != wanted) {
        return usageError(parser,
            action == QLatin1String("list") ? QStringLiteral("mention list takes an article id")
                : action == QLatin1String("mark")
                ? QStringLiteral("mention mark takes an article id, the start "
                                 "and end offsets and a type")
                : QStringLiteral("mention %1 takes an article id and the start "
                                 "and end offsets `mention list` shows")
                      .arg(action));
    }
    const ArticleId article = parseId(args[0]);
    if (!article)
        return usageError(parser, QStringLiteral("the first argument must be an article id"));
    int start = 0, end = 0;
    if (wanted >= 3) {
        bool startOk = false, endOk = false;
        start = args[1].toInt(&startOk);
        end = args[2].toInt(&endOk);
        if (!startOk || !endOk || start < 0 || end <= start)
            return usageError(
                parser, QStringLiteral("give the start and end offsets, the end after the start"));
    }
    QString type;
    if (action == QLatin1String("mark")) {
        type = args[3].toUpper();
        if (!entityTypes().contains(type))
            return usageError(parser,
                QStringLiteral("unknown type \"%1\" (%2)")
                    .arg(args[3], entityTypes().join(QStringLiteral(", "))));
        // A quantity's value and a date's day are read by the window's Mark as…, not here.
        if (!typeHasEntity(type))
            return usageError(parser, QStringLiteral("mark quantities and dates in the window"));
    }

    auto sql = openSqlWriter(parser);
    if (!sql)
        return Failure;
    if (action == QLatin1String("list")) {
        if (auto body = articleBody(*sql, article); !body)
            return fail(body.errorMessage());
        return runList(*sql, article);
    }
    MentionCorrections corrections(*sql);
    if (action == QLatin1String("reset")) {
        auto taken = corrections.reset(article, start, end);
        if (!taken)
            return editFailed(taken.error());
        out() << "the analysis decides about " << start << '-' << end
              << " again; the next `lagebild-cli analyze` (or a worker) finds what it finds there"
              << Qt::endl;
        return Success;
    }

    auto body = articleBody(*sql, article);
    if (!body)
        return editFailed(body.error());
    if (end > body->size())
        return editFailed(
            Error {QStringLiteral("article %1 has only %2 characters").arg(article).arg(body->size())});
    auto current = articleMentionAt(*sql, article, start, end);
    if (!current)
        return editFailed(current.error());
    std::optional<StoredMention> after;
    if (action == QLatin1String("mark")) {
        StoredMention m;
        m.manual = true;
        m.start = start;
        m.end = end;
        m.type = type;
        m.text = body->mid(start, end - start);
        m.canonical = parser.isSet(QStringLiteral("canonical"))
            ? parser.value(QStringLiteral("canonical")).simplified()
            : current->has_value() && (**current).type == type ? (**current).canonical
                                                               : m.text.simplified();
        after = m;
    } else if (!current->has_value()) {
        return editFailed(
            Error {QStringLiteral("article %1 has no mention at %2-%3").arg(article).arg(start).arg(end),
                ErrorKind::NotFound});
    }
    auto done = corrections.replace(article, *current, after);
    if (!done)
        return editFailed(done.error());
    return runList(*sql, article);
}

} // namespace

std::vector<Command> mentionCommands()
{
    return {{QStringLiteral("mention"),
        QStringLiteral("List an article's mentions; mark one by hand, remove one, or give one back to "
                       "the analysis."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("action"),
                QStringLiteral(
                    "list ID, mark ID START END TYPE, remove ID START END, or reset ID START END."));
            p.addPositionalArgument(QStringLiteral("arguments"),
                QStringLiteral("The article id, the offsets `mention list` shows, the type."),
                QStringLiteral("[ARG...]"));
            p.addOption({QStringLiteral("canonical"),
                QStringLiteral("mark: the entity's name (default: the one stored there, else the text)."),
                QStringLiteral("name")});
        },
        runMention}};
}

} // namespace Lagebild::Cli
