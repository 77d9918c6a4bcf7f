// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend of CorpusReader (store/corpusreader.h): the statements of ArticleStore's
// reading in PostgreSQL's dialect, on one connection.

#include "store/corpusreader.h"

#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "store/postgres/tsquery.h"
#include "store/raworiginal.h"
#include "store/summaryrow.h"
#include "text/locale.h"

#include <algorithm>

namespace Lagebild {

namespace {

using Postgres::Params;

// summaryColumns (summaryrow.h) in PostgreSQL's words, the same columns in the same order.
constexpr QStringView postgresSummaryColumns
    = u"a.id, a.title, s.name, a.published, a.published_precision, a.published_origin, "
      u"a.published_uncertain, a.language, a.duplicate_of, "
      u"(SELECT string_agg(t.name, chr(31)) FROM article_tags at "
      u"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), "
      u"(SELECT count(*) FROM mentions m WHERE m.article_id = a.id AND m.status = 'active')";

// Title hits weigh four times body hits, as bm25(article_fts, 4.0, 1.0) on SQLite: ts_rank's
// weights for D, C, B (the body) and A (the title). Normalisation 1 divides by 1 + the log of the
// article's length, as BM25 prefers the shorter of two articles with the same matches.
constexpr QStringView rankWeights = u"'{0.1, 0.2, 0.25, 1.0}'";

// How many of the matches, chosen by title, opening words and length, a page ranks with ts_rank over
// the whole article (schema 21): 25 for each hit shown, 500 at the least. Each costs about 7 µs on
// the server (its search column unpacked), where choosing them reads only the rows of the matches
// whose opening words match (7,018 of the 21,996 of "Unternehmen" at 100,000 articles). On the
// generated 100,000 articles, 20 queries from rare to the commonest words ("der", 98,884
// matches) got the very page that ranking every match gives; with 200 candidates, one of the 20
// lost 4 of its 20 hits ("Unternehm*"). docs/team.md.
constexpr int rankedWindow = 500;
constexpr int rankedWindowPerHit = 25;

// The snippet: about as long as SQLite's snippet(…, 24), one fragment, matches in <mark>.
constexpr QStringView headlineOptions
    = u"'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=12, MaxFragments=1, "
      u"FragmentDelimiter=…'";

// One row of a result as summaryFromRow reads it.
struct ResultRow
{
    const Postgres::Result &result;
    int row;
    [[nodiscard]] QString text(int column) const { return result.text(row, column); }
    [[nodiscard]] qint64 int64(int column) const { return result.int64(row, column); }
    [[nodiscard]] double real(int column) const { return result.real(row, column); }
};

QString select(QStringView rest)
{
    return QLatin1String("SELECT ") + postgresSummaryColumns.toString() + rest.toString();
}

class PostgresCorpusReader final : public CorpusReader
{
public:
    explicit PostgresCorpusReader(std::unique_ptr<Postgres::Connection> connection)
        : m_connection(std::move(connection))
    { }

    [[nodiscard]] QString location() const override { return m_connection->target(); }

