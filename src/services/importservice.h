// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "import/fingerprint.h"
#include "import/simhashindex.h"
#include "store/germantokenizer.h"
#include "store/importtarget.h"
#include "store/sqlite/packedtext.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_set>
#include <vector>

class QThreadPool;

namespace Lagebild {

class ArticleStore;

/// A file (or one item of it) that could not be imported, and why: one line for the analyst.
struct ImportProblem
{
    QString file;
    QString reason;
    [[nodiscard]] QString toString() const { return file + QLatin1String(": ") + reason; }
};

struct ImportSummary
{
    int files = 0; ///< files looked at
    int imported = 0; ///< articles stored
    int duplicates = 0; ///< exact duplicates skipped (same text already stored)
    int nearDuplicates = 0; ///< stored, and linked to the article they rewrite
    int nonGerman = 0; ///< stored, and flagged by language
    int failedFiles = 0; ///< files refused as a whole
    int failedItems = 0; ///< single items skipped inside otherwise good files
    qint64 bytes = 0; ///< bytes read from files that were imported
    bool cancelled = false;
    std::vector<ImportProblem> problems;
    std::vector<ImportProblem> duplicateNotes; ///< which file duplicated which article
    std::vector<ArticleId> importedIds;
};

/// Hooks for a front end; all optional. Called on the importing thread.
struct ImportObserver
{
    std::function<void(int done, int total, const QString &file)> progress;
    std::function<void(const ImportProblem &)> problem;
    std::function<void(const ImportProblem &)> duplicate;
};

struct ImportOptions
{
    qint64 maxFileBytes = qint64(64) * 1024 * 1024;
    /// A rewrite must share at least this share of its three-word shingles with the original.
    double nearDuplicateJaccard = 0.45;
    /// SimHash distance under which the texts are compared at all. On the sample corpus,
    /// rewrites lie 5 to 8 bits apart and unrelated articles 20 to 45.
    int nearDuplicateMaxDistance = 15;
    /// Threads that read, decode, clean and fingerprint files; 0: one per core. The inserts
    /// stay on the calling thread. Any count gives the same database.
    int threads = 0;
    /// A batch is committed after this long even when it holds fewer than its 512 files, so
    /// that a slow import shows its articles to other readers and loses little to a crash.
    qint64 batchMilliseconds = 1000;
};

/// The import use case, shared by the CLI and the GUI: walks paths, picks an importer per file,
/// fingerprints and language-tags each article, skips exact duplicates, links near-duplicates,
/// and stores the rest. Files are committed in batches, each file inside a savepoint: a failing
/// file never takes others with it, and a killed import leaves whole files behind, so running it
/// again completes it. Files are read, decoded, cleaned, language-tagged and fingerprinted on a
/// pool of threads, a chunk ahead of the calling thread, which alone writes, in file order: the
/// ids, duplicate decisions and problems are those of one thread.
/// The same on every backend: it writes through an ImportTarget (store/importtarget.h), an SQLite
/// file or a PostgreSQL database, where exact duplicates are those the server holds, whoever
/// stored them, and another client storing the same text at the same moment makes this one skip
/// it as a duplicate.
/// Synchronous; a front end runs it on a worker thread with its own store.
class ImportService
{
public:
    /// Imports into the SQLite file `store`.
    explicit ImportService(ArticleStore &store, ImportOptions options = {});
    /// Imports through `target` (either backend), which must outlive the service.
    explicit ImportService(ImportTarget &target, ImportOptions options = {});

    /// Files the paths name: folders are walked recursively for importable files; hidden files
    /// and unsupported types inside folders are passed over. Unreadable paths become problems.
    static QStringList collectFiles(const QStringList &paths, std::vector<ImportProblem> &problems);

