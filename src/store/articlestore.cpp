// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/articlestore.h"

#include "store/articleeditor.h"
#include "store/edithistory.h"
#include "store/filtercondition.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/raworiginal.h"
#include "store/recordedits.h"
#include "store/searchindex.h"
#include "store/searchquery.h"
#include "store/sqlite/database.h"
#include "store/sqlite/packedtext.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "store/summaryrow.h"
#include "text/locale.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace Lagebild {

using Sqlite::Statement;

namespace {

// A match's place in the search ranking: whole-word hits first, then by BM25 (lower is better),
// then by id, so that equal scores always come in the same order.
struct RankedHit
{
    qint64 id = 0;
    bool whole = false;
    double score = 0;
};

bool rankedBefore(const RankedHit &a, const RankedHit &b)
{
    if (a.whole != b.whole)
        return a.whole;
    if (a.score != b.score)
        return a.score < b.score;
    return a.id < b.id;
}

// Keeps the `wanted` best hits as a heap whose front is the worst of them.
void keepBest(std::vector<RankedHit> &heap, size_t wanted, const RankedHit &hit)
{
    if (heap.size() < wanted) {
        heap.push_back(hit);
        std::push_heap(heap.begin(), heap.end(), rankedBefore);
    } else if (wanted > 0 && rankedBefore(hit, heap.front())) {
        std::pop_heap(heap.begin(), heap.end(), rankedBefore);
        heap.back() = hit;
        std::push_heap(heap.begin(), heap.end(), rankedBefore);
    }
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QString &userName()
{
    static const QString name = localUserName();
    return name;
}

} // namespace

ArticleStore::ArticleStore(std::unique_ptr<Sqlite::Database> db) : m_db(std::move(db)) { }

ArticleStore::~ArticleStore()
{
    m_statements.clear(); // finalise before the connection closes
}

Sqlite::Statement &ArticleStore::cached(QStringView sql)
{
    auto &slot = m_statements[sql.toString()];
    if (!slot)
        slot = std::make_shared<Statement>(*m_db, sql);
    slot->reset();
    return *slot;
}

QString ArticleStore::path() const
{
    return m_db->path();
}

Expected<std::unique_ptr<ArticleStore>> ArticleStore::open(const QString &path)
{
    auto db = Sqlite::Database::open(path);
    if (!db)
        return db.error();
    Sqlite::Database &conn = **db;
    if (auto registered = registerGermanTokenizer(conn); !registered)
        return registered.error();
    // busy_timeout first: the WAL switch itself needs a lock another process may hold. The page
    // size counts only for a new database, before the WAL switch creates it (a WAL database keeps
    // its page size even through VACUUM): rows are never split across pages where they fit, so a
    // page ends on the gap a whole article did not fit into — about half an article per page,
    // 20 % of the articles table with 4 KB pages, 9 % with 16 KB (docs/schema.md, "Page size").
    // The cache of 32 MB: the FTS index is written page by page. The write-ahead log is copied back
    // at 8,192 pages (128 MB) instead of 1,000 (16 MB): a commit of 256 articles' analysis changes
    // about 1,400 pages of the mentions' indexes, and pages changed by several commits in a row
    // are then copied once (`analyze` at 100,000 articles wrote 18 GB → 11 GB, docs/benchmarks.md).
    for (const auto *pragma :
        {u"PRAGMA busy_timeout = 10000", u"PRAGMA page_size = 16384", u"PRAGMA foreign_keys = ON",
            u"PRAGMA journal_mode = WAL", u"PRAGMA synchronous = NORMAL", u"PRAGMA cache_size = -32768",
            u"PRAGMA wal_autocheckpoint = 8192"}) {
        Statement statement(conn, pragma);
        if (auto r = statement.step(); !r) {
            // A lock, a full disk or a read-only file say so themselves, naming the file.
            if (r.error().kind != ErrorKind::Other)
                return r.error();
            return Error {
                QStringLiteral("%1 is not a usable Lagebild database: %2").arg(path, r.errorMessage()),
                r.error().kind};
        }
    }
    auto migrated = Migrator::migrate(conn);
    if (!migrated)
        return Error {QStringLiteral("%1: %2").arg(path, migrated.errorMessage()), migrated.error().kind};
    std::unique_ptr<ArticleStore> store(new ArticleStore(std::move(db.value())));
    // An outdated index over stored articles is the caller's to rebuild (SearchIndex), with
    // progress: on a large corpus it takes minutes.
    if (auto index = SearchIndex(store->database()).markCurrentIfEmpty(); !index)
        return index.error();
    // The start after an upgrade: the upgraded database opened fine, its safety copy can go.
    if (migrated->fromVersion == migrated->toVersion && Migrator::isFileDatabase(path))
        Migrator::removePreMigrationCopies(path);
    return store;
}

Expected<std::optional<ArticleId>> ArticleStore::findByContentHash(const QString &hash)
{
    Statement &st = cached(u"SELECT id FROM articles WHERE content_hash = ?1");
    const Sqlite::ResetOnExit resetSt(st);
    st.bind(1, hash);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ArticleId> {};
    return std::optional<ArticleId> {st.columnInt64(0)};
}

namespace {

/// `utc.toString(Qt::ISODate)`, which names the second: an import stamps hundreds of rows within
/// one second, and formatting the same stamp again was a twentieth of storing a row.
QString isoSeconds(const QDateTime &utc)
{
    thread_local qint64 second = std::numeric_limits<qint64>::min();
    thread_local QString text;
    const qint64 ms = utc.toMSecsSinceEpoch();
    const qint64 s = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    if (s != second || text.isEmpty()) {
        text = utc.toString(Qt::ISODate);
        second = s;
    }
    return text;
}

} // namespace

Expected<qint64> ArticleStore::sourceId(const QString &name, const QString &url)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return qint64(0);
    Statement &select = cached(u"SELECT id FROM sources WHERE name = ?1");
    const auto lookUp = [&]() -> Expected<std::optional<qint64>> {
        const Sqlite::ResetOnExit resetSelect(select);
        select.bind(1, trimmed);
        auto row = select.step();
        if (!row)
            return row.error();
        return row.value() ? std::optional<qint64>(select.columnInt64(0)) : std::nullopt;
    };
    // An import names the same few outlets over and over: a known one is only looked up (the
    // insert below would do nothing for it, an attempt that cost as much as the look-up).
    if (auto known = lookUp(); !known)
        return known.error();
    else if (known->has_value())
        return **known;
    Statement &insert
        = cached(u"INSERT INTO sources(name, url) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING");
    insert.bind(1, trimmed).bind(2, url);
    if (auto r = insert.execute(); !r)
        return r.error();
    auto added = lookUp();
    if (!added)
        return added.error();
    return added->value_or(0);
}

