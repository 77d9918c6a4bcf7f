// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/undocommands.h"

#include "store/articleeditor.h"

#include <QCoreApplication>

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
    for (const ArticleId id : std::as_const(m_articles)) {
        if (auto before = m_editor.tagsOf(id))
            m_before[id] = before.value();
    }
}

void TagCommand::redo()
{
    // One transaction for all articles: the step is stored whole or not at all.
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        for (const ArticleId id : std::as_const(m_articles)) {
            auto r = m_mode == Add ? m_editor.addTags(id, m_tags) : m_editor.removeTags(id, m_tags);
            if (!r)
                return r;
        }
        return {};
    });
    finish(Step::Redo, result);
    m_changed(m_articles);
}

void TagCommand::undo()
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
    m_changed(m_articles);
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
    m_changed(m_article);
}

void NoteCommand::redo()
{
    write(m_after, Step::Redo);
}

void NoteCommand::undo()
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

namespace {

QList<ArticleId> tagged(ArticleEditor &editor, const QString &tag)
{
    QList<ArticleId> ids;
    if (auto list = editor.articlesTagged(tag)) {
        for (ArticleId id : list.value())
            ids.append(id);
    }
    return ids;
}

} // namespace

RenameTagCommand::RenameTagCommand(
    ArticleEditor &editor, QString from, QString to, std::function<void(const QList<ArticleId> &)> changed)
    : m_editor(editor), m_from(std::move(from)), m_to(std::move(to)), m_changed(std::move(changed))
{
    m_hadFrom = tagged(m_editor, m_from);
    m_hadTo = tagged(m_editor, m_to);
    const auto known = m_editor.allTags();
    m_merge = known && known->contains(m_to, Qt::CaseInsensitive)
        && m_from.compare(m_to, Qt::CaseInsensitive) != 0;
    setText(m_merge
            ? QCoreApplication::translate("RenameTagCommand", "Merge tag %1 into %2").arg(m_from, m_to)
            : QCoreApplication::translate("RenameTagCommand", "Rename tag %1 to %2").arg(m_from, m_to));
}

void RenameTagCommand::redo()
{
    finish(Step::Redo, m_editor.renameTag(m_from, m_to));
    m_changed(m_hadFrom + m_hadTo);
}

void RenameTagCommand::undo()
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
    m_changed(m_hadFrom + m_hadTo);
}

DeleteTagCommand::DeleteTagCommand(
    ArticleEditor &editor, QString tag, std::function<void(const QList<ArticleId> &)> changed)
    : m_editor(editor), m_tag(std::move(tag)), m_changed(std::move(changed))
{
    m_articles = tagged(m_editor, m_tag);
    setText(QCoreApplication::translate("DeleteTagCommand", "Delete tag %1").arg(m_tag));
}

void DeleteTagCommand::redo()
{
    finish(Step::Redo, m_editor.deleteTag(m_tag));
    m_changed(m_articles);
}

void DeleteTagCommand::undo()
{
    const Expected<void> result = m_editor.transact([&]() -> Expected<void> {
        for (ArticleId id : std::as_const(m_articles)) {
            if (auto r = m_editor.addTags(id, {m_tag}); !r)
                return r;
        }
        return {};
    });
    finish(Step::Undo, result);
    m_changed(m_articles);
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
    m_changed(m_article);
}

void PublicationDateCommand::redo()
{
    write(m_after, Step::Redo);
}

void PublicationDateCommand::undo()
{
    write(m_before, Step::Undo);
}

} // namespace Lagebild