    ImportSummary importPaths(const QStringList &paths, const ImportObserver &observer = {},
        const std::atomic_bool *cancel = nullptr);

private:
    struct Known
    {
        ArticleId id;
        quint64 simhash;
        ArticleId original;
    };
    struct PreparedArticle
    {
        Article article;
        ShingleSet shingles;
        QByteArray packedOriginal; ///< packRawOriginal(rawOriginal, body)
        /// Sqlite::packText(body), and the tokens below, when the target wants them.
        Sqlite::PackedText packedBody;
        PretokenizedText titleTokens; ///< for the search index
        PretokenizedText bodyTokens;
        /// Stored articles near it by SimHash among the first `probedUpTo` known ones; the
        /// writer compares it with the later ones itself.
        std::vector<SimhashCandidate> candidates;
        quint32 probedUpTo = 0;
        /// Its content hash was stored or met earlier in the import: an exact duplicate the
        /// writer will skip, so the pool leaves it unprepared.
        bool seenBefore = false;
        /// Everything above is worked out; the writer prepares a seen one itself when it
        /// turns out to be stored after all (the earlier one failed to store, or a collision).
        bool prepared = false;
    };
    struct PreparedFile
    {
        QString file;
        QString failure; ///< why the whole file is refused; empty when it was read
        QStringList itemProblems;
        std::vector<PreparedArticle> articles;
        qint64 bytes = 0;
    };
    /// Reads the file into articles with their content hashes: safe on many threads.
    [[nodiscard]] PreparedFile readFile(const QString &file) const;
    /// Marks the articles whose content hash was seen before in file order: they are not
    /// prepared. Alone, in file order, between reading and preparing a chunk.
    void markSeenHashes(QList<PreparedFile> &files);
    /// Everything else that needs no database, for the articles not marked: safe on many
    /// threads while nothing is written to the SimHash index.
    void prepareArticles(PreparedFile &prepared) const;
    void prepareArticle(PreparedArticle &p) const;
    /// Reads and prepares a chunk of files on the pool.
    QList<PreparedFile> prepareChunk(const QStringList &chunk, QThreadPool *pool);
    /// Stores the file in the open batch or reports why not; false when the database undid it
    /// for a deadlock and it is to be tried again (`attempt` counts from 1) in a new batch.
    bool writeFile(
        PreparedFile &prepared, ImportSummary &summary, const ImportObserver &observer, int attempt);
    /// One attempt at storing the file's articles in its own scope; the error that undid it.
    Expected<void> storeFile(PreparedFile &prepared, ImportSummary &summary);
    Expected<void> storeArticle(PreparedArticle &prepared, const QString &file, ImportSummary &summary);
    void noteDuplicate(
        const Article &article, ArticleId existing, const QString &file, ImportSummary &summary);
    void findOriginal(PreparedArticle &prepared);
    /// Brings the SimHash index level with the known articles; only while no probe runs.
    void syncIndex();
    /// Indexes the articles stored since the last call for search, replaying their tokens.
    Expected<void> indexPending();

    std::unique_ptr<ImportTarget> m_ownTarget; ///< the SQLite target made for an ArticleStore
    ImportTarget &m_target;
    ImportOptions m_options;
    std::vector<Known> m_known;
    /// Stored in the open batch, not yet in the search index, with their tokens (SQLite); indexed
    /// in one statement before the batch commits.
    std::vector<ArticleId> m_unindexed;
    std::vector<const PretokenizedText *> m_unindexedTokens;
    SimhashIndex m_index;
    /// The first 64 bits of every content hash stored or handed to the pool, to tell exact
    /// duplicates before preparing them; a collision only costs a preparation on the writer.
    std::unordered_set<quint64> m_seenHashes;
    /// False after an import that stopped or rolled back: hashes seen may not be stored.
    bool m_seenHashesCurrent = false;
    bool m_knownLoaded = false;
    /// Chunks whose index probes a rolled-back batch made stale: compare with every known one.
    int m_staleChunks = 0;
    /// Set when the database server was lost (ErrorKind::Unreachable): every later file would
    /// fail alike, so the import stops and says so once instead of once per file.
    std::optional<Error> m_lost;
    /// The known articles from here on were rolled back since the index was last brought level.
    size_t m_rolledBackTo = std::numeric_limits<size_t>::max();
};

} // namespace Lagebild
