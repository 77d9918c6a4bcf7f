// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlequery.h"

#include "store/compoundhits.h"
#include "store/filtercondition.h"
#include "store/postgres/tsquery.h"
#include "store/searchquery.h"
#include "store/sqldialect.h"
#include "store/sqlreader.h"
#include "store/summaryrow.h"
#include "text/locale.h"

#include <algorithm>

namespace Lagebild {

namespace {

/// Where an order's keys come from: computed for each matching article, or, for SQLite's whole
/// list (migration 0020), from the index kept for that order, read in order up to the page.
enum class SortKeys { Computed, Indexed };

QString orderBy(SqlDialect dialect, ArticleOrder order, bool descending, SortKeys keys = SortKeys::Computed)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Undated articles and articles without an outlet sort last either way: they are the ones to
    // look at separately, not the top of a list.
    switch (order) {
    case ArticleOrder::Date:
        return bytewiseSql(dialect, QLatin1String("a.published_day")) + direction
            + QLatin1String(" NULLS LAST, a.id") + direction;
    case ArticleOrder::Outlet:
        return QLatin1String("s.name IS NULL, ") + caselessOrderSql(dialect, QLatin1String("s.name"))
            + direction + QLatin1String(", ") + bytewiseSql(dialect, QLatin1String("a.published_day"))
            + QLatin1String(" DESC NULLS LAST, a.id DESC");
    case ArticleOrder::Title: {
        const QString title
            = caselessOrderSql(dialect, QLatin1String("a.title")) + direction + QLatin1String(", a.id");
        // The expression of articles_title_prefix, word for word, or SQLite does not see the index.
        return keys == SortKeys::Indexed
            ? QLatin1String("substr(a.title, 1, 12) COLLATE NOCASE") + direction + QLatin1String(", ") + title
            : title;
    }
    case ArticleOrder::Tags: {
        const QString tags = tagNamesSql(dialect, TagSeparator::Comma);
        return tags + QLatin1String(" IS NULL, ") + caselessOrderSql(dialect, tags) + direction
            + QLatin1String(", a.id DESC");
    }
    case ArticleOrder::Mentions:
        // Ties by id in the same direction, as article_counts_mentions holds them.
        if (keys == SortKeys::Indexed)
            return QLatin1String("c.mentions") + direction + QLatin1String(", c.article_id") + direction;
        if (dialect == SqlDialect::Sqlite)
            return QLatin1String("(SELECT c.mentions FROM article_counts c WHERE c.article_id = a.id)")
                + direction + QLatin1String(", a.id") + direction;
        return QLatin1String(
                   "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'active')")
            + direction + QLatin1String(", a.id") + direction;
    }
    return QStringLiteral("a.id DESC");
}

/// summaryColumns (summaryrow.h, SQLite's) in the reader's dialect.
QString summaryColumnsSql(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return summaryColumns.toString();
    return QLatin1String("a.id, a.title, s.name, a.published, a.published_precision, a.published_origin, "
                         "a.published_uncertain, a.language, a.duplicate_of, ")
        + tagNamesSql(dialect, TagSeparator::Unit)
        + QLatin1String(", (SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.removed = 0)");
}

/// The [start, end) ranges between the markers `open` and `close` in `marked`, as offsets into
/// the text without them.
std::vector<std::pair<int, int>> markedRanges(const QString &marked, QChar open, QChar close)
{
    std::vector<std::pair<int, int>> ranges;
    int offset = 0; // markers seen so far
    int start = -1;
    for (int i = 0; i < marked.size(); ++i) {
        if (marked[i] == open) {
            start = i - offset++;
        } else if (marked[i] == close && start >= 0) {
            ranges.emplace_back(start, i - offset++);
            start = -1;
        }
    }
    return ranges;
}

} // namespace

ArticleQuery::ArticleQuery(Sqlite::Database &db) : m_owned(sqliteSqlReader(db)), m_sql(*m_owned) { }

ArticleQuery::ArticleQuery(SqlReader &reader) : m_sql(reader) { }

ArticleQuery::~ArticleQuery() = default;

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

