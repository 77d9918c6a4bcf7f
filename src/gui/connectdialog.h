// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Lagebild {

/// Where a team database is, as the connect dialog asks for it, and the libpq URI for it.
struct TeamDatabaseAddress
{
    /// A host name or address, or the folder of a server's Unix socket (an absolute path).
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /// Only for this session, held by the process (store/postgres/credentials.h), never in the URI.
    /// Empty: the keyring's, if remembered, or libpq looks in ~/.pgpass.
    QString password;
    /// libpq's sslmode: disable, prefer, require, verify-ca or verify-full.
    QString sslMode = QStringLiteral("prefer");

    /// postgresql:///DATABASE?host=…&port=…&user=…&sslmode=…, each value percent-encoded; empty
    /// fields are left out (libpq's defaults apply). Without the password.
    [[nodiscard]] QString toUri() const;
    /// The fields of a URI as toUri() writes it, or of postgresql://user@host:port/database (a
    /// password written into either is read as well); what is missing keeps its default.
    [[nodiscard]] static TeamDatabaseAddress fromUri(const QString &uri);
};

/// File → Connect to Team Database: server, port, database, user, password (for this session
/// only) and TLS, filled in from the team database opened last.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const TeamDatabaseAddress &initial, QWidget *parent = nullptr);
    [[nodiscard]] TeamDatabaseAddress address() const;
    /// Whether the analyst asked to keep the password in the desktop keyring (gui/passwordkeeper.h).
    [[nodiscard]] bool remembersPassword() const;
    void setRemembersPassword(bool remember);
    /// Asks for the password again after the server refused the login: `reason` (one line, no
    /// password in it) above the fields, the cursor in the empty password field.
    void askPasswordAgain(const QString &reason);

private:
    QLabel *m_refusal = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
};

} // namespace Lagebild
