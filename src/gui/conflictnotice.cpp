// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/conflictnotice.h"

#include "models/issuemodel.h"

#include <QCoreApplication>

namespace Lagebild {

namespace {

// The sentences per kind of edit, whole: a noun put into one sentence would not take German's
// genders ("Deine Korrektur", "Dein Urteil").
QString sentence(ConflictEdit edit, EditCommand::FirstWrite outcome)
{
    using W = EditCommand::FirstWrite;
    switch (edit) {
    case ConflictEdit::Correction:
        switch (outcome) {
        case W::Written:
            return QCoreApplication::translate(
                "ConflictNotice", "Your correction replaced that; Undo brings it back.");
        case W::Waits:
            return QCoreApplication::translate("ConflictNotice",
                "Your correction waits for the team database and replaces that once it is "
                "written; this panel says so then.");
        case W::Dropped:
            return QCoreApplication::translate("ConflictNotice",
                "Your correction, which waited for the team database, was not written "
                "(taken back, failed, or the window was closed); that one stands.");
        case W::WrittenLater:
            return QCoreApplication::translate("ConflictNotice",
                "Your correction, which waited for the team database, is written now and "
                "replaced that; Undo brings it back.");
        }
        break;
    case ConflictEdit::Verdict:
        switch (outcome) {
        case W::Written:
            return QCoreApplication::translate(
                "ConflictNotice", "Your verdict replaced that; Undo brings it back.");
        case W::Waits:
            return QCoreApplication::translate("ConflictNotice",
                "Your verdict waits for the team database and replaces that once it is "
                "written; this panel says so then.");
        case W::Dropped:
            return QCoreApplication::translate("ConflictNotice",
                "Your verdict, which waited for the team database, was not written (taken back, "
                "failed, or the window was closed); that one stands.");
        case W::WrittenLater:
            return QCoreApplication::translate("ConflictNotice",
                "Your verdict, which waited for the team database, is written now and "
                "replaced that; Undo brings it back.");
        }
        break;
    case ConflictEdit::Note:
        switch (outcome) {
        case W::Written:
            return QCoreApplication::translate(
                "ConflictNotice", "Your text replaced it; Undo brings the other text back.");
        case W::Waits:
            return QCoreApplication::translate("ConflictNotice",
                "Your text waits for the team database and replaces it once it is written; "
                "this panel says so then.");
        case W::Dropped:
            return QCoreApplication::translate("ConflictNotice",
                "Your text, which waited for the team database, was not written (taken back, "
                "failed, or the window was closed); the other text stands.");
        case W::WrittenLater:
            return QCoreApplication::translate("ConflictNotice",
                "Your text, which waited for the team database, is written now and replaced "
                "it; Undo brings the other text back.");
        }
        break;
    case ConflictEdit::Date:
        switch (outcome) {
        case W::Written:
            return QCoreApplication::translate(
                "ConflictNotice", "Your date replaced it; Undo brings the other date back.");
        case W::Waits:
            return QCoreApplication::translate("ConflictNotice",
                "Your date waits for the team database and replaces it once it is written; "
                "this panel says so then.");
        case W::Dropped:
            return QCoreApplication::translate("ConflictNotice",
                "Your date, which waited for the team database, was not written (taken back, "
                "failed, or the window was closed); the other date stands.");
        case W::WrittenLater:
            return QCoreApplication::translate("ConflictNotice",
                "Your date, which waited for the team database, is written now and replaced "
                "it; Undo brings the other date back.");
        }
        break;
    }
    return {};
}

} // namespace

QString conflictOutcome(ConflictEdit edit, EditCommand::FirstWrite outcome, bool historyKnown)
{
    QString text = sentence(edit, outcome);
    // Nothing is replaced yet while the edit waits, and nothing when it was dropped.
    const bool replaced
        = outcome == EditCommand::FirstWrite::Written || outcome == EditCommand::FirstWrite::WrittenLater;
    if (historyKnown && replaced)
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
