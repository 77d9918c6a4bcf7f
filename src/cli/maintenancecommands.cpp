// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli check and compact: what the sqlite3 shell cannot do on a Lagebild file since
// schema 12 (its generated column and tokenizer are the program's own; docs/schema.md).

#include "cli/command.h"
#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/maintenance.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace Lagebild::Cli {

namespace {

int runCheck(QCommandLineParser &parser)
{
    auto store = openStore(parser);
    if (!store)
        return Failure;
    auto problems = Sqlite::checkDatabase(store->database());
    if (!problems) {
        err() << "lagebild-cli: " << problems.errorMessage() << Qt::endl;
        return Failure;
    }
    if (problems.value().isEmpty()) {
        out() << "check: " << store->path() << ": sound (pages, indexes, foreign keys, search index)"
              << Qt::endl;
        return Success;
    }
    // A damaged table can have a problem per row: the first ones say what is wrong.
    constexpr qsizetype shown = 50;
    for (const QString &problem : problems.value().mid(0, shown))
        err() << "lagebild-cli: " << store->path() << ": " << problem << Qt::endl;
    if (problems.value().size() > shown)
        err() << "lagebild-cli: " << store->path() << ": … and " << problems.value().size() - shown << " more"
              << Qt::endl;
    err() << "lagebild-cli: " << problems.value().size()
          << " problem(s); restore a backup or copy what is readable with 'lagebild-cli migrate'" << Qt::endl;
    return Failure;
}

int runCompact(QCommandLineParser &parser)
{
    auto store = openStore(parser);
    if (!store)
        return Failure;
    const QString path = store->path();
    const qint64 before = QFileInfo(path).size();
    QElapsedTimer timer;
    timer.start();
    if (auto done = Sqlite::compactDatabase(store->database()); !done) {
        err() << "lagebild-cli: " << done.errorMessage() << Qt::endl;
        return Failure;
    }
    out() << QStringLiteral("compact: %1: %2 → %3 MB (%4 s)")
                 .arg(path)
                 .arg(double(before) / 1e6, 0, 'f', 1)
                 .arg(double(QFileInfo(path).size()) / 1e6, 0, 'f', 1)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> maintenanceCommands()
{
    return {{QStringLiteral("check"),
                QStringLiteral("Check the database file: pages, indexes, foreign keys, search index."),
                [](QCommandLineParser &) {}, runCheck},
        {QStringLiteral("compact"),
            QStringLiteral("Rewrite the database file without its free space (needs that much disk again)."),
            [](QCommandLineParser &) {}, runCompact}};
}

} // namespace Lagebild::Cli