Expected<ArticleId> ArticleStore::insertArticle(
    const Article &a, const QByteArray &packedOriginal, const Sqlite::PackedText &packedBody)
{
    QString siteUrl;
    if (const QUrl url(a.url); url.isValid() && !url.host().isEmpty())
        siteUrl = url.scheme() + QLatin1String("://") + url.host();
    auto source = sourceId(a.source, siteUrl);
    if (!source)
        return source.error();
    Statement &st
        = cached(u"INSERT INTO articles(title, body_packed, raw_original, url, author, source_id, language, "
                 u"language_reliable, published, published_day, published_precision, published_origin, "
                 u"published_uncertain, content_hash, simhash, duplicate_of, duplicate_similarity, "
                 u"original_file, original_format, imported_at, body_size) "
                 u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                 u"?19, ?20, ?21)");
    // The body is stored packed (schema 12); the import packs it on its pool.
    const Sqlite::PackedText body = packedBody.bytes.isEmpty() ? Sqlite::packText(a.body) : packedBody;
    const bool dated = a.published.isValid();
    st.bind(1, a.title)
        .bindBlob(2, body.bytes)
        .bindBlob(3, packedOriginal.isEmpty() ? packRawOriginal(a.rawOriginal, a.body) : packedOriginal)
        .bind(4, a.url.isEmpty() ? QString() : a.url)
        .bind(5, a.author.isEmpty() ? QString() : a.author)
        .bindOptional(6, source.value())
        .bind(7, a.language.isEmpty() ? QStringLiteral("un") : a.language)
        .bind(8, a.languageReliable)
        .bind(9, dated ? a.published.toIsoString() : QString())
        .bind(10, dated ? a.published.date.toString(Qt::ISODate) : QString())
        .bind(11, precisionName(dated ? a.published.precision : DatePrecision::None))
        .bind(12, originName(dated ? a.published.origin : DateOrigin::None))
        .bind(13, dated && a.published.uncertain)
        .bind(14, a.contentHash)
        .bind(15, a.simhash)
        .bindOptional(16, a.duplicateOf);
    if (a.duplicateOf)
        st.bind(17, a.duplicateSimilarity);
    else
        st.bindNull(17);
    st.bind(18, a.originalFile.isEmpty() ? QString() : a.originalFile)
        .bind(19, a.originalFormat)
        .bind(20, isoSeconds(a.importedAt.isValid() ? a.importedAt.toUTC() : QDateTime::currentDateTimeUtc()))
        .bind(21, body.size);
    // The table's triggers get the row's virtual column `body`: unpacked from the cache.
    m_db->rememberUnpacked(body, a.body.toUtf8());
    if (auto r = st.execute(); !r)
        return r.error();
    return m_db->lastInsertRowId();
}

