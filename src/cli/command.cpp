// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/sqlite/database.h"

#include <QFileInfo>

#include <cstdio>

namespace Lagebild::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto group : {importCommands(), browseCommands(), tagCommands(), extractCommands(),
                 analysisCommands(), learnCommands(), relationCommands(), viewCommands(), backupCommands()})
            list.insert(list.end(), group.begin(), group.end());
        return list;
    }();
    return all;
}

std::unique_ptr<ArticleStore> openStore(const QCommandLineParser &parser)
{
    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto store = ArticleStore::open(path);
    if (!store) {
        err() << "lagebild-cli: " << store.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(store.value());
}

int editFailed(const Error &error)
{
    // Every edit is one transaction: refused, it left the database as it was.
    err() << "lagebild-cli: " << error.message << "; nothing was changed" << Qt::endl;
    return Failure;
}

int usageError(const QCommandLineParser &, const QString &message)
{
    err() << "lagebild-cli: " << message << "\nTry --help." << Qt::endl;
    return UsageError;
}

qint64 parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Lagebild::Cli
