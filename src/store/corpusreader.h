// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/articlestore.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

/// Reading a corpus, the same on every backend: what `lagebild-cli stats`, `search`, `list` and
/// `show` need. SQLite reads through an ArticleStore (sqliteCorpusReader), PostgreSQL through
/// its own statements (Postgres::openCorpusReader); openCorpusReader() picks one by the
/// database's name. The results agree for the same corpus, except where docs/team.md says
/// ("Search on both backends"): the search ranking and which inflections and compound parts a
/// word finds.
class CorpusReader
{
public:
    virtual ~CorpusReader() = default;

    /// The database as messages show it: a file's path, a URI without its password.
    [[nodiscard]] virtual QString location() const = 0;
    virtual Expected<StoreStatistics> statistics() = 0;
    /// Full-text search in the syntax of toFtsQuery (searchquery.h), the best `limit` hits
    /// first (all of them for a negative limit). Scores are lower for better hits on both.
    virtual Expected<std::vector<SearchHit>> search(const QString &userQuery, int limit) = 0;
    /// Newest first; every article for a negative limit.
    virtual Expected<std::vector<ArticleSummary>> listArticles(int limit) = 0;
    virtual Expected<std::optional<Article>> article(ArticleId id) = 0;

protected:
    CorpusReader() = default;
    CorpusReader(const CorpusReader &) = delete;
    CorpusReader &operator=(const CorpusReader &) = delete;
};

/// The SQLite backend: reads through `store`, which it keeps. The caller has brought the search
/// index up to date (SearchIndex); the reader adds nothing to ArticleStore's own reading.
[[nodiscard]] std::unique_ptr<CorpusReader> sqliteCorpusReader(std::unique_ptr<ArticleStore> store);
/// The same over a store someone else keeps (the window), which must outlive the reader.
[[nodiscard]] std::unique_ptr<CorpusReader> sqliteCorpusReader(ArticleStore &store);

/// The PostgreSQL backend: connects to the libpq URI (src/store/postgres/corpusreader.cpp). A
/// database without a Lagebild corpus, or with a schema newer than this program, is refused on
/// one line; an older one is migrated, as ArticleStore::open does with a file.
Expected<std::unique_ptr<CorpusReader>> openPostgresCorpusReader(const QString &uri);

} // namespace Lagebild