Expected<void> ArticleStore::indexArticles(std::vector<ArticleId> ids)
{
    if (ids.empty())
        return {};
    // An id may come twice: a savepoint rolled back, and the next insert took its number.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Statement &st
        = cached(u"INSERT INTO article_fts(rowid, title, body) SELECT id, title, body FROM articles "
                 u"WHERE id IN (SELECT value FROM json_each(?1))");
    st.bind(1, jsonIdList(ids));
    return st.execute();
}

Expected<void> ArticleStore::indexPretokenizedArticles(const std::vector<ArticleId> &ids)
{
    if (ids.empty())
        return {};
    // In the order of the list (CROSS JOIN keeps json_each outside), so ascending rowids reach
    // FTS5 as from indexArticles() and its pending terms are written out as one segment.
    Statement &st = cached(
        u"INSERT INTO article_fts(rowid, title, body) SELECT a.id, ?2 || (2 * j.key), ?2 || (2 * j.key + 1) "
        u"FROM json_each(?1) j CROSS JOIN articles a ON a.id = j.value");
    st.bind(1, jsonIdList(ids));
    st.bind(2, QString(QLatin1Char(pretokenizedKeyMarker)));
    return st.execute();
}

Expected<std::vector<std::pair<ArticleId, quint64>>> ArticleStore::simhashes()
{
    std::vector<std::pair<ArticleId, quint64>> result;
    Statement st(*m_db, u"SELECT id, simhash FROM articles");
    auto rows = Sqlite::forEachRow(st,
        [&](const Statement &row) { result.emplace_back(row.columnInt64(0), quint64(row.columnInt64(1))); });
    if (!rows)
        return rows.error();
    return result;
}

Expected<void> ArticleStore::forEachContentHash(const std::function<void(const QString &)> &onHash)
{
    Statement st(*m_db, u"SELECT content_hash FROM articles");
    return Sqlite::forEachRow(st, [&](const Statement &row) { onHash(row.columnText(0)); });
}

Expected<qint64> ArticleStore::articleCount()
{
    auto count = Sqlite::queryInt64(*m_db, u"SELECT count(*) FROM articles");
    if (!count)
        return count.error();
    return count->value_or(0);
}

