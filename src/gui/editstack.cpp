// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editstack.h"

#include "core/logging.h"

#include <QAction>

namespace Lagebild {

void EditCommand::redo()
{
    if (m_written) {
        // EditStack::push() wrote it already; this is QUndoStack::push() putting it on the stack.
        m_written = false;
        return;
    }
    redoEdit();
    changed();
}

void EditCommand::undo()
{
    if (m_undoneAlready) {
        // EditStack undid it already; this is QUndoStack::undo() moving its index.
        m_undoneAlready = false;
        return;
    }
    undoEdit();
    changed();
}

void EditCommand::sayDropped()
{
    if (m_notice && m_saidWaits)
        m_notice(FirstWrite::Dropped);
    m_saidWaits = false;
}

void EditCommand::finish(Step step, const Expected<void> &result)
{
    const bool firstRedo = step == Step::Redo && !m_done;
    m_failed = !result;
    m_error = result.error();
    // A take-back's undo tried again after a lost answer: what it would remove (a rule, a hand-made
    // mention, a renamed tag) is gone, most likely by that earlier try.
    if (m_failed && step == Step::Undo && m_takeBack && m_undoTriedBefore
        && m_error.kind == ErrorKind::NotFound) {
        m_failed = false;
        m_error = {};
    }
    if (!m_failed) {
        if (step == Step::Redo)
            m_done = true;
        // A take-back's write is undone at once: nothing of it stays to be announced.
        if (firstRedo && !m_takeBack && m_notice)
            m_notice(m_saidWaits ? FirstWrite::WrittenLater : FirstWrite::Written);
        return;
    }
    // The stack keeps it back; nothing to report or to drop yet.
    if ((firstRedo || m_takeBack) && m_mayWait && isUnreachable(m_error.kind))
        return;
    qCWarning(lcGui) << text() << "failed:" << m_error.message;
    // QUndoStack::push() deletes a command that is obsolete after its first redo instead of
    // stacking it; a child of a macro is dropped from the macro the same way.
    if (firstRedo)
        setObsolete(true);
    if (m_stack)
        m_stack->commandFailed(*this, step == Step::Undo, firstRedo);
}

EditStack::EditStack(QObject *parent) : QUndoStack(parent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(waitRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &EditStack::writeWaiting);
}

EditStack::~EditStack()
{
    // ~QUndoStack() clears the history and tells the undo and redo actions, whose texts read
    // m_waiting: cleared here, while the members still exist.
    m_retry.stop();
    m_waiting.clear();
    m_pendingUndo = nullptr;
    clear();
}

void EditStack::push(EditCommand *command)
{
    command->m_stack = this;
    if (!m_waitForServer || m_macroDepth > 0) {
        QUndoStack::push(command);
        return;
    }
    // Behind an edit (or an undo) that waits, every later one waits too: the server gets them in
    // the order the analyst made them.
    if (isWaiting()) {
        if (m_waiting.empty()) {
            wait(std::unique_ptr<EditCommand>(command));
            return;
        }
        EditCommand &last = *m_waiting.back();
        if (!last.m_takeBack && last.id() != -1 && last.id() == command->id() && last.mergeWith(command)) {
            delete command;
            Q_EMIT waitingChanged(waitingCount());
            return;
        }
        wait(std::unique_ptr<EditCommand>(command));
        return;
    }
    switch (writeFirst(*command)) {
    case Outcome::Stored:
        QUndoStack::push(command);
        break;
    case Outcome::Failed:
        delete command;
        break;
    case Outcome::Waits:
        Q_EMIT waitingStarted(command->error(), command->text());
        wait(std::unique_ptr<EditCommand>(command));
        break;
    }
}

EditStack::Outcome EditStack::tryStep(EditCommand &command, EditCommand::Step step)
{
    const bool redo = step == EditCommand::Step::Redo;
    if (m_serverAway) {
        // Not tried, so nothing reached the server: Undo may drop it unsent (undoLatest).
        command.m_error = *m_serverAway;
        command.m_failed = true;
        return Outcome::Waits;
    }
    command.m_mayWait = true;
    if (redo)
        command.redoEdit();
    else
        command.undoEdit();
    if (command.keptBack())
        (redo ? command.m_triedBefore : command.m_undoTriedBefore) = true;
    else
        command.changed();
    command.m_mayWait = false;
    if (!command.failed())
        return Outcome::Stored;
    if (isUnreachable(command.error().kind))
        return Outcome::Waits;
    return Outcome::Failed; // finish() reported it
}

EditStack::Outcome EditStack::writeFirst(EditCommand &command)
{
    const Outcome written = tryStep(command, EditCommand::Step::Redo);
    if (written == Outcome::Stored)
        command.m_written = true;
    return written;
}

void EditStack::wait(std::unique_ptr<EditCommand> command)
{
    // It waits, it has not failed: a following note edit may still merge into it.
    command->m_failed = false;
    if (command->m_notice && !command->m_saidWaits) {
        command->m_saidWaits = true;
        command->m_notice(EditCommand::FirstWrite::Waits);
    }
    m_waiting.push_back(std::move(command));
    if (!m_retry.isActive())
        m_retry.start();
    Q_EMIT waitingChanged(waitingCount());
}

bool EditStack::beginMacro(const QString &text)
{
    if (m_macroDepth == 0 && isWaiting()) {
        writeWaiting();
        if (isWaiting())
            return false;
    }
    ++m_macroDepth;
    QUndoStack::beginMacro(text);
    return true;
}

void EditStack::endMacro()
{
    QUndoStack::endMacro();
    --m_macroDepth;
}

QStringList EditStack::waitingEdits() const
{
    QStringList texts;
    if (m_pendingUndo)
        texts.append(tr("Take back: %1 (it may have reached the server)").arg(m_pendingUndo->text()));
    for (const auto &command : m_waiting)
        texts.append(command->m_takeBack
                ? tr("Take back: %1 (it may have reached the server)").arg(command->text())
                : command->text());
    return texts;
}

void EditStack::setServerAway(std::optional<Error> why)
{
    const bool back = m_serverAway && !why;
    m_serverAway = std::move(why);
    if (back && isWaiting())
        writeWaiting();
}

void EditStack::writeWaiting()
{
    m_retry.stop();
    const int before = waitingCount();
    // A try that found the server away again changes no count but what the journal keeps of it.
    const QJsonArray journalBefore = journal();
    if (m_pendingUndo) {
        if (writePendingUndo() == Outcome::Waits) {
            m_retry.start();
            return;
        }
    }
    while (!m_waiting.empty()) {
        EditCommand &next = *m_waiting.front();
        const Outcome written = next.m_takeBack ? takeBack(next) : writeFirst(next);
        if (written == Outcome::Waits) {
            next.m_failed = false;
            m_retry.start();
            break;
        }
        std::unique_ptr<EditCommand> command = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (written == Outcome::Failed && command->m_takeBack && command->m_done) {
            // Its undo was refused: the edit is stored, so it goes on the stack as written,
            // where Undo offers it again (the history below it still describes the database).
            command->m_takeBack = false;
            command->m_undoTriedBefore = false;
            command->m_written = true;
            if (command->m_notice && command->m_saidWaits)
                command->m_notice(EditCommand::FirstWrite::WrittenLater);
            QUndoStack::push(command.release());
            continue;
        }
        if (written != Outcome::Stored) {
            command->sayDropped(); // failed (reported)
            continue;
        }
        const QString text = command->text();
        if (command->m_takeBack) {
            command->sayDropped();
            Q_EMIT waitingTakenBack(text);
            continue;
        }
        QUndoStack::push(command.release());
        Q_EMIT waitingWritten(text);
    }
    if (waitingCount() != before || journal() != journalBefore)
        Q_EMIT waitingChanged(waitingCount());
}

EditStack::Outcome EditStack::takeBack(EditCommand &command)
{
    // Written first: an edit that finds itself already stored takes that over
    // (mayBeStoredAlready), so the undo that follows removes what the lost answer left.
    if (!command.m_done) {
        const Outcome written = tryStep(command, EditCommand::Step::Redo);
        if (written != Outcome::Stored)
            return written;
    }
    return tryStep(command, EditCommand::Step::Undo);
}

EditStack::Outcome EditStack::writePendingUndo()
{
    EditCommand &command = *m_pendingUndo;
    const Outcome undone = tryStep(command, EditCommand::Step::Undo);
    if (undone == Outcome::Waits)
        return undone;
    m_pendingUndo = nullptr;
    command.m_takeBack = false;
    command.m_undoTriedBefore = false;
    if (undone == Outcome::Stored) {
        const QString text = command.text();
        command.m_undoneAlready = true;
        QUndoStack::undo();
        Q_EMIT waitingTakenBack(text);
    }
    Q_EMIT waitingChanged(waitingCount());
    return undone;
}

void EditStack::undoWritten()
{
    // A macro (several writes as one step) cannot wait as one: it undoes as QUndoStack does.
    auto *top = index() > 0 ? dynamic_cast<EditCommand *>(const_cast<QUndoCommand *>(command(index() - 1)))
                            : nullptr;
    if (!m_waitForServer || !top) {
        undo();
        return;
    }
    // As a take-back: its undo may wait for the server, and tried again after a lost answer it
    // finds what it removes gone (EditCommand::finish).
    top->m_takeBack = true;
    m_pendingUndo = top;
    switch (writePendingUndo()) {
    case Outcome::Waits:
        Q_EMIT waitingStarted(top->error(), tr("Undo %1").arg(top->text()));
        m_retry.start();
        Q_EMIT waitingChanged(waitingCount());
        break;
    case Outcome::Stored:
    case Outcome::Failed: // reported; neither the database nor the history changed
        break;
    }
}

void EditStack::undoLatest()
{
    if (m_waiting.empty()) {
        // Nothing while a written edit's undo waits for the server.
        if (!m_pendingUndo)
            undoWritten();
        return;
    }
    EditCommand &latest = *m_waiting.back();
    if (latest.m_takeBack)
        return;
    // Its try may have reached the server: it waits to be undone there.
    if (latest.m_triedBefore) {
        latest.m_takeBack = true;
        Q_EMIT waitingChanged(waitingCount());
        return;
    }
    const QString text = latest.text();
    latest.sayDropped();
    m_waiting.pop_back();
    if (m_waiting.empty())
        m_retry.stop();
    Q_EMIT waitingDiscarded(text);
    Q_EMIT waitingChanged(waitingCount());
}

void EditStack::discardWaiting()
{
    if (!isWaiting())
        return;
    m_retry.stop();
    for (const auto &command : m_waiting)
        command->sayDropped();
    m_waiting.clear();
    if (m_pendingUndo) {
        // It stays on the stack as written; the server may have undone it (the close said so).
        m_pendingUndo->m_takeBack = false;
        m_pendingUndo->m_undoTriedBefore = false;
        m_pendingUndo = nullptr;
    }
    Q_EMIT waitingChanged(0);
}

QJsonArray EditStack::journal() const
{
    const auto entryOf = [](const EditCommand &command, bool done, bool takeBack) {
        QJsonObject entry {{QStringLiteral("text"), command.text()},
            {QStringLiteral("triedBefore"), command.m_triedBefore}, {QStringLiteral("done"), done},
            {QStringLiteral("takeBack"), takeBack},
            {QStringLiteral("undoTriedBefore"), command.m_undoTriedBefore}};
        if (const QJsonObject edit = command.journalEntry(); !edit.isEmpty())
            entry.insert(QStringLiteral("edit"), edit);
        return entry;
    };
    QJsonArray edits;
    if (m_pendingUndo)
        edits.append(entryOf(*m_pendingUndo, true, true));
    for (const auto &command : m_waiting)
        edits.append(entryOf(*command, command->m_done, command->m_takeBack));
    return edits;
}

void EditStack::restoreWaiting(EditCommand *command, const QJsonObject &entry)
{
    command->m_stack = this;
    command->m_triedBefore = entry.value(QStringLiteral("triedBefore")).toBool();
    command->m_done = entry.value(QStringLiteral("done")).toBool();
    command->m_takeBack = entry.value(QStringLiteral("takeBack")).toBool();
    command->m_undoTriedBefore = entry.value(QStringLiteral("undoTriedBefore")).toBool();
    wait(std::unique_ptr<EditCommand>(command));
}

void EditStack::clearHistory()
{
    m_pendingUndo = nullptr; // QUndoStack deletes it
    clear();
}

QAction *EditStack::createUndoAction(QObject *parent, const QString &prefix)
{
    auto *action = new QAction(parent);
    const auto update = [this, action, prefix] {
        const QString latest = m_waiting.empty() ? undoText() : m_waiting.back()->text();
        const bool takingBack = m_waiting.empty() ? m_pendingUndo != nullptr : m_waiting.back()->m_takeBack;
        action->setEnabled(m_waiting.empty() ? canUndo() && !takingBack : !takingBack);
        action->setText(
            latest.isEmpty() || takingBack ? prefix : QStringLiteral("%1 %2").arg(prefix, latest));
    };
    update();
    connect(this, &QUndoStack::canUndoChanged, action, update);
    connect(this, &QUndoStack::undoTextChanged, action, update);
    connect(this, &EditStack::waitingChanged, action, update);
    connect(action, &QAction::triggered, this, &EditStack::undoLatest);
    return action;
}

QAction *EditStack::createRedoAction(QObject *parent, const QString &prefix)
{
    auto *action = new QAction(parent);
    // A redo would write an older step after edits still waiting; it waits for them.
    const auto update = [this, action, prefix] {
        const QString next = redoText();
        action->setEnabled(!isWaiting() && canRedo());
        action->setText(next.isEmpty() ? prefix : QStringLiteral("%1 %2").arg(prefix, next));
    };
    update();
    connect(this, &QUndoStack::canRedoChanged, action, update);
    connect(this, &QUndoStack::redoTextChanged, action, update);
    connect(this, &EditStack::waitingChanged, action, update);
    connect(action, &QAction::triggered, this, [this] {
        if (!isWaiting())
            redo();
    });
    return action;
}

void EditStack::commandFailed(EditCommand &command, bool undo, bool firstRedo)
{
    // A first write left nothing; a refused take-back leaves its edit stored, and writeWaiting()
    // puts it on the stack as written, so the history stays true either way. Clearing it then
    // would also drop the edits written after it in the same round.
    const bool clearsHistory = !firstRedo && !command.m_takeBack;
    if (clearsHistory) {
        // Not now: the stack is in the middle of calling this command.
        QMetaObject::invokeMethod(this, &EditStack::clearHistory, Qt::QueuedConnection);
    }
    Q_EMIT editFailed(command.error(), command.text(), undo, clearsHistory, command.article());
}

} // namespace Lagebild
