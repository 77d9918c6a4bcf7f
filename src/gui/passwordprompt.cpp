// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/passwordprompt.h"

#include "gui/connectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>

namespace Lagebild {

PasswordPrompt::PasswordPrompt(const QString &uri, const QString &reason, bool remember, QWidget *parent)
    : QDialog(parent)
{
    // Not modal: the analyst may go on reading (and editing: the edits wait) while deciding.
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Team Database Password"));
    const TeamDatabaseAddress address = TeamDatabaseAddress::fromUri(uri);
    auto *form = new QFormLayout(this);
    // What it means first, then the server's refusal as it said it (libpq's words, no password).
    // Asked for from the File menu, with no refusal to show: a password changed ahead of the
    // server's refusal, or one the analyst declined to give when asked.
    auto *intro = new QLabel(reason.isEmpty()
            ? tr("The password this window's connections send to the team database from now on, checked "
                 "with the server first. Edits that wait are written once it works.")
            : tr("The team database no longer takes the password this window logged in "
                 "with: perhaps the administrator changed it. Edits wait in the window "
                 "until the new one is given; nothing is lost."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_reason = new QLabel(reason);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_reason->setVisible(!reason.isEmpty());
    form->addRow(m_reason);
    // Who logs in where, as the connect dialog would show it (no password in either).
    auto *user = new QLabel(address.user.isEmpty() ? tr("your login name") : address.user);
    user->setTextFormat(Qt::PlainText);
    form->addRow(tr("User:"), user);
    auto *server
        = new QLabel(tr("%1, database %2")
                         .arg(address.host.isEmpty() ? tr("this computer") : address.host, address.database));
    server->setTextFormat(Qt::PlainText);
    server->setWordWrap(true);
    form->addRow(tr("Server:"), server);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New pass&word:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the desktop keyring"));
    m_remember->setChecked(remember);
    form->addRow(QString(), m_remember);
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->hide();
    form->addRow(m_state);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep Edits Waiting"));
    connect(m_buttons, &QDialogButtonBox::accepted, this,
        [this] { Q_EMIT passwordGiven(m_password->text(), m_remember->isChecked()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto complete
        = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty()); };
    connect(m_password, &QLineEdit::textChanged, this, complete);
    complete();
    form->addRow(m_buttons);
    // Wide enough that the refusal, a long line with the server's words, wraps into a few lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_password->setFocus();
}

void PasswordPrompt::busy()
{
    m_state->setText(tr("Checking the password…"));
    m_state->show();
    setBusy(true);
}

void PasswordPrompt::refused(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->show();
    m_state->setText(tr("The server refused this password too. Type it again, then Connect."));
    m_password->clear();
    setBusy(false);
    // The new refusal and the line below may take more lines than the first text did.
    adjustSize();
    m_password->setFocus();
}

void PasswordPrompt::setBusy(bool busy)
{
    m_password->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_password->text().isEmpty());
}

} // namespace Lagebild
