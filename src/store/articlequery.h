// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/articlefilter.h"
#include "store/facetquery.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
}

/// The article browser's reads: filtered and sorted pages, counts, and facet counts that follow
/// the other filters. Every filter becomes one SQL condition, so a page of a 100,000-article
/// corpus costs the same as a page of an unfiltered one.
class ArticleQuery
{
public:
    explicit ArticleQuery(Sqlite::Database &db);

    /// The ids of the articles passing the filter, in order: the browser holds this list and
    /// reads summaries page by page, so deep pages cost what the first one does.
    Expected<std::vector<ArticleId>> ids(const ArticleFilter &filter, ArticleOrder order, bool descending);
    /// Summaries of these articles, in the given order.
    Expected<std::vector<ArticleSummary>> summaries(const std::vector<ArticleId> &ids);
    /// A slice of ids() as summaries.
    Expected<std::vector<ArticleSummary>> list(
        const ArticleFilter &filter, ArticleOrder order, bool descending, int limit, int offset);
    Expected<qint64> count(const ArticleFilter &filter);
    Expected<std::optional<ArticleSummary>> summary(ArticleId id);
    /// The first and last publication day in the store (invalid dates when none is dated).
    Expected<std::pair<QDate, QDate>> dateRange();

    /// The facet counts (FacetQuery, which runs on both backends) of this SQLite database.
    Expected<std::vector<FacetCount>> outletCounts(const ArticleFilter &filter);
    Expected<std::vector<FacetCount>> tagCounts(const ArticleFilter &filter);
    Expected<std::vector<FacetCount>> entityCounts(const ArticleFilter &filter, int limit);

    /// Where the search text matches in an article's body, as [start, end) UTF-16 ranges,
    /// found with the search index's own tokenizer (so "Genehmigungen" marks "Genehmigung"); a
    /// term found inside a compound marks its part ("Zoll" in "Zollkontrollen").
    Expected<std::vector<std::pair<int, int>>> searchHits(ArticleId article, const QString &text);

private:
    Sqlite::Database &m_db;
};

} // namespace Lagebild
