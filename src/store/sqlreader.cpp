// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlreader.h"

#include "store/articlestore.h"
#include "store/sqldialect.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"
#include "store/transact.h"

#include <sqlite3.h>

namespace Lagebild {

namespace {

class SqliteRow final : public SqlRow
{
public:
    explicit SqliteRow(const Sqlite::Statement &statement) : m_statement(statement) { }
    qint64 int64(int column) const override { return m_statement.columnInt64(column); }
    double real(int column) const override { return m_statement.columnDouble(column); }
    QString text(int column) const override
    {
        return m_statement.columnIsNull(column) ? QString() : m_statement.columnText(column);
    }
    bool isNull(int column) const override { return m_statement.columnIsNull(column); }
    QByteArray bytes(int column) const override { return m_statement.columnBlob(column); }

private:
    const Sqlite::Statement &m_statement;
};

// BEGIN without IMMEDIATE takes no lock until the first read; in WAL mode that read fixes the
// snapshot for the rest of the transaction. Ended with COMMIT: nothing was written.
class SqliteSnapshot final : public SqlSnapshot::Holder
{
public:
    explicit SqliteSnapshot(Sqlite::Database &db) : m_db(db) { }
    ~SqliteSnapshot() override { (void)m_db.execute(QStringLiteral("COMMIT")); }
    SqliteSnapshot(const SqliteSnapshot &) = delete;
    SqliteSnapshot &operator=(const SqliteSnapshot &) = delete;

private:
    Sqlite::Database &m_db;
};

void bindAll(Sqlite::Statement &st, const std::vector<SqlValue> &values)
{
    int index = 1;
    for (const SqlValue &value : values) {
        if (const auto *text = std::get_if<QString>(&value))
            st.bind(index++, *text);
        else if (const auto *blob = std::get_if<QByteArray>(&value))
            st.bindBlob(index++, *blob);
        else
            st.bind(index++, std::get<qint64>(value));
    }
}

class SqliteReader final : public SqlWriter
{
public:
    explicit SqliteReader(Sqlite::Database &db) : m_db(db) { }
    explicit SqliteReader(std::unique_ptr<ArticleStore> store)
        : m_store(std::move(store)), m_db(m_store->database())
    { }
    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow) override
    {
        Sqlite::Statement st(m_db, sql);
        bindAll(st, values);
        // Reset at the end: the connection's cached statement must not keep a read snapshot open.
        Sqlite::ResetOnExit reset(st);
        return Sqlite::forEachRow(st, [&](const Sqlite::Statement &row) { onRow(SqliteRow(row)); });
    }

    Expected<qint64> execute(const QString &sql, const std::vector<SqlValue> &values) override
    {
        Sqlite::Statement st(m_db, sql);
        bindAll(st, values);
        if (auto r = st.execute(); !r)
            return r.error();
        return qint64(m_db.changes());
    }

    Expected<void> transact(const std::function<Expected<void>()> &work) override
    {
        return runInTransaction<Sqlite::Transaction>(m_db, work);
    }

    Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow) override
    {
        Sqlite::Statement st(m_db, sql);
        bindAll(st, values);
        Sqlite::ResetOnExit reset(st);
        const SqliteRow row(st);
        for (;;) {
            auto stepped = st.step();
            if (!stepped)
                return stepped.error();
            if (!stepped.value() || !onRow(row))
                return {};
        }
    }

    Expected<SqlSnapshot> snapshot() override
    {
        if (!sqlite3_get_autocommit(m_db.handle()))
            return SqlSnapshot(); // the caller's transaction already holds one
        if (auto begun = m_db.execute(QStringLiteral("BEGIN")); !begun)
            return begun.error();
        return SqlSnapshot(std::make_unique<SqliteSnapshot>(m_db));
    }

private:
    std::unique_ptr<ArticleStore> m_store; ///< when the reader owns the database
    Sqlite::Database &m_db;
};

} // namespace

