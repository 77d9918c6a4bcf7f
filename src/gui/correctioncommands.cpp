// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctioncommands.h"

#include "core/logging.h"
#include "services/analysisservice.h"
#include "store/articlestore.h"
#include "store/edithistory.h"
#include "store/mentioncorrections.h"
#include "store/recordedits.h"
#include "store/sqlreader.h"

namespace Lagebild {

MentionCommand::MentionCommand(ArticleStore &store, ArticleId article, std::optional<StoredMention> before,
    std::optional<StoredMention> after, const QString &text, std::function<void(ArticleId)> changed)
    : m_store(store)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(text);
    setArticle(m_article);
}

void MentionCommand::redo()
{
    const auto writer = sqliteSqlWriter(m_store.database());
    auto done = MentionCorrections(*writer).replace(m_article, m_before, m_after);
    if (done) {
        // After an undo the engine stored the mention under a new id: the next undo needs it.
        if (m_before && done->removed)
            m_before->id = done->removed->id;
        m_afterId = done->madeId;
    }
    finish(Step::Redo, done ? Expected<void>() : Expected<void>(done.error()));
    m_changed(m_article);
}

void MentionCommand::undo()
{
    const auto writer = sqliteSqlWriter(m_store.database());
    MentionCorrections corrections(*writer);
    const Expected<void> result = writer->transact([&]() -> Expected<void> {
        std::optional<StoredMention> removed; // the hand-made mention taken back, for the history
        if (m_after && m_afterId) {
            if (auto r = corrections.removeMention(m_afterId); !r)
                return r;
            removed = m_after;
            // What the engine had found under the new mention was deleted with it.
            if (auto r = corrections.markForAnalysis(m_article); !r)
                return r;
        }
        if (m_before) {
            if (m_before->manual) {
                auto id = corrections.addManualMention(m_article, *m_before);
                if (!id)
                    return id.error();
                m_before->id = id.value();
            } else if (auto r = corrections.restoreAutomaticMention(m_before->id); !r) {
                return r;
            }
        }
        // The engine's mention comes back with the analysis below; the history says so now, in
        // the transaction that makes room for it.
        return recordEdits(*writer, m_article, mentionEdits(removed, m_before));
    });
    finish(Step::Undo, result);
    // Bring back what the engine finds there now, before anyone looks.
    const AnalyzeSummary again = AnalysisService(m_store).analyzeArticles({m_article});
    if (!again.error.isEmpty()) // the article stays due for analysis, the next run brings it back
        qCWarning(lcGui) << "analysing the article again failed:" << again.error;
    m_changed(m_article);
}

CorrectionCommand::CorrectionCommand(ArticleStore &store, QString kind, QString entity, QString entityType,
    QString value, const QString &text, std::function<void()> changed)
    : m_store(store)
    , m_kind(std::move(kind))
    , m_entity(std::move(entity))
    , m_entityType(std::move(entityType))
    , m_value(std::move(value))
    , m_changed(std::move(changed))
{
    setText(text);
}

void CorrectionCommand::redo()
{
    AnalysisRepository repository(m_store.database());
    auto id = repository.addCorrection(m_kind, m_entity, m_entityType, m_value);
    m_id = id ? id.value() : 0;
    finish(Step::Redo, id ? Expected<void>() : Expected<void>(id.error()));
    m_changed();
}

void CorrectionCommand::undo()
{
    if (!m_id)
        return;
    AnalysisRepository repository(m_store.database());
    const Expected<void> result = repository.removeCorrection(m_id);
    if (result)
        m_id = 0;
    finish(Step::Undo, result);
    m_changed();
}

} // namespace Lagebild
