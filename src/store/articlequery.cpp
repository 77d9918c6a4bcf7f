// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlequery.h"

#include "store/compoundhits.h"
#include "store/filtercondition.h"
#include "store/searchquery.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"
#include "store/summaryrow.h"
#include "text/locale.h"

#include <variant>

namespace Lagebild {

using Sqlite::Statement;

namespace {

QString orderBy(ArticleOrder order, bool descending)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Undated articles and articles without an outlet sort last either way: they are the ones to
    // look at separately, not the top of a list.
    switch (order) {
    case ArticleOrder::Date:
        return QLatin1String("a.published_day") + direction + QLatin1String(" NULLS LAST, a.id") + direction;
    case ArticleOrder::Outlet:
        return QLatin1String("s.name IS NULL, s.name COLLATE NOCASE") + direction
            + QLatin1String(", a.published_day DESC NULLS LAST, a.id DESC");
    case ArticleOrder::Title:
        return QLatin1String("a.title COLLATE NOCASE") + direction + QLatin1String(", a.id");
    case ArticleOrder::Tags: {
        const QLatin1String tags(
            "(SELECT group_concat(t.name, ', ') FROM article_tags at JOIN tags t ON t.id = "
            "at.tag_id WHERE at.article_id = a.id)");
        return tags + QLatin1String(" IS NULL, ") + tags + QLatin1String(" COLLATE NOCASE") + direction
            + QLatin1String(", a.id DESC");
    }
    case ArticleOrder::Mentions:
        return QLatin1String(
                   "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'active')")
            + direction + QLatin1String(", a.id DESC");
    }
    return QStringLiteral("a.id DESC");
}

} // namespace

ArticleQuery::ArticleQuery(Sqlite::Database &db) : m_db(db) { }

Expected<std::vector<ArticleId>> ArticleQuery::ids(
    const ArticleFilter &filter, ArticleOrder order, bool descending)
{
    auto walked = walkedIds(filter, order, descending, -1);
    if (!walked)
        return walked.error();
    if (walked->has_value())
        return std::move((*walked)->ids);
    return joinedIds(filter, order, descending);
}

Expected<std::vector<ArticleId>> ArticleQuery::joinedIds(
    const ArticleFilter &filter, ArticleOrder order, bool descending)
{
    auto condition = filterCondition(filter, Facet::None);
    if (!condition)
        return condition.error();
    // The outlet's name is needed only to sort by it.
    const QLatin1String from = order == ArticleOrder::Outlet
        ? QLatin1String("articles a LEFT JOIN sources s ON s.id = a.source_id")
        : QLatin1String("articles a");
    Statement st(m_db,
        QString(QLatin1String("SELECT a.id FROM ") + from + QLatin1String(" WHERE ") + condition->sql
            + QLatin1String(" ORDER BY ") + orderBy(order, descending)));
    bindCondition(st, condition.value());
    std::vector<ArticleId> ids;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<std::optional<ArticleQuery::FirstIds>> ArticleQuery::walkedIds(
    const ArticleFilter &filter, ArticleOrder order, bool descending, qsizetype limit)
{
    using Result = std::optional<FirstIds>;
    if (filter.text.trimmed().isEmpty())
        return Result {};
    auto hits = searchHitIds(filter.text);
    if (!hits)
        return hits.error();
    auto walk = walks(qsizetype(hits->size()));
    if (!walk)
        return walk.error();
    if (!walk.value())
        return Result {};
    auto walked = walkHits(filter, order, descending, hits.value(), limit);
    if (!walked)
        return walked.error();
    return Result {std::move(walked.value())};
}

Expected<std::vector<ArticleId>> ArticleQuery::searchHitIds(const QString &text)
{
    auto expression = toFtsQuery(Text::toNfc(text));
    if (!expression)
        return expression.error();
    // FTS5 returns rowid order from its posting lists without sorting.
    Statement st(m_db, u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 ORDER BY rowid");
    st.bind(1, expression.value());
    std::vector<ArticleId> hits;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { hits.push_back(row.columnInt64(0)); });
    if (!rows)
        return rows.error();
    return hits;
}

Expected<bool> ArticleQuery::walks(qsizetype hits)
{
    if (m_walkAbove >= 0)
        return hits > m_walkAbove;
    if (hits == 0)
        return false;
    // The largest id stands in for the number of articles: one step down the table's B-tree,
    // where count(*) reads every page.
    Statement st(m_db, u"SELECT max(id) FROM articles");
    auto row = st.step();
    if (!row)
        return row.error();
    return hits * 8 > st.columnInt64(0);
}

Expected<ArticleQuery::FirstIds> ArticleQuery::walkHits(const ArticleFilter &filter, ArticleOrder order,
    bool descending, const std::vector<ArticleId> &hits, qsizetype limit)
{
    ArticleFilter others = filter;
    others.text.clear();
    auto condition = filterCondition(others, Facet::None);
    if (!condition)
        return condition.error();
    // One bit per rowid up to the largest hit: 125 KB for a million articles.
    std::vector<quint64> bits(hits.empty() ? 0 : size_t(hits.back() / 64 + 1));
    for (const ArticleId id : hits)
        bits[size_t(id / 64)] |= quint64(1) << (id % 64);
    const auto isHit = [&bits](ArticleId id) {
        return id >= 0 && size_t(id / 64) < bits.size() && (bits[size_t(id / 64)] >> (id % 64)) & 1;
    };
    const QLatin1String from = order == ArticleOrder::Outlet
        ? QLatin1String("articles a LEFT JOIN sources s ON s.id = a.source_id")
        : QLatin1String("articles a");
    Statement st(m_db,
        QString(QLatin1String("SELECT a.id FROM ") + from + QLatin1String(" WHERE ") + condition->sql
            + QLatin1String(" ORDER BY ") + orderBy(order, descending)));
    bindCondition(st, condition.value());
    FirstIds found;
    for (;;) {
        if (limit >= 0 && qsizetype(found.ids.size()) >= limit)
            return found;
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (const ArticleId id = st.columnInt64(0); isHit(id))
            found.ids.push_back(id);
    }
    found.complete = true;
    return found;
}

Expected<ArticleQuery::FirstIds> ArticleQuery::firstIds(
    const ArticleFilter &filter, ArticleOrder order, bool descending, int limit)
{
    auto walked = walkedIds(filter, order, descending, limit);
    if (!walked)
        return walked.error();
    if (walked->has_value())
        return std::move(**walked);
    // Without a frequent term the whole list costs about what its first page would.
    auto all = joinedIds(filter, order, descending);
    if (!all)
        return all.error();
    return FirstIds {std::move(all.value()), true};
}

Expected<std::vector<ArticleSummary>> ArticleQuery::summaries(const std::vector<ArticleId> &ids)
{
    std::vector<ArticleSummary> result;
    if (ids.empty())
        return result;
    // One statement for the whole page; the ids travel as a JSON array.
    const QString list = jsonIdList(ids);
    Statement st(m_db,
        QString(QLatin1String("SELECT ") + summaryColumns
            + QLatin1String(" FROM json_each(?1) j JOIN articles a ON a.id = j.value "
                            "LEFT JOIN sources s ON s.id = a.source_id ORDER BY j.key")));
    st.bind(1, list);
    result.reserve(ids.size());
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { result.push_back(readSummary(row)); });
    if (!rows)
        return rows.error();
    return result;
}

