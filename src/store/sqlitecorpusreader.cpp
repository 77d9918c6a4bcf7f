// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/corpusreader.h"

namespace Lagebild {

namespace {

// ArticleStore's own reading, unchanged, behind the interface.
class SqliteCorpusReader final : public CorpusReader
{
public:
    explicit SqliteCorpusReader(std::unique_ptr<ArticleStore> store)
        : m_owned(std::move(store)), m_store(m_owned.get())
    { }
    explicit SqliteCorpusReader(ArticleStore &store) : m_store(&store) { }

    [[nodiscard]] QString location() const override { return m_store->path(); }
    Expected<StoreStatistics> statistics() override { return m_store->statistics(); }
    Expected<std::vector<SearchHit>> search(const QString &userQuery, int limit) override
    {
        return m_store->search(userQuery, limit);
    }
    Expected<std::vector<ArticleSummary>> listArticles(int limit) override
    {
        return m_store->listArticles(limit);
    }
    Expected<std::optional<Article>> article(ArticleId id) override { return m_store->article(id); }

private:
    std::unique_ptr<ArticleStore> m_owned;
    ArticleStore *m_store;
};

} // namespace

std::unique_ptr<CorpusReader> sqliteCorpusReader(std::unique_ptr<ArticleStore> store)
{
    return std::make_unique<SqliteCorpusReader>(std::move(store));
}

std::unique_ptr<CorpusReader> sqliteCorpusReader(ArticleStore &store)
{
    return std::make_unique<SqliteCorpusReader>(store);
}

} // namespace Lagebild