bool ArticleQuery::readsListsById(const ArticleFilter &filter) const
{
    // A tag's, an outlet's or an entity's articles (25,000–75,000 at a million) were read from the
    // table to sort them by day or to count them, each row's day behind its packed texts'
    // overflow pages (0.12–0.24 s of CPU each); articles_day_by_id (migration 0019) holds the
    // id, the day and the duplicate mark alone (0.02–0.08 s; docs/benchmarks.md). Not for a date
    // range, which articles_list_date walks, nor a text, whose hits are walked (walkedIds).
    return m_sql.dialect() == SqlDialect::Sqlite && filter.text.trimmed().isEmpty() && !filter.from.isValid()
        && !filter.to.isValid()
        && (!filter.tags.isEmpty() || !filter.outlets.isEmpty() || !filter.entities.empty());
}

bool ArticleQuery::readsSortKeysFromIndex(const ArticleFilter &filter) const
{
    // The whole list (near-duplicates hidden or not) in another order than by day: its first
    // page from the index migration 0020 keeps for that order, where sorting every article read
    // each one's row or counted its mentions (0.6–5.5 s of CPU at a million; docs/benchmarks.md).
    // A filter's articles are fewer and found otherwise; read in an index's order they would be
    // looked for among all the others.
    ArticleFilter rest = filter;
    rest.hideDuplicates = false;
    return m_sql.dialect() == SqlDialect::Sqlite && rest.isEmpty();
}

