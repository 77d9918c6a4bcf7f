// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArrayView>
#include <QString>

namespace Lagebild::Postgres {

/// The kind of failure a PostgreSQL SQLSTATE (five characters) stands for; the same kinds as
/// SQLite's, so callers decide the same way on both backends (retry when busy, stop when the
/// server is gone).
[[nodiscard]] ErrorKind errorKindOf(QByteArrayView sqlstate);

/// The failure as the analyst should read it, on one line: for a lost connection, a full or
/// failing server disk, missing write permission, a lock conflict or damaged data, one sentence
/// naming the database (`target`, see describeTarget) and the reason, the server's words in
/// brackets; any other failure in the server's words (message, then its detail).
/// `connectionLost`: libpq reports the connection as broken (no SQLSTATE then).
[[nodiscard]] Error failureOf(
    QByteArrayView sqlstate, const QString &serverMessage, const QString &target, bool connectionLost);

/// What libpq knows of the password after a connection attempt failed.
enum class PasswordUse {
    NotAsked, ///< the server asked for none, or the attempt failed before it could
    Missing, ///< the server asked for one and libpq had none (PQconnectionNeedsPassword)
    Sent, ///< libpq sent one (PQconnectionUsedPassword): the server authenticated with it or not
};

/// A connection attempt that failed, on one line: `target` and libpq's message, whose line
/// breaks and tabs are folded into spaces. A missing database is NotFound (the server's message
/// is all a client learns of it: libpq gives no SQLSTATE for a failed connection); a login the
/// server refused for want of the right password (`password` Missing, or Sent and not accepted)
/// is LoginRefused; a server out of reach is Unreachable.
[[nodiscard]] Error connectionFailure(
    const QString &target, const QString &libpqMessage, PasswordUse password);

/// libpq's multi-line messages ("…failed: No such file or directory\n\tIs the server running…")
/// as one line.
[[nodiscard]] QString oneLine(const QString &message);

} // namespace Lagebild::Postgres
