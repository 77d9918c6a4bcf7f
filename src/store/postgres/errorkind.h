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

/// A connection attempt that failed, on one line: `target` and libpq's message, whose line
/// breaks and tabs are folded into spaces. A missing database is NotFound; a server out of reach
/// and a login it refused (no password, or a wrong one) are Unreachable.
[[nodiscard]] Error connectionFailure(const QString &target, const QString &libpqMessage);

/// Whether `error` is connectionFailure()'s for a login the server refused for want of the right
/// password: trying again with the same password cannot help, so the window asks for it again.
/// (Its own kind would be clearer, but ErrorKind is shared by both backends and every caller.)
[[nodiscard]] bool refusesLogin(const Error &error);

/// libpq's multi-line messages ("…failed: No such file or directory\n\tIs the server running…")
/// as one line.
[[nodiscard]] QString oneLine(const QString &message);

} // namespace Lagebild::Postgres
