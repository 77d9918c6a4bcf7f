// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite backend of ImportTarget: ArticleStore's import statements, a transaction per batch
// and a savepoint per file, with the search index written once per batch (schema 0010).

#include "store/importtarget.h"

#include "store/articlestore.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlite/transaction.h"

#include <algorithm>
#include <optional>

#include <sqlite3.h>

namespace Lagebild {

namespace {

class SqliteImportTarget final : public ImportTarget
{
public:
    explicit SqliteImportTarget(ArticleStore &store) : m_store(store) { }

    QString location() const override { return m_store.path(); }
    bool wantsPackedTextAndTokens() const override { return true; }

    Expected<std::vector<std::pair<ArticleId, quint64>>> simhashes() override { return m_store.simhashes(); }
    Expected<void> forEachContentHash(const std::function<void(const QString &)> &onHash) override
    {
        return m_store.forEachContentHash(onHash);
    }
    Expected<std::optional<ArticleId>> findByContentHash(const QString &hash) override
    {
        return m_store.findByContentHash(hash);
    }
    Expected<QString> articleBody(ArticleId id) override { return m_store.articleBody(id); }

    Expected<void> beginBatch() override
    {
        m_batch.emplace(m_store.database());
        if (!m_batch->isActive()) {
            Expected<void> begun = m_batch->beginResult();
            m_batch.reset();
            return begun;
        }
        // A batch's articles are indexed in one statement: room for all of them in FTS5's
        // pending data makes them one index segment. Only speed depends on it: a database that
        // refuses the write (read-only, locked) says so at the first insert, as before. But
        // where the failure ended the transaction (SQLite rolls back on a full disk, an I/O
        // error, no memory), the batch's later savepoints would each commit alone: say it now.
        if (auto sized = SearchIndex(m_store.database()).usePendingBytes();
            !sized && sqlite3_get_autocommit(m_store.database().handle())) {
            m_batch.reset();
            return sized.error();
        }
        // This thread's inserts leave the search index to indexArticles(), once per batch.
        m_deferIndexing.emplace();
        return {};
    }
    Expected<void> commitBatch() override
    {
        Expected<void> committed = m_batch->commit();
        endBatch();
        return committed;
    }
    void rollbackBatch() override
    {
        m_batch->rollback();
        endBatch();
    }

    Expected<void> beginFile() override
    {
        m_file.emplace(m_store.database(), "import_file");
        if (!m_file->isActive()) {
            Expected<void> begun = m_file->beginResult();
            m_file.reset();
            return begun;
        }
        return {};
    }
    Expected<void> releaseFile() override
    {
        Expected<void> released = m_file->release();
        m_file.reset();
        return released;
    }
    void rollbackFile() override
    {
        m_file->rollback();
        m_file.reset();
    }

    Expected<std::optional<ArticleId>> insert(const Article &article, const QByteArray &packedOriginal,
        const Sqlite::PackedText &packedBody) override
    {
        // One writer at a time holds an SQLite file, and this one looked the hash up in its own
        // transaction: a unique violation here is an error, not another client's row.
        auto id = m_store.insertArticle(article, packedOriginal, packedBody);
        if (!id)
            return id.error();
        return std::optional<ArticleId> {id.value()};
    }

    Expected<void> indexArticles(
        std::vector<ArticleId> ids, std::vector<const PretokenizedText *> tokens) override
    {
        if (tokens.size() != 2 * ids.size()) {
            // Without a title's and a body's tokens for each id, the texts are read again.
            const PretokenizedScope replay(std::move(tokens));
            return m_store.indexArticles(std::move(ids));
        }
        // The tokens were worked out on the pool; the tokenizer replays them by key. An id may
        // come twice (a file rolled back, and the next insert took its number): its last
        // article is the one stored.
        std::vector<size_t> order(ids.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
        std::vector<ArticleId> unique;
        std::vector<const PretokenizedText *> replayed;
        unique.reserve(ids.size());
        replayed.reserve(tokens.size());
        for (size_t k = 0; k < order.size(); ++k) {
            const size_t i = order[k];
            if (k + 1 < order.size() && ids[order[k + 1]] == ids[i])
                continue;
            unique.push_back(ids[i]);
            replayed.push_back(tokens[2 * i]);
            replayed.push_back(tokens[2 * i + 1]);
        }
        const PretokenizedScope replay(std::move(replayed), PretokenizedLookup::ByKey);
        return m_store.indexPretokenizedArticles(unique);
    }

private:
    void endBatch()
    {
        m_file.reset();
        m_batch.reset();
        m_deferIndexing.reset();
    }

    ArticleStore &m_store;
    std::optional<Sqlite::Transaction> m_batch;
    std::optional<Sqlite::Savepoint> m_file;
    std::optional<DeferredIndexScope> m_deferIndexing;
};

} // namespace

std::unique_ptr<ImportTarget> sqliteImportTarget(ArticleStore &store)
{
    return std::make_unique<SqliteImportTarget>(store);
}

} // namespace Lagebild
