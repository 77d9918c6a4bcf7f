// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"

#include "core/logging.h"
#include "import/articleimporter.h"
#include "import/fingerprint.h"
#include "import/importers.h"
#include "import/languagedetector.h"
#include "store/raworiginal.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <limits>
#include <optional>

namespace Lagebild {

namespace {

// Commit after this many files or this much time, whichever comes first: large batches for
// throughput, short enough that a crash loses little and readers see progress. A batch is also
// one search index segment (SearchIndex::usePendingBytes): segments of 512 articles instead of
// 256 are half as many to write and merge.
constexpr int filesPerBatch = 512;
// The pool prepares this many files (or bytes) ahead of the writer: enough to keep every core
// busy between two hand-overs, little enough to hold in memory.
constexpr int filesPerChunk = filesPerBatch;
constexpr qint64 bytesPerChunk = qint64(64) * 1024 * 1024;
// Tries at a file the database undid for a deadlock with another client (ErrorKind::Busy).
constexpr int fileAttempts = 3;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QLatin1String(" MB");
}

// A content hash (hex SHA-1) by its first 64 bits.
quint64 hashKey(const QString &contentHash)
{
    return QStringView(contentHash).left(16).toULongLong(nullptr, 16);
}

// The writer compares each article's SimHash with every article stored since its chunk was
// probed (up to two chunks, about 700 on average): one bit count each, the writer's own work,
// which no core added takes over. Without the POPCNT instruction (not in the x86-64 baseline)
// a bit count is about two dozen instructions; with it, one. Written once, compiled twice.
template<typename Known>
[[gnu::always_inline]] inline void appendNear(const std::vector<Known> &known, size_t from, quint64 hash,
    int maxDistance, std::vector<SimhashCandidate> &into)
{
    for (size_t p = from; p < known.size(); ++p) {
        const int distance = __builtin_popcountll(known[p].simhash ^ hash);
        if (distance <= maxDistance)
            into.push_back({distance, quint32(p)});
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
template<typename Known>
[[gnu::target("popcnt")]] void appendNearWithPopcnt(const std::vector<Known> &known, size_t from,
    quint64 hash, int maxDistance, std::vector<SimhashCandidate> &into)
{
    appendNear(known, from, hash, maxDistance, into);
}
#endif

template<typename Known>
void appendNearHashes(const std::vector<Known> &known, size_t from, quint64 hash, int maxDistance,
    std::vector<SimhashCandidate> &into)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (popcntAvailable()) {
        appendNearWithPopcnt(known, from, hash, maxDistance, into);
        return;
    }
#endif
    appendNear(known, from, hash, maxDistance, into);
}

} // namespace

ImportService::ImportService(ArticleStore &store, ImportOptions options)
    : m_ownTarget(sqliteImportTarget(store))
    , m_target(*m_ownTarget)
    , m_options(options)
    , m_index(options.nearDuplicateMaxDistance)
{ }

ImportService::ImportService(ImportTarget &target, ImportOptions options)
    : m_target(target), m_options(options), m_index(options.nearDuplicateMaxDistance)
{ }

QStringList ImportService::collectFiles(const QStringList &paths, std::vector<ImportProblem> &problems)
{
    QStringList files;
    const QStringList filters = importableNameFilters();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems.push_back({path, QStringLiteral("no such file or folder")});
        } else if (info.isDir()) {
            if (!QDir(path).isReadable()) {
                problems.push_back({path, QStringLiteral("folder cannot be read (permission denied)")});
                continue;
            }
            // Symbolic links to folders are not followed: they can loop.
            QDirIterator it(path, filters, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext())
                found.append(it.next());
            std::sort(found.begin(), found.end());
            files += found;
        } else {
            files.append(path);
        }
    }
    return files;
}