Expected<std::vector<ArticleId>> ArticleQuery::joinedIds(
    const ArticleFilter &filter, ArticleOrder order, bool descending, qsizetype limit)
{
    const SqlDialect dialect = m_sql.dialect();
    const bool byId = order == ArticleOrder::Date && readsListsById(filter);
    // The titles' index gives a page; the whole list reads every row for its title and is sorted
    // faster in the table's order than read in the index's, which visits the rows at random.
    const SortKeys keys = readsSortKeysFromIndex(filter) && (limit >= 0 || order != ArticleOrder::Title)
        ? SortKeys::Indexed
        : SortKeys::Computed;
    auto condition = byId
        ? filterCondition(filter, Facet::None, EntityTest::Set, dialect, OutletTest::ArticleIds)
        : filterCondition(filter, Facet::None, EntityTest::Probe, dialect);
    if (!condition)
        return condition.error();
    QLatin1String select("a.id");
    QLatin1String from("articles a");
    if (order == ArticleOrder::Outlet) {
        // The outlet's name is needed only to sort by it.
        from = QLatin1String("articles a LEFT JOIN sources s ON s.id = a.source_id");
    } else if (byId) {
        from = QLatin1String("articles a INDEXED BY articles_day_by_id");
    } else if (order == ArticleOrder::Mentions && keys == SortKeys::Indexed) {
        // The counts in their index's order; the article's row only to hide near-duplicates.
        select = QLatin1String("c.article_id");
        from = filter.hideDuplicates
            ? QLatin1String("article_counts c INDEXED BY article_counts_mentions CROSS JOIN articles a ON "
                            "a.id = c.article_id")
            : QLatin1String("article_counts c INDEXED BY article_counts_mentions");
    }
    std::vector<ArticleId> ids;
    auto rows = m_sql.forEachRow(QLatin1String("SELECT ") + select + QLatin1String(" FROM ") + from
            + QLatin1String(" WHERE ") + condition->sql + QLatin1String(" ORDER BY ")
            + orderBy(dialect, order, descending, keys)
            + (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
        condition->values, [&](const SqlRow &row) { ids.push_back(row.int64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<std::optional<ArticleQuery::FirstIds>> ArticleQuery::walkedIds(
    const ArticleFilter &filter, ArticleOrder order, bool descending, qsizetype limit)
{
    using Result = std::optional<FirstIds>;
    // PostgreSQL's text condition is an index scan of its own (the GIN index of articles.search)
    // that the planner combines with the others; there is no FTS5 table to walk.
    if (filter.text.trimmed().isEmpty() || m_sql.dialect() != SqlDialect::Sqlite)
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
    std::vector<ArticleId> hits;
    auto rows = m_sql.forEachRow(QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 "
                                                "ORDER BY rowid"),
        {expression.value()}, [&](const SqlRow &row) { hits.push_back(row.int64(0)); });
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
    qint64 largest = 0;
    auto rows = m_sql.forEachRow(QStringLiteral("SELECT max(id) FROM articles"), {},
        [&](const SqlRow &row) { largest = row.int64(0); });
    if (!rows)
        return rows.error();
    return hits * 8 > largest;
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
    FirstIds found;
    if (limit == 0)
        return found;
    // Stops at the limit-th hit without stepping on: whether more follow is not known then.
    bool full = false;
    auto rows = m_sql.forEachRowWhile(QLatin1String("SELECT a.id FROM ") + from + QLatin1String(" WHERE ")
            + condition->sql + QLatin1String(" ORDER BY ") + orderBy(SqlDialect::Sqlite, order, descending),
        condition->values, [&](const SqlRow &row) {
            if (const ArticleId id = row.int64(0); isHit(id)) {
                found.ids.push_back(id);
                full = limit >= 0 && qsizetype(found.ids.size()) >= limit;
            }
            return !full;
        });
    if (!rows)
        return rows.error();
    found.complete = !full;
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
    // Without a text, the first page alone, one more than the page telling whether more follow;
    // the rest is read in the background (ArticleTableModel). Where the page comes from an index
    // in the list's order, it is read there alone: on PostgreSQL the newest first (migration
    // 0015); on SQLite the whole list in any order but the tags' (migrations 0015 and 0020) and
    // a tag's, an outlet's or an entity's articles by day (0019). Otherwise sorting every match
    // for a page costs about what the whole list would, and the whole list is read at once.
    const bool pageFromIndex = m_sql.dialect() == SqlDialect::Postgres
        ? order == ArticleOrder::Date && descending
        : (readsSortKeysFromIndex(filter) && order != ArticleOrder::Tags)
            || (order == ArticleOrder::Date && readsListsById(filter));
    if (filter.text.trimmed().isEmpty() && pageFromIndex && limit >= 0) {
        auto page = joinedIds(filter, order, descending, qsizetype(limit) + 1);
        if (!page)
            return page.error();
        FirstIds first {std::move(page.value()), true};
        if (first.ids.size() > size_t(limit)) {
            first.ids.resize(size_t(limit));
            first.complete = false;
        }
        return first;
    }
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
    const SqlDialect dialect = m_sql.dialect();
    result.reserve(ids.size());
    auto rows = m_sql.forEachRow(QLatin1String("SELECT ") + summaryColumnsSql(dialect)
            + QLatin1String(" FROM ") + orderedIdsSql(dialect, QLatin1String("?1"))
            + QLatin1String(" JOIN articles a ON a.id = j.value LEFT JOIN sources s ON s.id = a.source_id "
                            "ORDER BY j.key"),
        {jsonIdList(ids)}, [&](const SqlRow &row) { result.push_back(summaryFromRow(row)); });
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
    std::optional<ArticleSummary> found;
    auto rows = m_sql.forEachRow(QLatin1String("SELECT ") + summaryColumnsSql(m_sql.dialect())
            + QLatin1String(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1"),
        {qint64(id)}, [&](const SqlRow &row) { found = summaryFromRow(row); });
    if (!rows)
        return rows.error();
    return found;
}

Expected<qint64> ArticleQuery::count(const ArticleFilter &filter)
{
    const bool byId = readsListsById(filter);
    auto condition = byId
        ? filterCondition(filter, Facet::None, EntityTest::Set, m_sql.dialect(), OutletTest::ArticleIds)
        : filterCondition(filter, Facet::None, EntityTest::Probe, m_sql.dialect());
    if (!condition)
        return condition.error();
    qint64 n = 0;
    auto rows = m_sql.forEachRow(QLatin1String("SELECT count(*) FROM articles a")
            + (byId ? QLatin1String(" INDEXED BY articles_day_by_id WHERE ") : QLatin1String(" WHERE "))
            + condition->sql,
        condition->values, [&](const SqlRow &row) { n = row.int64(0); });
    if (!rows)
        return rows.error();
    return n;
}

Expected<std::pair<QDate, QDate>> ArticleQuery::dateRange()
{
    const QString day = bytewiseSql(m_sql.dialect(), QLatin1String("published_day"));
    std::pair<QDate, QDate> range;
    auto rows = m_sql.forEachRow(
        QStringLiteral("SELECT min(%1), max(%1) FROM articles").arg(day), {}, [&](const SqlRow &row) {
            range = {QDate::fromString(row.text(0).left(10), Qt::ISODate),
                QDate::fromString(row.text(1).left(10), Qt::ISODate)};
        });
    if (!rows)
        return rows.error();
    return range;
}

Expected<std::vector<FacetCount>> ArticleQuery::outletCounts(const ArticleFilter &filter)
{
    return FacetQuery(m_sql).outletCounts(filter);
}

Expected<std::vector<FacetCount>> ArticleQuery::tagCounts(const ArticleFilter &filter)
{
    return FacetQuery(m_sql).tagCounts(filter);
}

Expected<std::vector<FacetCount>> ArticleQuery::entityCounts(const ArticleFilter &filter, int limit)
{
    return FacetQuery(m_sql).entityCounts(filter, limit);
}

Expected<std::vector<std::pair<int, int>>> ArticleQuery::searchHits(ArticleId article, const QString &text)
{
    std::vector<std::pair<int, int>> hits;
    if (text.trimmed().isEmpty())
        return hits;
    if (m_sql.dialect() == SqlDialect::Postgres)
        return markedWords(article, text);
    auto expression = toFtsQuery(Text::toNfc(text));
    if (!expression)
        return expression.error();
    // highlight() returns the body with the matched tokens between the two markers, which the
    // importers never let into stored text; their positions give the offsets.
    std::optional<QString> marked;
    auto rows = m_sql.forEachRow(QStringLiteral("SELECT highlight(article_fts, 1, char(2), char(3)) FROM "
                                                "article_fts WHERE article_fts MATCH ?1 AND rowid = ?2"),
        {expression.value(), qint64(article)}, [&](const SqlRow &row) { marked = row.text(0); });
    if (!rows)
        return rows.error();
    if (!marked)
        return hits;
    hits = markedRanges(*marked, QChar(2), QChar(3));
    QString body = *marked;
    body.remove(QChar(2)).remove(QChar(3));
    narrowToCompoundParts(body, text, hits);
    return hits;
}

Expected<std::vector<std::pair<int, int>>> ArticleQuery::markedWords(ArticleId article, const QString &text)
{
    std::vector<std::pair<int, int>> hits;
    auto tsquery = Postgres::toTsQueryText(Text::toNfc(text));
    if (!tsquery)
        return tsquery.error();
    // The article must match as the search does (the folded query against articles.search). The
    // words are marked by ts_headline over the whole body as the server's search snippets are
    // (PostgreSQL CorpusReader::search): it reads the body as written, where unaccent makes "März"
    // "marz", so its query holds the words folded, as typed and with ae, oe, ue as a, o, u.
    std::optional<std::pair<QString, QString>> found; // the body, and the body marked
    auto rows = m_sql.forEachRow(
        QStringLiteral(
            "SELECT a.body, ts_headline('lagebild_german', a.body, "
            "to_tsquery('lagebild_german', lagebild_fold(?1)) || to_tsquery('lagebild_german', ?1) "
            "|| to_tsquery('lagebild_german', regexp_replace(?1, '([aouAOU])e', '\\1', 'g')), "
            "'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)) "
            "FROM articles a WHERE a.id = ?2 "
            "AND a.search @@ to_tsquery('lagebild_german', lagebild_fold(?1))"),
        {tsquery.value(), qint64(article)}, [&](const SqlRow &row) {
            found = std::pair {row.text(0), row.text(1)};
        });
    if (!rows)
        return rows.error();
    if (!found)
        return hits;
    // Named references, not a structured binding: clang before 16 cannot capture a binding.
    const QString &body = found->first;
    const QString &marked = found->second;
    hits = markedRanges(marked, QChar(2), QChar(3));
    QString unmarked = marked;
    unmarked.remove(QChar(2)).remove(QChar(3));
    if (unmarked == body)
        return hits;
    // ts_headline gave back the body changed (it drops what its parser takes for XML tags): the
    // marked words are marked wherever they stand as words in the body as stored, which is
    // where the server would mark them too (one spelling, one lexeme).
    QStringList words;
    for (const auto &[start, end] : hits)
        words.append(unmarked.mid(start, end - start));
    words.removeDuplicates();
    hits.clear();
    const auto isWordChar
        = [&body](qsizetype i) { return i >= 0 && i < body.size() && body.at(i).isLetterOrNumber(); };
    for (const QString &word : std::as_const(words)) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.size())) {
            if (!isWordChar(at - 1) && !isWordChar(at + word.size()))
                hits.emplace_back(int(at), int(at + word.size()));
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    return hits;
}

} // namespace Lagebild
