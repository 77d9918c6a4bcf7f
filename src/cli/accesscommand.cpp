// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli access: who may read, edit or administer a team database (docs/team.md, "Access").

#include "cli/command.h"
#include "store/databaselocation.h"
#include "store/postgres/access.h"
#include "store/postgres/connection.h"

namespace Lagebild::Cli {

namespace {

int runAccess(QCommandLineParser &parser)
{
    const QString uri = databaseLocation(parser);
    if (backendOf(uri) != Backend::Postgres)
        return usageError(parser,
            QStringLiteral(
                "access is for a team database: give --db postgresql://… (an SQLite file's access is "
                "its file permissions)"));
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    std::optional<Postgres::AccessLevel> level;
    if (action == QLatin1String("grant")) {
        if (args.size() != 2 || !(level = Postgres::accessLevelFromName(args[1])))
            return usageError(
                parser, QStringLiteral("grant takes a user and a level: reader, editor or admin"));
    } else if (action == QLatin1String("revoke")) {
        if (args.size() != 1)
            return usageError(parser, QStringLiteral("revoke takes a user"));
    } else if (action != QLatin1String("list") || !args.isEmpty()) {
        return usageError(parser, QStringLiteral("access takes list, grant USER LEVEL or revoke USER"));
    }
    auto connection = Postgres::Connection::open(uri);
    if (!connection) {
        err() << "lagebild-cli: " << connection.errorMessage() << Qt::endl;
        return Failure;
    }
    Postgres::Connection &c = **connection;
    if (action == QLatin1String("list")) {
        auto grants = Postgres::accessGrants(c);
        if (!grants) {
            err() << "lagebild-cli: " << grants.errorMessage() << Qt::endl;
            return Failure;
        }
        for (const auto &grant : grants.value())
            out() << grant.user << '\t' << Postgres::accessLevelName(grant.level) << Qt::endl;
        return Success;
    }
    const auto done = level ? Postgres::grantAccess(c, args[0], *level) : Postgres::revokeAccess(c, args[0]);
    if (!done)
        return editFailed(done.error());
    out() << args[0] << ": " << (level ? Postgres::accessLevelName(*level) : QStringLiteral("no access"))
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> accessCommands()
{
    return {{QStringLiteral("access"),
        QStringLiteral("Who may read, edit or administer a PostgreSQL team database: list, grant USER "
                       "reader|editor|admin, revoke USER."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(
                QStringLiteral("action"), QStringLiteral("list (default), grant or revoke."));
            p.addPositionalArgument(QStringLiteral("user"), QStringLiteral("A login role of the server."),
                QStringLiteral("[user]"));
            p.addPositionalArgument(QStringLiteral("level"),
                QStringLiteral("reader, editor or admin (grant)."), QStringLiteral("[level]"));
        },
        runAccess}};
}

} // namespace Lagebild::Cli