Expected<std::vector<ArticleSummary>> ArticleStore::listArticles(int limit, int offset)
{
    Statement st(*m_db,
        QString(QLatin1String("SELECT ") + summaryColumns
            + QLatin1String(" FROM articles a LEFT JOIN sources s ON s.id = a.source_id "
                            "ORDER BY a.published_day DESC NULLS LAST, a.id DESC LIMIT ?1 OFFSET ?2")));
    st.bind(1, limit).bind(2, offset);
    std::vector<ArticleSummary> result;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { result.push_back(readSummary(row)); });
    if (!rows)
        return rows.error();
    return result;
}

Expected<std::optional<Article>> ArticleStore::article(ArticleId id)
{
    Statement st(*m_db,
        QString(QLatin1String("SELECT ") + articleColumns
            + QLatin1String(", typeof(a.raw_original) = 'blob' "
                            "FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1")));
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Article> {};
    Article a = readArticle(st);
    a.rawOriginal = unpackRawOriginal(st.columnBlob(10), st.columnInt(21) != 0, a.body);
    auto tags = tagsOf(id);
    if (!tags)
        return tags.error();
    a.tags = tags.value();
    return std::optional<Article> {std::move(a)};
}

Expected<QString> ArticleStore::articleBody(ArticleId id)
{
    Statement &st = cached(u"SELECT body FROM articles WHERE id = ?1");
    const Sqlite::ResetOnExit resetSt(st);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("no article with id %1").arg(id), ErrorKind::NotFound};
    return st.columnText(0);
}

Expected<std::optional<ArticleText>> ArticleStore::textForAnalysis(ArticleId id)
{
    Statement &st = cached(u"SELECT body, published FROM articles WHERE id = ?1");
    const Sqlite::ResetOnExit resetSt(st);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ArticleText> {};
    return std::optional<ArticleText> {
        ArticleText {st.columnText(0), PublicationDate::fromIsoString(st.columnText(1)).date}};
}

Expected<std::vector<SearchHit>> ArticleStore::search(const QString &userQuery, int limit)
{
    // Typed or pasted queries may arrive decomposed; the index holds NFC text.
    const QString query = Text::toNfc(userQuery);
    auto expression = toFtsQuery(query);
    if (!expression)
        return expression.error();
    const QString wholeWords = toFtsQuery(query, CompoundMatch::WholeWordsOnly).value();
    auto failed = [&](const Error &error) {
        return Error {
            QStringLiteral("the search \"%1\" failed: %2").arg(userQuery, error.message), error.kind};
    };
    // Articles with every term as a whole word come first ("Zoll" before "Zollkontrollen"),
    // then by relevance (title matches weigh four times body matches), then by id. The page is
    // chosen from the index alone: which matches are whole-word ones (ids only), then every
    // match's score kept in a heap of the best `limit`; only the page is joined with its
    // summary and given a snippet. For a word in most articles the scores are the work left:
    // FTS5 computes BM25 for every match (about 2.5 µs each).
    std::vector<qint64> whole;
    Statement wholeIds(*m_db, u"SELECT rowid FROM article_fts WHERE article_fts MATCH ?1");
    wholeIds.bind(1, wholeWords);
    if (auto rows
        = Sqlite::forEachRow(wholeIds, [&](const Statement &row) { whole.push_back(row.columnInt64(0)); });
        !rows)
        return failed(rows.error());
    std::sort(whole.begin(), whole.end());

    const size_t wanted = limit < 0 ? std::numeric_limits<size_t>::max() : size_t(limit);
    std::vector<RankedHit> best;
    Statement scores(
        *m_db, u"SELECT rowid, bm25(article_fts, 4.0, 1.0) FROM article_fts WHERE article_fts MATCH ?1");
    scores.bind(1, expression.value());
    auto rows = Sqlite::forEachRow(scores, [&](const Statement &row) {
        const qint64 id = row.columnInt64(0);
        keepBest(best, wanted, {id, std::binary_search(whole.begin(), whole.end(), id), row.columnDouble(1)});
    });
    if (!rows)
        return failed(rows.error());
    std::sort_heap(best.begin(), best.end(), rankedBefore);

    std::vector<SearchHit> hits;
    if (best.empty())
        return hits;
    std::vector<qint64> ids;
    for (const RankedHit &r : best)
        ids.push_back(r.id);
    Statement summaries(*m_db,
        QString(QLatin1String("SELECT ") + summaryColumns
            + QLatin1String(" FROM json_each(?1) j JOIN articles a ON a.id = j.value "
                            "LEFT JOIN sources s ON s.id = a.source_id ORDER BY j.key")));
    summaries.bind(1, jsonIdList(ids));
    hits.reserve(best.size());
    if (auto read = Sqlite::forEachRow(summaries,
            [&](const Statement &row) {
                hits.push_back({readSummary(row), {}, best[hits.size()].score});
            });
        !read)
        return failed(read.error());
    // The snippet markers are control characters, which the importers strip from stored text;
    // they become <mark> tags.
    Statement snippet(*m_db,
        u"SELECT snippet(article_fts, 1, char(2), char(3), '…', 24) FROM article_fts "
        u"WHERE article_fts MATCH ?1 AND rowid = ?2");
    for (SearchHit &hit : hits) {
        snippet.bind(1, expression.value()).bind(2, hit.article.id);
        auto row = snippet.step();
        if (!row)
            return failed(row.error());
        if (row.value()) {
            hit.snippet = snippet.columnText(0).simplified();
            hit.snippet.replace(QChar(2), QLatin1String("<mark>"))
                .replace(QChar(3), QLatin1String("</mark>"));
        }
        snippet.reset();
    }
    return hits;
}

