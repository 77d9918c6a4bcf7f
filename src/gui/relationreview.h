// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/relationrepository.h"

#include "gui/editstack.h"

#include <QObject>

#include <functional>
#include <optional>

// The signal issueFound() carries an Issue; the models library stays private to this one.
Q_MOC_INCLUDE("models/issuemodel.h")

class QMenu;
class QWidget;

namespace Lagebild {

class ArticleEditor;
class EditStack;
class SqlWriter;
struct Issue;

/// The analyst's verdicts on relations, shared by the views that show them (the event lanes,
/// the sentences behind a network link): confirm, correct, reject — each one step on the window's
/// undo stack, written at once. The views redraw on relationsChanged(). Two analysts' verdicts on
/// one relation: the later wins, and says whose verdict it replaced (issueFound()).
class RelationReview final : public QObject
{
    Q_OBJECT
public:
    /// `editor` names who wrote a verdict replaced (the article's history); both must outlive this.
    RelationReview(SqlWriter &sql, ArticleEditor &editor, EditStack *undo, QWidget *window);

    /// `shown` is the verdict the view showed: when the stored one differs (another analyst's
    /// verdict meanwhile), the new one still replaces it, and the issues panel says so.
    void confirm(qint64 relation, std::optional<RelationVerdict> shown = std::nullopt);
    void reject(qint64 relation, std::optional<RelationVerdict> shown = std::nullopt);
    /// Opens the Correct dialog; pushes the correction when the analyst accepts it. Returns the
    /// correction's relation, 0 when there is none. `shown` as for confirm(); without it, the
    /// verdict read as the dialog opens.
    qint64 askToCorrect(qint64 relation, std::optional<RelationVerdict> shown = std::nullopt);
    /// `shown` as for confirm(): the verdict the dialog showed (the Correct dialog passes it).
    qint64 correct(qint64 relation, const QString &type, qint64 source, qint64 target,
        std::optional<RelationVerdict> shown = std::nullopt);
    /// Adds Confirm, Correct… and Reject for a relation to a menu, each enabled where it changes
    /// something.
    void addActions(QMenu *menu, qint64 relation);
    /// What the view says about a relation's standing ("confirmed", "confidence 72 %").
    [[nodiscard]] static QString describe(RelationVerdict verdict, std::optional<double> confidence);

Q_SIGNALS:
    /// A verdict was recorded or undone: relations, events and edges may look different.
    void relationsChanged();
    /// `correction` now states what the sentence of `original` says (a view showing the original
    /// shows the correction instead).
    void relationCorrected(qint64 original, qint64 correction);
    /// A verdict that replaced one written elsewhere since the view read it (a warning).
    void issueFound(const Lagebild::Issue &issue);

private:
    [[nodiscard]] QString describeClaim(qint64 relation) const;
    /// The undo step's name: `withClaim` with the claim in it, or `plain` when it cannot be read.
    [[nodiscard]] QString undoText(qint64 relation, const QString &plain, const QString &withClaim) const;
    void setVerdict(
        qint64 relation, RelationVerdict verdict, std::optional<RelationVerdict> shown, const QString &text);
    /// When the stored verdict differs from the `shown` one (and from the new `verdict`, if any):
    /// the notice that says whose it was and when, once the edit's write has gone; else empty.
    [[nodiscard]] std::function<void(EditCommand::FirstWrite)> verdictConflictNotice(
        qint64 relation, std::optional<RelationVerdict> shown, std::optional<RelationVerdict> verdict);
    [[nodiscard]] std::function<void(EditCommand::FirstWrite)> verdictConflictNotice(const RelationRow &row);

    SqlWriter &m_sql;
    ArticleEditor &m_editor;
    EditStack *m_undo;
    QWidget *m_window;
};

} // namespace Lagebild
