// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/correctioncommands.h"

#include "store/analysiswriter.h"
#include "store/edithistory.h"
#include "store/entityrules.h"
#include "store/mentioncorrections.h"
#include "store/mentionreads.h"
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
    if (mayBeStoredAlready()) {
        // Not found, or the reading failed: write; a server still away fails the write alike.
        if (auto stored = storedEarlier(); stored && stored->has_value()) {
            m_afterId = (*stored)->afterId;
            if (m_before)
                m_before->id = (*stored)->beforeId;
            finish(Step::Redo, {});
            return;
        }
    }
    auto done = MentionCorrections(m_sql).replace(m_article, m_before, m_after);
    if (done) {
        // After an undo the engine stored the mention under a new id: the next undo needs it.
        if (m_before && done->removed)
            m_before->id = done->removed->id;
        m_afterId = done->madeId;
    }
    finish(Step::Redo, done ? Expected<void>() : Expected<void>(done.error()));
}

// Whether `found` is the hand-made mention `wanted` describes (its id aside).
static bool isHandMade(const StoredMention &found, const StoredMention &wanted)
{
    if (!found.manual || found.type != wanted.type)
        return false;
    if (typeHasEntity(wanted.type)) {
        const QString name = wanted.canonical.isEmpty() ? wanted.text : wanted.canonical;
        return found.canonical.simplified() == name.simplified();
    }
    return found.value == wanted.value && found.unit == wanted.unit && found.norm == wanted.norm;
}

bool MentionCommand::isAfter(const StoredMention &found) const
{
    // Not the hand-made row this correction replaces (a link changes only the name).
    if (m_before && m_before->manual && found.id == m_before->id)
        return false;
    return isHandMade(found, *m_after);
}

Expected<std::optional<MentionCommand::EarlierWrite>> MentionCommand::storedEarlier()
{
    using Found = std::optional<EarlierWrite>;
    const StoredMention &place = m_after ? *m_after : *m_before;
    auto current = articleMentionAt(m_sql, m_article, place.start, place.end);
    if (!current)
        return current.error();
    EarlierWrite earlier;
    if (m_after) {
        // The hand-made mention stands where the analyst marked it.
        if (!current->has_value() || !isAfter(**current))
            return Found();
        earlier.afterId = (*current)->id;
    } else if (current->has_value()) {
        return Found(); // a removal, and something still stands there
    }
    if (!m_before)
        return Found(earlier);
    earlier.beforeId = m_before->id;
    if (m_before->manual)
        return Found(earlier);
    // The engine's mention became a marker at its place, which undo turns back; without one
    // (the engine's mention was not stored when the correction was written) the id stays.
    auto markers = MentionCorrections(m_sql).removedMentions(m_article);
    if (!markers)
        return markers.error();
    for (const StoredMention &marker : *markers) {
        if (marker.start == m_before->start && marker.end == m_before->end) {
            earlier.beforeId = marker.id;
            return Found(earlier);
        }
    }
    // A removal leaves a marker whatever it found; without one it did not reach the server.
    return m_after ? Found(earlier) : Found();
}

void MentionCommand::undoEdit()
{
    // The undo of a removal gives the hand-made mention back; tried again after a lost answer it
    // may stand there already, and a second one would be a duplicate. (An undo that removes the
    // new mention first finds it gone, which counts as done.)
    if (undoMayBeStoredAlready() && !m_after && m_before && m_before->manual) {
        auto current = articleMentionAt(m_sql, m_article, m_before->start, m_before->end);
        if (current && current->has_value() && isHandMade(**current, *m_before)) {
            m_before->id = (*current)->id;
            finish(Step::Undo, {});
            if (m_analyse)
                m_analyse(m_article);
            return;
        }
    }
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
    const bool again = mayBeStoredAlready();
    if (!again)
        m_created = QDateTime::currentDateTimeUtc();
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        EntityRules rules(m_sql);
        if (again) {
            auto stored = rules.find(m_kind, m_entity, m_entityType, m_value, m_created);
            if (!stored)
                return stored.error();
            if (*stored) {
                made = **stored;
                return {};
            }
        }
        auto id = rules.add(m_kind, m_entity, m_entityType, m_value, m_created);
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
