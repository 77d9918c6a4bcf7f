// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/errorkind.h"

#include <sqlite3.h>

#include <cerrno>

namespace Lagebild::Sqlite {

ErrorKind errorKindOf(int resultCode)
{
    switch (resultCode & 0xff) { // the primary code; extended codes refine it
    case SQLITE_NOTFOUND:
        return ErrorKind::NotFound;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Constraint;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
        return ErrorKind::Io;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Corrupt;
    case SQLITE_INTERRUPT:
    case SQLITE_ABORT:
        return ErrorKind::Cancelled;
    default:
        return ErrorKind::Other;
    }
}

Error failureOf(int resultCode, const QString &sqliteMessage, const QString &path, int systemErrno)
{
    const QString file
        = path.isEmpty() || path.startsWith(QLatin1Char(':')) ? QStringLiteral("the database") : path;
    // SQLite reports a write that hit the end of the disk half-way as full, one refused outright
    // (a file size limit, a full disk at the first byte) as an I/O error.
    if ((resultCode & 0xff) == SQLITE_IOERR && (systemErrno == ENOSPC || systemErrno == EFBIG))
        resultCode = SQLITE_FULL;
    // The errno of a refused write is often gone by the time SQLite reports it.
    if (resultCode == SQLITE_IOERR_WRITE) {
        return Error {
            QStringLiteral("%1: the disk refused to write it: it is full, a size limit was reached, "
                           "or the disk is failing (%2)")
                .arg(file, sqliteMessage),
            ErrorKind::Io};
    }
    QString reason;
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        reason = QStringLiteral("the disk is full (or the database reached its size limit)");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        reason = QStringLiteral("the database file or its folder is read-only");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason
            = QStringLiteral("another program holds a lock on the database and did not release it in time");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        reason = QStringLiteral("the file is damaged or not a database");
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        reason = QStringLiteral("the disk could not read or write it");
        break;
    default:
        return Error {sqliteMessage, errorKindOf(resultCode)};
    }
    return Error {QStringLiteral("%1: %2 (%3)").arg(file, reason, sqliteMessage), errorKindOf(resultCode)};
}

} // namespace Lagebild::Sqlite
