// lagebild: the desktop workbench.

#include "gui/entitiespanel.h"
#include "gui/filterpanel.h"
#include "gui/mainwindow.h"
#include "gui/workbench.h"
#include "store/databaselocation.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QTreeView>

using namespace Lagebild;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Lagebild"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for German-language news."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "Database file to open."),
        QStringLiteral("path")});
    parser.addOption({QStringLiteral("import-sample-if-empty"),
        QApplication::translate("main", "Import the bundled sample corpus when the database is empty.")});
    parser.addOption({QStringLiteral("screenshots"),
        QApplication::translate(
            "main", "Save pictures of the window to this folder once background work is done, then quit."),
        QStringLiteral("folder")});
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "Files or folders to import."), QStringLiteral("[PATH...]"));
    parser.process(app);

    // Without --db: the database of the last session, else the default one.
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastDatabase")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultDatabasePath();
    }
    MainWindow *opened = openWorkbench(path);
    if (!opened)
        return 1;
    MainWindow &window = *opened;
    window.resize(1440, 900);
    window.show();
    const bool importing
        = !parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("import-sample-if-empty"));
    if (!importing && !parser.isSet(QStringLiteral("screenshots")) && path == defaultDatabasePath())
        offerSampleCorpus(&window);
    if (parser.isSet(QStringLiteral("screenshots"))) {
        // For docs/make-screenshots.sh: pictures of what a user sees, taken by the window itself.
        const QString folder = parser.value(QStringLiteral("screenshots"));
        QDir().mkpath(folder);
        auto capture = [&window, folder] {
            window.grab().save(QDir(folder).filePath(QStringLiteral("articles-and-reader.png")));
            if (auto *scope = window.entitiesPanel()->findChild<QComboBox *>())
                scope->setCurrentIndex(1);
            // The most mentioned entity of the first type, with its mentions in context.
            QTreeView *tree = window.entitiesPanel()->entityView();
            const QModelIndex group = tree->model()->index(0, 0);
            if (tree->model()->rowCount(group) > 0)
                tree->setCurrentIndex(tree->model()->index(0, 0, group));
            QTimer::singleShot(300, &window, [&window, folder] {
                window.grab().save(QDir(folder).filePath(QStringLiteral("entities-of-the-corpus.png")));
                // A search narrowed by one outlet, hits marked in the reader.
                window.filterPanel()->setSearchText(QStringLiteral("Exportkontrollen"));
                QTimer::singleShot(1200, &window, [&window, folder] {
                    window.grab().save(QDir(folder).filePath(QStringLiteral("filtered-search.png")));
                    QApplication::quit();
                });
            });
        };
        QObject::connect(&window, &MainWindow::backgroundWorkFinished, &window,
            [capture] { QTimer::singleShot(500, capture); });
        if (parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("import-sample-if-empty")))
            QTimer::singleShot(800, capture);
    }
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    else if (parser.isSet(QStringLiteral("import-sample-if-empty")))
        window.importSampleIfEmpty();
    return app.exec();
}
