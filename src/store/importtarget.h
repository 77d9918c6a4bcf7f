// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/germantokenizer.h"
#include "store/sqlite/packedtext.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Lagebild {

class ArticleStore;

/// What the import (services/importservice.h) writes through, the same on every backend: the
/// stored articles' content hashes and SimHashes, a stored body to confirm a near duplicate,
/// a batch (one transaction) holding a scope per file (a savepoint: a failing file is undone
/// alone), the insert and the search index. The import decides everything (duplicates, links,
/// language, problems); a target only runs its dialect's statements. Not thread-safe: the
/// import's one writing thread calls it.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;

    /// The database as messages show it: a file's path, a URI without its password.
    [[nodiscard]] virtual QString location() const = 0;
    /// Whether insert() takes the body packed as SQLite stores it and indexArticles() the
    /// pretokenized title and body: the import then works them out on its pool. PostgreSQL stores
    /// the text and computes its search column itself.
    [[nodiscard]] virtual bool wantsPackedTextAndTokens() const = 0;

    /// Every stored (id, simhash) pair, for near-duplicate candidate search.
    virtual Expected<std::vector<std::pair<ArticleId, quint64>>> simhashes() = 0;
    /// Calls `onHash` with every stored content hash.
    virtual Expected<void> forEachContentHash(const std::function<void(const QString &)> &onHash) = 0;
    /// The stored article with this content hash, as far as this client sees (committed rows and
    /// its own open batch).
    virtual Expected<std::optional<ArticleId>> findByContentHash(const QString &hash) = 0;
    virtual Expected<QString> articleBody(ArticleId id) = 0;

    /// One transaction for a batch of files; commitBatch() reports a COMMIT the database refused.
    virtual Expected<void> beginBatch() = 0;
    virtual Expected<void> commitBatch() = 0;
    virtual void rollbackBatch() = 0;
    /// A savepoint inside the batch for one file.
    virtual Expected<void> beginFile() = 0;
    virtual Expected<void> releaseFile() = 0;
    virtual void rollbackFile() = 0;

    /// Inserts the article (and its outlet) inside the open file scope: its new id, or nothing
    /// when another client stored the same content hash in the meantime (the unique constraint
    /// met; the caller skips it as a duplicate). `packedOriginal` is packRawOriginal(rawOriginal,
    /// body); `packedBody` Sqlite::packText(body) when wantsPackedTextAndTokens().
    virtual Expected<std::optional<ArticleId>> insert(
        const Article &article, const QByteArray &packedOriginal, const Sqlite::PackedText &packedBody)
        = 0;
    /// Indexes for search the articles inserted since the last call, before the batch commits;
    /// ids no longer stored (a file rolled back) are skipped. `tokens` are their titles' and
    /// bodies' tokens when wantsPackedTextAndTokens(), else empty.
    virtual Expected<void> indexArticles(
        std::vector<ArticleId> ids, std::vector<const PretokenizedText *> tokens)
        = 0;

protected:
    ImportTarget() = default;
    ImportTarget(const ImportTarget &) = delete;
    ImportTarget &operator=(const ImportTarget &) = delete;
};

/// The SQLite backend: writes through `store`, which must outlive it. Inserts leave the search
/// index to indexArticles() (DeferredIndexScope) while a batch is open.
[[nodiscard]] std::unique_ptr<ImportTarget> sqliteImportTarget(ArticleStore &store);

/// The PostgreSQL backend (src/store/postgres/importtarget.cpp): connects to the libpq URI. An
/// empty database (no tables at all) gets the Lagebild schema, as an import creates an SQLite
/// file; a database holding other tables, or a newer schema, is refused on one line, an older
/// one migrated (Postgres::Schema).
Expected<std::unique_ptr<ImportTarget>> openPostgresImportTarget(const QString &uri);

} // namespace Lagebild
