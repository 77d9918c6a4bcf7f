// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/articlefilter.h"
#include "store/facetquery.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
}
class SqlReader;

/// The article browser's reads: filtered and sorted pages, counts, and facet counts that follow
/// the other filters. Every filter becomes one SQL condition, so a page of a 100,000-article
/// corpus costs the same as a page of an unfiltered one. The same statements run on SQLite and
/// PostgreSQL (SqlReader); only a search text differs: SQLite's FTS5 index and its walk of
/// frequent terms there, the tsvector column `articles.search` on PostgreSQL (docs/team.md,
/// "The browser's list on both backends").
class ArticleQuery
{
public:
    /// Reads this SQLite database (which must outlive the query).
    explicit ArticleQuery(Sqlite::Database &db);
    /// Reads through `reader`, of either backend, which must outlive the query.
    explicit ArticleQuery(SqlReader &reader);
    ~ArticleQuery();
    ArticleQuery(const ArticleQuery &) = delete;
    ArticleQuery &operator=(const ArticleQuery &) = delete;

    /// The ids of the articles passing the filter, in order: the browser holds this list and
    /// reads summaries page by page, so deep pages cost what the first one does. A search text
    /// with few hits joins the search index's hits to the articles in SQL; one with many
    /// ("Regierung" in half of a million articles) walks the other conditions' rows in order and
    /// keeps the hits, tested in a bit set of the index's rowids: SQLite would put every hit into
    /// a B-tree first (about 1.4 µs a hit, where the walk costs 0.2 µs a row, so the walk wins
    /// from about one hit in seven articles on).
    Expected<std::vector<ArticleId>> ids(const ArticleFilter &filter, ArticleOrder order, bool descending);
    /// The first `limit` ids of ids(), for a browser that shows a page at once and reads the
    /// rest in the background. `complete` when they are all of them. Partial where the page costs
    /// less than the list: SQLite's walk of a frequent term; without a text, a list read from an
    /// index in its order with a LIMIT (on PostgreSQL the newest first, migration 0015; on SQLite
    /// the whole list in every order but the tags' and a tag's, outlet's or entity's by day,
    /// migrations 0015, 0019 and 0020).
    struct FirstIds
    {
        std::vector<ArticleId> ids;
        bool complete = false;
    };
    Expected<FirstIds> firstIds(const ArticleFilter &filter, ArticleOrder order, bool descending, int limit);
    /// A search with more hits than this is answered by walking the articles in the order asked
    /// for and keeping the hits (see ids()); negative (the default): more than an eighth of the
    /// articles. For tests, which cannot store a million articles.
    void setWalkAbove(qsizetype hits) { m_walkAbove = hits; }
    [[nodiscard]] qsizetype walkAbove() const { return m_walkAbove; }
    /// Summaries of these articles, in the given order.
    Expected<std::vector<ArticleSummary>> summaries(const std::vector<ArticleId> &ids);
    /// A slice of ids() as summaries.
    Expected<std::vector<ArticleSummary>> list(
        const ArticleFilter &filter, ArticleOrder order, bool descending, int limit, int offset);
    Expected<qint64> count(const ArticleFilter &filter);
    Expected<std::optional<ArticleSummary>> summary(ArticleId id);
    /// The first and last publication day in the store (invalid dates when none is dated).
    Expected<std::pair<QDate, QDate>> dateRange();

    /// The facet counts (FacetQuery) of this query's database.
    Expected<std::vector<FacetCount>> outletCounts(const ArticleFilter &filter);
    Expected<std::vector<FacetCount>> tagCounts(const ArticleFilter &filter);
    Expected<std::vector<FacetCount>> entityCounts(const ArticleFilter &filter, int limit);

    /// Where the search text matches in an article's body, as [start, end) UTF-16 ranges,
    /// found with the search index's own tokenizer (so "Genehmigungen" marks "Genehmigung"); a
    /// term found inside a compound marks its part ("Zoll" in "Zollkontrollen"). On PostgreSQL
    /// the server marks the words (ts_headline, as its search snippets), every occurrence of each.
    Expected<std::vector<std::pair<int, int>>> searchHits(ArticleId article, const QString &text);

private:
    /// Whether the filter's list and count read each article by id from articles_day_by_id
    /// (SQLite, a tag, outlet or entity list, no date range or text).
    [[nodiscard]] bool readsListsById(const ArticleFilter &filter) const;
    /// Whether the list's first page in an order other than by day is read from that order's
    /// index (SQLite's whole list, near-duplicates hidden or not; migration 0020).
    [[nodiscard]] bool readsSortKeysFromIndex(const ArticleFilter &filter) const;
    /// The filter's rows in order, joined with the search index's hits in SQL; the first `limit`
    /// (all for a negative one).
    Expected<std::vector<ArticleId>> joinedIds(
        const ArticleFilter &filter, ArticleOrder order, bool descending, qsizetype limit = -1);
    /// The walk of walkHits() for a frequent search term, `limit` at most (all for a negative
    /// one); nullopt without a search text or when its hits are few enough to join (walks()).
    Expected<std::optional<FirstIds>> walkedIds(
        const ArticleFilter &filter, ArticleOrder order, bool descending, qsizetype limit);
    /// The rowids the search text matches, ascending.
    Expected<std::vector<ArticleId>> searchHitIds(const QString &text);
    /// Whether `hits` hits are better walked than joined (setWalkAbove()).
    Expected<bool> walks(qsizetype hits);
    /// The rows of `filter` without its text in order, those in `hits` kept, `limit` at most
    /// (all for a negative limit); `complete` when the rows ran out first.
    Expected<FirstIds> walkHits(const ArticleFilter &filter, ArticleOrder order, bool descending,
        const std::vector<ArticleId> &hits, qsizetype limit);

    /// searchHits() on PostgreSQL.
    Expected<std::vector<std::pair<int, int>>> markedWords(ArticleId article, const QString &text);

    std::unique_ptr<SqlReader> m_owned; ///< the SQLite database's reader, when given one
    SqlReader &m_sql;
    qsizetype m_walkAbove = -1;
};

} // namespace Lagebild