ImportSummary ImportService::importPaths(
    const QStringList &paths, const ImportObserver &observer, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    auto report = [&](ImportProblem problem) {
        if (observer.problem)
            observer.problem(problem);
        summary.problems.push_back(std::move(problem));
    };
    std::vector<ImportProblem> pathProblems;
    const QStringList files = collectFiles(paths, pathProblems);
    for (auto &p : pathProblems) {
        ++summary.failedFiles;
        report(std::move(p));
    }

    if (!m_knownLoaded) {
        auto known = m_target.simhashes();
        if (!known) {
            report({m_target.location(), known.errorMessage()});
            return summary;
        }
        for (const auto &[id, hash] : known.value())
            m_known.push_back({id, hash, 0});
        m_knownLoaded = true;
    }
    if (!m_seenHashesCurrent) {
        m_seenHashes.clear();
        auto stored = m_target.forEachContentHash(
            [this](const QString &hash) { m_seenHashes.insert(hashKey(hash)); });
        if (!stored) {
            report({m_target.location(), stored.errorMessage()});
            return summary;
        }
        m_seenHashesCurrent = true;
    }
    syncIndex();

    // Files are committed in batches: one transaction per batch, a savepoint per file. When a
    // COMMIT fails (disk full, I/O error) the whole batch is rolled back, and its files are
    // reported as not stored instead of counted as imported.
    bool batch = false; // a batch is open on the target
    QStringList batchFiles; // the files of the open batch
    ImportSummary beforeBatch;
    size_t knownBeforeBatch = 0;
    size_t problemsBeforeBatch = 0;
    QElapsedTimer batchTimer;
    int lostFiles = 0; // files not stored because the server was lost (m_lost)
    auto commit = [&]() {
        if (!batch)
            return;
        Expected<void> committed = indexPending();
        if (committed)
            committed = m_target.commitBatch();
        else
            m_target.rollbackBatch();
        batch = false;
        if (committed)
            return;
        m_seenHashesCurrent = false;
        m_known.resize(knownBeforeBatch);
        m_rolledBackTo = std::min(m_rolledBackTo, knownBeforeBatch);
        // The index still holds the rolled-back ones, and the chunk being prepared was probed
        // against it: both are set right when the chunk is done.
        m_staleChunks = 2;
        QSet<QString> alreadyReported; // files of the batch refused before, for their own reason
        for (size_t p = problemsBeforeBatch; p < summary.problems.size(); ++p)
            alreadyReported.insert(summary.problems[p].file);
        auto problems = std::move(summary.problems);
        const int filesSeen = summary.files;
        summary = beforeBatch;
        summary.files = filesSeen;
        summary.problems = std::move(problems);
        if (isUnreachable(committed.error().kind) && !m_lost)
            m_lost = committed.error();
        if (m_lost)
            lostFiles += int(batchFiles.size());
        for (const QString &file : std::as_const(batchFiles)) {
            ++summary.failedFiles;
            if (!alreadyReported.contains(file) && !m_lost) {
                report({file,
                    QStringLiteral("not stored: the database could not save it (%1)")
                        .arg(committed.errorMessage())});
            }
        }
    };

    auto openBatch = [&]() {
        if (batch)
            return true;
        if (auto begun = m_target.beginBatch(); !begun) {
            m_seenHashesCurrent = false;
            if (isUnreachable(begun.error().kind))
                m_lost = begun.error(); // said once at the end, with the files not stored
            else
                report({m_target.location(),
                    QStringLiteral("cannot write to the database: %1").arg(begun.errorMessage())});
            return false;
        }
        batch = true;
        batchFiles.clear();
        beforeBatch = summary;
        beforeBatch.problems.clear();
        knownBeforeBatch = m_known.size();
        problemsBeforeBatch = summary.problems.size();
        batchTimer.start();
        return true;
    };

    // The pool prepares the next chunk of files while this thread writes the current one; a
    // thread of its own hands the chunk's two steps to the pool.
    const int total = int(files.size());
    const int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QThreadPool coordinator;
    coordinator.setMaxThreadCount(1);
    auto prepareNext = [&](int from) {
        int to = from;
        qint64 bytes = 0;
        while (to < total && to - from < filesPerChunk && bytes < bytesPerChunk)
            bytes += QFileInfo(files[to++]).size();
        QStringList chunk = files.mid(from, to - from);
        if (threads <= 1)
            return QtFuture::makeReadyFuture(prepareChunk(chunk, nullptr));
        return QtConcurrent::run(&coordinator, [this, chunk, &pool] { return prepareChunk(chunk, &pool); });
    };

    int next = 0; // the first file not handed to the pool yet
    QFuture<QList<PreparedFile>> ahead = prepareNext(next);
    bool stop = false;
    while (!stop) {
        QList<PreparedFile> current = ahead.result();
        next += int(current.size());
        // Probes of the next chunk read the index as it is now; it changes only between chunks.
        syncIndex();
        if (next < total)
            ahead = prepareNext(next);
        else
            stop = true;
        for (PreparedFile &prepared : current) {
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                m_seenHashesCurrent = false;
                stop = true;
                break;
            }
            if (observer.progress)
                observer.progress(summary.files, total, prepared.file);
            // Two clients storing the same texts in different orders can wait for each other;
            // the server then undoes one's statement (a deadlock). That file is rolled back, the
            // batch so far committed, so that this client's earlier rows hold the other one up
            // no longer, and the file tried again in a new batch.
            bool cannotWrite = false;
            for (int attempt = 1;; ++attempt) {
                if (!openBatch()) {
                    cannotWrite = true;
                    break;
                }
                if (attempt == 1)
                    ++summary.files;
                batchFiles.append(prepared.file);
                if (writeFile(prepared, summary, observer, attempt))
                    break;
                batchFiles.removeLast();
                commit();
                if (m_lost) { // the file waiting to be tried again is not stored either
                    ++summary.failedFiles;
                    ++lostFiles;
                    cannotWrite = true;
                    break;
                }
            }
            if (cannotWrite) {
                stop = true;
                break;
            }
            if (m_lost) {
                // The server undid the open batch (the failed file with it): commit() counts its
                // files as not stored. Should the batch hold after all, the failed file alone.
                const int before = lostFiles;
                commit();
                if (lostFiles == before) {
                    ++summary.failedFiles;
                    ++lostFiles;
                }
                stop = true;
                break;
            }
            if (batchFiles.size() >= filesPerBatch || batchTimer.elapsed() > m_options.batchMilliseconds) {
                commit();
                if (m_lost) {
                    stop = true;
                    break;
                }
            }
        }
        // The chunk's prepared tokens go with it: index what it stored while they are here.
        commit();
        if (m_lost)
            stop = true;
        if (m_staleChunks > 0)
            --m_staleChunks;
    }
    ahead.waitForFinished();
    commit();
    if (m_lost) {
        // One line for the lost server instead of one per file: the rest would fail alike.
        // The files never tried are not stored either.
        lostFiles += total - summary.files;
        summary.failedFiles += total - summary.files;
        summary.files = total;
        // The reason without the wrappers that name the database again ("cannot store: URI: …").
        QString reason = m_lost->message;
        if (const qsizetype at = reason.lastIndexOf(m_target.location() + QLatin1String(": ")); at >= 0)
            reason = reason.mid(at + m_target.location().size() + 2);
        report({m_target.location(),
            QStringLiteral("%1; the import stopped, %2 of %3 files not stored (importing them again stores "
                           "them and skips what was stored)")
                .arg(reason)
                .arg(lostFiles)
                .arg(total)});
        m_lost.reset();
        m_seenHashesCurrent = false;
        return summary;
    }
    syncIndex();
    if (observer.progress && !summary.cancelled)
        observer.progress(total, total, QString());
    return summary;
}

