// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/correctioncommands.h"
#include "gui/editstack.h"
#include "gui/translatedtexts.h"
#include "store/storedanalysis.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

// The signal issueFound() carries an Issue; the models library stays private to this one.
Q_MOC_INCLUDE("models/issuemodel.h")

class QAction;
class QMenu;
class QWidget;

namespace Lagebild {

class EditStack;

class ArticleEditor;
class ArticleMentionsModel;
class CorpusReader;
class CorpusSource;
class EntityManagerDialog;
class ReaderView;
struct Issue;
struct MentionConflict;

/// The analyst's corrections of what the engine found: marking text as a mention, changing a
/// mention's type or entity, removing it (in the reader), the entity manager's rules, and the
/// publication date. Every correction is one undo step, written at once, on either backend: through
/// the source's SqlWriter on an SQLite file and on a team database alike (on the server the
/// workers analyse again what a rule or an undo makes due).
class CorrectionActions final : public QObject
{
    Q_OBJECT
public:
    /// The publication date is set through `editor`, mentions and rules through `source`; whole
    /// articles are read through `articles`. `analyse` brings back the engine's mentions after an
    /// undo (empty on a team database). All must outlive this.
    CorrectionActions(CorpusSource &source, CorpusReader &articles, ArticleEditor &editor,
        AnalyseArticle analyse, EditStack *undo, ReaderView *reader, ArticleMentionsModel *mentions,
        QWidget *window);

    /// Actions on the reader's selection or the mention under its cursor, for menus.
    [[nodiscard]] QList<QAction *> readerActions() const;
    /// The actions' texts in the interface language now (the window calls it on a change).
    void retranslate() { m_texts.retranslate(); }
    [[nodiscard]] QAction *entityManagerAction() const { return m_manager; }
    [[nodiscard]] QAction *dateAction() const { return m_date; }
    [[nodiscard]] EntityManagerDialog *entityManager() const;

    /// Marks [start, end) of the current article; mentions overlapping it are replaced, so a
    /// span is widened or narrowed by marking the new one.
    void markMention(int start, int end, const QString &type, const QString &canonical,
        const QString &value = {}, const QString &unit = {});
    /// Marks every occurrence of `text` (as a whole word) in every article, as one undo step.
    /// Returns how many occurrences were marked.
    int markAllOccurrences(const QString &text, const QString &type, const QString &canonical,
        const QString &value = {}, const QString &unit = {});
    /// What Ctrl+E acts on: the selection, else the mention under the cursor.
    [[nodiscard]] std::optional<std::pair<int, int>> markRange() const;
    /// The type the mark dialog offers first for [start, end) of the current article.
    [[nodiscard]] QString suggestedType(int start, int end) const;
    void changeMentionType(const StoredMention &mention, const QString &type);
    void linkMention(const StoredMention &mention, const QString &canonical);
    void removeMention(const StoredMention &mention);
    void correctEntity(const QString &kind, const QString &entity, const QString &type, const QString &value);
    /// `shown` is the date the analyst saw, the edit's "before" when the article cannot be read now.
    void setPublicationDate(ArticleId article, const PublicationDate &date,
        const std::optional<PublicationDate> &shown = std::nullopt);
    void openEntityManager();
    /// After an analysis: the manager lists the entities anew.
    void analysisFinished();

Q_SIGNALS:
    /// An article's mentions or date changed; it is shown and counted again.
    void articleChanged(Lagebild::ArticleId id);
    /// The rules changed: every article is due for analysis.
    void rulesChanged();
    void filterRequested(const QString &type, const QString &canonical);
    /// For the issues panel: a date edit that could not be written, or a date or mention
    /// correction that replaced one written elsewhere meanwhile (a warning, also for the status
    /// bar).
    void issueFound(const Lagebild::Issue &issue);

private:
    void updateActions();
    /// Marking waits for the edits that wait for the team database (EditStack::beginMacro).
    void tellEditsWait();
    [[nodiscard]] std::optional<StoredMention> currentMention() const;
    void askToMark();
    /// Said once the write of a correction that replaces another writer's has gone (conflictNotice).
    using WriteNotice = std::function<void(EditCommand::FirstWrite)>;
    /// Pushes one MentionCommand; `notice`, if any, is told how its write went.
    void pushMentionChange(ArticleId article, const std::optional<StoredMention> &before,
        const std::optional<StoredMention> &after, const QString &text, WriteNotice notice = {});
    /// Pushes the commands that replace `overlapping` by `mention` in one article; `notice` goes
    /// with the write of `mention`.
    void replaceMentions(ArticleId article, const std::vector<StoredMention> &overlapping,
        const StoredMention &mention, const QString &text, WriteNotice notice = {});
    [[nodiscard]] StoredMention newMention(int start, int end, const QString &body, const QString &type,
        const QString &canonical, const QString &value, const QString &unit) const;
    void askToLink();
    void askForDate();
    /// setPublicationDate(): the stored date changed under the analyst's edit; the notice says who
    /// and when as the write goes.
    [[nodiscard]] WriteNotice dateConflictNotice(const Article &article);
    /// The engine's mentions removed by hand (their markers) overlapping [start, end).
    [[nodiscard]] std::vector<StoredMention> removedMentionsIn(ArticleId article, int start, int end);
    /// What a correction of the mention the window shows replaces now: `shown`, or the hand-made
    /// mention another writer stored there since (said in the issues panel), or none inside when
    /// theirs was a removal. Outer nullopt: nothing to write, the reader to be shown anew —
    /// `removing` and the mention is removed already, or another writer's mention there has
    /// another span (said in the issues panel: a correction of the shown span would stand beside
    /// theirs, not replace it).
    /// A conflict the correction replaces sets `notice`, to go with its write.
    [[nodiscard]] std::optional<std::optional<StoredMention>> replacedMention(
        ArticleId article, const StoredMention &shown, bool removing, WriteNotice &notice);
    /// Who made the article's newest hand change of a mention, and when (empty when the history
    /// does not say): the one a conflict found here is as a rule.
    [[nodiscard]] std::pair<QString, QDateTime> lastMentionEdit(ArticleId article);
    /// What stands where a conflicting mention was: "now COMPANY: …" or "now removed".
    [[nodiscard]] static QString conflictNow(const MentionConflict &conflict);
    /// Another writer changed the mention since this window read it: who and when (`historyKnown`
    /// when the history names them), and what stands there; the outcome is added by the caller.
    [[nodiscard]] Issue mentionConflictIssue(
        ArticleId article, const MentionConflict &conflict, bool &historyKnown);
    /// The notice for a correction that replaces `conflict`, said as its write goes.
    [[nodiscard]] WriteNotice mentionConflictNotice(ArticleId article, const MentionConflict &conflict);
    /// One conflict of a marking of every occurrence, for its one notice: where, who, what stood there.
    [[nodiscard]] QString conflictSummaryPart(ArticleId article, const MentionConflict &conflict);
    /// The correction was left unwritten (another writer's mention there has another span).
    void reportUnwrittenConflict(ArticleId article, const MentionConflict &conflict);

    CorpusSource &m_source;
    CorpusReader &m_articles;
    ArticleEditor &m_editor;
    AnalyseArticle m_analyse;
    EditStack *m_undo;
    ReaderView *m_reader;
    ArticleMentionsModel *m_mentions;
    QWidget *m_window;
    TranslatedTexts m_texts;
    QAction *m_mark = nullptr;
    QMenu *m_typeMenu = nullptr;
    QAction *m_link = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_manager = nullptr;
    QAction *m_date = nullptr;
    QPointer<EntityManagerDialog> m_dialog;
};

} // namespace Lagebild