std::unique_ptr<SqlReader> sqliteSqlReader(Sqlite::Database &db)
{
    return std::make_unique<SqliteReader>(db);
}

std::unique_ptr<SqlReader> sqliteSqlReader(std::unique_ptr<ArticleStore> store)
{
    return std::make_unique<SqliteReader>(std::move(store));
}

std::unique_ptr<SqlWriter> sqliteSqlWriter(Sqlite::Database &db)
{
    return std::make_unique<SqliteReader>(db);
}

std::unique_ptr<SqlWriter> sqliteSqlWriter(std::unique_ptr<ArticleStore> store)
{
    return std::make_unique<SqliteReader>(std::move(store));
}

QString dollarParameters(QStringView sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int largest = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar(); // a doubled quote closes and reopens: same result
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
            continue;
        }
        if (c != QLatin1Char('?')) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < sql.size() && sql.at(end).isDigit())
            ++end;
        const int number = end > i + 1 ? sql.mid(i + 1, end - i - 1).toInt() : largest + 1;
        largest = std::max(largest, number);
        out += QLatin1Char('$') + QString::number(number);
        i = end - 1;
    }
    return out;
}

QString idListSql(SqlDialect dialect, QLatin1String parameter)
{
    return dialect == SqlDialect::Sqlite
        ? QStringLiteral("SELECT value FROM json_each(%1)").arg(parameter)
        : QStringLiteral("SELECT value::bigint FROM jsonb_array_elements_text(%1::jsonb)").arg(parameter);
}

QString equalsIgnoringCaseSql(SqlDialect dialect, QLatin1String expression, QLatin1String parameter)
{
    return dialect == SqlDialect::Sqlite
        ? QStringLiteral("%1 = %2 COLLATE NOCASE").arg(expression, parameter)
        : QStringLiteral("lower(%1 COLLATE \"und-x-icu\") = lower(%2::text COLLATE \"und-x-icu\")")
              .arg(expression, parameter);
}

QString caselessOrderSql(SqlDialect dialect, const QString &expression)
{
    return dialect == SqlDialect::Sqlite
        ? QStringLiteral("%1 COLLATE NOCASE").arg(expression)
        : QStringLiteral("lower(%1 COLLATE \"und-x-icu\") COLLATE \"C\"").arg(expression);
}

QString orderedJoinSql(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
}

QString bytewiseSql(SqlDialect dialect, QLatin1String expression)
{
    return dialect == SqlDialect::Sqlite ? QString(expression) : expression + QLatin1String(" COLLATE \"C\"");
}

QString orderedIdsSql(SqlDialect dialect, QLatin1String parameter)
{
    return dialect == SqlDialect::Sqlite
        ? QStringLiteral("json_each(%1) j").arg(parameter)
        : QStringLiteral("(SELECT value::bigint AS value, key FROM jsonb_array_elements_text(%1::jsonb) "
                         "WITH ORDINALITY AS e(value, key)) j")
              .arg(parameter);
}

QString tagNamesSql(SqlDialect dialect, TagSeparator separator)
{
    const bool sqlite = dialect == SqlDialect::Sqlite;
    const QLatin1String between = separator == TagSeparator::Comma ? QLatin1String("', '")
        : sqlite                                                   ? QLatin1String("char(31)")
                                                                   : QLatin1String("chr(31)");
    // SQLite's group_concat has no ORDER BY before 3.44; its order is the key's, which
    // PostgreSQL's string_agg is told.
    return (sqlite ? QStringLiteral("(SELECT group_concat(t.name, %1)")
                   : QStringLiteral("(SELECT string_agg(t.name, %1 ORDER BY at.tag_id)"))
               .arg(between)
        + QLatin1String(" FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id)");
}

QString noIndexSql(SqlDialect dialect, QLatin1String column)
{
    return dialect == SqlDialect::Sqlite ? QLatin1String("+") + column : QString(column);
}

} // namespace Lagebild
