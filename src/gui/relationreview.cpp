// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationreview.h"

#include "core/relationtypes.h"
#include "gui/conflictnotice.h"
#include "gui/relationcommands.h"
#include "gui/relationdialog.h"
#include "models/issuemodel.h"
#include "store/articleeditor.h"
#include "store/sqlreader.h"

#include "gui/editstack.h"
#include <QLocale>
#include <QMenu>

namespace Lagebild {

RelationReview::RelationReview(SqlWriter &sql, ArticleEditor &editor, EditStack *undo, QWidget *window)
    : QObject(window), m_sql(sql), m_editor(editor), m_undo(undo), m_window(window)
{ }

QString RelationReview::describeClaim(qint64 relation) const
{
    auto row = RelationRepository(m_sql).relation(relation);
    if (!row || !row->has_value())
        return {};
    const RelationRow &r = **row;
    return tr("%1 %2 %3").arg(r.source, relationTypeLabel(r.type), r.target);
}

QString RelationReview::undoText(qint64 relation, const QString &plain, const QString &withClaim) const
{
    // The claim is read from the database, which a team server away may not answer: then the
    // step is named without it rather than with empty quotes.
    const QString claim = describeClaim(relation);
    return claim.isEmpty() ? plain : withClaim.arg(claim);
}

QString RelationReview::describe(RelationVerdict verdict, std::optional<double> confidence)
{
    switch (verdict) {
    case RelationVerdict::Confirmed:
        return tr("confirmed");
    case RelationVerdict::Rejected:
        return tr("rejected");
    case RelationVerdict::Unreviewed:
        break;
    }
    if (!confidence)
        return tr("confidence unknown");
    return tr("confidence %1 %").arg(QLocale().toString(qRound(*confidence * 100)));
}

void RelationReview::confirm(qint64 relation, std::optional<RelationVerdict> shown)
{
    setVerdict(relation, RelationVerdict::Confirmed, shown,
        undoText(relation, tr("Confirm Relation"), tr("Confirm Relation “%1”")));
}

void RelationReview::reject(qint64 relation, std::optional<RelationVerdict> shown)
{
    setVerdict(relation, RelationVerdict::Rejected, shown,
        undoText(relation, tr("Reject Relation"), tr("Reject Relation “%1”")));
}

void RelationReview::setVerdict(
    qint64 relation, RelationVerdict verdict, std::optional<RelationVerdict> shown, const QString &text)
{
    // The last verdict wins; one replaced unseen is said once the write has gone. The command
    // keeps the verdict it found when written, so undo gives the other analyst's back.
    auto *command
        = new RelationVerdictCommand(m_sql, relation, verdict, text, [this] { Q_EMIT relationsChanged(); });
    if (auto notice = verdictConflictNotice(relation, shown, verdict))
        command->setFirstWriteNotice(std::move(notice));
    m_undo->push(command);
}

std::function<void(EditCommand::FirstWrite)> RelationReview::verdictConflictNotice(
    qint64 relation, std::optional<RelationVerdict> shown, std::optional<RelationVerdict> verdict)
{
    if (!shown)
        return {};
    auto row = RelationRepository(m_sql).relation(relation);
    if (!row || !row->has_value() || (**row).verdict == *shown || (verdict && (**row).verdict == *verdict))
        return {};
    return verdictConflictNotice(**row);
}

std::function<void(EditCommand::FirstWrite)> RelationReview::verdictConflictNotice(const RelationRow &row)
{
    // Read now: once written, the article's newest verdict in the history is this one.
    // Who gave the verdict, from the article's history: its newest verdict on a relation.
    QString who;
    QDateTime when;
    if (auto edit = m_editor.lastEdit(row.article,
            {EditKind::RelationConfirmed, EditKind::RelationRejected, EditKind::RelationCorrected,
                EditKind::RelationReset});
        edit && *edit) {
        who = (*edit)->madeBy;
        when = (*edit)->madeAt.toLocalTime();
    }
    const QString claim = tr("%1 %2 %3").arg(row.source, relationTypeLabel(row.type), row.target);
    // Handed back to the engine, the relation shows its confidence; what replaced the verdict is
    // the hand-back.
    const QString verdict = row.verdict == RelationVerdict::Unreviewed
        ? tr("unreviewed")
        : describe(row.verdict, row.confidence);
    Issue issue {IssueSeverity::Warning, IssueSource::Edit,
        who.isEmpty() ? tr("The relation “%1” was reviewed elsewhere after this view showed it (now %2).")
                            .arg(claim, verdict)
                      : tr("The relation “%1” was reviewed by %2 at %3 after this view showed it (now %4).")
                            .arg(claim, who, QLocale().toString(when, QLocale::ShortFormat), verdict)};
    issue.article = row.article;
    return conflictNotice(this, std::move(issue), ConflictEdit::Verdict, !who.isEmpty(),
        [this](const Issue &said) { Q_EMIT issueFound(said); });
}

qint64 RelationReview::correct(
    qint64 relation, const QString &type, qint64 source, qint64 target, std::optional<RelationVerdict> shown)
{
    auto *command = new RelationCorrectionCommand(m_sql, relation, type, source, target,
        undoText(relation, tr("Correct Relation"), tr("Correct Relation “%1”")),
        [this] { Q_EMIT relationsChanged(); });
    // A verdict given elsewhere while the dialog was open is replaced as a confirm or reject would
    // replace it, and said the same way (any verdict there is another writer's: a correction is
    // never "the same" as one).
    if (auto notice = verdictConflictNotice(relation, shown, std::nullopt))
        command->setFirstWriteNotice(std::move(notice));
    const int before = m_undo->index();
    m_undo->push(command);
    // A correction that could not be stored is not on the stack (and deleted); the stack
    // reported why to the issues panel.
    if (m_undo->index() != before + 1)
        return 0;
    const qint64 correction = command->correction();
    if (correction)
        Q_EMIT relationCorrected(relation, correction);
    return correction;
}

qint64 RelationReview::askToCorrect(qint64 relation, std::optional<RelationVerdict> shown)
{
    RelationRepository repository(m_sql);
    auto row = repository.relation(relation);
    if (!row || !row->has_value())
        return 0;
    auto entities = repository.articleEntities((**row).article);
    if (!entities)
        return 0;
    RelationDialog dialog(**row, entities.value(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return correct(
        relation, dialog.type(), dialog.source(), dialog.target(), shown ? shown : (**row).verdict);
}

void RelationReview::addActions(QMenu *menu, qint64 relation)
{
    auto row = RelationRepository(m_sql).relation(relation);
    if (!row || !row->has_value())
        return;
    const RelationVerdict verdict = (**row).verdict;
    // The verdict read for the menu is the one the analyst acts on.
    QAction *confirmAction = menu->addAction(
        tr("&Confirm Relation"), this, [this, relation, verdict] { confirm(relation, verdict); });
    confirmAction->setEnabled(verdict != RelationVerdict::Confirmed);
    menu->addAction(
        tr("C&orrect Relation…"), this, [this, relation, verdict] { askToCorrect(relation, verdict); });
    QAction *rejectAction = menu->addAction(
        tr("&Reject Relation"), this, [this, relation, verdict] { reject(relation, verdict); });
    rejectAction->setEnabled(verdict != RelationVerdict::Rejected);
}

} // namespace Lagebild
