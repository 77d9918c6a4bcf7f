// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/errorkind.h"

#include <sqlite3.h>

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

} // namespace Lagebild::Sqlite