Expected<void> ImportService::indexPending()
{
    auto indexed = m_target.indexArticles(std::move(m_unindexed), std::move(m_unindexedTokens));
    m_unindexed.clear();
    m_unindexedTokens.clear();
    return indexed;
}

void ImportService::syncIndex()
{
    m_index.truncate(quint32(std::min(m_rolledBackTo, m_known.size())));
    m_rolledBackTo = std::numeric_limits<size_t>::max();
    for (size_t p = m_index.size(); p < m_known.size(); ++p)
        m_index.add(m_known[p].simhash);
}

QList<ImportService::PreparedFile> ImportService::prepareChunk(const QStringList &chunk, QThreadPool *pool)
{
    QList<PreparedFile> files;
    if (!pool) {
        for (const QString &file : chunk)
            files.append(readFile(file));
    } else {
        files = QtConcurrent::mapped(
            pool, chunk, std::function<PreparedFile(const QString &)>([this](const QString &file) {
                return readFile(file);
            })).results();
    }
    markSeenHashes(files);
    if (!pool) {
        for (PreparedFile &file : files)
            prepareArticles(file);
    } else {
        // mapped, not map: the prepared files come back through the future's result store, whose
        // lock is in code compiled here, so ThreadSanitizer sees the pool's writes (and its reads
        // of the near-duplicate index) happen before this thread and the writer go on; map's
        // waitForFinished() waits inside the uninstrumented Qt, which TSan cannot see.
        files = QtConcurrent::mapped(pool, std::move(files),
            std::function<PreparedFile(const PreparedFile &)>([this](const PreparedFile &file) {
                PreparedFile prepared = file;
                prepareArticles(prepared);
                return prepared;
            })).results();
    }
    return files;
}

void ImportService::markSeenHashes(QList<PreparedFile> &files)
{
    for (PreparedFile &file : files) {
        for (PreparedArticle &p : file.articles)
            p.seenBefore = !m_seenHashes.insert(hashKey(p.article.contentHash)).second;
    }
}