    Expected<StoreStatistics> statistics() override
    {
        // One snapshot: other analysts' writes during the count do not make the numbers disagree.
        Postgres::Transaction snapshot(*m_connection, Postgres::Transaction::Mode::Snapshot);
        if (!snapshot.isActive())
            return snapshot.beginResult().error();
        StoreStatistics s;
        auto counts = m_connection->query(
            u"SELECT (SELECT count(*) FROM articles), "
            u"(SELECT count(*) FROM articles WHERE language = 'de'), "
            u"(SELECT count(*) FROM articles WHERE published IS NULL), "
            u"(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
            u"(SELECT count(*) FROM sources), (SELECT count(*) FROM tags), (SELECT count(*) FROM notes), "
            u"(SELECT min(published_day COLLATE \"C\") FROM articles), "
            u"(SELECT max(published_day COLLATE \"C\") FROM articles)");
        if (!counts)
            return counts.error();
        s.articles = counts->int64(0, 0);
        s.german = counts->int64(0, 1);
        s.nonGerman = s.articles - s.german;
        s.undated = counts->int64(0, 2);
        s.nearDuplicates = counts->int64(0, 3);
        s.sources = counts->int64(0, 4);
        s.tags = counts->int64(0, 5);
        s.notes = counts->int64(0, 6);
        s.earliest = counts->text(0, 7);
        s.latest = counts->text(0, 8);
        // The same groups and orders as ArticleStore::statistics(); ties broken the same way.
        for (auto [sql, target] : std::initializer_list<std::pair<QStringView, std::vector<CountedName> *>> {
                 {u"SELECT coalesce(s.name, ''), count(*) FROM articles a "
                  u"LEFT JOIN sources s ON s.id = a.source_id GROUP BY s.name",
                     &s.bySource},
                 {u"SELECT substr(published_day, 1, 4) COLLATE \"C\" AS y, count(*) FROM articles "
                  u"WHERE published_day IS NOT NULL GROUP BY y ORDER BY y",
                     &s.byYear},
                 {u"SELECT language, count(*) FROM articles GROUP BY language "
                  u"ORDER BY count(*) DESC, language COLLATE \"C\"",
                     &s.byLanguage},
                 {u"SELECT t.name, count(at.article_id) FROM tags t LEFT JOIN article_tags at "
                  u"ON at.tag_id = t.id GROUP BY t.id ORDER BY count(at.article_id) DESC, t.id",
                     &s.byTag}}) {
            auto rows = m_connection->query(sql);
            if (!rows)
                return rows.error();
            for (int r = 0; r < rows->rows(); ++r)
                target->push_back({rows->text(r, 0), rows->int64(r, 1)});
        }
        auto analysis = m_connection->query(
            u"SELECT analysis_version, analysis_rules IS NOT DISTINCT FROM coalesce((SELECT CAST(value AS "
            u"integer) FROM meta WHERE key = 'rules_version'), 0), count(*) FROM articles GROUP BY 1, 2 "
            u"ORDER BY 1 NULLS FIRST, 2");
        if (!analysis)
            return analysis.error();
        for (int r = 0; r < analysis->rows(); ++r)
            s.byAnalysis.push_back(
                {analysis->isNull(r, 0) ? std::nullopt : std::optional<int>(int(analysis->int64(r, 0))),
                    analysis->text(r, 1) == u"t", analysis->int64(r, 2)});
        std::stable_sort(
            s.bySource.begin(), s.bySource.end(), [](const CountedName &l, const CountedName &r) {
                return Text::compareGerman(l.name, r.name) < 0;
            });
        if (auto done = snapshot.commit(); !done)
            return done.error();
        return s;
    }

