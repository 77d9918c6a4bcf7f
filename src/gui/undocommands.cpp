// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/undocommands.h"

#include "store/articleeditor.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Lagebild {

TagCommand::TagCommand(ArticleEditor &editor, QList<ArticleId> articles, QStringList tags, Mode mode,
    std::function<void(const QList<ArticleId> &)> changed)
    : m_editor(editor)
    , m_articles(std::move(articles))
    , m_tags(std::move(tags))
    , m_mode(mode)
    , m_changed(std::move(changed))
{
    const QString list = m_tags.join(QLatin1String(", "));
    setText(mode == Add ? QCoreApplication::translate(
                "TagCommand", "Tag %n article(s) with %1", nullptr, int(m_articles.size()))
                              .arg(list)
                        : QCoreApplication::translate(
                            "TagCommand", "Remove %1 from %n article(s)", nullptr, int(m_articles.size()))
                              .arg(list));
    if (m_articles.size() == 1)
        setArticle(m_articles.front());
}

void TagCommand::redoEdit()
{
    // One transaction for all articles: the step is stored whole or not at all. The tags each
    // article had are read in it the first time, not when the command is made: an edit that
    // waited for a team database is written later, and undo must restore what it replaced then.
    std::map<ArticleId, QStringList> before;
    bool read = false;
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        // A try the server rolled back for a conflict runs again (retryWhenBusy): read anew.
        before.clear();
        read = false;
        // All read before any is written: an article listed twice keeps what it had.
        for (const ArticleId id : std::as_const(m_articles)) {
            if (m_beforeRead || before.count(id))
                continue;
            auto had = m_editor.tagsOf(id);
            if (!had)
                return had.error();
            before[id] = had.value();
        }
        read = true;
        for (const ArticleId id : std::as_const(m_articles)) {
            auto r = m_mode == Add ? m_editor.addTags(id, m_tags) : m_editor.removeTags(id, m_tags);
            if (!r)
                return r;
        }
        return {};
    });
    if (read && !m_beforeRead && keepsWhatItRead(result)) {
        m_before = std::move(before);
        m_beforeRead = true;
    }
    finish(Step::Redo, result);
}

void TagCommand::undoEdit()
{
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        for (const ArticleId id : std::as_const(m_articles)) {
            const QStringList before = m_before[id];
            auto now = m_editor.tagsOf(id);
            if (!now)
                return now.error();
            QStringList added, removed;
            for (const QString &t : now.value())
                if (!before.contains(t, Qt::CaseInsensitive))
                    added.append(t);
            for (const QString &t : before)
                if (!now->contains(t, Qt::CaseInsensitive))
                    removed.append(t);
            if (auto r = m_editor.removeTags(id, added); !r)
                return r;
            if (auto r = m_editor.addTags(id, removed); !r)
                return r;
        }
        return {};
    });
    finish(Step::Undo, result);
}

NoteCommand::NoteCommand(ArticleEditor &editor, ArticleId article, QString before, QString after,
    std::function<void(ArticleId)> changed)
    : m_editor(editor)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("NoteCommand", "Edit note"));
    setArticle(m_article);
}

void NoteCommand::write(const QString &text, Step step)
{
    finish(step, m_editor.setNote(m_article, text));
}

void NoteCommand::redoEdit()
{
    write(m_after, Step::Redo);
}

void NoteCommand::undoEdit()
{
    write(m_before, Step::Undo);
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NoteCommand *>(other);
    // QUndoStack offers a command for merging before it drops one whose write failed.
    if (next->m_article != m_article || next->failed() || failed())
        return false;
    // The next edit did not start from this one's text: someone else wrote the note in between,
    // and one merged step would skip their text on undo.
    if (next->m_before != m_after)
        return false;
    m_after = next->m_after;
    return true;
}

RenameTagCommand::RenameTagCommand(
    ArticleEditor &editor, QString from, QString to, std::function<void(const QList<ArticleId> &)> changed)
    : m_editor(editor), m_from(std::move(from)), m_to(std::move(to)), m_changed(std::move(changed))
{
    // The text only; what undo needs is read when the rename is written (redoEdit).
    const auto known = m_editor.allTags();
    describe(known && mergesInto(known.value()));
}

bool RenameTagCommand::mergesInto(const QStringList &known) const
{
    return known.contains(m_to, Qt::CaseInsensitive) && m_from.compare(m_to, Qt::CaseInsensitive) != 0;
}

void RenameTagCommand::describe(bool merge)
{
    setText(merge ? QCoreApplication::translate("RenameTagCommand", "Merge tag %1 into %2").arg(m_from, m_to)
                  : QCoreApplication::translate("RenameTagCommand", "Rename tag %1 to %2").arg(m_from, m_to));
}

