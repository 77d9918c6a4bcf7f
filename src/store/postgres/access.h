// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <optional>
#include <vector>

namespace Lagebild::Postgres {

class Connection;

/// What an analyst may do in a team database (issue 14, "Access"; docs/team.md). Each level is a
/// group role of its own per database — `lagebild_<database>_reader`, `…_editor`, `…_admin` — and
/// each includes the one before it:
/// - Reader: reads everything (search, views, exports, history); changes nothing.
/// - Editor: also the hand work — tags, notes, and rows of the history, which an editor can add to
///   but never change or delete — and the analysis a worker stores (mentions, entities,
///   relations, events, an article's analysis columns), so an editor may run `lagebild-cli worker`,
///   and what was learned from the corrections (ner_adaptation), so an editor may learn.
/// - Admin: also everything else on the corpus's tables: importing and deleting articles, rules,
///   sources, the history itself. Schema upgrades stay with the database's owner.
/// The server enforces it: a refused statement is ErrorKind::ReadOnly, "this database user may
/// not change it", and nothing of the transaction is written.
enum class AccessLevel { Reader, Editor, Admin };

[[nodiscard]] QString accessLevelName(AccessLevel level); ///< "reader", "editor", "admin"
[[nodiscard]] std::optional<AccessLevel> accessLevelFromName(const QString &name);

struct AccessGrant
{
    QString user;
    AccessLevel level = AccessLevel::Reader;
};

/// Gives `user` (an existing login role) exactly `level` in the connection's database: creates the
/// three group roles and their privileges when they are missing or older than the tables (again
/// after a schema upgrade added tables), takes away the user's other level. Needs a connection of
/// a role that may create roles (CREATEROLE, or a superuser) and owns the tables or is superuser.
Expected<void> grantAccess(Connection &connection, const QString &user, AccessLevel level);
/// Grants the database's group roles, when it has them, their privileges on the tables as they
/// are now, in the caller's transaction. Schema::migrate calls it with every migration, so a
/// schema upgrade that adds a table does not leave editors unable to write it until an
/// administrator runs `lagebild-cli access grant` again. Needs the tables' owner.
Expected<void> refreshAccess(Connection &connection);
/// Takes every level of this database away from `user`.
Expected<void> revokeAccess(Connection &connection, const QString &user);
/// Who has which level in this database, by user name; a user in several has the highest.
Expected<std::vector<AccessGrant>> accessGrants(Connection &connection);

} // namespace Lagebild::Postgres
