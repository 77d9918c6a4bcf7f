// SPDX-License-Identifier: GPL-3.0-or-later
// lagebild: the desktop workbench.

#include "analysis/analyzer.h"
#include "app/screenshottour.h"
#include "core/version.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/workbench.h"
#include "store/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

using namespace Lagebild;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    // --version and Help → About show the engine version and the revision too.
    QApplication::setApplicationVersion(versionDescription(Analysis::engineVersion));
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Lagebild"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lagebild.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("de.lagebild.Lagebild"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for German-language news."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
        QApplication::translate("main", "Database file, or team database URI (postgresql://…), to open."),
        QStringLiteral("path")});
    parser.addOption({QStringLiteral("import-sample-if-empty"),
        QApplication::translate("main", "Import the bundled sample corpus when the database is empty.")});
    parser.addOption({QStringLiteral("screenshots"),
        QApplication::translate(
            "main", "Save pictures of the window to this folder once background work is done, then quit."),
        QStringLiteral("folder")});
    parser.addOption({QStringLiteral("window-size"),
        QApplication::translate("main", "Open the window at this size, such as 1280x720 (for screenshots)."),
        QStringLiteral("WxH")});
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "Files or folders to import."), QStringLiteral("[PATH...]"));
    parser.process(app);

    // Without --db: the database of the last session, else the default one.
    QString path = parser.value(QStringLiteral("db"));
    bool lastSession = false;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        lastSession = !last.isEmpty() && (backendOf(last) == Backend::Postgres || QFileInfo::exists(last));
        path = lastSession ? last : defaultDatabasePath();
    }
    const bool importing
        = !parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("import-sample-if-empty"));
    MainWindow *opened = openWorkbench(path);
    // A team database given or of the last session may be out of reach (the dialog said why and
    // offered to try again): the analyst still gets a window, on the default database, from which
    // File → Connect to Team Database tries again; not when files were to be imported, which
    // belong in the team's database, not in the local one.
    bool fellBack = false;
    if (!opened && backendOf(path) == Backend::Postgres && !importing) {
        opened = openWorkbench(path = defaultDatabasePath());
        fellBack = opened != nullptr;
    }
    if (!opened)
        return 1;
    MainWindow &window = *opened;
    // The window keeps the size of the last session (or one that fits the screen); screenshots
    // ask for a size of their own.
    if (const QStringList size = parser.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
        size.size() == 2 && size[0].toInt() > 0 && size[1].toInt() > 0)
        window.resize(size[0].toInt(), size[1].toInt());
    window.show();
    if (fellBack)
        window.statusBar()->showMessage(QApplication::translate("main",
            "The team database could not be opened: this window shows the local database. File → "
            "Connect to Team Database tries again."));
    else if (!importing && !parser.isSet(QStringLiteral("screenshots")) && path == defaultDatabasePath())
        offerSampleCorpus(&window);
    if (parser.isSet(QStringLiteral("screenshots")) && (window.isTeamDatabase() || window.isReadOnly())) {
        // The tour analyses, learns and imports in the window: a file it may write.
        QTextStream(stderr) << "lagebild: --screenshots needs a database file it may change\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("screenshots"))) {
        // For docs/make-screenshots.sh: pictures of what a user sees, taken once the sample is in.
        auto *tour = new ScreenshotTour(&window, parser.value(QStringLiteral("screenshots")));
        QObject::connect(&window, &MainWindow::backgroundWorkFinished, tour, &ScreenshotTour::start,
            Qt::SingleShotConnection);
        if (!importing)
            QTimer::singleShot(800, tour, &ScreenshotTour::start);
    }
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    else if (parser.isSet(QStringLiteral("import-sample-if-empty")))
        window.importSampleIfEmpty();
    return app.exec();
}
