// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationreview.h"

#include "core/relationtypes.h"
#include "gui/relationcommands.h"
#include "gui/relationdialog.h"
#include "store/sqlreader.h"

#include "gui/editstack.h"
#include <QLocale>
#include <QMenu>

namespace Lagebild {

RelationReview::RelationReview(SqlWriter &sql, EditStack *undo, QWidget *window)
    : QObject(window), m_sql(sql), m_undo(undo), m_window(window)
{ }

QString RelationReview::describeClaim(qint64 relation) const
{
    auto row = RelationRepository(m_sql).relation(relation);
    if (!row || !row->has_value())
        return {};
    const RelationRow &r = **row;
    return tr("%1 %2 %3").arg(r.source, relationTypeLabel(r.type), r.target);
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

void RelationReview::confirm(qint64 relation)
{
    m_undo->push(new RelationVerdictCommand(m_sql, relation, RelationVerdict::Confirmed,
        tr("Confirm Relation “%1”").arg(describeClaim(relation)), [this] { Q_EMIT relationsChanged(); }));
}

void RelationReview::reject(qint64 relation)
{
    m_undo->push(new RelationVerdictCommand(m_sql, relation, RelationVerdict::Rejected,
        tr("Reject Relation “%1”").arg(describeClaim(relation)), [this] { Q_EMIT relationsChanged(); }));
}

qint64 RelationReview::correct(qint64 relation, const QString &type, qint64 source, qint64 target)
{
    auto *command = new RelationCorrectionCommand(m_sql, relation, type, source, target,
        tr("Correct Relation “%1”").arg(describeClaim(relation)), [this] { Q_EMIT relationsChanged(); });
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

qint64 RelationReview::askToCorrect(qint64 relation)
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
    return correct(relation, dialog.type(), dialog.source(), dialog.target());
}

void RelationReview::addActions(QMenu *menu, qint64 relation)
{
    auto row = RelationRepository(m_sql).relation(relation);
    if (!row || !row->has_value())
        return;
    const RelationVerdict verdict = (**row).verdict;
    QAction *confirmAction
        = menu->addAction(tr("&Confirm Relation"), this, [this, relation] { confirm(relation); });
    confirmAction->setEnabled(verdict != RelationVerdict::Confirmed);
    menu->addAction(tr("C&orrect Relation…"), this, [this, relation] { askToCorrect(relation); });
    QAction *rejectAction
        = menu->addAction(tr("&Reject Relation"), this, [this, relation] { reject(relation); });
    rejectAction->setEnabled(verdict != RelationVerdict::Rejected);
}

} // namespace Lagebild
