// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/corpussource.h"

#include "store/articlestore.h"
#include "store/postgres/connection.h"

namespace Lagebild {

namespace {

class SqliteCorpusSource final : public CorpusSource
{
public:
    explicit SqliteCorpusSource(ArticleStore &store)
        : m_path(store.path()), m_sql(sqliteSqlWriter(store.database()))
    { }

    [[nodiscard]] Backend backend() const override { return Backend::Sqlite; }
    [[nodiscard]] QString location() const override { return m_path; }
    [[nodiscard]] SqlWriter &sql() override { return *m_sql; }
    [[nodiscard]] QString connectionLocation() const override { return m_path; }

private:
    const QString m_path;
    std::unique_ptr<SqlWriter> m_sql;
};

class PostgresCorpusSource final : public CorpusSource
{
public:
    PostgresCorpusSource(QString uri, std::unique_ptr<SqlWriter> sql)
        : m_uri(std::move(uri)), m_sql(std::move(sql))
    { }

    [[nodiscard]] Backend backend() const override { return Backend::Postgres; }
    [[nodiscard]] QString location() const override { return Postgres::describeTarget(m_uri); }
    [[nodiscard]] SqlWriter &sql() override { return *m_sql; }
    [[nodiscard]] QString connectionLocation() const override { return m_uri; }

private:
    QString m_uri; ///< as given, with whatever the analyst wrote into it
    std::unique_ptr<SqlWriter> m_sql;
};

} // namespace

std::unique_ptr<CorpusSource> sqliteCorpusSource(ArticleStore &store)
{
    return std::make_unique<SqliteCorpusSource>(store);
}

Expected<std::unique_ptr<CorpusSource>> openPostgresCorpusSource(const QString &uri)
{
    auto sql = openPostgresSqlWriter(uri);
    if (!sql)
        return sql.error();
    return std::unique_ptr<CorpusSource>(std::make_unique<PostgresCorpusSource>(uri, std::move(sql.value())));
}

} // namespace Lagebild
