// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workbench.h"

#include "gui/connectdialog.h"
#include "gui/mainwindow.h"
#include "gui/passwordkeeper.h"
#include "gui/windowcorpus.h"
#include "models/articletablemodel.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <functional>

namespace Lagebild {

namespace {

// After Connect: the typed password kept in the desktop keyring when the analyst ticked the box
// (and the server took it), forgotten when the box was cleared; an empty one keeps what is kept.
void keepPasswordAsAsked(const QString &uri, bool remember, QWidget *window)
{
    const QString password = TeamDatabaseAddress::fromUri(uri).password;
    const bool keep = remember && !password.isEmpty();
    const bool drop = !remember && isPasswordRemembered(uri);
    if (!keep && !drop)
        return;
    if (auto kept = rememberPassword(uri, keep ? password : QString()); !kept)
        QMessageBox::warning(window, QApplication::translate("Workbench", "Connect to Team Database"),
            QApplication::translate("Workbench",
                "The desktop keyring did not keep the password: %1\nIt is used for this session only.")
                .arg(kept.errorMessage()));
}

} // namespace

MainWindow *openWorkbench(const QString &path)
{
    // A URI is named without the password that may be written in it, in messages and in the
    // recent list alike (docs/team.md): ~/.pgpass or the connect dialog supplies it.
    const bool team = backendOf(path) == Backend::Postgres;
    const QString shown = team ? Postgres::describeTarget(path) : path;
    auto corpus = openWindowCorpus(team ? withRememberedPassword(path) : path);
    // A team server out of reach may answer in a moment (a network coming back, a server
    // restarting): the analyst tries again here instead of starting the program again.
    while (!corpus && team && corpus.error().kind == ErrorKind::Unreachable) {
        QMessageBox box(QMessageBox::Warning, QApplication::translate("Workbench", "Lagebild"),
            QApplication::translate("Workbench", "The team database %1 cannot be opened now:\n%2")
                .arg(shown, corpus.errorMessage()),
            QMessageBox::Retry | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Retry);
        if (box.exec() != QMessageBox::Retry)
            return nullptr;
        corpus = openWindowCorpus(withRememberedPassword(path));
    }
    if (!corpus) {
        QMessageBox::critical(nullptr, QApplication::translate("Workbench", "Lagebild"),
            QApplication::translate("Workbench", "The database %1 cannot be opened:\n%2")
                .arg(shown, corpus.errorMessage()));
        return nullptr;
    }
    auto *window = new MainWindow(std::move(corpus.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow::rememberDatabase(shown);
    // Another database in place of this window's; `opened` runs on the new window first.
    const auto switchTo = [window](const QString &next, const std::function<void(MainWindow *)> &opened) {
        if (window->isImporting()
            && QMessageBox::question(window, QApplication::translate("Workbench", "Switch Database"),
                   QApplication::translate("Workbench",
                       "An import or analysis is running. Stop it and open the other database? What was "
                       "stored so far stays."))
                != QMessageBox::Yes)
            return;
        // Edits still waiting for a team database are asked about before, not after, the other
        // database opens: kept waiting, this window stays and no second one appears.
        if (!window->mayDiscardWaitingEdits())
            return;
        if (MainWindow *nextWindow = openWorkbench(next)) {
            if (opened)
                opened(nextWindow);
            nextWindow->show();
            window->close();
        }
    };
    QObject::connect(window, &MainWindow::databaseRequested, window,
        [switchTo](const QString &next) { switchTo(next, {}); });
    QObject::connect(
        window, &MainWindow::teamDatabaseRequested, window, [switchTo](const QString &uri, bool remember) {
            switchTo(
                uri, [uri, remember](MainWindow *opened) { keepPasswordAsAsked(uri, remember, opened); });
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
