// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "core/relationtrust.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

class SqlWriter;
namespace Sqlite {
class Database;
}

/// Where a stored relation stands with the analyst: the `origin` and `status` columns of its row.
enum class RelationVerdict : quint8 {
    Unreviewed, ///< as the engine found it (origin 'automatic')
    Confirmed, ///< confirmed or made by hand (origin 'manual', status 'active')
    Rejected, ///< rejected by hand (origin 'manual', status 'rejected'): re-analysis skips the claim
};

[[nodiscard]] QString relationVerdictName(RelationVerdict verdict);

/// One stored relation with its ends and its sentence, for review.
struct RelationRow
{
    qint64 id = 0;
    ArticleId article = 0;
    QString type; ///< identifier ("partners_with")
    qint64 sourceId = 0;
    QString source;
    QString sourceType;
    qint64 targetId = 0;
    QString target;
    QString targetType;
    int evidenceStart = 0;
    int evidenceEnd = 0;
    QString sentence; ///< the evidence, simplified
    QString attributedTo;
    std::optional<double> confidence; ///< the engine's, when it found the relation
    RelationVerdict verdict = RelationVerdict::Unreviewed;
    qint64 corrects = 0; ///< the relation this one replaces, 0 for none

    [[nodiscard]] RelationTrust trust() const
    {
        return relationTrust(verdict == RelationVerdict::Confirmed, confidence);
    }
};

/// Which stored relations to list.
struct RelationListOptions
{
    ArticleId article = 0; ///< 0: every article
    std::optional<RelationVerdict> verdict; ///< unset: every verdict
    int limit = -1;
};

/// The analyst's verdicts on the relations the engine found: confirm, reject, correct, and the
/// steps back, each a few statements the caller wraps in a transaction. Verdicts are rows with
/// origin 'manual', which re-analysis keeps and honours (AnalysisRepository::store, and the
/// worker's storing on PostgreSQL). The statements are written once for both backends (SqlWriter).
class RelationRepository
{
public:
    explicit RelationRepository(Sqlite::Database &db);
    /// On either backend, through `sql`, which must outlive the repository.
    explicit RelationRepository(SqlWriter &sql);
    ~RelationRepository();
    RelationRepository(const RelationRepository &) = delete;
    RelationRepository &operator=(const RelationRepository &) = delete;

    Expected<std::optional<RelationRow>> relation(qint64 id);
    Expected<std::vector<RelationRow>> relations(const RelationListOptions &options = {});
    /// The entities an article mentions (id, canonical name, type), for choosing the ends of a
    /// corrected relation; QUANTITY and DATE are no ends.
    Expected<std::vector<std::tuple<qint64, QString, QString>>> articleEntities(ArticleId article);

    /// Each change below is written into the article's history too (edithistory.h), in the
    /// caller's transaction; setting the verdict a relation has already writes no row.
    ///
    /// Sets a relation's verdict and returns the one it had, for undo. Confirming keeps the row
    /// (and its event) as a manual one; rejecting keeps it as the marker of a refused claim;
    /// Unreviewed hands it back to the engine, which replaces it at the next analysis.
    Expected<RelationVerdict> setVerdict(qint64 id, RelationVerdict verdict);
    /// What the sentence states instead: rejects `id` and adds a manual relation with this type
    /// and these ends and the same evidence, dated like the original. Returns the new row's id;
    /// `previous` gets the original's verdict, for undo.
    Expected<qint64> correct(
        qint64 id, const QString &type, qint64 source, qint64 target, RelationVerdict *previous = nullptr);
    /// Undoes correct(): deletes the correction (its event goes with it) and gives the original
    /// its previous verdict.
    Expected<void> removeCorrection(qint64 correction, RelationVerdict originalVerdict);
    /// Back to what the engine found: a correction is deleted and what it corrected reset in turn;
    /// any other relation becomes unreviewed.
    Expected<void> reset(qint64 id);

private:
    /// setVerdict() without a row of history: for the steps that write their own.
    Expected<RelationVerdict> applyVerdict(qint64 id, RelationVerdict verdict);

    std::unique_ptr<SqlWriter> m_owned; ///< the SQLite writer of the first constructor
    SqlWriter &m_sql;
};

} // namespace Lagebild
