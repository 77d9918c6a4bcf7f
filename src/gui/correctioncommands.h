// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/editstack.h"
#include "store/storedanalysis.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace Lagebild {

class SqlWriter;

/// Brings back at once what the engine finds in an article after a correction was undone: on an
/// SQLite file the window analyses it; on a team database there is none (empty), and a worker,
/// told at the commit that the article is due, analyses it within moments.
using AnalyseArticle = std::function<void(ArticleId)>;

/// Replaces, adds or removes one mention in one article by hand: `before` is the mention as it
/// was (none when marking new text), `after` what it becomes (none when removing). Both steps
/// run in one transaction, through the window's SqlWriter (either backend). Undoing a change to an
/// automatic mention drops the hand-made rows and lets the engine analyse the article again, which
/// brings the original back.
class MentionCommand final : public EditCommand
{
public:
    MentionCommand(SqlWriter &sql, ArticleId article, std::optional<StoredMention> before,
        std::optional<StoredMention> after, const QString &text, std::function<void(ArticleId)> changed,
        AnalyseArticle analyse);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(m_article); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledMention(
        SqlWriter &, const QJsonObject &, const QString &, std::function<void(ArticleId)>);

    /// What a first write whose answer was lost left on the server: the hand-made mention's id
    /// and the id `before` has now (the marker of an engine's mention).
    struct EarlierWrite
    {
        qint64 afterId = 0;
        qint64 beforeId = 0;
    };
    /// The earlier write, when it reached the server; else nullopt.
    Expected<std::optional<EarlierWrite>> storedEarlier();
    /// `found` is the hand-made mention this correction makes (type, name or value).
    [[nodiscard]] bool isAfter(const StoredMention &found) const;

    SqlWriter &m_sql;
    ArticleId m_article;
    std::optional<StoredMention> m_before;
    std::optional<StoredMention> m_after;
    qint64 m_afterId = 0;
    std::function<void(ArticleId)> m_changed;
    AnalyseArticle m_analyse;
};

/// Records an analyst rule (alias, merge, ignore, retype) that the engine applies to every
/// article from now on (EntityRules, either backend); undo deletes the rule. Either way every
/// article becomes due for analysis, which the window starts in the background on an SQLite file
/// and the workers take up on a team database.
class CorrectionCommand final : public EditCommand
{
public:
    CorrectionCommand(SqlWriter &sql, QString kind, QString entity, QString entityType, QString value,
        const QString &text, std::function<void()> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledRule(
        SqlWriter &, const QJsonObject &, const QString &, std::function<void()>);

    SqlWriter &m_sql;
    QString m_kind;
    QString m_entity;
    QString m_entityType;
    QString m_value;
    QDateTime m_created; ///< the rule's time, which finds it again after a lost answer
    qint64 m_id = 0;
    std::function<void()> m_changed;
};

/// A marked, changed or removed mention made again from what a journal kept of it (EditCommand::
/// journalEntry(), `kind` "mention"); on a team database, where the workers analyse, so with no
/// AnalyseArticle. nullptr for another kind.
[[nodiscard]] EditCommand *journalledMention(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void(ArticleId)> changed);

/// An entity rule made again from what a journal kept of it (EditCommand::journalEntry(), `kind`
/// "rule"), with its time, so that one whose earlier try reached the server is found, not added
/// twice; nullptr for another kind.
[[nodiscard]] EditCommand *journalledRule(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void()> changed);

} // namespace Lagebild
