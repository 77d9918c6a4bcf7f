// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/access.h"

#include "store/postgres/connection.h"
#include "store/postgres/transaction.h"

#include <array>

namespace Lagebild::Postgres {

namespace {

constexpr std::array levels {AccessLevel::Reader, AccessLevel::Editor, AccessLevel::Admin};
/// NAMEDATALEN - 1 in a default build of PostgreSQL.
constexpr int maxRoleNameBytes = 63;

/// The group roles, created once per database, with the right to connect and to see the schema.
/// Privileges on tables, never on the database's owner role, so a member cannot change the
/// schema. A DO block takes no parameters: the role names (roleName(), the one place they are
/// spelled) reach it as transaction-local settings and are quoted with format('%I'), whatever the
/// database is called.
constexpr QStringView createRoles = uR"SQL(
DO $$
DECLARE
    db text := current_database();
    s text := current_schema();
    reader text := current_setting('lagebild.reader_role');
    editor text := current_setting('lagebild.editor_role');
    admin text := current_setting('lagebild.admin_role');
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', reader);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = editor) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', editor, reader);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = admin) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', admin, editor);
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, reader);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, reader);
END
$$;
)SQL";

/// The group roles' privileges on the tables as they are now, (re)granted at every grant and by
/// every schema migration (refreshAccess): a migration may have added a table since. Nothing when
/// the database has no group roles yet.
constexpr QStringView grantTables = uR"SQL(
DO $$
DECLARE
    s text := current_schema();
    reader text := current_setting('lagebild.reader_role');
    editor text := current_setting('lagebild.editor_role');
    admin text := current_setting('lagebild.admin_role');
    t record;
BEGIN
    IF (SELECT count(*) FROM pg_roles WHERE rolname IN (reader, editor, admin)) < 3 THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', s, reader);
    -- A table an older schema lacks is left out: the migration that makes it grants it.
    FOR t IN SELECT * FROM (VALUES
        -- The hand work (tags, notes, corrections of entities and relations); the history only grows.
        ('tags', 'INSERT, UPDATE, DELETE'), ('article_tags', 'INSERT, UPDATE, DELETE'),
        ('notes', 'INSERT, UPDATE, DELETE'), ('corrections', 'INSERT, UPDATE, DELETE'),
        ('edits', 'INSERT'),
        -- A new or removed entity rule raises the rules version. meta is bookkeeping only (a
        -- copied file's search-index version, which PostgreSQL does not read); the schema version
        -- is in schema_migrations, which editors cannot write.
        ('meta', 'INSERT, UPDATE'),
        -- What a worker stores (src/store/postgres/analysisstore.cpp); FOR UPDATE of the claim
        -- needs UPDATE on a column of articles.
        ('mentions', 'INSERT, UPDATE, DELETE'), ('entities', 'INSERT, UPDATE, DELETE'),
        ('relations', 'INSERT, UPDATE, DELETE'), ('events', 'INSERT, UPDATE, DELETE'),
        ('articles', 'UPDATE (analysed_at, analysis_version, analysis_rules)'),
        -- Learning from the corrections (LearnService) stores or forgets the tagger's adaptation.
        ('ner_adaptation', 'INSERT, UPDATE, DELETE')) AS v(tbl, privileges)
    LOOP
        IF to_regclass(format('%I.%I', s, t.tbl)) IS NOT NULL THEN
            EXECUTE format('GRANT %s ON %I.%I TO %I', t.privileges, s, t.tbl, editor);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', s, editor);
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO %I', s, admin);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO %I', s, admin);
END
$$;
)SQL";

QString roleName(const QString &database, AccessLevel level)
{
    return QStringLiteral("lagebild_%1_%2").arg(database, accessLevelName(level));
}

Expected<QString> currentDatabase(Connection &connection)
{
    auto db = connection.query(u"SELECT current_database()");
    if (!db)
        return db.error();
    return db->text(0, 0);
}

/// The role names for the DO blocks above, for the rest of the transaction.
Expected<void> nameRoles(Connection &connection, const QString &database)
{
    auto names = connection.query(u"SELECT set_config('lagebild.reader_role', $1, true), "
                                  u"set_config('lagebild.editor_role', $2, true), "
                                  u"set_config('lagebild.admin_role', $3, true)",
        Params()
            .add(roleName(database, AccessLevel::Reader))
            .add(roleName(database, AccessLevel::Editor))
            .add(roleName(database, AccessLevel::Admin)));
    if (!names)
        return names.error();
    return {};
}

