// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/passwordprompt.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>

class QWidget;

namespace Lagebild {

/// One for the process: every login the server refused for its password, from any thread
/// (Postgres::addLoginRefusalListener), as a signal that reaches each window on its own thread.
/// Never deleted: a pool thread's connection may be refused until the program ends.
class LoginRefusals final : public QObject
{
    Q_OBJECT
public:
    static LoginRefusals &instance();

    /// While one lives, refusals are not passed on: a database being opened asks for its password
    /// in the connect dialog (openWorkbench), and an open window on the same login must not ask
    /// too for refusals that were not its own.
    class Quiet
    {
    public:
        Quiet() { ++instance().m_quiet; }
        ~Quiet() { --instance().m_quiet; }
        Quiet(const Quiet &) = delete;
        Quiet &operator=(const Quiet &) = delete;
    };

Q_SIGNALS:
    /// `uri` without a password; `message` the refusal's one line.
    void refused(const QString &uri, const QString &message);

private:
    LoginRefusals() = default;
    /// Read on the refused connection's thread.
    std::atomic<int> m_quiet {0};
};

/// A team window's way through a password that stopped working while it was open (the
/// administrator changed it; docs/team.md, "A password changed while a window is open"): the first
/// refusal of any of the process's connections to the window's login (its own, a reconnection, a
/// background reader) opens one PasswordPrompt, never a cascade. The password typed is held for the
/// process (store/postgres/credentials.h) and checked on a pool thread, so the window never waits;
/// once it opens a connection it is kept in the keyring as asked and passwordAccepted() lets the
/// window write what waits. A refused one is asked for again in the same prompt. Cancel: the
/// edits keep waiting, and no refusal opens the prompt again until ask().
class LoginRecovery final : public QObject
{
    Q_OBJECT
public:
    /// `uri`: the window's database, without a password; `window`: the prompt's parent.
    LoginRecovery(const QString &uri, QWidget *window);

    /// Opens the prompt (or brings it forward) with `reason`, the server's refusal, above its
    /// fields; empty when the analyst asked for it.
    void ask(const QString &reason);
    /// The analyst asks (File → Team Database Password, the status bar's button): ask() with the
    /// server's refusal of the password held now, if it refused it.
    void askForPassword();
    /// The prompt while it is open (tests drive it), else null.
    [[nodiscard]] PasswordPrompt *prompt() const { return m_prompt; }
    /// Whether the server refused the login's password and no other has been given since: the
    /// window is disconnected (the refused password is not sent again, store/postgres/credentials.h,
    /// refusedBefore()) until the analyst gives one.
    [[nodiscard]] bool isRefused() const { return m_refused; }

Q_SIGNALS:
    /// A new password opened a connection to the database: what waits can be written now.
    void passwordAccepted();
    /// The password works, but the desktop keyring did not keep it (it serves this session).
    void keyringRefused(const QString &message);
    /// The analyst closed the prompt without a password that worked: the edits keep waiting.
    void declined();
    /// isRefused() changed.
    void refusedChanged(bool refused);

private:
    void refusedSomewhere(const QString &uri, const QString &message);
    void check(const QString &password, bool remember);
    void setRefused(bool refused);

    QString m_uri;
    QWidget *m_window = nullptr;
    QPointer<PasswordPrompt> m_prompt;
    bool m_checking = false;
    bool m_declined = false;
    bool m_refused = false;
};

} // namespace Lagebild
