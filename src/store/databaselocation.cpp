// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/databaselocation.h"

#include "core/version.h"
#include "store/postgres/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Lagebild {

Backend backendOf(QStringView location)
{
    return Postgres::isPostgresUri(location) ? Backend::Postgres : Backend::Sqlite;
}

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("LAGEBILD_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("lagebild.sqlite"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lagebild"));
    QCoreApplication::setApplicationName(QStringLiteral("lagebild"));
    QCoreApplication::setApplicationVersion(QLatin1String(versionNumber));
}

} // namespace Lagebild
