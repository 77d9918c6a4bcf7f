// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/corpussource.h"

#include "store/articlestore.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"
#include "store/sqlite/database.h"

namespace Lagebild {

namespace {

class SqliteCorpusSource final : public CorpusSource
{
public:
    explicit SqliteCorpusSource(ArticleStore &store)
        : m_path(store.path()), m_database(store.database()), m_sql(sqliteSqlWriter(store.database()))
    { }

    [[nodiscard]] Backend backend() const override { return Backend::Sqlite; }
    [[nodiscard]] QString location() const override { return m_path; }
    [[nodiscard]] SqlWriter &sql() override { return *m_sql; }
    [[nodiscard]] QString connectionLocation() const override { return m_path; }
    Expected<bool> isReadOnly() override { return m_database.isReadOnly(); }

private:
    const QString m_path;
    Sqlite::Database &m_database;
    std::unique_ptr<SqlWriter> m_sql;
};

class PostgresCorpusSource final : public CorpusSource
{
public:
    PostgresCorpusSource(QString uri, std::unique_ptr<SqlWriter> sql)
        : m_uri(std::move(uri)), m_sql(std::move(sql))
    { }

    [[nodiscard]] Backend backend() const override { return Backend::Postgres; }
    [[nodiscard]] QString location() const override { return m_uri; }
    [[nodiscard]] SqlWriter &sql() override { return *m_sql; }
    [[nodiscard]] QString connectionLocation() const override { return m_uri; }
    Expected<bool> isReadOnly() override
    {
        // A reader's role may select but not tag (postgresql/0013's grants, `lagebild-cli access`).
        bool mayTag = false;
        auto r = m_sql->forEachRow(QStringLiteral("SELECT has_table_privilege('article_tags', 'INSERT')"), {},
            [&](const SqlRow &row) { mayTag = row.text(0) == QLatin1String("t"); });
        if (!r)
            return r.error();
        return !mayTag;
    }

private:
    /// As given, without a password written into it: the process holds that (credentials.h).
    QString m_uri;
    std::unique_ptr<SqlWriter> m_sql;
};

} // namespace

std::unique_ptr<CorpusSource> sqliteCorpusSource(ArticleStore &store)
{
    return std::make_unique<SqliteCorpusSource>(store);
}

Expected<std::unique_ptr<CorpusSource>> openPostgresCorpusSource(const QString &uri)
{
    // The connections of the window's views and readers take the held password, never the URI's.
    const QString withoutPassword = Postgres::takePassword(uri);
    auto sql = openPostgresSqlWriter(withoutPassword);
    if (!sql)
        return sql.error();
    return std::unique_ptr<CorpusSource>(
        std::make_unique<PostgresCorpusSource>(withoutPassword, std::move(sql.value())));
}

} // namespace Lagebild
