// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/passwordkeeper.h"

#include "gui/connectdialog.h"
#include "store/databaselocation.h"

#include <QEventLoop>
#include <QSettings>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Lagebild {

namespace {

// The keyring's service name: what the desktop's keyring manager lists the entries under.
const QString service = QStringLiteral("Lagebild team database");
// The settings hold which databases have a password in the keyring, never the password.
const QString rememberedSetting = QStringLiteral("team/passwordsInKeyring");

// QtKeychain's jobs answer through the event loop; the window waits for the answer (the keyring
// daemon answers within milliseconds, or at once with an error when there is none).
template<typename Job> Job &run(Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return job;
}

class DesktopKeyring final : public PasswordKeeper
{
public:
    std::optional<QString> password(const QString &key) override
    {
        QKeychain::ReadPasswordJob job(service);
        job.setKey(key);
        if (run(job).error() != QKeychain::NoError)
            return std::nullopt;
        return job.textData();
    }

    Expected<void> remember(const QString &key, const QString &password) override
    {
        QKeychain::WritePasswordJob job(service);
        job.setKey(key);
        job.setTextData(password);
        if (run(job).error() != QKeychain::NoError)
            return Error {job.errorString()};
        return {};
    }

    Expected<void> forget(const QString &key) override
    {
        QKeychain::DeletePasswordJob job(service);
        job.setKey(key);
        const QKeychain::Error error = run(job).error();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            return Error {job.errorString()};
        return {};
    }
};

std::unique_ptr<PasswordKeeper> &replacement()
{
    static std::unique_ptr<PasswordKeeper> keeper;
    return keeper;
}

} // namespace

std::unique_ptr<PasswordKeeper> desktopKeyring()
{
    return std::make_unique<DesktopKeyring>();
}

PasswordKeeper &passwordKeeper()
{
    if (replacement())
        return *replacement();
    static const std::unique_ptr<PasswordKeeper> keyring = desktopKeyring();
    return *keyring;
}

void setPasswordKeeper(std::unique_ptr<PasswordKeeper> keeper)
{
    replacement() = std::move(keeper);
}

QString keyringKey(const QString &uri)
{
    const TeamDatabaseAddress address = TeamDatabaseAddress::fromUri(uri);
    return QStringLiteral("%1@%2:%3/%4")
        .arg(address.user, address.host)
        .arg(address.port)
        .arg(address.database);
}

QString withRememberedPassword(const QString &uri)
{
    if (backendOf(uri) != Backend::Postgres || !TeamDatabaseAddress::fromUri(uri).password.isEmpty())
        return uri;
    if (!isPasswordRemembered(uri))
        return uri;
    const std::optional<QString> password = passwordKeeper().password(keyringKey(uri));
    if (!password || password->isEmpty())
        return uri; // ~/.pgpass, or the server's refusal, then says what is missing
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(*password));
    return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QLatin1String("password=") + encoded;
}

bool isPasswordRemembered(const QString &uri)
{
    return QSettings().value(rememberedSetting).toStringList().contains(keyringKey(uri));
}

Expected<void> rememberPassword(const QString &uri, const QString &password)
{
    const QString key = keyringKey(uri);
    QSettings settings;
    QStringList remembered = settings.value(rememberedSetting).toStringList();
    remembered.removeAll(key);
    auto done = password.isEmpty() ? passwordKeeper().forget(key) : passwordKeeper().remember(key, password);
    if (done && !password.isEmpty())
        remembered.append(key);
    settings.setValue(rememberedSetting, remembered);
    return done;
}

} // namespace Lagebild
