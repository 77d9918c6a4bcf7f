// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli import: files and folders into the store.

#include "cli/command.h"
#include "services/importservice.h"
#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/importtarget.h"

#include <unistd.h>

namespace Lagebild::Cli {

namespace {

int runImport(QCommandLineParser &parser)
{
    QStringList paths = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("sample")))
        paths.prepend(QStringLiteral(":/sample-corpus"));
    if (paths.isEmpty())
        return usageError(parser, QStringLiteral("import needs at least one file or folder (or --sample)"));
    ImportOptions options;
    if (parser.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const double mb = parser.value(QStringLiteral("max-size")).toDouble(&ok);
        if (!ok || mb <= 0)
            return usageError(parser, QStringLiteral("--max-size takes a size in megabytes"));
        options.maxFileBytes = qint64(mb * 1024 * 1024);
    }
    // An SQLite file through its store (the search index brought up to date first), a
    // PostgreSQL URI through a connection of its own (docs/team.md).
    std::unique_ptr<ArticleStore> store;
    std::unique_ptr<ImportTarget> target;
    const QString location = databaseLocation(parser);
    if (backendOf(location) == Backend::Postgres) {
        auto opened = openPostgresImportTarget(location);
        if (!opened) {
            err() << "lagebild-cli: " << opened.errorMessage() << Qt::endl;
            return Failure;
        }
        target = std::move(opened.value());
    } else {
        store = openStore(parser);
        if (!store)
            return Failure;
        target = sqliteImportTarget(*store);
    }

    const bool interactive = isatty(STDERR_FILENO);
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    ImportObserver observer;
    observer.problem = [&](const ImportProblem &p) {
        if (interactive)
            err() << "\r\033[K";
        err() << "lagebild-cli: " << p.toString() << Qt::endl;
    };
    if (!quiet) {
        observer.duplicate = [&](const ImportProblem &p) {
            if (interactive)
                err() << "\r\033[K";
            err() << "duplicate: " << p.toString() << Qt::endl;
        };
    }
    if (interactive && !quiet) {
        observer.progress = [&](int done, int total, const QString &) {
            err() << "\rimporting " << done << '/' << total << Qt::flush;
            if (done == total)
                err() << "\r\033[K" << Qt::flush;
        };
    }
    ImportService service(*target, options);
    const ImportSummary s = service.importPaths(paths, observer);
    // Sample corpus paths read as ":/sample-corpus/..." in messages; that is where they live.
    out() << "files: " << s.files << ", imported: " << s.imported << ", duplicates: " << s.duplicates
          << ", near-duplicates: " << s.nearDuplicates << ", non-German: " << s.nonGerman
          << ", errors: " << (s.failedFiles + s.failedItems) << Qt::endl;
    return s.failedFiles + s.failedItems > 0 ? Failure : Success;
}

} // namespace

std::vector<Command> importCommands()
{
    return {{QStringLiteral("import"),
        QStringLiteral("Import article files and folders (.txt, .html, .rss, .atom, .xml, .jsonl)."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("paths"),
                QStringLiteral("Files or folders (folders recursively)."), QStringLiteral("PATH..."));
            p.addOption({QStringLiteral("sample"), QStringLiteral("Also import the bundled sample corpus.")});
            p.addOption({QStringLiteral("max-size"),
                QStringLiteral("Refuse files larger than this (default 64)."), QStringLiteral("MB")});
            p.addOption({{QStringLiteral("q"), QStringLiteral("quiet")},
                QStringLiteral("Print only errors and the summary.")});
        },
        runImport}};
}

} // namespace Lagebild::Cli
