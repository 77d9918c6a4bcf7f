// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/loginrecovery.h"

#include "gui/passwordkeeper.h"
#include "gui/passwordprompt.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace Lagebild {

LoginRefusals &LoginRefusals::instance()
{
    static LoginRefusals *const relay = [] {
        auto *made = new LoginRefusals;
        Postgres::addLoginRefusalListener([made](const QString &uri, const QString &message) {
            if (made->m_quiet.load() == 0)
                Q_EMIT made->refused(uri, message);
        });
        return made;
    }();
    return *relay;
}

LoginRecovery::LoginRecovery(const QString &uri, QWidget *window)
    : QObject(window), m_uri(uri), m_window(window)
{
    // Queued also for a refusal on the window's own thread: the prompt opens after the statement
    // that met it has failed and been dealt with (an edit set waiting), not in its midst.
    connect(&LoginRefusals::instance(), &LoginRefusals::refused, this, &LoginRecovery::refusedSomewhere,
        Qt::QueuedConnection);
}

void LoginRecovery::refusedSomewhere(const QString &uri, const QString &message)
{
    // Another database's login, or a refusal of a password no longer held (told late, from
    // another thread): what would be sent now was not refused.
    if (Postgres::loginKeyOf(uri) != Postgres::loginKeyOf(m_uri) || !Postgres::refusedBefore(m_uri))
        return;
    // A password being checked meets its own refusal in the check, which says it in the prompt.
    if (!m_checking)
        setRefused(true);
    // A prompt already asking or a password being checked, or the analyst said to leave it: no
    // second prompt.
    if (m_prompt || m_checking || m_declined)
        return;
    ask(message);
}

void LoginRecovery::setRefused(bool refused)
{
    if (m_refused == refused)
        return;
    m_refused = refused;
    Q_EMIT refusedChanged(refused);
}

void LoginRecovery::askForPassword()
{
    ask(Postgres::refusedBefore(m_uri).value_or(QString()));
}

void LoginRecovery::ask(const QString &reason)
{
    m_declined = false;
    if (m_prompt) {
        m_prompt->raise();
        m_prompt->activateWindow();
        return;
    }
    m_prompt = new PasswordPrompt(m_uri, reason, isPasswordRemembered(m_uri), m_window);
    connect(m_prompt, &PasswordPrompt::passwordGiven, this, &LoginRecovery::check);
    connect(m_prompt, &QDialog::rejected, this, [this] {
        m_declined = true;
        Q_EMIT declined();
    });
    m_prompt->show();
}

void LoginRecovery::check(const QString &password, bool remember)
{
    // Held at once, so that every connection made from now on (the waiting edits' included)
    // sends it; the check tells whether the prompt may close.
    Postgres::holdPassword(m_uri, password);
    // Typed by the analyst: sent even if the server refused the same one before.
    Postgres::forgetLoginRefusal(m_uri);
    m_checking = true;
    m_prompt->busy();
    auto *watcher = new QFutureWatcher<std::optional<Error>>(this);
    connect(
        watcher, &QFutureWatcher<std::optional<Error>>::finished, this, [this, watcher, password, remember] {
            watcher->deleteLater();
            m_checking = false;
            const std::optional<Error> failure = watcher->result();
            if (failure && failure->kind == ErrorKind::LoginRefused) {
                setRefused(true);
                if (m_prompt)
                    m_prompt->refused(failure->message);
                return;
            }
            // Taken, or not known yet (the server does not answer): no longer the refused one.
            setRefused(false);
            if (m_prompt)
                m_prompt->accept();
            // A server that does not answer now: the password stays held, and the waiting edits,
            // tried every few seconds, find out whether it works once the server is back.
            if (failure)
                return;
            if (auto kept = keepPasswordAsAsked(m_uri, password, remember); !kept)
                Q_EMIT keyringRefused(kept.errorMessage());
            Q_EMIT passwordAccepted();
        });
    // A connection of its own on a pool thread: a server that does not answer holds that thread
    // up to libpq's connect_timeout, never the window.
    watcher->setFuture(QtConcurrent::run([uri = m_uri]() -> std::optional<Error> {
        auto opened = Postgres::Connection::open(uri);
        if (!opened)
            return opened.error();
        return std::nullopt;
    }));
}

} // namespace Lagebild
