// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>

#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QAction;

namespace Lagebild {

class EditStack;

/// A hand edit that writes to the database. A write that fails is reported to the stack (and
/// from there to the issues panel) instead of a log line, and the stack is kept true to the
/// database (see EditStack). Subclasses write in redoEdit() and undoEdit(); redo() and undo()
/// belong to the stack, which may have run the first write before QUndoStack asks for it.
class EditCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    void redo() final;
    void undo() final;

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// The article the edit is about, for the issues panel; 0 when it is about several.
    [[nodiscard]] ArticleId article() const { return m_article; }

    /// What became of an edit's first write, for a notice that must not run ahead of it (a
    /// conflict's "yours replaced it" is true only once the write is stored).
    enum class FirstWrite {
        Written, ///< stored at once
        Waits, ///< kept back for the team server (EditStack), not stored yet
        WrittenLater, ///< stored when the server answered again, after it waited
        Dropped, ///< after Waits: never stored (taken back, given up when the window closed, or failed)
    };
    /// Called when the first write is stored or starts to wait, and after a wait when it ends
    /// unwritten; never for a write that fails at once (the stack reports that).
    void setFirstWriteNotice(std::function<void(FirstWrite)> notice) { m_notice = std::move(notice); }

    /// What a later window needs to write this edit when this one is gone (EditJournal): its
    /// `kind` and what it writes and restores. Empty for a kind a later window cannot write yet;
    /// the journal then keeps its text, and the later window names it as not written.
    [[nodiscard]] virtual QJsonObject journalEntry() const { return {}; }

protected:
    enum class Step { Redo, Undo };
    virtual void redoEdit() = 0;
    virtual void undoEdit() = 0;
    /// Shows the edit's outcome (the views read the articles again); called after every write,
    /// failed ones included, except a first write the stack keeps back for an unreachable server
    /// (nothing changed, and every retry would read the views again).
    virtual void changed() = 0;
    void setArticle(ArticleId article) { m_article = article; }
    /// True while the stack writes an edit again whose first write found the team server
    /// unreachable: that write's COMMIT may have reached the server although its answer did not.
    /// An edit that would be stored twice (an entity rule, a marked mention) looks for what it
    /// wrote before writing again; tags, notes, dates and verdicts are the same written twice.
    [[nodiscard]] bool mayBeStoredAlready() const { return m_triedBefore && !m_done; }
    /// The same for the undo of an edit taken back on the team server, tried again after an
    /// undo whose answer was lost. An undo that gives something back (a hand-made mention) looks
    /// for it first; one that removes finds it gone (NotFound counts as done).
    [[nodiscard]] bool undoMayBeStoredAlready() const { return m_takeBack && m_undoTriedBefore; }
    /// Whether what a write read in its transaction (to restore on undo) is to be kept: when it
    /// was stored, or may have been (the answer to its COMMIT lost: the server unreachable). A
    /// second try would read the first try's rows as the state before it, and undo would keep them.
    [[nodiscard]] static bool keepsWhatItRead(const Expected<void> &result)
    {
        return result || isUnreachable(result.error().kind);
    }
    /// Call at the end of every redoEdit() and undoEdit() with the outcome of the write (one
    /// transaction, so a failure means nothing of this step was stored).
    void finish(Step step, const Expected<void> &result);

private:
    friend class EditStack;
    /// The first write found the team server away and the stack keeps the edit back.
    [[nodiscard]] bool keptBack() const { return m_mayWait && m_failed && isUnreachable(m_error.kind); }

    EditStack *m_stack = nullptr;
    bool m_done = false; ///< a redo was stored at least once
    bool m_mayWait = false; ///< this first write may wait for an unreachable server
    bool m_written = false; ///< EditStack ran the first redo; QUndoStack's call skips it
    bool m_undoneAlready = false; ///< EditStack ran the undo; QUndoStack's call skips it
    bool m_triedBefore = false; ///< a first write was kept back for an unreachable server
    /// Undone while waiting after a write that may have reached the server: it waits to be
    /// written and undone, so that the server ends without it either way.
    bool m_takeBack = false;
    bool m_undoTriedBefore = false; ///< a take-back's undo was kept back for an unreachable server
    bool m_failed = false;
    bool m_saidWaits = false; ///< m_notice was told that the first write waits
    /// After a notice that the first write waits, the word that it never will be.
    void sayDropped();
    Error m_error;
    ArticleId m_article = 0;
    std::function<void(FirstWrite)> m_notice;
};

/// The undo stack of hand edits, kept at the state the database really has:
/// - an edit whose first write fails is not put on the stack (the database has nothing of it);
/// - an undo or redo that fails later leaves the database as it was before that step, which the
///   steps around it no longer describe, so the whole history is cleared once the step is over.
/// Either way editFailed() says what was lost. push() takes EditCommands only, so no edit can
/// bypass this.
///
/// On a team database (setEditsWaitForServer) an edit whose first write finds the server
/// unreachable is not lost: it waits in this window, in order, with every later edit behind it,
/// and is written when the server answers again (tried every waitRetryMs). The undo action takes
/// back a waiting edit first: dropped if it was never tried, else (its first try's COMMIT may have
/// reached the server although the answer did not) it waits to be taken back on the server.
/// An undo of a written edit that finds the server unreachable waits the same way (its COMMIT,
/// too, may have reached the server): the edit stays on the stack, is undone there first when the
/// server answers, and later edits wait behind it. Redo waits until none is left. What waits is
/// kept on disk as well (journal(), EditJournal), so that a window that ends without writing it
/// leaves it to the next one (restoreWaiting()).
class EditStack final : public QUndoStack
{
    Q_OBJECT
public:
    static constexpr int waitRetryMs = 5000;

