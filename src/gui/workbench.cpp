// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workbench.h"

#include "gui/mainwindow.h"
#include "gui/passwordkeeper.h"
#include "gui/windowcorpus.h"
#include "models/articletablemodel.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace Lagebild {

MainWindow *openWorkbench(const QString &path)
{
    // A URI is named without the password that may be written in it, in messages and in the
    // recent list alike (docs/team.md): ~/.pgpass or the connect dialog supplies it.
    const bool team = backendOf(path) == Backend::Postgres;
    const QString shown = team ? Postgres::describeTarget(path) : path;
    auto corpus = openWindowCorpus(team ? withRememberedPassword(path) : path);
    if (!corpus) {
        QMessageBox::critical(nullptr, QApplication::translate("Workbench", "Lagebild"),
            QApplication::translate("Workbench", "The database %1 cannot be opened:\n%2")
                .arg(shown, corpus.errorMessage()));
        return nullptr;
    }
    auto *window = new MainWindow(std::move(corpus.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow::rememberDatabase(shown);
    QObject::connect(window, &MainWindow::databaseRequested, window, [window](const QString &next) {
        if (window->isImporting()
            && QMessageBox::question(window, QApplication::translate("Workbench", "Switch Database"),
                   QApplication::translate("Workbench",
                       "An import or analysis is running. Stop it and open the other database? What was "
                       "stored so far stays."))
                != QMessageBox::Yes)
            return;
        if (MainWindow *opened = openWorkbench(next)) {
            opened->show();
            window->close();
        }
    });
    return window;
}

void offerSampleCorpus(MainWindow *window)
{
    QSettings settings;
    if (settings.value(QStringLiteral("sampleOffered")).toBool()
        || window->articleModel()->matchingCount() > 0)
        return;
    settings.setValue(QStringLiteral("sampleOffered"), true);
    auto *box = new QMessageBox(QMessageBox::Question,
        QApplication::translate("Workbench", "Welcome to Lagebild"),
        QApplication::translate("Workbench",
            "The database is empty. Load the bundled sample corpus — 33 invented German articles about AI "
            "chips, export controls and customs — to try the workbench? You can import your own articles "
            "with File → Import at any time."),
        QMessageBox::Yes | QMessageBox::No, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, window, [window](int result) {
        if (result == QMessageBox::Yes)
            window->importSampleIfEmpty();
    });
    box->open();
}

} // namespace Lagebild