Expected<void> ArticleStore::requireArticle(ArticleId id)
{
    Statement st(*m_db, u"SELECT 1 FROM articles WHERE id = ?1");
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error {QStringLiteral("no article with id %1").arg(id), ErrorKind::NotFound};
    return {};
}

Expected<void> ArticleStore::addTags(ArticleId id, const QStringList &tags)
{
    if (auto exists = requireArticle(id); !exists)
        return exists;
    Sqlite::Transaction transaction(*m_db);
    Statement insertTag(*m_db, u"INSERT INTO tags(name) VALUES (?1) ON CONFLICT(name) DO NOTHING");
    Statement link(*m_db,
        u"INSERT OR IGNORE INTO article_tags(article_id, tag_id, tagged_at) "
        u"SELECT ?1, id, ?3 FROM tags WHERE name = ?2");
    for (const QString &tag : cleanTags(tags)) {
        insertTag.bind(1, tag);
        if (auto r = insertTag.execute(); !r)
            return r;
        link.bind(1, id).bind(2, tag).bind(3, now());
        if (auto r = link.execute(); !r)
            return r;
        if (m_db->changes() > 0) {
            if (auto r = recordTagEdit(id, tag, EditKind::TagAdded); !r)
                return r;
        }
    }
    return transaction.commit();
}

Expected<void> ArticleStore::removeTags(ArticleId id, const QStringList &tags)
{
    if (auto exists = requireArticle(id); !exists)
        return exists;
    Sqlite::Transaction transaction(*m_db);
    Statement unlink(*m_db,
        u"DELETE FROM article_tags WHERE article_id = ?1 "
        u"AND tag_id = (SELECT id FROM tags WHERE name = ?2)");
    for (const QString &tag : cleanTags(tags)) {
        // Recorded first, while the link still names the tag as stored ("Zoll" for "ZOLL").
        if (auto r = recordTagEdit(id, tag, EditKind::TagRemoved); !r)
            return r;
        unlink.bind(1, id).bind(2, tag);
        if (auto r = unlink.execute(); !r)
            return r;
    }
    return transaction.commit();
}

Expected<QStringList> ArticleStore::tagsOf(ArticleId id)
{
    Statement st(*m_db,
        u"SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ?1");
    st.bind(1, id);
    QStringList tags;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { tags.append(row.columnText(0)); });
    if (!rows)
        return rows.error();
    Text::sortGerman(tags);
    return tags;
}

