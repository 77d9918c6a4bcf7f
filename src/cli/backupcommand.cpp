// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli backup FILE: a consistent copy of the database while others keep working on it.

#include "cli/command.h"
#include "store/articlestore.h"
#include "store/sqlite/backup.h"
#include "store/sqlite/database.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Lagebild::Cli {

namespace {

int runBackup(QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(parser, QStringLiteral("backup needs exactly one target file"));
    const QString target = QFileInfo(files.first()).absoluteFilePath();
    auto store = openStore(parser);
    if (!store)
        return Failure;
    if (QFileInfo(store->database().path()).absoluteFilePath() == target) {
        err() << "lagebild-cli: " << files.first() << ": is the database itself" << Qt::endl;
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto copied = Sqlite::backupDatabase(store->database(), target); !copied) {
        err() << "lagebild-cli: " << copied.errorMessage() << Qt::endl;
        return Failure;
    }
    out() << QStringLiteral("backup: %1 (%2 MB, %3 s)")
                 .arg(target)
                 .arg(double(QFileInfo(target).size()) / 1e6, 0, 'f', 1)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> backupCommands()
{
    return {{QStringLiteral("backup"),
        QStringLiteral("Write a consistent copy of the database to FILE (others may keep working)."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(
                QStringLiteral("file"), QStringLiteral("Where to write the copy."), QStringLiteral("FILE"));
        },
        runBackup}};
}

} // namespace Lagebild::Cli
