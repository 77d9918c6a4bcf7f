// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctioncommands.h"

#include "store/edithistory.h"
#include "store/entityrules.h"
#include "store/mentioncorrections.h"
#include "store/recordedits.h"
#include "store/sqlreader.h"

namespace Lagebild {

MentionCommand::MentionCommand(SqlWriter &sql, ArticleId article, std::optional<StoredMention> before,
    std::optional<StoredMention> after, const QString &text, std::function<void(ArticleId)> changed,
    AnalyseArticle analyse)
    : m_sql(sql)
    , m_article(article)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_analyse(std::move(analyse))
{
    setText(text);
    setArticle(m_article);
}

void MentionCommand::redoEdit()
{
    auto done = MentionCorrections(m_sql).replace(m_article, m_before, m_after);
    if (done) {
        // After an undo the engine stored the mention under a new id: the next undo needs it.
        if (m_before && done->removed)
            m_before->id = done->removed->id;
        m_afterId = done->madeId;
    }
    finish(Step::Redo, done ? Expected<void>() : Expected<void>(done.error()));
}

void MentionCommand::undoEdit()
{
    MentionCorrections corrections(m_sql);
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
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
        return recordEdits(m_sql, m_article, mentionEdits(removed, m_before));
    });
    finish(Step::Undo, result);
    // Bring back what the engine finds there now, before anyone looks.
    if (result && m_analyse)
        m_analyse(m_article);
}

CorrectionCommand::CorrectionCommand(SqlWriter &sql, QString kind, QString entity, QString entityType,
    QString value, const QString &text, std::function<void()> changed)
    : m_sql(sql)
    , m_kind(std::move(kind))
    , m_entity(std::move(entity))
    , m_entityType(std::move(entityType))
    , m_value(std::move(value))
    , m_changed(std::move(changed))
{
    setText(text);
}

void CorrectionCommand::redoEdit()
{
    qint64 made = 0;
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        auto id = EntityRules(m_sql).add(m_kind, m_entity, m_entityType, m_value);
        if (!id)
            return id.error();
        made = id.value();
        return {};
    });
    m_id = result ? made : 0;
    finish(Step::Redo, result);
}

void CorrectionCommand::undoEdit()
{
    if (!m_id)
        return;
    const Expected<void> result = m_sql.transact([&] { return EntityRules(m_sql).remove(m_id); });
    if (result)
        m_id = 0;
    finish(Step::Undo, result);
}

} // namespace Lagebild
