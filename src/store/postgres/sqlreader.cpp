// SPDX-License-Identifier: GPL-3.0-or-later
// SqlReader on PostgreSQL: SQLite's parameters become $N, values go as text (the server reads
// them as the type the statement needs; bytes in bytea's form), and the rows are read as text.
#include "store/sqlreader.h"

#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "store/transact.h"

namespace Lagebild {

namespace {

class PostgresRow final : public SqlRow
{
public:
    PostgresRow(const Postgres::Result &result, int row) : m_result(result), m_row(row) { }
    qint64 int64(int column) const override { return m_result.int64(m_row, column); }
    double real(int column) const override { return m_result.real(m_row, column); }
    QString text(int column) const override { return m_result.text(m_row, column); }
    bool isNull(int column) const override { return m_result.isNull(m_row, column); }
    QByteArray bytes(int column) const override { return m_result.bytes(m_row, column); }

private:
    const Postgres::Result &m_result;
    int m_row;
};

class PostgresSnapshot final : public SqlSnapshot::Holder
{
public:
    explicit PostgresSnapshot(Postgres::Connection &connection)
        : m_transaction(connection, Postgres::Transaction::Mode::Snapshot)
    { }
    [[nodiscard]] const Expected<void> &begun() const { return m_transaction.beginResult(); }

private:
    Postgres::Transaction m_transaction; ///< rolled back at the end: nothing was written
};

class PostgresReader final : public SqlWriter
{
public:
    explicit PostgresReader(Postgres::Connection &connection) : m_connection(connection) { }
    explicit PostgresReader(std::unique_ptr<Postgres::Connection> connection)
        : m_owned(std::move(connection)), m_connection(*m_owned)
    { }
    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow) override
    {
        auto result = run(sql, values);
        if (!result)
            return result.error();
        for (int row = 0; row < result->rows(); ++row)
            onRow(PostgresRow(result.value(), row));
        return {};
    }

    Expected<qint64> execute(const QString &sql, const std::vector<SqlValue> &values) override
    {
        auto result = run(sql, values);
        if (!result)
            return result.error();
        return result->affectedRows();
    }

    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        return retryWhenBusy([&] { return runInTransaction<Postgres::Transaction>(m_connection, work); },
            !m_connection.inTransaction());
    }

    Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow) override
    {
        bool going = true;
        return forEachRow(sql, values, [&](const SqlRow &row) {
            if (going)
                going = onRow(row);
        });
    }

    Expected<SqlSnapshot> snapshot() override
    {
        auto holder = std::make_unique<PostgresSnapshot>(m_connection);
        if (!holder->begun())
            return holder->begun().error();
        return SqlSnapshot(std::move(holder));
    }

private:
    Expected<Postgres::Result> run(const QString &sql, const std::vector<SqlValue> &values)
    {
        Postgres::Params params;
        for (const SqlValue &value : values) {
            if (const auto *text = std::get_if<QString>(&value))
                params.add(*text);
            else if (const auto *blob = std::get_if<QByteArray>(&value))
                params.addBytes(*blob);
            else
                params.add(std::get<qint64>(value));
        }
        return m_connection.query(dollarParameters(sql), params);
    }

    std::unique_ptr<Postgres::Connection> m_owned; ///< when the reader owns its connection
    Postgres::Connection &m_connection;
};

} // namespace

std::unique_ptr<SqlReader> postgresSqlReader(Postgres::Connection &connection)
{
    return std::make_unique<PostgresReader>(connection);
}

std::unique_ptr<SqlReader> postgresSqlReader(std::unique_ptr<Postgres::Connection> connection)
{
    return std::make_unique<PostgresReader>(std::move(connection));
}

Expected<std::unique_ptr<SqlReader>> openPostgresSqlReader(const QString &uri)
{
    auto writer = openPostgresSqlWriter(uri);
    if (!writer)
        return writer.error();
    return std::unique_ptr<SqlReader>(std::move(writer.value()));
}

std::unique_ptr<SqlWriter> postgresSqlWriter(Postgres::Connection &connection)
{
    return std::make_unique<PostgresReader>(connection);
}

Expected<std::unique_ptr<SqlWriter>> openPostgresSqlWriter(const QString &uri)
{
    auto connection = Postgres::Schema::openCorpus(uri);
    if (!connection)
        return connection.error();
    return std::unique_ptr<SqlWriter>(std::make_unique<PostgresReader>(std::move(connection.value())));
}

} // namespace Lagebild
