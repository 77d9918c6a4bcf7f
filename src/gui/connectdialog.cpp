// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/connectdialog.h"

#include "gui/passwordkeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace Lagebild {

namespace {

constexpr std::array sslModes {u"disable", u"prefer", u"require", u"verify-ca", u"verify-full"};

// Percent-encoded so that '&', '=', '/' or '%' in a value (a folder, a database's name) stay in it.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString TeamDatabaseAddress::toUri() const
{
    QStringList parameters;
    const auto add = [&parameters](QStringView key, const QString &value) {
        if (!value.isEmpty())
            parameters.append(key.toString() + QLatin1Char('=') + encoded(value));
    };
    add(u"host", host.trimmed());
    if (port != 5432)
        add(u"port", QString::number(port));
    add(u"user", user.trimmed());
    // Never the password: the process holds it (store/postgres/credentials.h).
    if (sslMode != QLatin1String("prefer"))
        add(u"sslmode", sslMode);
    QString uri = QStringLiteral("postgresql:///") + encoded(database.trimmed());
    if (!parameters.isEmpty())
        uri += QLatin1Char('?') + parameters.join(QLatin1Char('&'));
    return uri;
}

TeamDatabaseAddress TeamDatabaseAddress::fromUri(const QString &uri)
{
    TeamDatabaseAddress address;
    const QUrl url(uri);
    if (!url.host().isEmpty())
        address.host = url.host();
    if (url.port() > 0)
        address.port = url.port();
    address.user = url.userName();
    address.password = url.password();
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            address.host = value;
        else if (key == QLatin1String("port") && value.toInt() > 0)
            address.port = value.toInt();
        else if (key == QLatin1String("user"))
            address.user = value;
        else if (key == QLatin1String("password"))
            address.password = value;
        else if (key == QLatin1String("sslmode"))
            address.sslMode = value;
        else if (key == QLatin1String("dbname"))
            address.database = value;
    }
    return address;
}

ConnectDialog::ConnectDialog(const TeamDatabaseAddress &initial, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Team Database"));
    auto *form = new QFormLayout(this);
    auto *intro
        = new QLabel(tr("A Lagebild corpus on a PostgreSQL server, shared by a team (docs/team.md)."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_refusal = new QLabel;
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->hide();
    form->addRow(m_refusal);
    m_host = new QLineEdit(initial.host);
    m_host->setPlaceholderText(tr("host name, or the folder of the server's socket"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(initial.database);
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(initial.user);
    m_user->setPlaceholderText(tr("your login name"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(initial.password);
    m_password->setEchoMode(QLineEdit::Password);
    // Never in the settings: for this session, or in the desktop's keyring when asked.
    const bool remembered = isPasswordRemembered(initial.toUri());
    m_password->setPlaceholderText(
        remembered ? tr("from the desktop keyring when empty") : tr("from ~/.pgpass when empty"));
    form->addRow(tr("Pass&word:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the desktop keyring"));
    m_remember->setChecked(remembered);
    form->addRow(QString(), m_remember);
    m_sslMode = new QComboBox;
    const std::array<QString, sslModes.size()> names {tr("Off"), tr("When the server offers it"),
        tr("Required"), tr("Required, certificate checked"), tr("Required, certificate and name checked")};
    for (std::size_t i = 0; i < sslModes.size(); ++i)
        m_sslMode->addItem(names[i], QString::fromUtf16(sslModes[i]));
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(initial.sslMode)));
    form->addRow(tr("&Encryption (TLS):"), m_sslMode);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_database->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, complete);
    complete();
    form->addRow(buttons);
}

bool ConnectDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setRemembersPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void ConnectDialog::askPasswordAgain(const QString &reason)
{
    m_refusal->setText(reason + QLatin1Char('\n') + tr("Type the password, then Connect."));
    m_refusal->show();
    m_password->clear();
    m_password->setFocus();
}

TeamDatabaseAddress ConnectDialog::address() const
{
    TeamDatabaseAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_sslMode->currentData().toString();
    return address;
}

} // namespace Lagebild
