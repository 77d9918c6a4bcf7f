// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lagebild {

/// Asks for a team database's new password while its window stays open and usable (not modal):
/// the server's refusal in one line, who logs in where, the password field, whether the desktop
/// keyring keeps it. Connect does not close it: the password is checked first (busy()), and a
/// refusal asks again in the same dialog (refused()); LoginRecovery closes it once one worked.
class PasswordPrompt final : public QDialog
{
    Q_OBJECT
public:
    /// `uri`: the database without its password; `reason`: the server's refusal, one line, or
    /// empty when the analyst asked (File → Team Database Password).
    PasswordPrompt(const QString &uri, const QString &reason, bool remember, QWidget *parent);
    /// The password being checked: the fields and Connect wait.
    void busy();
    /// The password was refused too: `reason` shown, the field emptied for another.
    void refused(const QString &reason);

Q_SIGNALS:
    /// Connect with a password typed.
    void passwordGiven(const QString &password, bool remember);

private:
    void setBusy(bool busy);

    QLabel *m_reason = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_state = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lagebild
