// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild-cli: the headless front end. Needs no display and links no Widgets.

#include "analysis/analyzer.h"
#include "cli/command.h"
#include "cli/teamlogin.h"
#include "core/version.h"
#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Lagebild;

namespace {

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const Cli::Command &command : Cli::commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(command.summary);
    text += QStringLiteral("\nRun 'lagebild-cli COMMAND --help' for a command's options.");
    return text;
}

} // namespace

/// The command named on the command line, before Qt parses it: figures need a QGuiApplication.
bool drawsFigures(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db") {
            ++i;
            continue;
        }
        if (!a.startsWith('-'))
            return a == "timeline" || a == "graph";
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsFigures(argc, argv)) {
        // Fonts and painting need Qt Gui, not a display: the offscreen platform draws into files.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    setApplicationIdentity();

    QStringList arguments = app.arguments();
    // Find the command: the first argument that is neither an option nor the value of --db.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }

    if (commandIndex < 0) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            QStringLiteral("Lagebild: import, search and tag German news articles."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption({QStringLiteral("db"),
            QStringLiteral(
                "Database file, or a postgresql:// URI (default: $LAGEBILD_DB or the app data folder)."),
            QStringLiteral("path")});
        parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see below)."));
        if (!parser.parse(arguments))
            return Cli::usageError(parser, parser.errorText());
        if (parser.isSet(QStringLiteral("version"))) {
            Cli::out() << "lagebild-cli " << versionDescription(Analysis::engineVersion) << Qt::endl;
            return Cli::Success;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            Cli::out() << parser.helpText() << commandList() << Qt::endl;
            return Cli::Success;
        }
        Cli::err() << parser.helpText() << commandList() << Qt::endl;
        return Cli::UsageError;
    }

    const QString name = arguments[commandIndex];
    const auto &all = Cli::commands();
    const auto command
        = std::find_if(all.begin(), all.end(), [&](const Cli::Command &c) { return c.name == name; });
    if (command == all.end()) {
        Cli::err() << "lagebild-cli: unknown command \"" << name << "\"" << commandList() << Qt::endl;
        return Cli::UsageError;
    }
    arguments.removeAt(commandIndex);
    arguments[0] = QStringLiteral("lagebild-cli ") + name;

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"),
        QStringLiteral(
            "Database file, or a postgresql:// URI (default: $LAGEBILD_DB or the app data folder)."),
        QStringLiteral("path")});
    command->configure(parser);
    if (!parser.parse(arguments))
        return Cli::usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out() << parser.helpText().replace(
            QLatin1String("lagebild-cli"), QStringLiteral("lagebild-cli ") + name, Qt::CaseSensitive)
                   << Qt::endl;
        return Cli::Success;
    }
    // A team database whose server refuses the password is said (or the password asked for on a
    // terminal) once, before the command starts: not by each of its connections, nor by a worker
    // that would wait for it as for a server away.
    QStringList locations {Cli::databaseLocation(parser)};
    for (const QString &option : parser.optionNames()) {
        if (option == QLatin1String("from") || option == QLatin1String("to"))
            locations << parser.value(option);
    }
    bool passwordWritten = false;
    for (const QString &location : std::as_const(locations)) {
        if (!Cli::logInToTeamDatabase(location))
            return Cli::Failure;
        passwordWritten = passwordWritten || !Postgres::passwordIn(location).isEmpty();
    }
    if (passwordWritten) {
        // The login holds the password written into a URI (or the one typed in its place); the
        // command's connections take the URI without it, so that a refused one written there is
        // not held again over the one typed.
        for (QString &argument : arguments) {
            const qsizetype equals = argument.startsWith(QLatin1String("--")) ? argument.indexOf(u'=') : -1;
            const QString value = argument.mid(equals + 1);
            if (Postgres::isPostgresUri(value))
                argument = argument.left(equals + 1) + Postgres::describeTarget(value);
        }
        if (const QString fromEnvironment = qEnvironmentVariable("LAGEBILD_DB");
            Postgres::isPostgresUri(fromEnvironment))
            qputenv("LAGEBILD_DB", Postgres::describeTarget(fromEnvironment).toUtf8());
        if (!parser.parse(arguments))
            return Cli::usageError(parser, parser.errorText());
    }
    return command->run(parser);
}
