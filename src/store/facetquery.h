// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/articlefilter.h"

#include <QString>

#include <vector>

namespace Lagebild {

class SqlReader;

/// A name in a facet list with the number of articles it would leave.
struct FacetCount
{
    qint64 id = 0; ///< entities: the entity's id; 0 for outlets and tags
    QString name;
    QString type; ///< entities: COMPANY, AGENCY, …
    qint64 articles = 0;

    bool operator==(const FacetCount &) const = default;
};

/// The facet counts that follow the browser's other filters, on either backend (SqlReader): the
/// same statements, so a corpus gives the same counts in SQLite and in PostgreSQL. Ties are
/// broken by the name ignoring ASCII case, then by id, on both.
class FacetQuery
{
public:
    /// Reads through `reader`, which must outlive the query.
    explicit FacetQuery(SqlReader &reader) : m_sql(reader) { }

    /// Outlets of the filtered articles, ignoring the outlet filter itself (so the analyst sees
    /// what choosing another one would give), most articles first.
    Expected<std::vector<FacetCount>> outletCounts(const ArticleFilter &filter);
    /// Tags of the filtered articles, ignoring the tag filter itself; every tag, also unused ones.
    Expected<std::vector<FacetCount>> tagCounts(const ArticleFilter &filter);
    /// The entities (not quantities or dates) mentioned most in the filtered articles.
    Expected<std::vector<FacetCount>> entityCounts(const ArticleFilter &filter, int limit);

private:
    SqlReader &m_sql;
};

} // namespace Lagebild
