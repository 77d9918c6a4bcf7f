// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/credentials.h"

#include "store/postgres/connection.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <tuple>
#include <utility>
#include <vector>

namespace Lagebild::Postgres {

namespace {

// The options libpq reads from a URI, or its defaults: keyword → value.
QHash<QByteArray, QString> options(PQconninfoOption *parsed)
{
    QHash<QByteArray, QString> values;
    if (!parsed)
        return values;
    for (PQconninfoOption *option = parsed; option->keyword; ++option) {
        if (option->val && *option->val)
            values.insert(option->keyword, QString::fromUtf8(option->val));
    }
    PQconninfoFree(parsed);
    return values;
}

QHash<QByteArray, QString> uriOptions(const QString &uri)
{
    char *error = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(uri.toUtf8().constData(), &error);
    PQfreemem(error);
    return options(parsed);
}

/// The passwords the server refused for a login (passwordSentTo()'s digests, the latest last),
/// and the latest refusal's one line.
struct Refusal
{
    std::vector<QByteArray> sent;
    QString message;
};
/// How many refused passwords a login remembers: more than an analyst mistypes in a row.
constexpr size_t refusalsKept = 16;

struct Holder
{
    std::mutex mutex;
    // A map, not a hash: LoginKey needs no hash function, and a process holds a handful.
    std::map<std::tuple<QString, QString, QString, QString>, QString> passwords;
    std::map<std::tuple<QString, QString, QString, QString>, Refusal> refusals;
    std::map<int, LoginRefusalListener> listeners;
    int nextListener = 1;
};

Holder &holder()
{
    static Holder instance;
    return instance;
}

std::tuple<QString, QString, QString, QString> indexOf(const QString &uri)
{
    LoginKey key = loginKeyOf(uri);
    return {std::move(key.host), std::move(key.port), std::move(key.database), std::move(key.user)};
}

} // namespace

LoginKey loginKeyOf(const QString &uri)
{
    const QHash<QByteArray, QString> given = uriOptions(uri);
    // PQconndefaults reads the environment and the login name as libpq does when connecting;
    // the database defaults to the user only later, in the connection itself.
    const QHash<QByteArray, QString> defaults = options(PQconndefaults());
    const auto value
        = [&](const QByteArray &keyword) { return given.value(keyword, defaults.value(keyword)); };
    LoginKey key {value("host"), value("port"), value("dbname"), value("user")};
    if (key.database.isEmpty())
        key.database = key.user;
    return key;
}

QString passwordIn(const QString &uri)
{
    return uriOptions(uri).value("password");
}

void holdPassword(const QString &uri, const QString &password)
{
    Holder &h = holder();
    const auto index = indexOf(uri);
    const std::lock_guard guard(h.mutex);
    if (password.isEmpty())
        h.passwords.erase(index);
    else
        h.passwords[index] = password;
}

std::optional<QString> heldPassword(const QString &uri)
{
    Holder &h = holder();
    const auto index = indexOf(uri);
    const std::lock_guard guard(h.mutex);
    const auto found = h.passwords.find(index);
    if (found == h.passwords.end())
        return std::nullopt;
    return found->second;
}

QString takePassword(const QString &uri)
{
    if (const QString password = passwordIn(uri); !password.isEmpty())
        holdPassword(uri, password);
    return describeTarget(uri);
}

int addLoginRefusalListener(LoginRefusalListener listener)
{
    Holder &h = holder();
    const std::lock_guard guard(h.mutex);
    const int id = h.nextListener++;
    h.listeners.emplace(id, std::move(listener));
    return id;
}

void removeLoginRefusalListener(int id)
{
    Holder &h = holder();
    const std::lock_guard guard(h.mutex);
    h.listeners.erase(id);
}

void reportLoginRefused(const QString &uri, const QString &message, const QByteArray &sent)
{
    Holder &h = holder();
    const auto index = indexOf(uri);
    std::map<int, LoginRefusalListener> listeners;
    {
        // Called outside the lock, so that a listener may hold or ask for a password.
        const std::lock_guard guard(h.mutex);
        if (!sent.isEmpty()) {
            Refusal &refusal = h.refusals[index];
            std::erase(refusal.sent, sent);
            refusal.sent.push_back(sent);
            if (refusal.sent.size() > refusalsKept)
                refusal.sent.erase(refusal.sent.begin());
            refusal.message = message;
        }
        listeners = h.listeners;
    }
    const QString shown = describeTarget(uri);
    for (const auto &[id, listener] : listeners)
        listener(shown, message);
}

QByteArray passwordSentTo(const QString &uri)
{
    // libpq's order: the password parameter (the one held), $PGPASSWORD, the password file.
    QCryptographicHash digest(QCryptographicHash::Sha256);
    if (const std::optional<QString> held = heldPassword(uri)) {
        digest.addData("held\n");
        digest.addData(held->toUtf8());
        return digest.result();
    }
    const QHash<QByteArray, QString> given = uriOptions(uri);
    if (const QString written = given.value("password"); !written.isEmpty()) {
        digest.addData("uri\n");
        digest.addData(written.toUtf8());
        return digest.result();
    }
    if (const QByteArray environment = qgetenv("PGPASSWORD"); !environment.isEmpty()) {
        digest.addData("environment\n");
        digest.addData(environment);
        return digest.result();
    }
    // The whole file, not its line for the login: a changed file is tried again, which is what
    // an analyst who edited it expects. Depending on libpq's version the home folder is $HOME or
    // the user database's, so both files count when they differ.
    QStringList files;
    if (const QString named = given.value("passfile"); !named.isEmpty())
        files << named;
    else if (const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE"); !fromEnvironment.isEmpty())
        files << fromEnvironment;
    else {
        files << QDir::home().filePath(QStringLiteral(".pgpass"));
        // getpwuid_r: connections are made on many threads.
        passwd entry {};
        passwd *user = nullptr;
        char buffer[4096];
        if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &user) == 0 && user && user->pw_dir) {
            const QString other = QDir(QFile::decodeName(user->pw_dir)).filePath(QStringLiteral(".pgpass"));
            if (other != files.first())
                files << other;
        }
    }
    digest.addData("files\n");
    for (const QString &name : std::as_const(files)) {
        QFile file(name);
        digest.addData(QFile::encodeName(name));
        digest.addData("\n");
        if (file.open(QIODevice::ReadOnly))
            digest.addData(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        else
            digest.addData("none");
        digest.addData("\n");
    }
    return digest.result();
}

std::optional<QString> refusedBefore(const QString &uri)
{
    Holder &h = holder();
    {
        // The common case, at every connection: nothing refused, no key made, no file read.
        const std::lock_guard guard(h.mutex);
        if (h.refusals.empty())
            return std::nullopt;
    }
    const auto index = indexOf(uri);
    {
        const std::lock_guard guard(h.mutex);
        if (h.refusals.find(index) == h.refusals.end())
            return std::nullopt;
    }
    const QByteArray sent = passwordSentTo(uri);
    const std::lock_guard guard(h.mutex);
    const auto found = h.refusals.find(index);
    if (found == h.refusals.end()
        || std::find(found->second.sent.begin(), found->second.sent.end(), sent) == found->second.sent.end())
        return std::nullopt;
    return found->second.message;
}

void forgetLoginRefusal(const QString &uri)
{
    Holder &h = holder();
    const auto index = indexOf(uri);
    const QByteArray sent = passwordSentTo(uri);
    const std::lock_guard guard(h.mutex);
    const auto found = h.refusals.find(index);
    if (found == h.refusals.end())
        return;
    std::erase(found->second.sent, sent);
    if (found->second.sent.empty())
        h.refusals.erase(found);
}

} // namespace Lagebild::Postgres