Expected<std::vector<ArticleSummary>> ArticleQuery::list(
    const ArticleFilter &filter, ArticleOrder order, bool descending, int limit, int offset)
{
    auto all = ids(filter, order, descending);
    if (!all)
        return all.error();
    const size_t begin = std::min(all->size(), size_t(std::max(offset, 0)));
    const size_t end = limit < 0 ? all->size() : std::min(all->size(), begin + size_t(limit));
    return summaries(std::vector<ArticleId>(all->begin() + qsizetype(begin), all->begin() + qsizetype(end)));
}

Expected<std::optional<ArticleSummary>> ArticleQuery::summary(ArticleId id)
{
    Statement st(m_db,
        QString(QLatin1String("SELECT ") + summaryColumns
            + QLatin1String(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1")));
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ArticleSummary> {};
    return std::optional<ArticleSummary> {readSummary(st)};
}

Expected<qint64> ArticleQuery::count(const ArticleFilter &filter)
{
    auto condition = filterCondition(filter, Facet::None);
    if (!condition)
        return condition.error();
    Statement st(m_db, QString(QLatin1String("SELECT count(*) FROM articles a WHERE ") + condition->sql));
    bindCondition(st, condition.value());
    auto row = st.step();
    if (!row)
        return row.error();
    return st.columnInt64(0);
}

Expected<std::pair<QDate, QDate>> ArticleQuery::dateRange()
{
    Statement st(m_db, u"SELECT min(published_day), max(published_day) FROM articles");
    auto row = st.step();
    if (!row)
        return row.error();
    return std::pair {QDate::fromString(st.columnText(0).left(10), Qt::ISODate),
        QDate::fromString(st.columnText(1).left(10), Qt::ISODate)};
}

Expected<std::vector<FacetCount>> ArticleQuery::outletCounts(const ArticleFilter &filter)
{
    return FacetQuery(*sqliteSqlReader(m_db)).outletCounts(filter);
}

Expected<std::vector<FacetCount>> ArticleQuery::tagCounts(const ArticleFilter &filter)
{
    return FacetQuery(*sqliteSqlReader(m_db)).tagCounts(filter);
}

Expected<std::vector<FacetCount>> ArticleQuery::entityCounts(const ArticleFilter &filter, int limit)
{
    return FacetQuery(*sqliteSqlReader(m_db)).entityCounts(filter, limit);
}

Expected<std::vector<std::pair<int, int>>> ArticleQuery::searchHits(ArticleId article, const QString &text)
{
    std::vector<std::pair<int, int>> hits;
    if (text.trimmed().isEmpty())
        return hits;
    auto expression = toFtsQuery(Text::toNfc(text));
    if (!expression)
        return expression.error();
    // highlight() returns the body with the matched tokens between the two markers, which the
    // importers never let into stored text; their positions give the offsets.
    Statement st(m_db,
        u"SELECT highlight(article_fts, 1, char(2), char(3)) FROM article_fts "
        u"WHERE article_fts MATCH ?1 AND rowid = ?2");
    st.bind(1, expression.value()).bind(2, article);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return hits;
    const QString marked = st.columnText(0);
    int offset = 0; // markers seen so far
    int start = -1;
    for (int i = 0; i < marked.size(); ++i) {
        if (marked[i] == QChar(2)) {
            start = i - offset++;
        } else if (marked[i] == QChar(3) && start >= 0) {
            hits.emplace_back(start, i - offset++);
            start = -1;
        }
    }
    QString body = marked;
    body.remove(QChar(2)).remove(QChar(3));
    narrowToCompoundParts(body, text, hits);
    return hits;
}

} // namespace Lagebild
