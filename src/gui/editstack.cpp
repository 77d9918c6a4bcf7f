// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editstack.h"

#include "core/logging.h"

namespace Lagebild {

void EditCommand::finish(Step step, const Expected<void> &result)
{
    const bool firstRedo = step == Step::Redo && !m_done;
    if (step == Step::Redo)
        m_done = true;
    m_failed = !result;
    m_error = result.error();
    if (!m_failed)
        return;
    qCWarning(lcGui) << text() << "failed:" << m_error.message;
    // QUndoStack::push() deletes a command that is obsolete after its first redo instead of
    // stacking it; a child of a macro is dropped from the macro the same way.
    if (firstRedo)
        setObsolete(true);
    if (m_stack)
        m_stack->commandFailed(*this, step == Step::Undo, firstRedo);
}

void EditStack::push(EditCommand *command)
{
    command->m_stack = this;
    QUndoStack::push(command);
}

void EditStack::commandFailed(EditCommand &command, bool undo, bool firstRedo)
{
    if (!firstRedo) {
        // Not now: the stack is in the middle of calling this command.
        QMetaObject::invokeMethod(this, &QUndoStack::clear, Qt::QueuedConnection);
    }
    Q_EMIT editFailed(command.error(), command.text(), undo, !firstRedo, command.article());
}

} // namespace Lagebild
