// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "store/edithistory.h"
#include "store/sqlite/packedtext.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <QHash>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

namespace Sqlite {
class Database;
class Statement;
} // namespace Sqlite

/// A hit of a full-text search. `snippet` marks matched words with <mark>…</mark>.
/// An article as the engine reads it (ArticleStore::textForAnalysis).
struct ArticleText
{
    QString body;
    QDate published;
};

struct SearchHit
{
    ArticleSummary article;
    QString snippet;
    double score = 0; ///< bm25, lower is better
};

struct CountedName
{
    QString name;
    qint64 count = 0;
};

struct StoreStatistics
{
    qint64 articles = 0;
    qint64 german = 0;
    qint64 nonGerman = 0;
    qint64 undated = 0;
    qint64 nearDuplicates = 0;
    qint64 sources = 0;
    qint64 tags = 0;
    qint64 notes = 0;
    QString earliest; ///< ISO day of the earliest dated article
    QString latest;
    std::vector<CountedName> bySource; ///< German collation order
    std::vector<CountedName> byYear;
    std::vector<CountedName> byLanguage;
    std::vector<CountedName> byTag;
    /// Articles by the engine that analysed them and whether under the entity rules in force:
    /// which are due for analysis depends on the program asking (its engine), not the store.
    struct AnalysisCount
    {
        std::optional<int> engine; ///< none: never analysed (or its text changed since)
        bool currentRules = true;
        qint64 articles = 0;
    };
    std::vector<AnalysisCount> byAnalysis; ///< by engine (none first), then older rules first
};

/// The article store: one SQLite connection with the schema migrated, the German tokenizer
/// registered and the pragmas set. Owns its connection; not shared between threads (open one
/// per thread on the same file: WAL lets readers and one writer work side by side).
class ArticleStore
{
public:
    ~ArticleStore();
    ArticleStore(const ArticleStore &) = delete;
    ArticleStore &operator=(const ArticleStore &) = delete;

    /// Opens or creates the database at `path` (":memory:" for tests) and migrates it.
    static Expected<std::unique_ptr<ArticleStore>> open(const QString &path);

    [[nodiscard]] Sqlite::Database &database() { return *m_db; }
    [[nodiscard]] QString path() const;

    // Import
    Expected<std::optional<ArticleId>> findByContentHash(const QString &hash);
    /// Inserts the article (and its outlet); returns the new id. Call inside a transaction
    /// when inserting many. `packedOriginal` is packRawOriginal(rawOriginal, body) and
    /// `packedBody` Sqlite::packText(body) when the caller packed them already (on another
    /// thread); else they are packed here.
    Expected<ArticleId> insertArticle(const Article &article, const QByteArray &packedOriginal = {},
        const Sqlite::PackedText &packedBody = {});
    /// Indexes for search the articles inserted under a DeferredIndexScope, in one statement;
    /// ids no longer stored (a rolled-back savepoint) are skipped. Call inside their transaction.
    Expected<void> indexArticles(std::vector<ArticleId> ids);
    /// As indexArticles(), for `ids` ascending and each once, under a PretokenizedScope by key
    /// whose texts are the articles' titles and bodies in turn (id i's title is the scope's
    /// text 2i, its body 2i + 1). The index gets their tokens without the bodies being read
    /// and unpacked again: that was a sixth of the import's writing thread.
    Expected<void> indexPretokenizedArticles(const std::vector<ArticleId> &ids);
    /// Every stored (id, simhash) pair, for near-duplicate candidate search.
    Expected<std::vector<std::pair<ArticleId, quint64>>> simhashes();
    /// Calls `onHash` with every stored content hash (from its index, not the table).
    Expected<void> forEachContentHash(const std::function<void(const QString &)> &onHash);

    // Browse
    Expected<qint64> articleCount();
    Expected<std::vector<ArticleSummary>> listArticles(int limit = -1, int offset = 0);
    Expected<std::optional<Article>> article(ArticleId id);
    Expected<QString> articleBody(ArticleId id);
    /// What the engine reads of an article: its text and the first day of its publication date
    /// (invalid when undated); nothing when there is no such article. Neither the original nor
    /// the tags are read.
    Expected<std::optional<ArticleText>> textForAnalysis(ArticleId id);
    Expected<std::vector<SearchHit>> search(const QString &userQuery, int limit);

    // Hand work
    Expected<void> addTags(ArticleId id, const QStringList &tags);
    Expected<void> removeTags(ArticleId id, const QStringList &tags);
    Expected<QStringList> tagsOf(ArticleId id);
    /// Every tag name, German collation order (for completion).
    Expected<QStringList> allTags();
    /// Empty or blank text removes the note.
    Expected<void> setNote(ArticleId id, const QString &text);
    /// Sets the publication date by hand (or clears it with an invalid date). Relative dates in
    /// the text are resolved against it, so the article becomes due for analysis.
    Expected<void> setPublished(ArticleId id, const PublicationDate &date);
    Expected<std::vector<ArticleId>> articlesTagged(const QString &tag);
    /// Renames a tag; when `to` exists already, the two are merged into `to`.
    Expected<void> renameTag(const QString &from, const QString &to);
    /// Removes a tag from every article and from the tag list.
    Expected<void> deleteTag(const QString &tag);
    /// The article's hand edits, oldest first: every change of its tags, note or publication
    /// date above is recorded with the user and the time in its own transaction (table `edits`),
    /// and so are the corrections of its mentions and relations (recordEdits(), recordedits.h).
    Expected<std::vector<ArticleEdit>> history(ArticleId id);
    /// The article's newest edit of one of `kinds`; nullopt when it has none.
    Expected<std::optional<ArticleEdit>> lastEdit(ArticleId id, std::initializer_list<EditKind> kinds);

    Expected<StoreStatistics> statistics();

private:
    explicit ArticleStore(std::unique_ptr<Sqlite::Database> db);
    Expected<qint64> sourceId(const QString &name, const QString &url);
    Expected<void> requireArticle(ArticleId id);
    Expected<void> renameTagCase(const QString &from, const QString &to);
    Expected<void> recordEdit(ArticleId id, EditKind kind, const QString &detail);
    /// One history row when the article carries `tag`, naming it as stored.
    Expected<void> recordTagEdit(ArticleId id, const QString &tag, EditKind kind);
    /// One history row for every article that carries `tag`; its detail is the tag's stored name
    /// (whatever case the analyst typed) followed by `afterName`.
    Expected<void> recordTagEdits(const QString &tag, EditKind kind, const QString &afterName);
    /// A prepared statement kept for the connection's lifetime, reset and ready to bind.
    /// For the statements an import runs per article: preparing them each time cost a tenth.
    Sqlite::Statement &cached(QStringView sql);

    std::unique_ptr<Sqlite::Database> m_db;
    QHash<QString, std::shared_ptr<Sqlite::Statement>> m_statements;
};

} // namespace Lagebild
