// lagebild: the desktop workbench.

#include "gui/mainwindow.h"
#include "store/articlestore.h"
#include "store/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "Files or folders to import."), QStringLiteral("[PATH...]"));
    parser.process(app);

    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto store = ArticleStore::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Lagebild"),
            QApplication::translate("main", "The database cannot be opened:\n%1").arg(store.errorMessage()));
        return 1;
    }
    MainWindow window(std::move(store.value()));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.importPaths(parser.positionalArguments());
    else if (parser.isSet(QStringLiteral("import-sample-if-empty")))
        window.importSampleIfEmpty();
    return app.exec();
}
