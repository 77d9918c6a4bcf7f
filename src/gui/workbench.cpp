// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workbench.h"

#include "gui/connectdialog.h"
#include "gui/loginrecovery.h"
#include "gui/mainwindow.h"
#include "gui/passwordkeeper.h"
#include "gui/windowcorpus.h"
#include "models/articletablemodel.h"
#include "store/databaselocation.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <optional>

namespace Lagebild {

namespace {

// After Connect: the typed password kept in the desktop keyring as the analyst asked, or the
// keyring's refusal said (the password then serves this session only).
void keepPasswordOrSayWhyNot(const QString &uri, const QString &password, bool remember, QWidget *window)
{
    if (auto kept = keepPasswordAsAsked(uri, password, remember); !kept)
        QMessageBox::warning(window, QApplication::translate("Workbench", "Connect to Team Database"),
            QApplication::translate("Workbench",
                "The desktop keyring did not keep the password: %1\nIt is used for this session only.")
                .arg(kept.errorMessage()));
}

// What the connect dialog gave when it asked for the password again.
struct Asked
{
    QString uri;
    QString password;
    bool remember = false;
};

// The server refused the login: Retry would send the same password (a stale one from the keyring,
// ~/.pgpass, or a mistyped one), so the connect dialog asks for it, saying why in its one line.
std::optional<Asked> askPasswordAgain(const QString &uri, const QString &reason, bool remember)
{
    ConnectDialog dialog(TeamDatabaseAddress::fromUri(uri));
    dialog.setRemembersPassword(remember);
    dialog.askPasswordAgain(reason);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Asked {dialog.address().toUri(), dialog.address().password, dialog.remembersPassword()};
}

// The password for the next attempt, held for the process's connections: the one typed, else the
// keyring's where one was remembered; else what is held stays (typed earlier in this session).
void holdForAttempt(const QString &uri, const QString &typed)
{
    if (!typed.isEmpty())
        Postgres::holdPassword(uri, typed);
    else
        holdRememberedPassword(uri);
    // The analyst asked to open it: sent even if the server refused the same password before
    // (an open window's, while the administrator may have set it back).
    Postgres::forgetLoginRefusal(uri);
}

} // namespace

MainWindow *openWorkbench(const QString &path, std::optional<bool> rememberPassword, const QString &password)
{
    // A URI is named without the password that may be written in it (--db
    // postgresql://anna:secret@…), in messages and in the recent list alike (docs/team.md): the
    // process holds the password (store/postgres/credentials.h), never a URI.
    const bool team = backendOf(path) == Backend::Postgres;
    // The refusals of these attempts are asked about here, not by an open window on the login.
    const LoginRefusals::Quiet quiet;
    const QString given = team ? Postgres::passwordIn(path) : QString();
    QString typed = password.isEmpty() ? given : password;
    QString asked = team ? Postgres::describeTarget(path) : path;
    // Put back when the analyst gives up: a mistyped password must not replace the one another
    // window of this process may still be using.
    const QString first = asked;
    const std::optional<QString> heldBefore = team ? Postgres::heldPassword(first) : std::nullopt;
    const auto giveUp = [&]() -> MainWindow * {
        // The dialog may have been pointed at another login: what was tried for it goes too.
        if (Postgres::loginKeyOf(asked) != Postgres::loginKeyOf(first))
            Postgres::holdPassword(asked, {});
        Postgres::holdPassword(first, heldBefore.value_or(QString()));
        return nullptr;
    };
    if (team)
        holdForAttempt(asked, typed);
    auto corpus = openWindowCorpus(asked);
    while (!corpus && team && isUnreachable(corpus.error().kind)) {
        if (corpus.error().kind == ErrorKind::LoginRefused) {
            // The kept password stays until the new one has worked (keepPasswordOrSayWhyNot below).
            const auto again = askPasswordAgain(
                asked, corpus.errorMessage(), rememberPassword.value_or(isPasswordRemembered(asked)));
            if (!again)
                return giveUp();
            // The refused password is not tried again: an empty field means ~/.pgpass or the keyring.
            Postgres::holdPassword(asked, {});
            asked = again->uri;
            typed = again->password;
            rememberPassword = again->remember;
        } else {
            // A team server out of reach may answer in a moment (a network coming back, a server
            // restarting): the analyst tries again here instead of starting the program again.
            QMessageBox box(QMessageBox::Warning, QApplication::translate("Workbench", "Lagebild"),
                QApplication::translate("Workbench", "The team database %1 cannot be opened now:\n%2")
                    .arg(asked, corpus.errorMessage()),
                QMessageBox::Retry | QMessageBox::Cancel);
            box.setDefaultButton(QMessageBox::Retry);
            if (box.exec() != QMessageBox::Retry)
                return giveUp();
        }
        holdForAttempt(asked, typed);
        corpus = openWindowCorpus(asked);
    }
    if (!corpus) {
        QMessageBox::critical(nullptr, QApplication::translate("Workbench", "Lagebild"),
            QApplication::translate("Workbench", "The database %1 cannot be opened:\n%2")
                .arg(asked, corpus.errorMessage()));
        return nullptr;
    }
    auto *window = new MainWindow(std::move(corpus.value()));
    window->setAttribute(Qt::WA_DeleteOnClose);
    MainWindow::rememberDatabase(asked);
    if (rememberPassword)
        keepPasswordOrSayWhyNot(asked, typed, *rememberPassword, window);
    // Another database in place of this window's.
    const auto switchTo = [window](
                              const QString &next, const QString &typedThere, std::optional<bool> remember) {
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
        if (MainWindow *nextWindow = openWorkbench(next, remember, typedThere)) {
            nextWindow->show();
            window->close();
        }
    };
    QObject::connect(window, &MainWindow::databaseRequested, window,
        [switchTo](const QString &next) { switchTo(next, {}, std::nullopt); });
    QObject::connect(window, &MainWindow::teamDatabaseRequested, window,
        [switchTo](const QString &uri, const QString &typedThere, bool remember) {
            switchTo(uri, typedThere, remember);
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
