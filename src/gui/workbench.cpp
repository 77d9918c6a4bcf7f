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

#include <optional>

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

// What the connect dialog gave when it asked for the password again.
struct Asked
{
    QString uri;
    bool remember = false;
};

// The server refused the login: Retry would send the same password (a stale one from the keyring,
// ~/.pgpass, or a mistyped one), so the connect dialog asks for it, saying why in its one line.
std::optional<Asked> askPasswordAgain(const QString &uri, const QString &reason, bool remember)
{
    TeamDatabaseAddress address = TeamDatabaseAddress::fromUri(uri);
    address.password.clear();
    ConnectDialog dialog(address);
    dialog.setRemembersPassword(remember);
    dialog.askPasswordAgain(reason);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Asked {dialog.address().toUri(), dialog.remembersPassword()};
}

} // namespace

MainWindow *openWorkbench(const QString &path, std::optional<bool> rememberPassword)
{
    // A URI is named without the password that may be written in it, in messages and in the
    // recent list alike (docs/team.md): ~/.pgpass or the connect dialog supplies it. `asked` is
    // the URI as given or typed: the keyring's password is added for each attempt, never to it.
    const bool team = backendOf(path) == Backend::Postgres;
    QString asked = path;
    auto corpus = openWindowCorpus(team ? withRememberedPassword(asked) : asked);
    while (!corpus && team && isUnreachable(corpus.error().kind)) {
        if (corpus.error().kind == ErrorKind::LoginRefused) {
            // The kept password stays until the new one has worked (keepPasswordAsAsked below).
            const auto again = askPasswordAgain(
                asked, corpus.errorMessage(), rememberPassword.value_or(isPasswordRemembered(asked)));
            if (!again)
                return nullptr;
            asked = again->uri;
            rememberPassword = again->remember;
        } else {
            // A team server out of reach may answer in a moment (a network coming back, a server
            // restarting): the analyst tries again here instead of starting the program again.
            QMessageBox box(QMessageBox::Warning, QApplication::translate("Workbench", "Lagebild"),
                QApplication::translate("Workbench", "The team database %1 cannot be opened now:\n%2")
                    .arg(Postgres::describeTarget(asked), corpus.errorMessage()),
                QMessageBox::Retry | QMessageBox::Cancel);
            box.setDefaultButton(QMessageBox::Retry);
            if (box.exec() != QMessageBox::Retry)
                return nullptr;
        }
        corpus = openWindowCorpus(withRememberedPassword(asked));
    }
    const QString shown = team ? Postgres::describeTarget(asked) : asked;
    if (!corpus) {
        QMessageBox::critical(nullptr, QApplication::translate("Workbench", "Lagebild"),
            QApplication::translate("Workbench", "The database %1 cannot be opened:\n%2")
                .arg(shown, corpus.errorMessage()));
        return nullptr;
    }
    auto *window = new MainWindow(std::move(corpus.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow::rememberDatabase(shown);
    if (rememberPassword)
        keepPasswordAsAsked(asked, *rememberPassword, window);
    // Another database in place of this window's.
    const auto switchTo = [window](const QString &next, std::optional<bool> remember) {
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
        if (MainWindow *nextWindow = openWorkbench(next, remember)) {
            nextWindow->show();
            window->close();
        }
    };
    QObject::connect(window, &MainWindow::databaseRequested, window,
        [switchTo](const QString &next) { switchTo(next, std::nullopt); });
    QObject::connect(window, &MainWindow::teamDatabaseRequested, window,
        [switchTo](const QString &uri, bool remember) { switchTo(uri, remember); });
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
