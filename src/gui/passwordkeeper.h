// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <memory>
#include <optional>

namespace Lagebild {

/// Where the window keeps the passwords of team databases the analyst asked it to remember: the
/// desktop's keyring (Secret Service as GNOME and KDE provide it, KWallet), never the settings
/// (docs/team.md, "Passwords"). Keys name a database without its password (keyringKey()).
class PasswordKeeper
{
public:
    virtual ~PasswordKeeper() = default;

    /// The password kept under `key`, or nullopt when there is none or no keyring answers.
    virtual std::optional<QString> password(const QString &key) = 0;
    virtual Expected<void> remember(const QString &key, const QString &password) = 0;
    virtual Expected<void> forget(const QString &key) = 0;

protected:
    PasswordKeeper() = default;
    PasswordKeeper(const PasswordKeeper &) = delete;
    PasswordKeeper &operator=(const PasswordKeeper &) = delete;
};

/// The desktop's keyring through QtKeychain, without its plain-text fallback.
[[nodiscard]] std::unique_ptr<PasswordKeeper> desktopKeyring();

/// The keeper the window uses: the desktop's keyring unless a test put another in its place.
[[nodiscard]] PasswordKeeper &passwordKeeper();
/// Puts `keeper` in the desktop keyring's place (tests); null restores the keyring.
void setPasswordKeeper(std::unique_ptr<PasswordKeeper> keeper);

/// The key of a team database in the keyring: user@host:port/database of its URI, which names
/// no password.
[[nodiscard]] QString keyringKey(const QString &uri);

/// Before the window connects to `uri`: the password the keyring keeps for it held for the
/// process's connections (store/postgres/credentials.h), when one was remembered for it (a flag
/// in the settings, so that a database whose password was never remembered does not wake the
/// keyring, which may be slow to answer or ask the analyst to unlock it). Otherwise what is held
/// stays (a password typed in this session), or libpq reads ~/.pgpass. Nothing for a file.
void holdRememberedPassword(const QString &uri);

/// Whether a password for the database at `uri` was remembered in the keyring.
[[nodiscard]] bool isPasswordRemembered(const QString &uri);

/// Keeps `password` in the keyring for the database at `uri` and marks the database as having one
/// there; an empty password forgets it. Says why when the keyring refuses.
Expected<void> rememberPassword(const QString &uri, const QString &password);

/// After a password opened the database at `uri`: kept in the keyring when the analyst ticked
/// "Remember" (`remember`) and typed one, forgotten when the box was cleared; else nothing
/// changes (an empty password keeps what is kept). Says why when the keyring refuses.
Expected<void> keepPasswordAsAsked(const QString &uri, const QString &password, bool remember);

} // namespace Lagebild
