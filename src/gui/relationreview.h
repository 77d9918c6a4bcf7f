// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/relationrepository.h"

#include <QObject>

class QMenu;
class QWidget;

namespace Lagebild {

class EditStack;

class SqlWriter;

/// The analyst's verdicts on relations, shared by the views that show them (the event lanes,
/// the sentences behind a network link): confirm, correct, reject — each one step on the window's
/// undo stack, written at once. The views redraw on relationsChanged().
class RelationReview final : public QObject
{
    Q_OBJECT
public:
    RelationReview(SqlWriter &sql, EditStack *undo, QWidget *window);

    void confirm(qint64 relation);
    void reject(qint64 relation);
    /// Opens the Correct dialog; pushes the correction when the analyst accepts it. Returns the
    /// correction's relation, 0 when there is none.
    qint64 askToCorrect(qint64 relation);
    qint64 correct(qint64 relation, const QString &type, qint64 source, qint64 target);
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

private:
    [[nodiscard]] QString describeClaim(qint64 relation) const;

    SqlWriter &m_sql;
    EditStack *m_undo;
    QWidget *m_window;
};

} // namespace Lagebild