ImportService::PreparedFile ImportService::readFile(const QString &file) const
{
    PreparedFile prepared;
    prepared.file = file;
    const QFileInfo info(file);
    if (info.isDir()) {
        prepared.failure = QStringLiteral("is a folder");
        return prepared;
    }
    if (info.size() > m_options.maxFileBytes) {
        prepared.failure = QStringLiteral("file too large (%1; the limit is %2)")
                               .arg(megabytes(info.size()), megabytes(m_options.maxFileBytes));
        return prepared;
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        prepared.failure = QStringLiteral("cannot read: %1").arg(in.errorString());
        return prepared;
    }
    const QByteArray data = in.readAll();
    if (in.error() != QFileDevice::NoError) {
        prepared.failure = QStringLiteral("cannot read: %1").arg(in.errorString());
        return prepared;
    }
    if (data.isEmpty()) {
        prepared.failure = QStringLiteral("empty file");
        return prepared;
    }
    const ArticleImporter *importer = importerFor(file, data.left(1024));
    if (!importer) {
        prepared.failure = QStringLiteral("unsupported file type; Lagebild reads %1")
                               .arg(importableNameFilters().join(QLatin1String(", ")));
        return prepared;
    }
    auto batch = importer->read(file, data);
    if (!batch) {
        prepared.failure = batch.errorMessage();
        return prepared;
    }
    prepared.itemProblems = batch->itemProblems;
    prepared.bytes = data.size();
    prepared.articles.reserve(batch->articles.size());
    for (Article &article : batch->articles) {
        PreparedArticle p;
        p.article = std::move(article);
        p.article.originalFile = file;
        p.article.contentHash = contentHash(p.article.body);
        prepared.articles.push_back(std::move(p));
    }
    return prepared;
}

void ImportService::prepareArticles(PreparedFile &prepared) const
{
    for (PreparedArticle &p : prepared.articles) {
        if (p.seenBefore)
            continue;
        prepareArticle(p);
        p.probedUpTo = m_index.size();
        m_index.probe(p.article.simhash, p.candidates);
    }
}

void ImportService::prepareArticle(PreparedArticle &p) const
{
    const DetectedLanguage language = detectLanguage(p.article.title + QLatin1Char('\n') + p.article.body);
    p.article.language = language.code;
    p.article.languageReliable = language.reliable;
    p.shingles = shingles(p.article.body);
    p.packedOriginal = packRawOriginal(p.article.rawOriginal, p.article.body);
    // A target that stores the text as it is and indexes it itself (PostgreSQL) needs neither.
    if (m_target.wantsPackedTextAndTokens()) {
        p.packedBody = Sqlite::packText(p.article.body);
        p.titleTokens = pretokenizeDocument(p.article.title);
        p.bodyTokens = pretokenizeDocument(p.article.body);
    }
    p.article.simhash = simhash(p.shingles);
    p.prepared = true;
}

bool ImportService::writeFile(
    PreparedFile &prepared, ImportSummary &summary, const ImportObserver &observer, int attempt)
{
    const QString &file = prepared.file;
    auto fail = [&](const QString &reason) {
        ++summary.failedFiles;
        ImportProblem problem {file, reason};
        if (observer.problem)
            observer.problem(problem);
        summary.problems.push_back(std::move(problem));
    };
    if (attempt == 1) {
        if (!prepared.failure.isEmpty()) {
            fail(prepared.failure);
            return true;
        }
        for (const QString &itemProblem : std::as_const(prepared.itemProblems)) {
            ++summary.failedItems;
            ImportProblem problem {file, itemProblem};
            if (observer.problem)
                observer.problem(problem);
            summary.problems.push_back(std::move(problem));
        }
    }

    const size_t knownBefore = m_known.size();
    const ImportSummary before = summary;
    const Expected<void> stored = storeFile(prepared, summary);
    if (stored) {
        summary.bytes += prepared.bytes;
        // Said once the file is stored, so that a file tried again says them once.
        if (observer.duplicate) {
            for (size_t n = before.duplicateNotes.size(); n < summary.duplicateNotes.size(); ++n)
                observer.duplicate(summary.duplicateNotes[n]);
        }
        return true;
    }
    m_seenHashesCurrent = false;
    m_known.resize(knownBefore);
    auto problems = std::move(summary.problems);
    summary = before;
    summary.problems = std::move(problems);
    if (stored.error().kind == ErrorKind::Busy && attempt < fileAttempts)
        return false;
    if (isUnreachable(stored.error().kind)) {
        m_lost = stored.error(); // counted with its batch, said once (importPaths)
        return true;
    }
    fail(stored.errorMessage());
    return true;
}

