// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace Lagebild {
class ArticleEditor;
class ArticleStore;
class CorpusReader;
class SqlReader;
class SqlWriter;
} // namespace Lagebild

namespace Lagebild::Cli {

/// Exit statuses of lagebild-cli, documented in docs/cli.md.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out();
QTextStream &err();

/// One subcommand: its name, a one-line summary, how to set up its parser, and what it does.
struct Command
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> configure;
    std::function<int(QCommandLineParser &)> run;
};

const std::vector<Command> &commands();

/// The database named by --db, $LAGEBILD_DB or the default: a file or a URI.
QString databaseLocation(const QCommandLineParser &parser);
/// Opens the SQLite database named by --db, $LAGEBILD_DB or the default; prints the reason on
/// failure (also for a PostgreSQL URI, which only the commands using openReader() or openSqlReader()
/// take so far).
std::unique_ptr<ArticleStore> openStore(const QCommandLineParser &parser);
/// Opens the database named as for openStore for reading, on either backend (docs/team.md).
std::unique_ptr<CorpusReader> openReader(const QCommandLineParser &parser);
/// Opens the database named as for openStore for the views' queries (timeline, graph), on either
/// backend (store/sqlreader.h); prints the reason on failure.
std::unique_ptr<SqlReader> openSqlReader(const QCommandLineParser &parser);
/// Opens the database named as for openStore for hand edits of tags and notes, on either backend
/// (store/articleeditor.h); prints the reason on failure.
std::unique_ptr<ArticleEditor> openEditor(const QCommandLineParser &parser);
/// Opens the database named as for openStore for the corrections written once for both backends
/// (`relation`), on either backend.
std::unique_ptr<SqlWriter> openSqlWriter(const QCommandLineParser &parser);
/// Rebuilds a search index an upgrade made outdated, saying so on stderr; false when it failed.
bool bringSearchIndexUpToDate(ArticleStore &store);

/// A write the database refused: its reason on stderr, one line, saying that nothing changed.
int editFailed(const Error &error);
/// Reports a usage error the way every command does and returns UsageError.
int usageError(const QCommandLineParser &parser, const QString &message);

/// Parses an article id argument; prints an error and returns 0 when it is not one.
qint64 parseId(const QString &text);

// The commands, one file each group; each returns its Command descriptions.
std::vector<Command> importCommands();
std::vector<Command> browseCommands();
std::vector<Command> tagCommands();
std::vector<Command> extractCommands();
std::vector<Command> analysisCommands();
std::vector<Command> relationCommands();
std::vector<Command> mentionCommands();
std::vector<Command> viewCommands();
std::vector<Command> backupCommands();
std::vector<Command> maintenanceCommands();
std::vector<Command> learnCommands();
std::vector<Command> migrateCommands();
std::vector<Command> workerCommands();
std::vector<Command> accessCommands();

} // namespace Lagebild::Cli
