// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/teamlogin.h"

#include "cli/command.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace Lagebild::Cli {

namespace {

// The terminal's settings while echo is off, for a Ctrl+C at the prompt to put back.
int promptTerminal = -1;
termios promptSettings {};

extern "C" void restoreEchoAndStop(int signal)
{
    // Only async-signal-safe calls: tcsetattr, signal, raise.
    tcsetattr(promptTerminal, TCSANOW, &promptSettings);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// The controlling terminal when the command runs on one (its standard input a terminal, as
/// psql asks): a descriptor to close, or -1.
int interactiveTerminal()
{
    if (!isatty(STDIN_FILENO))
        return -1;
    const int terminal = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (terminal < 0)
        return -1;
    if (!isatty(terminal)) {
        ::close(terminal);
        return -1;
    }
    return terminal;
}

/// `prompt` on the terminal, and the line typed there without echo (its newline taken off);
/// nullopt at end of input.
std::optional<QByteArray> readHidden(int terminal, const QByteArray &prompt)
{
    // The echo goes off before the prompt shows: what is typed once it shows is never echoed.
    termios settings {};
    const bool quiet = tcgetattr(terminal, &settings) == 0;
    struct sigaction interrupted = {};
    struct sigaction stopped = {};
    if (quiet) {
        promptTerminal = terminal;
        promptSettings = settings;
        struct sigaction restore = {};
        restore.sa_handler = restoreEchoAndStop;
        sigemptyset(&restore.sa_mask);
        sigaction(SIGINT, &restore, &interrupted);
        sigaction(SIGTERM, &restore, &stopped);
        termios hidden = settings;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL; // the Enter shows, the password does not
        // Typed ahead before the question (echoed already) is dropped, as getpass does.
        tcsetattr(terminal, TCSAFLUSH, &hidden);
    }
    (void)!::write(terminal, prompt.constData(), size_t(prompt.size()));
    QByteArray line;
    bool ended = false;
    for (char c = 0;;) {
        const ssize_t got = ::read(terminal, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n')
            break;
        line.append(c);
    }
    if (quiet) {
        tcsetattr(terminal, TCSADRAIN, &settings);
        sigaction(SIGINT, &interrupted, nullptr);
        sigaction(SIGTERM, &stopped, nullptr);
        promptTerminal = -1;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (ended)
        return std::nullopt;
    return line;
}

} // namespace

bool logInToTeamDatabase(const QString &location)
{
    if (!Postgres::isPostgresUri(location))
        return true;
    const QString uri = Postgres::takePassword(location);
    auto opened = Postgres::Connection::open(uri);
    if (opened || opened.error().kind != ErrorKind::LoginRefused)
        return true;
    const int terminal = interactiveTerminal();
    if (terminal < 0) {
        err() << "lagebild-cli: " << opened.errorMessage()
              << "; no terminal to ask for the password on: give it in ~/.pgpass or the file $PGPASSFILE "
                 "names"
              << Qt::endl;
        return false;
    }
    err() << "lagebild-cli: " << opened.errorMessage() << Qt::endl;
    const Postgres::LoginKey login = Postgres::loginKeyOf(uri);
    const QString server = login.host.startsWith(QLatin1Char('/'))
        ? QStringLiteral("the socket in %1").arg(login.host)
        : login.host + (login.port.isEmpty() ? QString() : QLatin1Char(':') + login.port);
    const auto typed = readHidden(terminal,
        QStringLiteral("Password for %1, database %2 on %3: ")
            .arg(login.user, login.database, server)
            .toUtf8());
    ::close(terminal);
    if (!typed || typed->isEmpty()) {
        err() << "lagebild-cli: " << uri << ": no password given" << Qt::endl;
        return false;
    }
    // Held for this run's every connection, and sent although the server may have refused the
    // same one before: the analyst typed it.
    Postgres::holdPassword(uri, QString::fromUtf8(*typed));
    Postgres::forgetLoginRefusal(uri);
    auto again = Postgres::Connection::open(uri);
    if (again || again.error().kind != ErrorKind::LoginRefused)
        return true;
    err() << "lagebild-cli: " << again.errorMessage() << Qt::endl;
    return false;
}

} // namespace Lagebild::Cli
