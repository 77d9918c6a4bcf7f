#include "gui/undocommands.h"

#include "core/logging.h"
#include "store/articlestore.h"

#include <QCoreApplication>

namespace Lagebild {

TagCommand::TagCommand(ArticleStore &store, QList<ArticleId> articles, QStringList tags, Mode mode,
    std::function<void(const QList<ArticleId> &)> changed)
    : m_store(store)
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
    for (const ArticleId id : std::as_const(m_articles)) {
        if (auto before = m_store.tagsOf(id))
            m_before[id] = before.value();
    }
}

void TagCommand::redo()
{
    m_error.clear();
    for (const ArticleId id : std::as_const(m_articles)) {
        auto r = m_mode == Add ? m_store.addTags(id, m_tags) : m_store.removeTags(id, m_tags);
        if (!r)
            m_error = r.errorMessage();
    }
    if (!m_error.isEmpty())
        qCWarning(lcGui) << "tagging failed:" << m_error;
    m_changed(m_articles);
}

void TagCommand::undo()
{
    for (const ArticleId id : std::as_const(m_articles)) {
        const QStringList before = m_before[id];
        auto now = m_store.tagsOf(id);
        if (!now)
            continue;
        QStringList added, removed;
        for (const QString &t : now.value())
            if (!before.contains(t, Qt::CaseInsensitive))
                added.append(t);
        for (const QString &t : before)
            if (!now->contains(t, Qt::CaseInsensitive))
                removed.append(t);
        (void)m_store.removeTags(id, added);
        (void)m_store.addTags(id, removed);
    }
    m_changed(m_articles);
}

NoteCommand::NoteCommand(ArticleStore &store, ArticleId article, QString before, QString after,
    std::function<void(ArticleId)> changed)
    : m_store(store)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("NoteCommand", "Edit note"));
}

void NoteCommand::write(const QString &text)
{
    if (auto r = m_store.setNote(m_article, text); !r)
        qCWarning(lcGui) << "saving the note failed:" << r.errorMessage();
    m_changed(m_article);
}

void NoteCommand::redo()
{
    write(m_after);
}

void NoteCommand::undo()
{
    write(m_before);
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NoteCommand *>(other);
    if (next->m_article != m_article)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Lagebild