/// Takes the user out of every level but `keep`.
Expected<void> leaveLevels(
    Connection &connection, const QString &database, const QString &user, std::optional<AccessLevel> keep)
{
    for (const AccessLevel level : levels) {
        if (level == keep)
            continue;
        auto done
            = connection.query(u"SELECT format('REVOKE %I FROM %I', $1::text, $2::text) WHERE EXISTS (SELECT "
                               u"FROM pg_auth_members m "
                               u"JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                               u"WHERE g.rolname = $1 AND u.rolname = $2)",
                Params().add(roleName(database, level)).add(user));
        if (!done)
            return done.error();
        if (done->rows() == 1) {
            if (auto revoked = connection.execute(done->text(0, 0)); !revoked)
                return revoked.error();
        }
    }
    return {};
}

} // namespace

QString accessLevelName(AccessLevel level)
{
    switch (level) {
    case AccessLevel::Reader:
        return QStringLiteral("reader");
    case AccessLevel::Editor:
        return QStringLiteral("editor");
    case AccessLevel::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<AccessLevel> accessLevelFromName(const QString &name)
{
    for (const AccessLevel level : levels)
        if (name.compare(accessLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    return std::nullopt;
}

Expected<void> grantAccess(Connection &connection, const QString &user, AccessLevel level)
{
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginResult().error();
    auto exists = connection.queryInt64(
        u"SELECT count(*) FROM pg_roles WHERE rolname = $1 AND rolcanlogin", Params().add(user));
    if (!exists)
        return exists.error();
    if (exists->value_or(0) == 0)
        return Error {
            QStringLiteral("%1: there is no login role \"%2\" on this server (CREATE ROLE %2 LOGIN first)")
                .arg(connection.target(), user),
            ErrorKind::NotFound};
    auto database = currentDatabase(connection);
    if (!database)
        return database.error();
    // PostgreSQL cuts longer names silently, and two databases could then share roles.
    if (roleName(*database, AccessLevel::Admin).toUtf8().size() > maxRoleNameBytes)
        return Error {QStringLiteral("%1: the database name \"%2\" is too long for Lagebild's role names "
                                     "(at most %3 bytes)")
                          .arg(connection.target(), *database)
                          .arg(maxRoleNameBytes - int(qstrlen("lagebild__admin"))),
            ErrorKind::Other};
    if (auto names = nameRoles(connection, *database); !names)
        return names;
    if (auto created = connection.execute(createRoles); !created)
        return created.error();
    if (auto granted = connection.execute(grantTables); !granted)
        return granted.error();
    if (auto left = leaveLevels(connection, *database, user, level); !left)
        return left.error();
    auto grant = connection.query(u"SELECT format('GRANT %I TO %I', $1::text, $2::text)",
        Params().add(roleName(*database, level)).add(user));
    if (!grant)
        return grant.error();
    if (auto granted = connection.execute(grant->text(0, 0)); !granted)
        return granted.error();
    return transaction.commit();
}

Expected<void> refreshAccess(Connection &connection)
{
    auto database = currentDatabase(connection);
    if (!database)
        return database.error();
    if (auto names = nameRoles(connection, *database); !names)
        return names;
    if (auto granted = connection.execute(grantTables); !granted)
        return granted.error();
    return {};
}

Expected<void> revokeAccess(Connection &connection, const QString &user)
{
    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginResult().error();
    auto database = currentDatabase(connection);
    if (!database)
        return database.error();
    if (auto left = leaveLevels(connection, *database, user, std::nullopt); !left)
        return left.error();
    return transaction.commit();
}

Expected<std::vector<AccessGrant>> accessGrants(Connection &connection)
{
    auto database = currentDatabase(connection);
    if (!database)
        return database.error();
    // Direct members of each group role; the highest level wins for a user in several.
    auto rows = connection.query(
        u"SELECT u.rolname, max(CASE g.rolname WHEN $1 THEN 0 WHEN $2 THEN 1 WHEN $3 THEN 2 END) "
        u"FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        u"WHERE g.rolname IN ($1, $2, $3) AND u.rolcanlogin GROUP BY u.rolname ORDER BY u.rolname",
        Params()
            .add(roleName(*database, AccessLevel::Reader))
            .add(roleName(*database, AccessLevel::Editor))
            .add(roleName(*database, AccessLevel::Admin)));
    if (!rows)
        return rows.error();
    std::vector<AccessGrant> grants;
    for (int r = 0; r < rows->rows(); ++r)
        grants.push_back({rows->text(r, 0), levels[size_t(rows->int64(r, 1))]});
    return grants;
}

} // namespace Lagebild::Postgres
