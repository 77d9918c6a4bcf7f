// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/errorkind.h"

#include <QRegularExpression>

namespace Lagebild::Postgres {

ErrorKind errorKindOf(QByteArrayView sqlstate)
{
    if (sqlstate.size() != 5)
        return ErrorKind::Other;
    const QByteArrayView cls = sqlstate.first(2);
    if (cls == "23") // integrity constraint violation: unique, foreign key, check, not null
        return ErrorKind::Constraint;
    if (cls == "08" || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03")
        return ErrorKind::Unreachable; // connection exception; the server shutting down or starting
    if (cls == "53" || cls == "58") // insufficient resources (disk full), system error (I/O)
        return ErrorKind::Io;
    if (sqlstate == "25006" || sqlstate == "42501") // read-only transaction, insufficient privilege
        return ErrorKind::ReadOnly;
    if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03")
        return ErrorKind::Busy; // serialization failure, deadlock, lock not available
    if (sqlstate == "XX001" || sqlstate == "XX002") // data corrupted, index corrupted
        return ErrorKind::Corrupt;
    if (sqlstate == "57014") // query cancelled
        return ErrorKind::Cancelled;
    if (sqlstate == "02000" || sqlstate == "P0002") // no data
        return ErrorKind::NotFound;
    if (sqlstate == "28P01" || sqlstate == "28000") // invalid password, invalid authorization
        return ErrorKind::LoginRefused;
    return ErrorKind::Other;
}

QString oneLine(const QString &message)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(message).replace(space, QStringLiteral(" ")).trimmed();
}

Error failureOf(
    QByteArrayView sqlstate, const QString &serverMessage, const QString &target, bool connectionLost)
{
    const QString message = oneLine(serverMessage);
    const ErrorKind kind = connectionLost ? ErrorKind::Unreachable : errorKindOf(sqlstate);
    QString reason;
    switch (kind) {
    case ErrorKind::Unreachable:
        reason = QStringLiteral("the connection to the PostgreSQL server was lost");
        break;
    case ErrorKind::Io:
        reason = QStringLiteral("the server's disk is full or failing");
        break;
    case ErrorKind::ReadOnly:
        reason = QStringLiteral("this database user may not change it");
        break;
    case ErrorKind::Busy:
        reason = QStringLiteral("another connection holds a lock on the same data or changed it at the same "
                                "time; try again");
        break;
    case ErrorKind::Corrupt:
        reason = QStringLiteral("the server reports damaged data");
        break;
    default:
        return Error {message, kind};
    }
    return Error {QStringLiteral("%1: %2 (%3)").arg(target, reason, message), kind};
}

Error connectionFailure(const QString &target, const QString &libpqMessage, PasswordUse password)
{
    const QString message = oneLine(libpqMessage);
    // The server answers a login for a missing database (after the password, if it wants one),
    // and libpq says whether the server wanted a password that it had not got or refused the one
    // it got: each has a clearer reason than "cannot connect". libpq's own words stay in
    // brackets; they never contain the password.
    if (message.contains(QLatin1String("does not exist")) && message.contains(QLatin1String("database"))) {
        return Error {
            QStringLiteral("%1: the PostgreSQL server has no such database (%2)").arg(target, message),
            ErrorKind::NotFound};
    }
    const QString refused = QStringLiteral("the PostgreSQL server refused the login");
    switch (password) {
    case PasswordUse::Missing:
        return Error {QStringLiteral("%1: %2: it wants a password and was given none; libpq reads it from "
                                     "~/.pgpass or $PGPASSFILE (%3)")
                          .arg(target, refused, message),
            ErrorKind::LoginRefused};
    case PasswordUse::Sent:
        return Error {QStringLiteral(
                          "%1: %2: the password is wrong or out of date, or the role may not log in now (%3)")
                          .arg(target, refused, message),
            ErrorKind::LoginRefused};
    case PasswordUse::NotAsked:
        break;
    }
    return Error {QStringLiteral("%1: cannot connect to the PostgreSQL server (%2)").arg(target, message),
        ErrorKind::Unreachable};
}

} // namespace Lagebild::Postgres
