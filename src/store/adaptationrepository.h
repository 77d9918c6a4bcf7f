// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

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
/// how every article is analysed, so it makes every article due, as a new correction rule does.
class AdaptationRepository
{
public:
    explicit AdaptationRepository(Sqlite::Database &db);

    /// Articles with a mention marked or removed by hand, or with a mention of an entity a
    /// retype rule is about.
    Expected<std::vector<ArticleId>> correctedArticles();
    Expected<std::optional<StoredAdaptation>> adaptation();
    /// Replaces the stored adaptation; call inside a transaction.
    Expected<void> store(const StoredAdaptation &adaptation);
    /// Deletes the adaptation; false when there was none (then nothing changes).
    Expected<bool> forget();

private:
    Expected<void> makeAllDue();

    Sqlite::Database &m_db;
};

} // namespace Lagebild
