// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"

#include "core/logging.h"
#include "import/articleimporter.h"
#include "import/fingerprint.h"
#include "import/importers.h"
#include "import/languagedetector.h"
#include "store/articlestore.h"
#include "store/sqlite/database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Lagebild {

namespace {

// Commit after this many files or this much time, whichever comes first: large batches for
// throughput, short enough that a crash loses little and readers see progress.
constexpr int batchFiles = 500;
constexpr qint64 batchMilliseconds = 1000;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QLatin1String(" MB");
}

} // namespace

ImportService::ImportService(ArticleStore &store, ImportOptions options) : m_store(store), m_options(options)
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
        auto known = m_store.simhashes();
        if (!known) {
            report({m_store.path(), known.errorMessage()});
            return summary;
        }
        for (const auto &[id, hash] : known.value())
            m_known.push_back({id, hash, 0});
        m_knownLoaded = true;
    }

    Sqlite::Database &db = m_store.database();
    bool inTransaction = false;
    int filesInBatch = 0;
    QElapsedTimer batchTimer;
    auto commit = [&]() {
        if (!inTransaction)
            return;
        if (auto r = db.execute(QStringLiteral("COMMIT")); !r)
            report({m_store.path(), QStringLiteral("cannot commit the import: %1").arg(r.errorMessage())});
        inTransaction = false;
    };

    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        if (observer.progress)
            observer.progress(i, total, files[i]);
        if (!inTransaction) {
            if (auto r = db.execute(QStringLiteral("BEGIN IMMEDIATE")); !r) {
                report({m_store.path(),
                    QStringLiteral("cannot write to the database: %1").arg(r.errorMessage())});
                break;
            }
            inTransaction = true;
            filesInBatch = 0;
            batchTimer.start();
        }
        ++summary.files;
        importFile(files[i], summary, observer);
        if (++filesInBatch >= batchFiles || batchTimer.elapsed() > batchMilliseconds)
            commit();
    }
    commit();
    if (observer.progress && !summary.cancelled)
        observer.progress(total, total, QString());
    return summary;
}

void ImportService::importFile(const QString &file, ImportSummary &summary, const ImportObserver &observer)
{
    auto fail = [&](const QString &reason) {
        ++summary.failedFiles;
        ImportProblem problem {file, reason};
        if (observer.problem)
            observer.problem(problem);
        summary.problems.push_back(std::move(problem));
    };
    const QFileInfo info(file);
    if (info.isDir())
        return fail(QStringLiteral("is a folder"));
    if (info.size() > m_options.maxFileBytes) {
        return fail(QStringLiteral("file too large (%1; the limit is %2)")
                        .arg(megabytes(info.size()), megabytes(m_options.maxFileBytes)));
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: %1").arg(in.errorString()));
    const QByteArray data = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return fail(QStringLiteral("cannot read: %1").arg(in.errorString()));
    if (data.isEmpty())
        return fail(QStringLiteral("empty file"));

    const ArticleImporter *importer = importerFor(file, data.left(1024));
    if (!importer) {
        return fail(QStringLiteral("unsupported file type; Lagebild reads %1")
                        .arg(importableNameFilters().join(QLatin1String(", "))));
    }
    auto batch = importer->read(file, data);
    if (!batch)
        return fail(batch.errorMessage());
    for (const QString &itemProblem : std::as_const(batch->itemProblems)) {
        ++summary.failedItems;
        ImportProblem problem {file, itemProblem};
        if (observer.problem)
            observer.problem(problem);
        summary.problems.push_back(std::move(problem));
    }

    // A savepoint per file: a database error undoes this file only.
    Sqlite::Database &db = m_store.database();
    if (auto r = db.execute(QStringLiteral("SAVEPOINT import_file")); !r)
        return fail(QStringLiteral("cannot write to the database: %1").arg(r.errorMessage()));
    const size_t knownBefore = m_known.size();
    const ImportSummary before = summary;
    for (Article &article : batch->articles) {
        article.originalFile = file;
        QString error;
        if (!storeArticle(article, file, summary, observer, error)) {
            (void)db.execute(QStringLiteral("ROLLBACK TO import_file"));
            (void)db.execute(QStringLiteral("RELEASE import_file"));
            m_known.resize(knownBefore);
            const ImportProblem failure {file, QStringLiteral("cannot store: %1").arg(error)};
            auto problems = std::move(summary.problems);
            summary = before;
            summary.problems = std::move(problems);
            ++summary.failedFiles;
            if (observer.problem)
                observer.problem(failure);
            summary.problems.push_back(failure);
            return;
        }
    }
    (void)db.execute(QStringLiteral("RELEASE import_file"));
    summary.bytes += data.size();
}

bool ImportService::storeArticle(Article &article, const QString &file, ImportSummary &summary,
    const ImportObserver &observer, QString &error)
{
    article.contentHash = contentHash(article.body);
    auto existing = m_store.findByContentHash(article.contentHash);
    if (!existing) {
        error = existing.errorMessage();
        return false;
    }
    if (existing->has_value()) {
        ++summary.duplicates;
        ImportProblem note {file,
            QStringLiteral("\"%1\" has the same text as article %2; skipped")
                .arg(article.title.left(60))
                .arg(**existing)};
        if (observer.duplicate)
            observer.duplicate(note);
        summary.duplicateNotes.push_back(std::move(note));
        return true;
    }
    const DetectedLanguage language = detectLanguage(article.title + QLatin1Char('\n') + article.body);
    article.language = language.code;
    article.languageReliable = language.reliable;
    article.importedAt = QDateTime::currentDateTimeUtc();
    findOriginal(article);

    auto id = m_store.insertArticle(article);
    if (!id) {
        error = id.errorMessage();
        return false;
    }
    article.id = id.value();
    m_known.push_back({article.id, article.simhash, article.duplicateOf});
    ++summary.imported;
    summary.importedIds.push_back(article.id);
    if (article.duplicateOf)
        ++summary.nearDuplicates;
    if (!article.isGerman())
        ++summary.nonGerman;
    return true;
}

void ImportService::findOriginal(Article &article)
{
    const ShingleSet mine = shingles(article.body);
    article.simhash = simhash(mine);
    std::vector<std::pair<int, const Known *>> candidates;
    for (const Known &k : m_known) {
        const int distance = hammingDistance(k.simhash, article.simhash);
        if (distance <= m_options.nearDuplicateMaxDistance)
            candidates.emplace_back(distance, &k);
    }
    std::sort(
        candidates.begin(), candidates.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    // Few candidates survive the SimHash filter; confirm each by shingle overlap.
    for (size_t c = 0; c < std::min<size_t>(candidates.size(), 4); ++c) {
        const Known &k = *candidates[c].second;
        auto body = m_store.articleBody(k.id);
        if (!body)
            continue;
        const double similarity = jaccard(mine, shingles(body.value()));
        if (similarity >= m_options.nearDuplicateJaccard) {
            // Link to the first version of the story, not to another copy.
            article.duplicateOf = k.original ? k.original : k.id;
            article.duplicateSimilarity = similarity;
            return;
        }
    }
}

} // namespace Lagebild