    Expected<std::vector<SearchHit>> search(const QString &userQuery, int limit) override
    {
        // Typed or pasted queries may arrive decomposed; lagebild_fold() composes too, but the
        // snippet's second query below does not fold.
        auto tsquery = Postgres::toTsQueryText(Text::toNfc(userQuery));
        if (!tsquery)
            return tsquery.error();
        // The matches come from the GIN index alone. A page is ranked in two steps (schema 21):
        // first a window of candidates, the matches whose title and opening words (search_lead,
        // in the row, with a GIN index of its own) match the query too, best first by ts_rank over
        // those words and the log of the body's length, then, if fewer, the other matches, shortest
        // first; then ts_rank over the whole article for the window alone, which reads each one's
        // search column from TOAST. Limit stops the Append before its second part when the first
        // fills the window. A query with no more matches than the window is ranked exactly as by
        // ts_rank alone. The tsquery is built once, in a sub-select the planner cannot look into,
        // so that it reads the matches through the indexes for a common word too (tsquery.h).
        // Only the page's rows are joined with their summaries and given a snippet. ts_headline
        // reads the body as written, where unaccent makes "März" "marz", not "maerz"; so the
        // snippet's query also holds the words unfolded, and with ae, oe, ue written as a, o, u
        // ("Maerz" marks "März" too). That may mark a word more ("Israel" "Isral"), never change
        // which articles are found.
        const QString sql
            = QStringLiteral(
                  "WITH query AS MATERIALIZED (SELECT to_tsquery('lagebild_german', lagebild_fold($1)) AS "
                  "q), "
                  "candidates AS ((SELECT a.id FROM articles a WHERE a.search_lead @@ (SELECT q FROM query) "
                  "AND a.search @@ (SELECT q FROM query) "
                  "ORDER BY ts_rank(%1, a.search_lead, (SELECT q FROM query), 0) / ln(2 + a.body_length) "
                  "DESC, a.body_length, a.id LIMIT $3) "
                  "UNION ALL (SELECT a.id FROM articles a WHERE a.search @@ (SELECT q FROM query) "
                  "AND NOT a.search_lead @@ (SELECT q FROM query) ORDER BY a.body_length, a.id LIMIT $3) "
                  "LIMIT $3), "
                  "hits AS (SELECT a.id, ts_rank(%1, a.search, (SELECT q FROM query), 1) AS rank "
                  "FROM candidates c JOIN articles a ON a.id = c.id ORDER BY rank DESC, a.id LIMIT $2) ")
                  .arg(rankWeights.toString())
            // Where the snippet cuts the body, an ellipsis says so, as SQLite's snippet() does.
            // OFFSET 0 keeps the planner from copying ts_headline, the dear part, into each use.
            + select(QStringLiteral(
                ", CASE WHEN strpos(a.body, p.plain) > 1 THEN '…' ELSE '' END || p.headline "
                "|| CASE WHEN strpos(a.body, p.plain) + length(p.plain) "
                "<= length(rtrim(a.body)) THEN '…' ELSE '' END, h.rank "
                "FROM hits h JOIN articles a ON a.id = h.id "
                "LEFT JOIN sources s ON s.id = a.source_id "
                "CROSS JOIN LATERAL (SELECT x.headline, replace(replace(x.headline, '<mark>', ''), "
                "'</mark>', '') AS plain FROM (SELECT ts_headline('lagebild_german', "
                "a.body, to_tsquery('lagebild_german', lagebild_fold($1)) || "
                "to_tsquery('lagebild_german', $1) || "
                "to_tsquery('lagebild_german', regexp_replace($1, '([aouAOU])e', '\\1', 'g')), %1) "
                "AS headline OFFSET 0) x) p "
                "ORDER BY h.rank DESC, a.id")
                         .arg(headlineOptions.toString()));
        Params params;
        params.add(tsquery.value());
        if (limit < 0) {
            // LIMIT NULL: no limit; the whole list is ranked exactly, every match a candidate.
            params.addNull();
            params.addNull();
        } else {
            params.add(limit);
            params.add(std::max(qint64(rankedWindow), qint64(limit) * rankedWindowPerHit));
        }
        auto rows = m_connection->query(sql, params);
        if (!rows)
            return Error {QStringLiteral("the search \"%1\" failed: %2").arg(userQuery, rows.errorMessage()),
                rows.error().kind};
        std::vector<SearchHit> hits;
        hits.reserve(size_t(rows->rows()));
        for (int r = 0; r < rows->rows(); ++r)
            hits.push_back(
                {summaryFromRow(ResultRow {*rows, r}), rows->text(r, 11).simplified(), -rows->real(r, 12)});
        return hits;
    }

    Expected<std::vector<ArticleSummary>> listArticles(int limit) override
    {
        Params params;
        if (limit < 0)
            params.addNull();
        else
            params.add(limit);
        auto rows = m_connection->query(
            select(u" FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                   u"ORDER BY a.published_day COLLATE \"C\" DESC NULLS LAST, a.id DESC LIMIT $1"),
            params);
        if (!rows)
            return rows.error();
        std::vector<ArticleSummary> result;
        result.reserve(size_t(rows->rows()));
        for (int r = 0; r < rows->rows(); ++r)
            result.push_back(summaryFromRow(ResultRow {*rows, r}));
        return result;
    }

    Expected<std::optional<Article>> article(ArticleId id) override
    {
        auto rows = m_connection->query(
            QString(QLatin1String("SELECT ") + articleColumns.toString()
                + QLatin1String(", (SELECT string_agg(t.name, chr(31)) FROM article_tags at "
                                "JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) "
                                "FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = $1")),
            Params().add(id));
        if (!rows)
            return rows.error();
        if (rows->rows() == 0)
            return std::optional<Article> {};
        Article a = articleFromRow(ResultRow {*rows, 0});
        // Always packed here: the copy packs the TEXT originals of old SQLite files (bytea column).
        a.rawOriginal = unpackRawOriginal(rows->bytes(0, 10), true, a.body);
        a.tags = tagsFromColumn(rows->text(0, 21));
        return std::optional<Article> {std::move(a)};
    }

private:
    std::unique_ptr<Postgres::Connection> m_connection;
};

} // namespace

Expected<std::unique_ptr<CorpusReader>> openPostgresCorpusReader(const QString &uri)
{
    auto connection = Postgres::Schema::openCorpus(uri);
    if (!connection)
        return connection.error();
    return std::unique_ptr<CorpusReader>(new PostgresCorpusReader(std::move(connection.value())));
}

} // namespace Lagebild