Expected<QStringList> ArticleStore::allTags()
{
    Statement st(*m_db, u"SELECT name FROM tags");
    QStringList tags;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { tags.append(row.columnText(0)); });
    if (!rows)
        return rows.error();
    Text::sortGerman(tags);
    return tags;
}

Expected<void> ArticleStore::setPublished(ArticleId id, const PublicationDate &date)
{
    if (auto exists = requireArticle(id); !exists)
        return exists;
    const bool dated = date.isValid();
    Statement st(*m_db,
        u"UPDATE articles SET published = ?2, published_day = ?3, published_precision = ?4, "
        u"published_origin = ?5, published_uncertain = ?6, analysis_version = NULL WHERE id = ?1");
    st.bind(1, id)
        .bind(2, dated ? date.toIsoString() : QString())
        .bind(3, dated ? date.date.toString(Qt::ISODate) : QString())
        .bind(4, precisionName(dated ? date.precision : DatePrecision::None))
        .bind(5, originName(dated ? date.origin : DateOrigin::None))
        .bind(6, dated && date.uncertain);
    Sqlite::Transaction transaction(*m_db);
    if (auto r = st.execute(); !r)
        return r;
    if (auto r = recordEdit(
            id, dated ? EditKind::DateSet : EditKind::DateCleared, dated ? date.toIsoString() : QString());
        !r)
        return r;
    return transaction.commit();
}

Expected<std::vector<ArticleId>> ArticleStore::articlesTagged(const QString &tag)
{
    Statement st(*m_db,
        u"SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?1 "
        u"ORDER BY at.article_id");
    st.bind(1, tag.trimmed());
    std::vector<ArticleId> ids;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) { ids.push_back(row.columnInt64(0)); });
    if (!rows)
        return rows.error();
    return ids;
}

Expected<void> ArticleStore::renameTag(const QString &from, const QString &to)
{
    const QStringList names = cleanTags({from, to});
    if (names.size() != 2)
        return from.simplified().compare(to.simplified(), Qt::CaseInsensitive) == 0
                && !to.simplified().isEmpty()
            ? renameTagCase(from.simplified(), to.simplified())
            : Expected<void>(Error {QStringLiteral("a tag needs a new, non-empty name")});
    Sqlite::Transaction transaction(*m_db);
    if (auto r = recordTagEdits(names[0], EditKind::TagRenamed, QStringLiteral(" → ") + names[1]); !r)
        return r;
    // Into an existing tag: move the links (articles that had both keep one), then drop the old.
    Statement merge(*m_db,
        u"INSERT OR IGNORE INTO article_tags(article_id, tag_id, tagged_at) "
        u"SELECT at.article_id, (SELECT id FROM tags WHERE name = ?2), at.tagged_at FROM article_tags at "
        u"WHERE at.tag_id = (SELECT id FROM tags WHERE name = ?1) AND EXISTS (SELECT 1 FROM tags WHERE name "
        u"= "
        u"?2)");
    merge.bind(1, names[0]).bind(2, names[1]);
    if (auto r = merge.execute(); !r)
        return r;
    Statement drop(
        *m_db, u"DELETE FROM tags WHERE name = ?1 AND EXISTS (SELECT 1 FROM tags WHERE name = ?2)");
    drop.bind(1, names[0]).bind(2, names[1]);
    if (auto r = drop.execute(); !r)
        return r;
    Statement rename(*m_db, u"UPDATE tags SET name = ?2 WHERE name = ?1");
    rename.bind(1, names[0]).bind(2, names[1]);
    if (auto r = rename.execute(); !r)
        return r;
    return transaction.commit();
}

Expected<void> ArticleStore::renameTagCase(const QString &from, const QString &to)
{
    // Tag names compare without case, so "usa" → "USA" is a rename of the same row.
    Sqlite::Transaction transaction(*m_db);
    if (auto r = recordTagEdits(from, EditKind::TagRenamed, QStringLiteral(" → ") + to); !r)
        return r;
    Statement rename(*m_db, u"UPDATE tags SET name = ?2 WHERE name = ?1");
    rename.bind(1, from).bind(2, to);
    if (auto r = rename.execute(); !r)
        return r;
    return transaction.commit();
}

