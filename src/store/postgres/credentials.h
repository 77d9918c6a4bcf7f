// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace Lagebild::Postgres {

/// What libpq matches a password on (a line of ~/.pgpass is host:port:database:user): the URI's
/// values, else libpq's defaults ($PGHOST, $PGPORT or 5432, $PGUSER or the login name,
/// $PGDATABASE or the user). Two URIs written differently for one login have one key.
struct LoginKey
{
    QString host;
    QString port;
    QString database;
    QString user;
    friend bool operator==(const LoginKey &, const LoginKey &) = default;
};

[[nodiscard]] LoginKey loginKeyOf(const QString &uri);

/// The password written into a URI (postgresql://anna:secret@… or ?password=…), decoded; empty
/// when it carries none.
[[nodiscard]] QString passwordIn(const QString &uri);

/// The passwords of this process's PostgreSQL logins, in memory only (docs/team.md, "Passwords"):
/// every connection the process makes (Connection::open, the reconnection of a lost session,
/// every thread's own) hands the one held for its login to libpq as its `password` parameter, so
/// that no URI, setting, title or message needs to carry it, and a new password given once (the
/// administrator changed it) serves every later connection. Without one held libpq reads
/// ~/.pgpass or $PGPASSFILE as before. Thread-safe.
/// Holds `password` for the login `uri` names; an empty one forgets it.
void holdPassword(const QString &uri, const QString &password);
[[nodiscard]] std::optional<QString> heldPassword(const QString &uri);
/// Holds the password written into `uri`, if any, and returns the URI without it.
[[nodiscard]] QString takePassword(const QString &uri);

/// Told of every login the server refused for its password (ErrorKind::LoginRefused): the URI
/// without a password and the refusal's one line, on the thread whose connection was refused. So
/// a window asks the analyst for the new password once, whichever of its connections (its own, a
/// reconnection, a background reader's) met the refusal first. Returns an id for
/// removeLoginRefusalListener().
using LoginRefusalListener = std::function<void(const QString &uri, const QString &message)>;
int addLoginRefusalListener(LoginRefusalListener listener);
void removeLoginRefusalListener(int id);
/// Called by Connection where the server refused a login for its password. `sent` is
/// passwordSentTo() of the attempt: the refusal is remembered for it (refusedBefore()).
void reportLoginRefused(const QString &uri, const QString &message, const QByteArray &sent);

/// What a connection to the login `uri` names will send as its password, as a digest (SHA-256,
/// never the password itself): the one held for it, else $PGPASSWORD, else the content of the
/// password file libpq reads (the URI's passfile, $PGPASSFILE or ~/.pgpass), else nothing.
[[nodiscard]] QByteArray passwordSentTo(const QString &uri);

/// A refused password is not sent again (docs/team.md, "A refused password is not sent
/// again"): every retry would be one more failed login in the server's log, and a server that
/// locks a login out after a few (fail2ban, an authentication hook) would lock out the analyst.
/// The latest refusal's one line when the server refused this login for what a connection would
/// send now (passwordSentTo(): one of the last 16 refused for it): the connection then fails at
/// once with it, without asking the server. Holding another password, or writing another into the
/// password file, ends it; so does forgetLoginRefusal().
[[nodiscard]] std::optional<QString> refusedBefore(const QString &uri);
/// The analyst gives a password explicitly (a prompt's Connect, the connect dialog): what would be
/// sent now is sent even if the server refused it before (the administrator may have set it back).
void forgetLoginRefusal(const QString &uri);

} // namespace Lagebild::Postgres