Expected<void> ImportService::storeFile(PreparedFile &prepared, ImportSummary &summary)
{
    // A savepoint per file: a database error undoes this file only.
    if (auto begun = m_target.beginFile(); !begun) {
        return Error {
            QStringLiteral("cannot write to the database: %1").arg(begun.errorMessage()), begun.error().kind};
    }
    for (PreparedArticle &article : prepared.articles) {
        if (auto stored = storeArticle(article, prepared.file, summary); !stored) {
            m_target.rollbackFile();
            return Error {QStringLiteral("cannot store: %1").arg(stored.errorMessage()), stored.error().kind};
        }
    }
    if (auto released = m_target.releaseFile(); !released)
        return Error {QStringLiteral("cannot store: %1").arg(released.errorMessage()), released.error().kind};
    return {};
}

void ImportService::noteDuplicate(
    const Article &article, ArticleId existing, const QString &file, ImportSummary &summary)
{
    ++summary.duplicates;
    ImportProblem note {file,
        QStringLiteral("\"%1\" has the same text as article %2; skipped")
            .arg(article.title.left(60))
            .arg(existing)};
    summary.duplicateNotes.push_back(std::move(note));
}

Expected<void> ImportService::storeArticle(
    PreparedArticle &prepared, const QString &file, ImportSummary &summary)
{
    Article &article = prepared.article;
    auto existing = m_target.findByContentHash(article.contentHash);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        noteDuplicate(article, **existing, file, summary);
        return {};
    }
    // Expected to be a duplicate, it was left unprepared; it was not. Not probed either:
    // findOriginal compares it with every known article.
    if (!prepared.prepared)
        prepareArticle(prepared);
    article.importedAt = QDateTime::currentDateTimeUtc();
    findOriginal(prepared);

    auto id = m_target.insert(article, prepared.packedOriginal, prepared.packedBody);
    if (!id)
        return id.error();
    if (!id->has_value()) {
        // Another client stored the same text after the look-up above and committed it: the
        // unique content hash made the insert wait for it and do nothing.
        auto stored = m_target.findByContentHash(article.contentHash);
        if (!stored)
            return stored.error();
        noteDuplicate(article, stored->value_or(0), file, summary);
        return {};
    }
    article.id = **id;
    m_unindexed.push_back(article.id);
    if (m_target.wantsPackedTextAndTokens()) {
        m_unindexedTokens.push_back(&prepared.titleTokens);
        m_unindexedTokens.push_back(&prepared.bodyTokens);
    }
    m_known.push_back({article.id, article.simhash, article.duplicateOf});
    ++summary.imported;
    summary.importedIds.push_back(article.id);
    if (article.duplicateOf)
        ++summary.nearDuplicates;
    if (!article.isGerman())
        ++summary.nonGerman;
    return {};
}

void ImportService::findOriginal(PreparedArticle &prepared)
{
    Article &article = prepared.article;
    std::vector<SimhashCandidate> &candidates = prepared.candidates;
    // The pool compared it with the known articles up to `probedUpTo`; the rest are compared
    // here. After a rolled-back batch the probes may name articles that are gone: all here.
    size_t from = prepared.probedUpTo;
    if (m_staleChunks > 0) {
        candidates.clear();
        from = 0;
    } else {
        // A file tried again: what the last attempt added may name articles it rolled back.
        std::erase_if(
            candidates, [&](const SimhashCandidate &c) { return c.position >= prepared.probedUpTo; });
    }
    article.duplicateOf = 0;
    article.duplicateSimilarity = 0;
    appendNearHashes(m_known, from, article.simhash, m_options.nearDuplicateMaxDistance, candidates);
    // Nearest first; among equals the first stored, as one thread comparing in order finds them.
    std::sort(candidates.begin(), candidates.end());
    // Few candidates survive the SimHash filter; confirm each by shingle overlap.
    for (size_t c = 0; c < std::min<size_t>(candidates.size(), 4); ++c) {
        const Known &k = m_known[candidates[c].position];
        auto body = m_target.articleBody(k.id);
        if (!body)
            continue;
        const double similarity = jaccard(prepared.shingles, shingles(body.value()));
        if (similarity >= m_options.nearDuplicateJaccard) {
            // Link to the first version of the story, not to another copy.
            article.duplicateOf = k.original ? k.original : k.id;
            article.duplicateSimilarity = similarity;
            return;
        }
    }
}

} // namespace Lagebild
