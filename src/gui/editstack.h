// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Lagebild {

class EditStack;

/// A hand edit that writes to the database. A write that fails is reported to the stack (and
/// from there to the issues panel) instead of a log line, and the stack is kept true to the
/// database (see EditStack).
class EditCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// The article the edit is about, for the issues panel; 0 when it is about several.
    [[nodiscard]] ArticleId article() const { return m_article; }

protected:
    enum class Step { Redo, Undo };
    void setArticle(ArticleId article) { m_article = article; }
    /// Call at the end of every redo() and undo() with the outcome of the write (one
    /// transaction, so a failure means nothing of this step was stored).
    void finish(Step step, const Expected<void> &result);

private:
    friend class EditStack;
    EditStack *m_stack = nullptr;
    bool m_done = false; ///< redo() ran at least once
    bool m_failed = false;
    Error m_error;
    ArticleId m_article = 0;
};

/// The undo stack of hand edits, kept at the state the database really has:
/// - an edit whose first write fails is not put on the stack (the database has nothing of it);
/// - an undo or redo that fails later leaves the database as it was before that step, which the
///   steps around it no longer describe, so the whole history is cleared once the step is over.
/// Either way editFailed() says what was lost. push() takes EditCommands only, so no edit can
/// bypass this.
class EditStack final : public QUndoStack
{
    Q_OBJECT
public:
    using QUndoStack::QUndoStack;

    void push(EditCommand *command);

Q_SIGNALS:
    /// `command` is the edit's text ("Tag 2 articles with Zoll"); `step` what was asked for.
    void editFailed(const Lagebild::Error &error, const QString &command, bool undo, bool historyCleared,
        Lagebild::ArticleId article);

private:
    friend class EditCommand;
    void commandFailed(EditCommand &command, bool undo, bool firstRedo);
};

} // namespace Lagebild
