// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/passwordkeeper.h"

#include "gui/connectdialog.h"
#include "store/databaselocation.h"
#include "store/postgres/credentials.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Lagebild {

namespace {

// The keyring's service name: what the desktop's keyring manager lists the entries under.
const QString service = QStringLiteral("Lagebild team database");
// The settings hold which databases have a password in the keyring, never the password.
const QString rememberedSetting = QStringLiteral("team/passwordsInKeyring");

// QtKeychain's jobs answer through the event loop; the window waits for the answer, which a
// keyring daemon gives within milliseconds (at once, with an error, where there is none) — or,
// locked, once the analyst has typed its password into the keyring's own prompt. A keyring that
// does not answer at all is given up after waitMs; the job then finishes and deletes itself later.
constexpr int waitMs = 30000;

struct Answer
{
    QKeychain::Error error = QKeychain::OtherError;
    QString message = QStringLiteral("the desktop keyring did not answer");
    QString text;
};

Answer run(QKeychain::Job *job)
{
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *done) {
        answer->error = done->error();
        answer->message = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            answer->text = read->textData();
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    // Given up: the job's answer, should it come, goes nowhere (the connection died with `loop`).
    return *answer;
}

class DesktopKeyring final : public PasswordKeeper
{
public:
    std::optional<QString> password(const QString &key) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        const Answer answer = run(job);
        if (answer.error != QKeychain::NoError)
            return std::nullopt;
        return answer.text;
    }

    Expected<void> remember(const QString &key, const QString &password) override
    {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setTextData(password);
        if (const Answer answer = run(job); answer.error != QKeychain::NoError)
            return Error {answer.message};
        return {};
    }

    Expected<void> forget(const QString &key) override
    {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        const Answer answer = run(job);
        if (answer.error != QKeychain::NoError && answer.error != QKeychain::EntryNotFound)
            return Error {answer.message};
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

void holdRememberedPassword(const QString &uri)
{
    if (backendOf(uri) != Backend::Postgres || !isPasswordRemembered(uri))
        return;
    // The keyring's, even over one held: the analyst's remembered choice. None there: ~/.pgpass,
    // or the server's refusal, then says what is missing.
    if (const std::optional<QString> password = passwordKeeper().password(keyringKey(uri)))
        Postgres::holdPassword(uri, *password);
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

Expected<void> keepPasswordAsAsked(const QString &uri, const QString &password, bool remember)
{
    const bool keep = remember && !password.isEmpty();
    const bool drop = !remember && isPasswordRemembered(uri);
    if (!keep && !drop)
        return {};
    return rememberPassword(uri, keep ? password : QString());
}

} // namespace Lagebild
