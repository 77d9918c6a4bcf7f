// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

class SqlWriter;
namespace Sqlite {
class Database;
}

/// The name tagger's adaptation to one database (table ner_adaptation), as stored.
struct StoredAdaptation
{
    QString model; ///< fingerprint of the model it was learned on
    QByteArray weights; ///< Analysis::NerAdaptation::toBytes()
    int articles = 0;
    int sentences = 0;
    int weightCount = 0;
    QString learnedAt; ///< ISO, UTC; set by store()
};

/// What learning from the analyst's corrections reads and writes: which articles the analyst
/// corrected, and the adaptation learned from them. Storing or forgetting an adaptation changes
/// how every article is analysed, so it makes every article due, as a new correction rule does:
/// `analyze` on a file, the workers on a team database (told on the due channel at the commit).
/// Written once for both backends through a SqlWriter.
class AdaptationRepository
{
public:
    explicit AdaptationRepository(SqlWriter &sql);
    /// An SQLite file's, through its connection.
    explicit AdaptationRepository(Sqlite::Database &db);
    ~AdaptationRepository();
    AdaptationRepository(const AdaptationRepository &) = delete;
    AdaptationRepository &operator=(const AdaptationRepository &) = delete;

    /// Articles with a mention marked or removed by hand, or with a mention of an entity a
    /// retype rule is about.
    Expected<std::vector<ArticleId>> correctedArticles();
    /// Of `ids` (sorted), those whose analysis is older than the engine or the rules.
    Expected<std::vector<ArticleId>> dueAmong(const std::vector<ArticleId> &ids, int engineVersion);
    Expected<std::optional<StoredAdaptation>> adaptation();
    /// Whether an adaptation is stored, without reading its weights.
    Expected<bool> hasAdaptation();
    /// False when this connection's database user may not store or forget an adaptation (a team
    /// database's reader, an editor whose group role was granted before the table was theirs).
    Expected<bool> mayChange();
    /// Replaces the stored adaptation; call inside a transaction. Without `makeDue` no article
    /// falls due for it: only analyses made from now on apply it (`learn --no-analyze` on a team
    /// database, where the workers would otherwise start at once).
    Expected<void> store(const StoredAdaptation &adaptation, bool makeDue = true);
    /// Deletes the adaptation; false when there was none (then nothing changes). Call inside a
    /// transaction.
    Expected<bool> forget(bool makeDue = true);

private:
    Expected<void> makeAllDue();

    std::unique_ptr<SqlWriter> m_owned; ///< over an SQLite connection given as such
    SqlWriter &m_sql;
};

} // namespace Lagebild
