// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite backend of ArticleEditor: ArticleStore's hand work, which records the history itself
// (the window's edits go through ArticleStore directly and are recorded the same way).

#include "store/articleeditor.h"

#include "store/articlestore.h"

namespace Lagebild {

namespace {

class SqliteArticleEditor final : public ArticleEditor
{
public:
    explicit SqliteArticleEditor(std::unique_ptr<ArticleStore> store) : m_store(std::move(store)) { }

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

private:
    std::unique_ptr<ArticleStore> m_store;
};

} // namespace

std::unique_ptr<ArticleEditor> sqliteArticleEditor(std::unique_ptr<ArticleStore> store)
{
    return std::make_unique<SqliteArticleEditor>(std::move(store));
}

} // namespace Lagebild
