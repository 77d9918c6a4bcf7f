// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "store/articleeditor.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlreader.h"

#include <QElapsedTimer>
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
        for (auto group :
            {importCommands(), browseCommands(), tagCommands(), extractCommands(), analysisCommands(),
                learnCommands(), relationCommands(), mentionCommands(), viewCommands(), backupCommands(),
                maintenanceCommands(), migrateCommands(), workerCommands(), accessCommands()})
            list.insert(list.end(), group.begin(), group.end());
        return list;
    }();
    return all;
}

QString databaseLocation(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
}

std::unique_ptr<ArticleStore> openStore(const QCommandLineParser &parser)
{
    const QString path = databaseLocation(parser);
    if (backendOf(path) == Backend::Postgres) {
        // Opened as a file name, a URI would become a stray SQLite file.
        err() << "lagebild-cli: " << Postgres::describeTarget(path)
              << ": this command works on SQLite databases only so far; on PostgreSQL: stats, search, "
                 "list, show, tag, untag, note, history, relation, entities, entity, import, timeline, "
                 "graph, export, migrate, worker and learn "
                 "(docs/team.md)"
              << Qt::endl;
        return nullptr;
    }
    auto store = ArticleStore::open(path);
    if (!store) {
        err() << "lagebild-cli: " << store.errorMessage() << Qt::endl;
        return nullptr;
    }
    if (!bringSearchIndexUpToDate(**store))
        return nullptr;
    return std::move(store.value());
}

std::unique_ptr<CorpusReader> openReader(const QCommandLineParser &parser)
{
    const QString location = databaseLocation(parser);
    if (backendOf(location) == Backend::Sqlite) {
        auto store = openStore(parser);
        return store ? sqliteCorpusReader(std::move(store)) : nullptr;
    }
    auto reader = openPostgresCorpusReader(location);
    if (!reader) {
        err() << "lagebild-cli: " << reader.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(reader.value());
}

std::unique_ptr<SqlReader> openSqlReader(const QCommandLineParser &parser)
{
    const QString location = databaseLocation(parser);
    if (backendOf(location) == Backend::Sqlite) {
        auto store = openStore(parser);
        return store ? sqliteSqlReader(std::move(store)) : nullptr;
    }
    auto reader = openPostgresSqlReader(location);
    if (!reader) {
        err() << "lagebild-cli: " << reader.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(reader.value());
}

std::unique_ptr<SqlWriter> openSqlWriter(const QCommandLineParser &parser)
{
    const QString location = databaseLocation(parser);
    if (backendOf(location) == Backend::Sqlite) {
        auto store = openStore(parser);
        return store ? sqliteSqlWriter(std::move(store)) : nullptr;
    }
    auto writer = openPostgresSqlWriter(location);
    if (!writer) {
        err() << "lagebild-cli: " << writer.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(writer.value());
}

std::unique_ptr<ArticleEditor> openEditor(const QCommandLineParser &parser)
{
    const QString location = databaseLocation(parser);
    if (backendOf(location) == Backend::Sqlite) {
        auto store = openStore(parser);
        return store ? sqliteArticleEditor(std::move(store)) : nullptr;
    }
    auto editor = openPostgresArticleEditor(location);
    if (!editor) {
        err() << "lagebild-cli: " << editor.errorMessage() << Qt::endl;
        return nullptr;
    }
    return std::move(editor.value());
}

bool bringSearchIndexUpToDate(ArticleStore &store)
{
    SearchIndex index(store.database());
    auto outdated = index.isOutdated();
    if (!outdated) {
        err() << "lagebild-cli: " << outdated.errorMessage() << Qt::endl;
        return false;
    }
    if (!outdated.value())
        return true;
    if (store.database().isReadOnly()) {
        err() << "lagebild-cli: warning: the search index of " << store.path()
              << " is from another version and the file is read-only; searches may miss words" << Qt::endl;
        return true;
    }
    // Once after an upgrade that changed tokenization; Ctrl+C leaves the old index as it was.
    QElapsedTimer clock;
    clock.start();
    const auto articles = store.articleCount();
    err() << "lagebild-cli: rebuilding the search index of " << (articles ? articles.value() : 0)
          << " articles for this version…" << Qt::endl;
    auto rebuilt = index.rebuild();
    if (!rebuilt) {
        err() << "lagebild-cli: the search index could not be rebuilt: " << rebuilt.errorMessage()
              << Qt::endl;
        return false;
    }
    err() << "lagebild-cli: search index rebuilt in " << QString::number(clock.elapsed() / 1000.0, 'f', 1)
          << " s" << Qt::endl;
    return true;
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
