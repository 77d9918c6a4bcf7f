// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/adaptationrepository.h"
#include "store/storedanalysis.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Lagebild::Postgres {

class Connection;

struct ArticleText
{
    ArticleId id = 0;
    QString body;
    QDate published; ///< invalid when unknown
};

/// Stored analyses on PostgreSQL, with the semantics of AnalysisRepository on SQLite: the same
/// writeAnalysis() (store/analysiswriter.h) decides what is written, so the analyst's manual
/// mentions, removal markers and relation verdicts stay and entities are found or created alike.
class AnalysisStore
{
public:
    explicit AnalysisStore(Connection &connection);

    /// meta.rules_version: increases with every correction; stored with each analysis.
    Expected<int> rulesVersion();
    Expected<std::vector<CorrectionRow>> corrections();
    /// The name tagger's adaptation learned for this corpus (table ner_adaptation), if any.
    Expected<std::optional<StoredAdaptation>> adaptation();

    /// Finds or creates the entities these analyses name, committed at once and in one order, on
    /// `outside` (a connection not in a transaction; this store's own when null): call it
    /// outside the transaction that stores them. Two workers storing articles that name
    /// the same new entities would otherwise wait for each other's uncommitted rows, each holding
    /// what the other waits for (a deadlock); entities are never deleted, so one created for a
    /// batch that fails later does no harm.
    Expected<void> resolveEntities(
        const std::vector<ArticleAnalysis> &analyses, Connection *outside = nullptr);

    /// What analysing an article needs, read in one statement for a whole batch (in the order of
    /// `ids`; an article deleted meanwhile is left out). Inside the claim's transaction.
    Expected<std::vector<ArticleText>> texts(const std::vector<ArticleId> &ids);

    /// Replaces the automatic analyses of these articles; call inside a transaction, after
    /// resolveEntities(). The statements are a handful whatever the batch's size (each is a round
    /// trip to the server, which one statement per article and table made the worker's cost).
    Expected<void> store(const std::vector<ArticleAnalysis> &analyses, int engineVersion, int rulesVersion);

private:
    friend class PostgresBatchWriter;
    Expected<qint64> entityId(const QString &type, const QString &canonical);

    Connection &m_connection;
    QHash<QString, qint64> m_entityIds; // "TYPE\x1fcanonical" → id
};

} // namespace Lagebild::Postgres
