// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli migrate --from SOURCE --to TARGET: a whole corpus from SQLite to PostgreSQL and
// back (docs/team.md).

#include "cli/command.h"
#include "store/corpuscopy.h"
#include "store/postgres/connection.h"

#include <QElapsedTimer>

namespace Lagebild::Cli {

namespace {

int runMigrate(QCommandLineParser &parser)
{
    const QString source = parser.value(QStringLiteral("from"));
    const QString target = parser.value(QStringLiteral("to"));
    if (source.isEmpty() || target.isEmpty())
        return usageError(parser, QStringLiteral("migrate needs --from SOURCE and --to TARGET"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(parser, QStringLiteral("migrate takes no file names besides --from and --to"));
    if (parser.isSet(QStringLiteral("db")))
        return usageError(
            parser, QStringLiteral("migrate names its databases with --from and --to, not --db"));

    const QString shownSource = Postgres::describeTarget(source);
    const QString shownTarget = Postgres::describeTarget(target);
    QElapsedTimer clock, sinceLine;
    clock.start();
    sinceLine.start();
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    // A line a second at most, and one when a table is done: progress without flooding a log.
    auto progress = [&](const QString &table, qint64 done, qint64 total) {
        if (quiet || (done < total && sinceLine.elapsed() < 1000))
            return;
        sinceLine.restart();
        err() << "migrate: " << table << ": " << done << " of " << total << Qt::endl;
    };
    CorpusCopy::Options options;
    options.replace = parser.isSet(QStringLiteral("replace"));
    auto report = CorpusCopy::run(source, target, options, progress);
    if (!report) {
        err() << "lagebild-cli: migrate from " << shownSource << " to " << shownTarget
              << " failed: " << report.errorMessage() << Qt::endl;
        return Failure;
    }
    out() << QStringLiteral("migrate: %1 rows in %2 tables from %3 to %4 (%5 s)")
                 .arg(report->rows)
                 .arg(report->tables.size())
                 .arg(shownSource, shownTarget)
                 .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> migrateCommands()
{
    return {{QStringLiteral("migrate"),
        QStringLiteral("Copy a whole corpus between an SQLite file and a PostgreSQL database (either way)."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("from"),
                QStringLiteral("The corpus to copy: an SQLite file or a postgresql:// URI."),
                QStringLiteral("SOURCE")});
            p.addOption({QStringLiteral("to"),
                QStringLiteral("Where to copy it: an SQLite file (created) or a postgresql:// URI."),
                QStringLiteral("TARGET")});
            p.addOption({QStringLiteral("replace"),
                QStringLiteral("Overwrite a target that already holds a corpus (else it is refused).")});
            p.addOption(
                {{QStringLiteral("q"), QStringLiteral("quiet")}, QStringLiteral("No progress on stderr.")});
        },
        runMigrate}};
}

} // namespace Lagebild::Cli