void RenameTagCommand::redoEdit()
{
    // Who had which tag is read in the rename's transaction the first time (not when the command
    // was made: an edit that waited for a team database is written later); a redo after undo
    // finds the same again.
    QList<ArticleId> hadFrom, hadTo;
    bool merge = false, read = false;
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        if (!m_read) {
            auto from = m_editor.articlesTagged(m_from);
            auto to = m_editor.articlesTagged(m_to);
            auto known = m_editor.allTags();
            if (!from)
                return from.error();
            if (!to)
                return to.error();
            if (!known)
                return known.error();
            hadFrom = QList<ArticleId>(from->begin(), from->end());
            hadTo = QList<ArticleId>(to->begin(), to->end());
            merge = mergesInto(known.value());
            read = true;
        }
        auto renamed = m_editor.renameTag(m_from, m_to);
        // Written again after a lost answer: the first try renamed it.
        if (!renamed && renamed.error().kind == ErrorKind::NotFound && mayBeStoredAlready())
            return {};
        return renamed;
    });
    if (read && keepsWhatItRead(result)) {
        m_hadFrom = std::move(hadFrom);
        m_hadTo = std::move(hadTo);
        m_merge = merge;
        m_read = true;
        // What the server had at the write decides between a rename and a merge.
        describe(m_merge);
    }
    finish(Step::Redo, result);
}

void RenameTagCommand::undoEdit()
{
    if (!m_merge) {
        finish(Step::Undo, m_editor.renameTag(m_to, m_from));
    } else {
        const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
            for (ArticleId id : std::as_const(m_hadFrom)) {
                if (auto r = m_editor.addTags(id, {m_from}); !r)
                    return r;
                if (m_hadTo.contains(id))
                    continue;
                if (auto r = m_editor.removeTags(id, {m_to}); !r)
                    return r;
            }
            return {};
        });
        finish(Step::Undo, result);
    }
}

DeleteTagCommand::DeleteTagCommand(
    ArticleEditor &editor, QString tag, std::function<void(const QList<ArticleId> &)> changed)
    : m_editor(editor), m_tag(std::move(tag)), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("DeleteTagCommand", "Delete tag %1").arg(m_tag));
}

void DeleteTagCommand::redoEdit()
{
    // The tagged articles are read in the deletion's transaction (see RenameTagCommand).
    QList<ArticleId> had;
    bool read = false;
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        if (!m_read) {
            auto tagged = m_editor.articlesTagged(m_tag);
            if (!tagged)
                return tagged.error();
            had = QList<ArticleId>(tagged->begin(), tagged->end());
            read = true;
        }
        auto deleted = m_editor.deleteTag(m_tag);
        // Written again after a lost answer: the first try deleted it.
        if (!deleted && deleted.error().kind == ErrorKind::NotFound && mayBeStoredAlready())
            return {};
        return deleted;
    });
    if (read && keepsWhatItRead(result)) {
        m_articles = std::move(had);
        m_read = true;
    }
    finish(Step::Redo, result);
}

void DeleteTagCommand::undoEdit()
{
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        for (ArticleId id : std::as_const(m_articles)) {
            if (auto r = m_editor.addTags(id, {m_tag}); !r)
                return r;
        }
        return {};
    });
    finish(Step::Undo, result);
}

PublicationDateCommand::PublicationDateCommand(ArticleEditor &editor, ArticleId article,
    PublicationDate before, PublicationDate after, std::function<void(ArticleId)> changed)
    : m_editor(editor)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("PublicationDateCommand", "Set publication date"));
    setArticle(m_article);
}

void PublicationDateCommand::write(const PublicationDate &date, Step step)
{
    finish(step, m_editor.setPublished(m_article, date));
}

void PublicationDateCommand::redoEdit()
{
    write(m_after, Step::Redo);
}

void PublicationDateCommand::undoEdit()
{
    write(m_before, Step::Undo);
}

namespace {

QJsonArray idsToJson(const QList<ArticleId> &ids)
{
    QJsonArray array;
    for (const ArticleId id : ids)
        array.append(QString::number(id));
    return array;
}

QList<ArticleId> idsFromJson(const QJsonValue &value)
{
    QList<ArticleId> ids;
    for (const QJsonValue &id : value.toArray()) {
        const ArticleId number = id.toString().toLongLong();
        if (number > 0)
            ids.append(number);
    }
    return ids;
}

QJsonObject dateToJson(const PublicationDate &date)
{
    return {{QStringLiteral("iso"), date.toIsoString()}, {QStringLiteral("origin"), originName(date.origin)},
        {QStringLiteral("uncertain"), date.uncertain}};
}

PublicationDate dateFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PublicationDate date = PublicationDate::fromIsoString(object.value(QStringLiteral("iso")).toString());
    if (date.isValid()) {
        date.origin = originFromName(object.value(QStringLiteral("origin")).toString());
        date.uncertain = object.value(QStringLiteral("uncertain")).toBool();
    } else {
        date = {};
    }
    return date;
}

} // namespace

QJsonObject TagCommand::journalEntry() const
{
    QJsonObject entry {{QStringLiteral("kind"), QStringLiteral("tags")},
        {QStringLiteral("mode"), m_mode == Add ? QStringLiteral("add") : QStringLiteral("remove")},
        {QStringLiteral("articles"), idsToJson(m_articles)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(m_tags)}};
    // What the first try read, for undo: read again, it would hold that try's rows.
    if (m_beforeRead) {
        QJsonObject before;
        for (const auto &[id, tags] : m_before)
            before.insert(QString::number(id), QJsonArray::fromStringList(tags));
        entry.insert(QStringLiteral("before"), before);
    }
    return entry;
}

