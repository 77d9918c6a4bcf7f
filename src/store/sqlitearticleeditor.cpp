// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite backend of ArticleEditor: ArticleStore's hand work, which records the history itself
// (the window's undo commands edit through it as well, over the window's own store).

#include "store/articleeditor.h"

#include "store/articlestore.h"
#include "store/sqlite/transaction.h"
#include "store/transact.h"

namespace Lagebild {

namespace {

class SqliteArticleEditor final : public ArticleEditor
{
public:
    explicit SqliteArticleEditor(std::unique_ptr<ArticleStore> store)
        : m_owned(std::move(store)), m_store(m_owned.get())
    { }
    explicit SqliteArticleEditor(ArticleStore &store) : m_store(&store) { }

    QString location() const override { return m_store->path(); }
    Expected<void> addTags(ArticleId id, const QStringList &tags) override
    {
        return m_store->addTags(id, tags);
    }
    Expected<void> removeTags(ArticleId id, const QStringList &tags) override
    {
        return m_store->removeTags(id, tags);
    }
    Expected<QStringList> tagsOf(ArticleId id) override { return m_store->tagsOf(id); }
    Expected<void> setNote(ArticleId id, const QString &text) override { return m_store->setNote(id, text); }
    Expected<std::vector<ArticleEdit>> history(ArticleId id) override { return m_store->history(id); }
    Expected<void> setPublished(ArticleId id, const PublicationDate &date) override
    {
        return m_store->setPublished(id, date);
    }
    Expected<QStringList> allTags() override { return m_store->allTags(); }
    Expected<void> renameTag(const QString &from, const QString &to) override
    {
        if (auto known = requireTag(from); !known)
            return known;
        return m_store->renameTag(from, to);
    }
    Expected<void> deleteTag(const QString &tag) override
    {
        if (auto known = requireTag(tag); !known)
            return known;
        return m_store->deleteTag(tag);
    }
    Expected<std::vector<ArticleId>> articlesTagged(const QString &tag) override
    {
        return m_store->articlesTagged(tag.simplified());
    }
    Expected<std::optional<ArticleEdit>> lastEdit(
        ArticleId id, std::initializer_list<EditKind> kinds) override
    {
        return m_store->lastEdit(id, kinds);
    }
    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        return runInTransaction<Sqlite::Transaction>(m_store->database(), work);
    }
    Expected<QString> author() override { return localUserName(); }

private:
    /// ArticleStore renames or deletes a missing tag without a word; a name mistyped in the shell,
    /// or a tag the CLI removed while the window showed it, must say so. One writer per file, so no
    /// race.
    Expected<void> requireTag(const QString &tag)
    {
        auto known = m_store->allTags();
        if (!known)
            return known.error();
        if (!known->contains(tag.simplified(), Qt::CaseInsensitive))
            return Error {QStringLiteral("no tag “%1”").arg(tag.simplified()), ErrorKind::NotFound};
        return {};
    }

    std::unique_ptr<ArticleStore> m_owned; ///< empty when the store is borrowed
    ArticleStore *m_store;
};

} // namespace

std::unique_ptr<ArticleEditor> sqliteArticleEditor(std::unique_ptr<ArticleStore> store)
{
    return std::make_unique<SqliteArticleEditor>(std::move(store));
}

std::unique_ptr<ArticleEditor> sqliteArticleEditor(ArticleStore &store)
{
    return std::make_unique<SqliteArticleEditor>(store);
}

} // namespace Lagebild
