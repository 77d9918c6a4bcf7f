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
/// breaks and tabs are folded into spaces.
[[nodiscard]] Error connectionFailure(const QString &target, const QString &libpqMessage);

/// libpq's multi-line messages ("…failed: No such file or directory\n\tIs the server running…")
/// as one line.
[[nodiscard]] QString oneLine(const QString &message);

} // namespace Lagebild::Postgres
