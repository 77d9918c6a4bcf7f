// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conflictnotice.h"

#include "models/issuemodel.h"

#include <QCoreApplication>

namespace Lagebild {

QString conflictOutcome(ConflictEdit edit, EditCommand::FirstWrite outcome, bool historyKnown)
{
    const bool verdict = edit == ConflictEdit::Verdict;
    QString text;
    switch (outcome) {
    case EditCommand::FirstWrite::Written:
        text = verdict ? QCoreApplication::translate(
                   "ConflictNotice", "Your verdict replaced that; Undo brings it back.")
                       : QCoreApplication::translate(
                           "ConflictNotice", "Your correction replaced that; Undo brings it back.");
        break;
    case EditCommand::FirstWrite::Waits:
        // Nothing is replaced yet: the server has not got the edit.
        return verdict ? QCoreApplication::translate("ConflictNotice",
                   "Your verdict waits for the team database and replaces that once it is "
                   "written; this panel says so then.")
                       : QCoreApplication::translate("ConflictNotice",
                           "Your correction waits for the team database and replaces that once it is "
                           "written; this panel says so then.");
    case EditCommand::FirstWrite::Dropped:
        // What was said to come will not: the other writer's change stands.
        return verdict ? QCoreApplication::translate("ConflictNotice",
                   "Your verdict, which waited for the team database, was not written (taken back, "
                   "failed, or the window was closed); that one stands.")
                       : QCoreApplication::translate("ConflictNotice",
                           "Your correction, which waited for the team database, was not written "
                           "(taken back, failed, or the window was closed); that one stands.");
    case EditCommand::FirstWrite::WrittenLater:
        text = verdict ? QCoreApplication::translate("ConflictNotice",
                   "Your verdict, which waited for the team database, is written now and "
                   "replaced that; Undo brings it back.")
                       : QCoreApplication::translate("ConflictNotice",
                           "Your correction, which waited for the team database, is written now and "
                           "replaced that; Undo brings it back.");
        break;
    }
    if (historyKnown)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ConflictNotice", "Both are in the article's history.");
    return text;
}

std::function<void(EditCommand::FirstWrite)> conflictNotice(QObject *receiver, Issue issue, ConflictEdit edit,
    bool historyKnown, std::function<void(const Issue &)> report)
{
    return [guard = QPointer<QObject>(receiver), issue = std::move(issue), edit, historyKnown,
               report = std::move(report)](EditCommand::FirstWrite outcome) {
        if (!guard)
            return;
        Issue said = issue;
        said.message += QLatin1Char(' ') + conflictOutcome(edit, outcome, historyKnown);
        said.when = QDateTime::currentDateTime();
        report(said);
    };
}

} // namespace Lagebild