Expected<void> ArticleStore::deleteTag(const QString &tag)
{
    // article_tags rows go with it (ON DELETE CASCADE); each article's history keeps the removal.
    Sqlite::Transaction transaction(*m_db);
    if (auto r = recordTagEdits(tag.simplified(), EditKind::TagRemoved, QString()); !r)
        return r;
    Statement st(*m_db, u"DELETE FROM tags WHERE name = ?1");
    st.bind(1, tag.simplified());
    if (auto r = st.execute(); !r)
        return r;
    return transaction.commit();
}

Expected<void> ArticleStore::setNote(ArticleId id, const QString &text)
{
    if (auto exists = requireArticle(id); !exists)
        return exists;
    Sqlite::Transaction transaction(*m_db);
    if (text.trimmed().isEmpty()) {
        Statement st(*m_db, u"DELETE FROM notes WHERE article_id = ?1");
        st.bind(1, id);
        if (auto r = st.execute(); !r)
            return r;
        if (m_db->changes() > 0) {
            if (auto r = recordEdit(id, EditKind::NoteRemoved, {}); !r)
                return r;
        }
        return transaction.commit();
    }
    // The same text again changes nothing, and so is no edit in the history.
    Statement st(*m_db,
        u"INSERT INTO notes(article_id, text, updated_at) VALUES (?1, ?2, ?3) "
        u"ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at "
        u"WHERE notes.text IS NOT excluded.text");
    st.bind(1, id).bind(2, text).bind(3, now());
    if (auto r = st.execute(); !r)
        return r;
    if (m_db->changes() > 0) {
        if (auto r = recordEdit(id, EditKind::NoteSet, text); !r)
            return r;
    }
    return transaction.commit();
}

Expected<std::vector<ArticleEdit>> ArticleStore::history(ArticleId id)
{
    Statement st(
        *m_db, u"SELECT id, made_at, made_by, kind, detail FROM edits WHERE article_id = ?1 ORDER BY id");
    st.bind(1, id);
    std::vector<ArticleEdit> edits;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) {
        edits.push_back(articleEdit(row.columnInt64(0), id, row.columnText(1), row.columnText(2),
            row.columnText(3), row.columnText(4)));
    });
    if (!rows)
        return rows.error();
    return edits;
}

Expected<std::optional<ArticleEdit>> ArticleStore::lastEdit(
    ArticleId id, std::initializer_list<EditKind> kinds)
{
    // Newest first by id, in the order the rows were written; kinds as stored, bound one by one.
    QStringList placeholders;
    for (size_t i = 0; i < kinds.size(); ++i)
        placeholders << QStringLiteral("?%1").arg(i + 2);
    Statement st(*m_db,
        QStringLiteral(
            "SELECT id, made_at, made_by, kind, detail FROM edits WHERE article_id = ?1 AND kind IN (%1) "
            "ORDER BY id DESC LIMIT 1")
            .arg(placeholders.join(QLatin1String(", "))));
    st.bind(1, id);
    int index = 2;
    for (const EditKind kind : kinds)
        st.bind(index++, editKindName(kind));
    std::optional<ArticleEdit> edit;
    auto rows = Sqlite::forEachRow(st, [&](const Statement &row) {
        edit = articleEdit(row.columnInt64(0), id, row.columnText(1), row.columnText(2), row.columnText(3),
            row.columnText(4));
    });
    if (!rows)
        return rows.error();
    return edit;
}

Expected<void> ArticleStore::recordEdit(ArticleId id, EditKind kind, const QString &detail)
{
    return recordEdits(*m_db, id, {{kind, detail}});
}

