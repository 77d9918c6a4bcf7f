// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli tag, untag, tags, note, date, history: the analyst's hand work from the shell, on either
// backend.

#include "cli/command.h"
#include "store/articleeditor.h"

namespace Lagebild::Cli {

namespace {

int runTagging(QCommandLineParser &parser, bool add)
{
    QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usageError(parser, QStringLiteral("give an article id and at least one tag"));
    const qint64 id = parseId(args.takeFirst());
    if (!id)
        return usageError(parser, QStringLiteral("the first argument must be an article id"));
    auto editor = openEditor(parser);
    if (!editor)
        return Failure;
    auto result = add ? editor->addTags(id, args) : editor->removeTags(id, args);
    if (!result)
        return editFailed(result.error());
    auto tags = editor->tagsOf(id);
    out() << id << ": " << (tags ? tags->join(QLatin1String(", ")) : QString()) << Qt::endl;
    return Success;
}

int runNote(QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(parser, QStringLiteral("give an article id and the note (empty to remove it)"));
    const qint64 id = parseId(args.takeFirst());
    if (!id)
        return usageError(parser, QStringLiteral("the first argument must be an article id"));
    auto editor = openEditor(parser);
    if (!editor)
        return Failure;
    if (auto r = editor->setNote(id, args.join(QLatin1Char(' '))); !r)
        return editFailed(r.error());
    return Success;
}

/// `date ID DAY` sets the publication date by hand (a year, a month, a day or a timestamp),
/// `date ID --clear` removes it: the window's Edit → Publication Date, from the shell.
int runDate(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool clear = parser.isSet(QStringLiteral("clear"));
    if (args.size() != (clear ? 1 : 2))
        return usageError(
            parser, QStringLiteral("give an article id and a date (2025, 2025-10, 2025-10-14), or --clear"));
    const qint64 id = parseId(args.first());
    if (!id)
        return usageError(parser, QStringLiteral("the first argument must be an article id"));
    PublicationDate date;
    if (!clear) {
        date = PublicationDate::fromIsoString(args[1]);
        if (!date.isValid())
            return usageError(parser,
                QStringLiteral("\"%1\" is not a date such as 2025, 2025-10 or 2025-10-14").arg(args[1]));
        date.origin = DateOrigin::Manual;
    }
    auto editor = openEditor(parser);
    if (!editor)
        return Failure;
    if (auto r = editor->setPublished(id, date); !r)
        return editFailed(r.error());
    out() << id << ": " << (clear ? QStringLiteral("undated") : date.toIsoString())
          << "; the next `lagebild-cli analyze` (or a worker) reads its relative dates against it"
          << Qt::endl;
    return Success;
}

int runHistory(QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parseId(args.first()))
        return usageError(parser, QStringLiteral("give one article id"));
    auto editor = openEditor(parser);
    if (!editor)
        return Failure;
    auto edits = editor->history(parseId(args.first()));
    if (!edits) {
        err() << "lagebild-cli: " << edits.errorMessage() << Qt::endl;
        return Failure;
    }
    for (const ArticleEdit &edit : edits.value())
        out() << describeEdit(edit) << Qt::endl;
    return Success;
}

/// `tags` lists the corpus's tags; `tags rename FROM TO` renames one (or merges it into TO),
/// `tags delete TAG` removes one from every article: the filter panel's tag menu, from the shell.
int runTags(QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    const int wanted = action == QLatin1String("list") ? 0
        : action == QLatin1String("rename")            ? 2
        : action == QLatin1String("delete")            ? 1
                                                       : -1;
    if (wanted < 0)
        return usageError(
            parser, QStringLiteral("unknown action \"%1\"; give list, rename or delete").arg(action));
    if (args.size() != wanted) {
        return usageError(parser,
            action == QLatin1String("rename") ? QStringLiteral("tags rename takes the old and the new name")
                : action == QLatin1String("delete") ? QStringLiteral("tags delete takes one tag name")
                                                    : QStringLiteral("tags list takes no argument"));
    }
    auto editor = openEditor(parser);
    if (!editor)
        return Failure;
    if (action == QLatin1String("rename")) {
        if (auto r = editor->renameTag(args[0], args[1]); !r)
            return editFailed(r.error());
    } else if (action == QLatin1String("delete")) {
        if (auto r = editor->deleteTag(args[0]); !r)
            return editFailed(r.error());
    }
    auto tags = editor->allTags();
    if (!tags) {
        err() << "lagebild-cli: " << tags.errorMessage() << Qt::endl;
        return Failure;
    }
    for (const QString &tag : tags.value())
        out() << tag << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> tagCommands()
{
    auto configure = [](QCommandLineParser &p) {
        p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article id."));
        p.addPositionalArgument(QStringLiteral("tags"), QStringLiteral("Tags (quote tags with spaces)."),
            QStringLiteral("TAG..."));
    };
    return {{QStringLiteral("tag"), QStringLiteral("Add tags to an article."), configure,
                [](QCommandLineParser &p) { return runTagging(p, true); }},
        {QStringLiteral("untag"), QStringLiteral("Remove tags from an article."), configure,
            [](QCommandLineParser &p) { return runTagging(p, false); }},
        {QStringLiteral("tags"),
            QStringLiteral("List the tags; rename one (merging it into an existing one) or delete one "
                           "from every article."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("action"),
                    QStringLiteral("list (default), rename FROM TO, or delete TAG."),
                    QStringLiteral("[action]"));
                p.addPositionalArgument(QStringLiteral("names"),
                    QStringLiteral("The tag names (quote names with spaces)."), QStringLiteral("[NAME...]"));
            },
            runTags},
        {QStringLiteral("note"), QStringLiteral("Set an article's note (no text removes it)."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article id."));
                p.addPositionalArgument(
                    QStringLiteral("text"), QStringLiteral("The note."), QStringLiteral("TEXT..."));
            },
            runNote},
        {QStringLiteral("date"), QStringLiteral("Set an article's publication date by hand, or clear it."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article id."));
                p.addPositionalArgument(QStringLiteral("date"),
                    QStringLiteral("2025, 2025-10, 2025-10-14 or a timestamp."), QStringLiteral("[DATE]"));
                p.addOption({QStringLiteral("clear"), QStringLiteral("Remove the publication date.")});
            },
            runDate},
        {QStringLiteral("history"),
            QStringLiteral("Show who changed an article's tags, note, date, mentions or relations by "
                           "hand, and when."),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("id"), QStringLiteral("Article id."));
            },
            runHistory}};
}

} // namespace Lagebild::Cli