    explicit EditStack(QObject *parent = nullptr);
    ~EditStack() override;

    void push(EditCommand *command);
    /// Hide QUndoStack's: a macro begun while edits wait first tries to write them, so that
    /// what the analyst did stays in order on the server; while some still wait it is not begun
    /// (false): its steps cannot wait as one, and written now they would overtake the older ones.
    [[nodiscard]] bool beginMacro(const QString &text);
    void endMacro();

    void setEditsWaitForServer(bool wait) { m_waitForServer = wait; }
    [[nodiscard]] int waitingCount() const { return int(m_waiting.size()) + (m_pendingUndo ? 1 : 0); }
    /// The waiting edits' texts, oldest first.
    [[nodiscard]] QStringList waitingEdits() const;
    /// Whether one waits to be taken back on the server (its try may have reached it).
    [[nodiscard]] bool isTakingBack() const
    {
        return m_pendingUndo
            || std::any_of(m_waiting.begin(), m_waiting.end(), [](const auto &c) { return c->m_takeBack; });
    }
    /// Tries the waiting edits now, oldest first, until one still finds the server away.
    void writeWaiting();
    /// Told by the window while its own probe of the server, on a pool thread (the edit feed),
    /// finds it away (`why`), and when it answers again (nullopt): meanwhile edits wait without a
    /// try on this thread, which would hold the window up to libpq's connect_timeout against a host
    /// that does not answer, and are written once it answers.
    void setServerAway(std::optional<Error> why);
    /// Takes back the newest waiting edit, or else undoes the newest written one; nothing while
    /// the newest waits to be taken back on the server.
    void undoLatest();
    /// Whether something waits for the server (an edit, or the undo of a written one).
    [[nodiscard]] bool isWaiting() const { return !m_waiting.empty() || m_pendingUndo; }
    /// Drops every waiting edit unwritten (the window closes and the analyst agreed).
    void discardWaiting();
    /// Every waiting edit (and a written one whose undo waits) as the journal keeps it, oldest
    /// first: `text`, `edit` (EditCommand::journalEntry()) and how far its tries got.
    [[nodiscard]] QJsonArray journal() const;
    /// Puts an edit that waited in a window now gone (an entry of journal(), `command` made from
    /// its `edit`) back in the queue, with its tries as they were there; writeWaiting() writes it.
    void restoreWaiting(EditCommand *command, const QJsonObject &entry);

    /// Undo and redo actions that know the waiting edits (hiding QUndoStack's).
    QAction *createUndoAction(QObject *parent, const QString &prefix);
    QAction *createRedoAction(QObject *parent, const QString &prefix);

Q_SIGNALS:
    /// `command` is the edit's text ("Tag 2 articles with Zoll"); `step` what was asked for.
    void editFailed(const Lagebild::Error &error, const QString &command, bool undo, bool historyCleared,
        Lagebild::ArticleId article);
    /// The number of edits waiting for the server changed.
    void waitingChanged(int count);
    /// An edit that waited was written (`text`), taken back unwritten (`discarded`), or written
    /// and undone on the server (`taken back`: it may have reached it before).
    void waitingWritten(const QString &text);
    void waitingDiscarded(const QString &text);
    void waitingTakenBack(const QString &text);
    /// The first edit began to wait: `error` is why the server could not take it.
    void waitingStarted(const Lagebild::Error &error, const QString &command);

private:
    friend class EditCommand;
    void commandFailed(EditCommand &command, bool undo, bool firstRedo);
    /// How a step run outside QUndoStack ended: stored, failed for good (reported), or kept back
    /// because the server is unreachable.
    enum class Outcome { Stored, Failed, Waits };
    /// Runs one step of `command` outside QUndoStack, allowed to wait for an unreachable server.
    Outcome tryStep(EditCommand &command, EditCommand::Step step);
    /// Runs `command`'s first write outside QUndoStack.
    Outcome writeFirst(EditCommand &command);
    /// Writes `command` (unless a try stored it already) and undoes it: Stored when the server
    /// no longer has it, Waits while the server is away, Failed when a step failed (reported).
    Outcome takeBack(EditCommand &command);
    /// Undoes the newest written edit; on a team database an undo that finds the server away
    /// waits (m_pendingUndo) instead of failing.
    void undoWritten();
    /// The pending undo's outcome: undone on the stack too when stored; kept as written when
    /// refused (the database and the history unchanged); Waits while the server is away.
    Outcome writePendingUndo();
    void wait(std::unique_ptr<EditCommand> command);
    void clearHistory();

    bool m_waitForServer = false;
    int m_macroDepth = 0;
    std::deque<std::unique_ptr<EditCommand>> m_waiting;
    /// The written edit (owned by QUndoStack, at the top) whose undo waits for the server, before
    /// every edit in m_waiting.
    EditCommand *m_pendingUndo = nullptr;
    QTimer m_retry;
    std::optional<Error> m_serverAway;
};

} // namespace Lagebild