QJsonObject RenameTagCommand::journalEntry() const
{
    QJsonObject entry {{QStringLiteral("kind"), QStringLiteral("renameTag")},
        {QStringLiteral("from"), m_from}, {QStringLiteral("to"), m_to}, {QStringLiteral("text"), text()}};
    // Who had which tag, as the first try read it: read again, it would find that try's rows.
    if (m_read) {
        entry.insert(QStringLiteral("merge"), m_merge);
        entry.insert(QStringLiteral("hadFrom"), idsToJson(m_hadFrom));
        entry.insert(QStringLiteral("hadTo"), idsToJson(m_hadTo));
    }
    return entry;
}

QJsonObject DeleteTagCommand::journalEntry() const
{
    QJsonObject entry {{QStringLiteral("kind"), QStringLiteral("deleteTag")}, {QStringLiteral("tag"), m_tag}};
    if (m_read)
        entry.insert(QStringLiteral("articles"), idsToJson(m_articles));
    return entry;
}

QJsonObject NoteCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("note")},
        {QStringLiteral("article"), QString::number(m_article)}, {QStringLiteral("before"), m_before},
        {QStringLiteral("after"), m_after}};
}

QJsonObject PublicationDateCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("date")},
        {QStringLiteral("article"), QString::number(m_article)},
        {QStringLiteral("before"), dateToJson(m_before)}, {QStringLiteral("after"), dateToJson(m_after)}};
}

EditCommand *journalledArticleEdit(
    ArticleEditor &editor, const QJsonObject &edit, std::function<void(const QList<ArticleId> &)> changed)
{
    const QString kind = edit.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("tags")) {
        const QList<ArticleId> articles = idsFromJson(edit.value(QStringLiteral("articles")));
        QStringList tags;
        for (const QJsonValue &tag : edit.value(QStringLiteral("tags")).toArray())
            if (!tag.toString().isEmpty())
                tags.append(tag.toString());
        const QString mode = edit.value(QStringLiteral("mode")).toString();
        if (articles.isEmpty() || tags.isEmpty()
            || (mode != QLatin1String("add") && mode != QLatin1String("remove")))
            return nullptr;
        auto *command = new TagCommand(editor, articles, tags,
            mode == QLatin1String("add") ? TagCommand::Add : TagCommand::Remove, std::move(changed));
        if (edit.contains(QStringLiteral("before"))) {
            const QJsonObject before = edit.value(QStringLiteral("before")).toObject();
            for (auto it = before.begin(); it != before.end(); ++it) {
                QStringList had;
                for (const QJsonValue &tag : it.value().toArray())
                    had.append(tag.toString());
                command->m_before[it.key().toLongLong()] = had;
            }
            command->m_beforeRead = true;
        }
        return command;
    }
    if (kind == QLatin1String("renameTag")) {
        const QString from = edit.value(QStringLiteral("from")).toString();
        const QString to = edit.value(QStringLiteral("to")).toString();
        if (from.isEmpty() || to.isEmpty())
            return nullptr;
        auto *command = new RenameTagCommand(editor, from, to, std::move(changed));
        // Its text as the analyst saw it (the constructor asks the server, which may be away).
        if (const QString text = edit.value(QStringLiteral("text")).toString(); !text.isEmpty())
            command->setText(text);
        if (edit.contains(QStringLiteral("hadFrom"))) {
            command->m_merge = edit.value(QStringLiteral("merge")).toBool();
            command->m_hadFrom = idsFromJson(edit.value(QStringLiteral("hadFrom")));
            command->m_hadTo = idsFromJson(edit.value(QStringLiteral("hadTo")));
            command->m_read = true;
        }
        return command;
    }
    if (kind == QLatin1String("deleteTag")) {
        const QString tag = edit.value(QStringLiteral("tag")).toString();
        if (tag.isEmpty())
            return nullptr;
        auto *command = new DeleteTagCommand(editor, tag, std::move(changed));
        if (edit.contains(QStringLiteral("articles"))) {
            command->m_articles = idsFromJson(edit.value(QStringLiteral("articles")));
            command->m_read = true;
        }
        return command;
    }
    const ArticleId article = edit.value(QStringLiteral("article")).toString().toLongLong();
    if (article <= 0)
        return nullptr;
    auto changedOne = [changed = std::move(changed)](ArticleId id) { changed({id}); };
    if (kind == QLatin1String("note"))
        return new NoteCommand(editor, article, edit.value(QStringLiteral("before")).toString(),
            edit.value(QStringLiteral("after")).toString(), std::move(changedOne));
    if (kind == QLatin1String("date"))
        return new PublicationDateCommand(editor, article, dateFromJson(edit.value(QStringLiteral("before"))),
            dateFromJson(edit.value(QStringLiteral("after"))), std::move(changedOne));
    return nullptr;
}

} // namespace Lagebild