Expected<void> ArticleStore::recordTagEdit(ArticleId id, const QString &tag, EditKind kind)
{
    Statement &st = cached(u"INSERT INTO edits(article_id, made_at, made_by, kind, detail) "
                           u"SELECT at.article_id, ?3, ?4, ?5, t.name FROM article_tags at "
                           u"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = ?1 AND t.name = ?2");
    st.bind(1, id).bind(2, tag).bind(3, now()).bind(4, userName()).bind(5, editKindName(kind));
    return st.execute();
}

Expected<void> ArticleStore::recordTagEdits(const QString &tag, EditKind kind, const QString &afterName)
{
    Statement &st
        = cached(u"INSERT INTO edits(article_id, made_at, made_by, kind, detail) "
                 u"SELECT at.article_id, ?2, ?3, ?4, t.name || coalesce(?5, '') FROM article_tags at "
                 u"JOIN tags t ON t.id = at.tag_id WHERE t.name = ?1");
    st.bind(1, tag).bind(2, now()).bind(3, userName()).bind(4, editKindName(kind)).bind(5, afterName);
    return st.execute();
}

Expected<StoreStatistics> ArticleStore::statistics()
{
    StoreStatistics s;
    auto single = [this](QStringView sql, qint64 &target) -> Expected<void> {
        auto v = Sqlite::queryInt64(*m_db, sql);
        if (!v)
            return v.error();
        target = v->value_or(0);
        return {};
    };
    auto counted = [this](QStringView sql, std::vector<CountedName> &target) -> Expected<void> {
        Statement st(*m_db, sql);
        return Sqlite::forEachRow(st, [&](const Statement &row) {
            target.push_back({row.columnText(0), row.columnInt64(1)});
        });
    };
    for (auto r :
        {single(u"SELECT count(*) FROM articles", s.articles),
            single(u"SELECT count(*) FROM articles WHERE language = 'de'", s.german),
            single(u"SELECT count(*) FROM articles WHERE published IS NULL", s.undated),
            single(u"SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL", s.nearDuplicates),
            single(u"SELECT count(*) FROM sources", s.sources), single(u"SELECT count(*) FROM tags", s.tags),
            single(u"SELECT count(*) FROM notes", s.notes),
            counted(u"SELECT coalesce(s.name, ''), count(*) FROM articles a "
                    u"LEFT JOIN sources s ON s.id = a.source_id GROUP BY s.name",
                s.bySource),
            counted(u"SELECT substr(published_day, 1, 4) AS y, count(*) FROM articles "
                    u"WHERE published_day IS NOT NULL GROUP BY y ORDER BY y",
                s.byYear),
            counted(
                u"SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC, language",
                s.byLanguage),
            // Ties by id, so that both backends list them alike (CorpusReader).
            counted(u"SELECT t.name, count(at.article_id) FROM tags t LEFT JOIN article_tags at ON at.tag_id "
                    u"= t.id "
                    u"GROUP BY t.id ORDER BY count(at.article_id) DESC, t.id",
                s.byTag)}) {
        if (!r)
            return r.error();
    }
    Statement analysis(*m_db,
        u"SELECT analysis_version, analysis_rules IS coalesce((SELECT CAST(value AS INTEGER) FROM meta "
        u"WHERE key = 'rules_version'), 0), count(*) FROM articles GROUP BY 1, 2 ORDER BY 1, 2");
    if (auto r = Sqlite::forEachRow(analysis,
            [&](const Statement &row) {
                s.byAnalysis.push_back(
                    {row.columnIsNull(0) ? std::nullopt : std::optional<int>(int(row.columnInt64(0))),
                        row.columnInt64(1) != 0, row.columnInt64(2)});
            });
        !r)
        return r.error();
    s.nonGerman = s.articles - s.german;
    std::stable_sort(s.bySource.begin(), s.bySource.end(),
        [](const CountedName &l, const CountedName &r) { return Text::compareGerman(l.name, r.name) < 0; });
    Statement range(*m_db, u"SELECT min(published_day), max(published_day) FROM articles");
    if (auto row = range.step(); row && row.value()) {
        s.earliest = range.columnText(0);
        s.latest = range.columnText(1);
    }
    return s;
}

} // namespace Lagebild
