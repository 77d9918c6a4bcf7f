// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/credentials.h"

#include "store/postgres/connection.h"

#include <libpq-fe.h>

#include <QHash>

#include <map>
#include <mutex>
#include <tuple>
#include <utility>

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

struct Holder
{
    std::mutex mutex;
    // A map, not a hash: LoginKey needs no hash function, and a process holds a handful.
    std::map<std::tuple<QString, QString, QString, QString>, QString> passwords;
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

void reportLoginRefused(const QString &uri, const QString &message)
{
    Holder &h = holder();
    std::map<int, LoginRefusalListener> listeners;
    {
        // Called outside the lock, so that a listener may hold or ask for a password.
        const std::lock_guard guard(h.mutex);
        listeners = h.listeners;
    }
    const QString shown = describeTarget(uri);
    for (const auto &[id, listener] : listeners)
        listener(shown, message);
}

} // namespace Lagebild::Postgres
