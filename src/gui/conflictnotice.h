// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editstack.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Lagebild {

struct Issue; // models/issuemodel.h, which the gui library keeps to itself

/// What replaced another writer's change, for the outcome's words.
enum class ConflictEdit { Correction, Verdict, Note, Date };

/// The notice of an edit that replaces another writer's change, emitted only as its write goes:
/// "replaced" once stored, "waits" while the team server is away (and "replaced" when it is finally
/// written), nothing when the write fails (the stack reports that). `issue` says what the other
/// writer changed; it is read before the write, as afterwards the article's newest change in the
/// history is this edit. `historyKnown`: who and when came from the history (both edits are there).
/// `report` runs only while `receiver` exists.
[[nodiscard]] std::function<void(EditCommand::FirstWrite)> conflictNotice(QObject *receiver, Issue issue,
    ConflictEdit edit, bool historyKnown, std::function<void(const Issue &)> report);

/// The outcome's sentence for `outcome`.
[[nodiscard]] QString conflictOutcome(ConflictEdit edit, EditCommand::FirstWrite outcome, bool historyKnown);

} // namespace Lagebild
