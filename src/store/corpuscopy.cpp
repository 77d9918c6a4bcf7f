// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/corpuscopy.h"

#include "store/articlestore.h"
#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/postgres/arrayliteral.h"
#include "store/postgres/connection.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "store/raworiginal.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlite/packedtext.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>
#include <optional>
#include <variant>

namespace Lagebild {

namespace {

/// A value as the source stored it: SQLite's storage classes, which PostgreSQL's column types
/// in the schema map onto one to one.
using Value = std::variant<std::monostate, qint64, double, QString, QByteArray>;
using Row = std::vector<Value>;
using Batch = std::vector<Row>;
using OnBatch = std::function<Expected<void>(Batch &)>;

constexpr int batchRows = 500;

struct TableSpec
{
    const char16_t *name;
    const char16_t *key; ///< ORDER BY: the copy writes rows in key order
};

// Parents before children, so that on a backend without deferred foreign keys the order alone
// would do; both backends defer them anyway (self references: duplicates, merged entities).
constexpr TableSpec tableSpecs[] = {
    {u"meta", u"key"},
    {u"sources", u"id"},
    {u"articles", u"id"},
    {u"tags", u"id"},
    {u"article_tags", u"article_id, tag_id"},
    {u"notes", u"article_id"},
    {u"entities", u"id"},
    {u"entity_aliases", u"entity_id, alias"},
    {u"mentions", u"id"},
    {u"relations", u"id"},
    {u"corrections", u"id"},
    {u"events", u"id"},
    {u"ner_adaptation", u"id"},
    {u"edits", u"id"},
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\""))
        + QLatin1Char('"');
}

QString columnList(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << quoted(c);
    return parts.join(QLatin1String(", "));
}

/// One side of the copy. Read from within beginRead()/endRead(), written within
/// beginWrite()/commitWrite(); a failure anywhere leaves the target untouched.
class Endpoint
{
public:
    virtual ~Endpoint() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual bool isPostgres() const = 0;
    virtual Expected<int> schemaVersion() = 0;
    [[nodiscard]] virtual int latestVersion() const = 0;
    /// The tables of the Lagebild schema, without derived ones (the FTS5 index's tables).
    virtual Expected<QStringList> tableNames() = 0;
    /// Columns that hold data, in table order; generated ones are left out (they follow).
    virtual Expected<QStringList> columns(const QString &table) = 0;
    virtual Expected<qint64> rowCount(const QString &table) = 0;
    virtual Expected<void> beginRead() = 0;
    virtual Expected<void> readRows(
        const QString &table, const QStringList &columns, const QString &key, const OnBatch &onBatch)
        = 0;
    virtual void endRead() = 0;
    virtual Expected<void> beginWrite() = 0;
    /// Deletes every row of these tables (children first).
    virtual Expected<void> clear(const QStringList &tables) = 0;
    virtual Expected<void> insertRows(const QString &table, const QStringList &columns, const Batch &rows)
        = 0;
    /// What follows the rows (id sequences, the search index), then COMMIT.
    virtual Expected<void> commitWrite(const CorpusCopy::Progress &progress) = 0;

protected:
    /// The error naming this database, unless it names it already (a lost connection does).
    Error failed(const Error &error) const
    {
        if (error.message.startsWith(name()))
            return error;
        return Error {QStringLiteral("%1: %2").arg(name(), error.message), error.kind};
    }
};

class SqliteEndpoint final : public Endpoint
{
public:
    explicit SqliteEndpoint(std::unique_ptr<ArticleStore> store, QString path)
        : m_store(std::move(store)), m_path(std::move(path))
    { }

    static Expected<std::unique_ptr<Endpoint>> open(const QString &path, bool mustExist)
    {
        if (mustExist && !QFileInfo::exists(path))
            return Error {QStringLiteral("%1: no such file").arg(path), ErrorKind::NotFound};
        // The normal way in: a new file gets the whole schema, an older one is upgraded (with
        // the usual copy beside it), exactly as when the app opens it.
        auto store = ArticleStore::open(path);
        if (!store)
            return store.error();
        return std::unique_ptr<Endpoint>(new SqliteEndpoint(std::move(store.value()), path));
    }

    QString name() const override { return m_path; }
    bool isPostgres() const override { return false; }
    int latestVersion() const override { return Migrator::latestVersion(); }

    Expected<int> schemaVersion() override
    {
        auto v = Sqlite::queryInt64(db(), u"PRAGMA user_version");
        if (!v)
            return failed(v.error());
        return int(v->value_or(0));
    }

    Expected<QStringList> tableNames() override
    {
        // Derived tables are not copied: the search index's, and the entities' and articles'
        // counts that the target's triggers keep as the articles and mentions arrive (migrations
        // 0018 and 0020).
        Sqlite::Statement st(db(),
            u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            u"AND name NOT LIKE 'article\\_fts%' ESCAPE '\\' AND name NOT IN ('entity_counts', "
            u"'article_counts') ORDER BY name");
        QStringList names;
        if (auto r = Sqlite::forEachRow(st, [&](Sqlite::Statement &s) { names << s.columnText(0); }); !r)
            return failed(r.error());
        return names;
    }

    Expected<QStringList> columns(const QString &table) override
    {
        // hidden: 0 a stored column, 2 and 3 generated ones.
        Sqlite::Statement st(db(), u"SELECT name FROM pragma_table_xinfo(?1) WHERE hidden = 0 ORDER BY cid");
        st.bind(1, table);
        QStringList names;
        if (auto r = Sqlite::forEachRow(st, [&](Sqlite::Statement &s) { names << s.columnText(0); }); !r)
            return failed(r.error());
        // The body is stored packed (schema 12) and read through the generated column `body`:
        // the copy moves the text, as PostgreSQL stores it, and packs it again on the way in.
        if (table == QLatin1String("articles") && names.contains(QLatin1String("body_packed"))) {
            names.removeAll(QStringLiteral("body_packed"));
            names.removeAll(QStringLiteral("body_size"));
            names.insert(std::min(qsizetype(2), names.size()), QStringLiteral("body"));
        }
        return names;
    }

    Expected<qint64> rowCount(const QString &table) override
    {
        auto n = Sqlite::queryInt64(db(), QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
        if (!n)
            return failed(n.error());
        return n->value_or(0);
    }

    Expected<void> beginRead() override
    {
        // A deferred transaction: a read snapshot from the first SELECT on, no write lock.
        if (auto r = db().execute(QStringLiteral("BEGIN")); !r)
            return failed(r.error());
        return {};
    }

    Expected<void> readRows(
        const QString &table, const QStringList &columns, const QString &key, const OnBatch &onBatch) override
    {
        Sqlite::Statement st(db(),
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columnList(columns), quoted(table), key));
        Batch batch;
        batch.reserve(batchRows);
        for (;;) {
            auto step = st.step();
            if (!step)
                return failed(step.error());
            if (!step.value())
                break;
            Row row;
            row.reserve(size_t(columns.size()));
            for (int c = 0; c < columns.size(); ++c) {
                switch (st.columnType(c)) {
                case Sqlite::Statement::ColumnType::Null:
                    row.emplace_back(std::monostate {});
                    break;
                case Sqlite::Statement::ColumnType::Integer:
                    row.emplace_back(st.columnInt64(c));
                    break;
                case Sqlite::Statement::ColumnType::Real:
                    row.emplace_back(st.columnDouble(c));
                    break;
                case Sqlite::Statement::ColumnType::Text:
                    row.emplace_back(st.columnText(c));
                    break;
                case Sqlite::Statement::ColumnType::Blob:
                    row.emplace_back(st.columnBlob(c));
                    break;
                }
            }
            batch.push_back(std::move(row));
            if (int(batch.size()) == batchRows) {
                if (auto r = onBatch(batch); !r)
                    return r;
                batch.clear();
            }
        }
        if (!batch.empty())
            return onBatch(batch);
        return {};
    }

    void endRead() override { (void)db().execute(QStringLiteral("ROLLBACK")); }

    Expected<void> beginWrite() override
    {
        m_transaction = std::make_unique<Sqlite::Transaction>(db());
        if (!m_transaction->isActive())
            return failed(m_transaction->beginResult().error());
        // Checked at COMMIT: rows may point at rows copied later (ArticleStore turned them on).
        if (auto r = db().execute(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
            return failed(r.error());
        // The index is written once at the end, from all articles, not row by row.
        m_deferIndex = std::make_unique<DeferredIndexScope>();
        return {};
    }

    Expected<void> clear(const QStringList &tables) override
    {
        for (const QString &table : tables) {
            if (auto r = db().execute(QStringLiteral("DELETE FROM %1").arg(quoted(table))); !r)
                return failed(r.error());
        }
        return {};
    }

    Expected<void> insertRows(const QString &table, const QStringList &columns, const Batch &rows) override
    {
        if (m_insertTable != table) {
            QStringList names, placeholders;
            for (int c = 1; c <= columns.size(); ++c) {
                const QString &column = columns.at(c - 1);
                if (table == QLatin1String("articles") && column == QLatin1String("body")) {
                    // Stored packed (schema 12); `body` is generated from these two.
                    names << QStringLiteral("body_packed") << QStringLiteral("body_size");
                    placeholders
                        << QStringLiteral("%1(?%2)").arg(QLatin1String(Sqlite::packTextFunction)).arg(c)
                        << QStringLiteral("length(CAST(?%1 AS BLOB))").arg(c);
                    continue;
                }
                names << column;
                placeholders << QStringLiteral("?%1").arg(c);
            }
            m_insert = std::make_unique<Sqlite::Statement>(db(),
                QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                    .arg(quoted(table), columnList(names), placeholders.join(QLatin1String(", "))));
            m_insertTable = table;
        }
        Sqlite::Statement &st = *m_insert;
        for (const Row &row : rows) {
            for (int c = 0; c < int(row.size()); ++c) {
                const Value &v = row[size_t(c)];
                if (const auto *i = std::get_if<qint64>(&v))
                    st.bind(c + 1, *i);
                else if (const auto *d = std::get_if<double>(&v))
                    st.bind(c + 1, *d);
                else if (const auto *s = std::get_if<QString>(&v))
                    st.bind(c + 1, *s);
                else if (const auto *b = std::get_if<QByteArray>(&v))
                    st.bindBlob(c + 1, *b);
                else
                    st.bindNull(c + 1);
            }
            if (auto r = st.execute(); !r)
                return failed(
                    Error {QStringLiteral("table %1: %2").arg(table, r.errorMessage()), r.error().kind});
        }
        return {};
    }

    Expected<void> commitWrite(const CorpusCopy::Progress &progress) override
    {
        m_insert.reset();
        m_deferIndex.reset();
        // The search index as the SQLite side expects it: written by this program's tokenizer and
        // marked current, so nobody needs to rebuild it on opening.
        auto rebuilt = SearchIndex(db()).rebuild([&](qint64 done, qint64 total) {
            if (progress)
                progress(QStringLiteral("search index"), done, total);
            return true;
        });
        if (!rebuilt)
            return failed(rebuilt.error());
        if (auto r = m_transaction->commit(); !r)
            return failed(r.error());
        return {};
    }

private:
    Sqlite::Database &db() { return m_store->database(); }

    std::unique_ptr<ArticleStore> m_store;
    QString m_path;
    std::unique_ptr<Sqlite::Transaction> m_transaction;
    std::unique_ptr<DeferredIndexScope> m_deferIndex;
    std::unique_ptr<Sqlite::Statement> m_insert;
    QString m_insertTable;
};

class PostgresEndpoint final : public Endpoint
{
public:
    explicit PostgresEndpoint(std::unique_ptr<Postgres::Connection> connection)
        : m_connection(std::move(connection))
    { }

    static Expected<std::unique_ptr<Endpoint>> open(const QString &uri, bool isTarget)
    {
        auto connection = Postgres::Connection::open(uri);
        if (!connection)
            return connection.error();
        // The target gets the schema (or an upgrade); the source is only read.
        if (isTarget) {
            if (auto migrated = Postgres::Schema::migrate(**connection); !migrated)
                return migrated.error();
        }
        return std::unique_ptr<Endpoint>(new PostgresEndpoint(std::move(connection.value())));
    }

    QString name() const override { return m_connection->target(); }
    bool isPostgres() const override { return true; }
    int latestVersion() const override { return Postgres::Schema::latestVersion(); }

    Expected<int> schemaVersion() override
    {
        auto v = Postgres::Schema::version(*m_connection);
        if (!v)
            return failed(v.error());
        return v;
    }

    Expected<QStringList> tableNames() override
    {
        return names(
            u"SELECT tablename FROM pg_catalog.pg_tables "
            u"WHERE schemaname = current_schema() AND tablename <> 'schema_migrations' ORDER BY tablename");
    }

    Expected<QStringList> columns(const QString &table) override
    {
        return names(u"SELECT attname FROM pg_catalog.pg_attribute "
                     u"WHERE attrelid = to_regclass(quote_ident($1)) AND attnum > 0 "
                     u"AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
            Postgres::Params().add(table));
    }

    Expected<qint64> rowCount(const QString &table) override
    {
        auto n = m_connection->queryInt64(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
        if (!n)
            return failed(n.error());
        return n->value_or(0);
    }

    Expected<void> beginRead() override
    {
        m_transaction
            = std::make_unique<Postgres::Transaction>(*m_connection, Postgres::Transaction::Mode::Snapshot);
        if (!m_transaction->isActive())
            return failed(m_transaction->beginResult().error());
        return {};
    }

    Expected<void> readRows(
        const QString &table, const QStringList &columns, const QString &key, const OnBatch &onBatch) override
    {
        // A cursor, so that a table larger than memory comes a batch at a time.
        if (auto r = m_connection->execute(QStringLiteral("DECLARE lagebild_copy NO SCROLL CURSOR FOR "
                                                          "SELECT %1 FROM %2 ORDER BY %3")
                                               .arg(columnList(columns), quoted(table), key));
            !r)
            return failed(r.error());
        const QString fetch = QStringLiteral("FETCH %1 FROM lagebild_copy").arg(batchRows);
        for (;;) {
            auto result = m_connection->query(fetch);
            if (!result)
                return failed(result.error());
            if (result->rows() == 0)
                break;
            Batch batch;
            batch.reserve(size_t(result->rows()));
            for (int i = 0; i < result->rows(); ++i) {
                Row row;
                row.reserve(size_t(columns.size()));
                for (int c = 0; c < result->columns(); ++c) {
                    if (result->isNull(i, c)) {
                        row.emplace_back(std::monostate {});
                        continue;
                    }
                    switch (result->columnType(c)) {
                    case 20: // bigint
                    case 21: // smallint
                    case 23: // integer
                        row.emplace_back(result->int64(i, c));
                        break;
                    case 700: // real
                    case 701: // double precision
                        row.emplace_back(result->real(i, c));
                        break;
                    case 17: // bytea
                        row.emplace_back(result->bytes(i, c));
                        break;
                    default:
                        row.emplace_back(result->text(i, c));
                        break;
                    }
                }
                batch.push_back(std::move(row));
            }
            if (auto r = onBatch(batch); !r)
                return r;
        }
        return m_connection->execute(u"CLOSE lagebild_copy");
    }

    void endRead() override { m_transaction.reset(); }

    Expected<void> beginWrite() override
    {
        m_transaction = std::make_unique<Postgres::Transaction>(*m_connection);
        if (!m_transaction->isActive())
            return failed(m_transaction->beginResult().error());
        // The schema's foreign keys are DEFERRABLE: checked at COMMIT, as on SQLite.
        if (auto r = m_connection->execute(u"SET CONSTRAINTS ALL DEFERRED"); !r)
            return failed(r.error());
        return setAsideIndexes();
    }

    Expected<void> clear(const QStringList &tables) override
    {
        QStringList names;
        for (const QString &t : tables)
            names << quoted(t);
        if (auto r = m_connection->execute(
                QStringLiteral("TRUNCATE %1 RESTART IDENTITY").arg(names.join(QLatin1String(", "))));
            !r)
            return failed(r.error());
        return {};
    }

    Expected<void> insertRows(const QString &table, const QStringList &columns, const Batch &rows) override
    {
        // A batch is one statement with one array parameter per column (as the worker's
        // AnalysisStore::store writes): a VALUES list with a parameter per cell cost the server more
        // to parse and bind than to insert the rows.
        if (m_insertTable != table) {
            auto types = m_connection->query(
                u"SELECT attname, format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute "
                u"WHERE attrelid = to_regclass(quote_ident($1)) AND attnum > 0 AND NOT attisdropped",
                Postgres::Params().add(table));
            if (!types)
                return failed(types.error());
            QHash<QString, QString> typeOf;
            for (int i = 0; i < types->rows(); ++i)
                typeOf.insert(types->text(i, 0), types->text(i, 1));
            QStringList arrays;
            for (int c = 0; c < columns.size(); ++c)
                arrays << QStringLiteral("$%1::%2[]").arg(c + 1).arg(typeOf.value(columns.at(c)));
            m_insertSql = QStringLiteral("INSERT INTO %1(%2) SELECT * FROM unnest(%3)")
                              .arg(quoted(table), columnList(columns), arrays.join(QLatin1String(", ")));
            m_insertTable = table;
        }
        std::vector<Postgres::ArrayLiteral> arrays(size_t(columns.size()));
        for (const Row &row : rows) {
            for (size_t c = 0; c < row.size(); ++c) {
                const Value &v = row[c];
                Postgres::ArrayLiteral &array = arrays[c];
                if (const auto *i = std::get_if<qint64>(&v))
                    array.add(*i);
                else if (const auto *d = std::get_if<double>(&v))
                    array.add(*d);
                else if (const auto *s = std::get_if<QString>(&v))
                    array.add(*s);
                else if (const auto *b = std::get_if<QByteArray>(&v))
                    array.addBytes(*b);
                else
                    array.addNull();
            }
        }
        Postgres::Params params;
        for (const Postgres::ArrayLiteral &array : arrays)
            params.add(array.text());
        if (auto r = m_connection->execute(m_insertSql, params); !r)
            return failed(
                Error {QStringLiteral("table %1: %2").arg(table, r.errorMessage()), r.error().kind});
        return {};
    }

    Expected<void> commitWrite(const CorpusCopy::Progress &progress) override
    {
        for (qsizetype i = 0; i < m_restore.size(); ++i) {
            if (progress)
                progress(QStringLiteral("indexes"), i, m_restore.size());
            if (auto r = m_connection->execute(m_restore.at(i)); !r)
                return failed(r.error());
        }
        // The rows came with their ids: the identity sequences must continue after them, or the
        // next insert would pick an id that is taken.
        auto identities = m_connection->query(u"SELECT table_name FROM information_schema.columns "
                                              u"WHERE table_schema = current_schema() AND column_name = 'id' "
                                              u"AND is_identity = 'YES'");
        if (!identities)
            return failed(identities.error());
        for (int i = 0; i < identities->rows(); ++i) {
            const QString table = quoted(identities->text(i, 0));
            auto r = m_connection->execute(
                QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence($1, 'id'), max(id)) FROM %1 HAVING count(*) > 0")
                    .arg(table),
                Postgres::Params().add(table));
            if (!r)
                return failed(r.error());
        }
        if (auto r = m_transaction->commit(); !r)
            return failed(r.error());
        return {};
    }

private:
    /// The first column of every row.
    Expected<QStringList> names(QStringView sql, const Postgres::Params &params = {})
    {
        auto r = m_connection->query(sql, params);
        if (!r)
            return failed(r.error());
        QStringList list;
        for (int i = 0; i < r->rows(); ++i)
            list << r->text(i, 0);
        return list;
    }

    /// Drops the secondary indexes and the foreign keys of the copy's tables, remembering how to
    /// make them again: built once from all rows at the end (CREATE INDEX sorts; ADD CONSTRAINT
    /// checks a table with one join), where kept they were written row by row (the GIN index of
    /// the search column: a posting per word of every article) and checked row by row at COMMIT.
    /// All in the copy's transaction: a failure anywhere, the check of a foreign key included,
    /// leaves them as they were. Only for an owner of every table, who alone may drop them; anyone
    /// else's copy keeps them and is just slower. Unique indexes stay: they check as rows arrive.
    Expected<void> setAsideIndexes()
    {
        Postgres::ArrayLiteral tables;
        for (const QString &table : CorpusCopy::tables())
            tables.add(table);
        const Postgres::Params params = Postgres::Params().add(tables.text());
        auto owner = m_connection->queryInt64(
            u"SELECT count(*) FILTER (WHERE NOT pg_has_role(c.relowner, 'USAGE')) FROM pg_catalog.pg_class c "
            u"WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
            u"AND c.relname = ANY($1::text[])",
            params);
        if (!owner)
            return failed(owner.error());
        if (owner->value_or(0) > 0)
            return {};
        auto keys = m_connection->query(
            u"SELECT quote_ident(t.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid) "
            u"FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class t ON t.oid = k.conrelid "
            u"WHERE k.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
            u"AND t.relname = ANY($1::text[]) ORDER BY t.relname, k.conname",
            params);
        if (!keys)
            return failed(keys.error());
        auto indexes = m_connection->query(
            u"SELECT quote_ident(x.relname), pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i "
            u"JOIN pg_catalog.pg_class x ON x.oid = i.indexrelid JOIN pg_catalog.pg_class t ON t.oid = "
            u"i.indrelid "
            u"WHERE NOT i.indisunique AND t.relnamespace = current_schema()::regnamespace "
            u"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conindid = i.indexrelid "
            u"AND c.conrelid = i.indrelid) "
            u"AND t.relname = ANY($1::text[]) ORDER BY x.relname",
            params);
        if (!indexes)
            return failed(indexes.error());
        QStringList drop;
        for (int i = 0; i < keys->rows(); ++i) {
            drop << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                        .arg(keys->text(i, 0), keys->text(i, 1));
            m_restore << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                             .arg(keys->text(i, 0), keys->text(i, 1), keys->text(i, 2));
        }
        // The indexes first on the way back: the checks of the foreign keys may use them.
        QStringList create;
        for (int i = 0; i < indexes->rows(); ++i) {
            drop << QStringLiteral("DROP INDEX %1").arg(indexes->text(i, 0));
            create << indexes->text(i, 1);
        }
        m_restore = create + m_restore;
        for (const QString &statement : std::as_const(drop)) {
            if (auto r = m_connection->execute(statement); !r)
                return failed(r.error());
        }
        return {};
    }

    std::unique_ptr<Postgres::Connection> m_connection;
    std::unique_ptr<Postgres::Transaction> m_transaction;
    QString m_insertTable;
    QString m_insertSql;
    /// What setAsideIndexes() dropped, to be made again before COMMIT.
    QStringList m_restore;
};

Expected<std::unique_ptr<Endpoint>> openEndpoint(const QString &location, bool isTarget)
{
    if (Postgres::isPostgresUri(location))
        return PostgresEndpoint::open(location, isTarget);
    return SqliteEndpoint::open(location, !isTarget);
}

/// The tables both sides must have, with the same data columns.
Expected<std::vector<std::pair<QString, QStringList>>> checkSchemas(Endpoint &source, Endpoint &target)
{
    const QStringList known = CorpusCopy::tables();
    std::vector<std::pair<QString, QStringList>> plan;
    for (Endpoint *side : {&source, &target}) {
        auto names = side->tableNames();
        if (!names)
            return names.error();
        for (const QString &name : names.value()) {
            if (!known.contains(name)) {
                return Error {
                    QStringLiteral("%1: has a table \"%2\" that this Lagebild does not know how to copy")
                        .arg(side->name(), name)};
            }
        }
        for (const QString &name : known) {
            if (!names->contains(name))
                return Error {QStringLiteral("%1: has no table \"%2\"").arg(side->name(), name)};
        }
    }
    for (const QString &table : known) {
        auto from = source.columns(table);
        if (!from)
            return from.error();
        auto to = target.columns(table);
        if (!to)
            return to.error();
        const QSet<QString> a(from->begin(), from->end()), b(to->begin(), to->end());
        if (a != b) {
            const QSet<QString> onlySource = a - b, onlyTarget = b - a;
            const QString which = !onlySource.isEmpty() ? *onlySource.begin() : *onlyTarget.begin();
            return Error {QStringLiteral("table %1: column \"%2\" exists only in %3")
                              .arg(table, which, !onlySource.isEmpty() ? source.name() : target.name())};
        }
        plan.emplace_back(table, from.value());
    }
    return plan;
}

} // namespace

const QStringList &CorpusCopy::tables()
{
    static const QStringList names = [] {
        QStringList list;
        for (const TableSpec &spec : tableSpecs)
            list << QString::fromUtf16(spec.name);
        return list;
    }();
    return names;
}

Expected<CorpusCopy::Report> CorpusCopy::run(const QString &sourceLocation, const QString &targetLocation,
    const Options &options, const Progress &progress)
{
    const auto same = [](const QString &a, const QString &b) {
        if (Postgres::isPostgresUri(a) || Postgres::isPostgresUri(b))
            return a == b;
        return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    if (same(sourceLocation, targetLocation))
        return Error {QStringLiteral("%1: the source and the target are the same database")
                          .arg(Postgres::describeTarget(sourceLocation))};
    // An SQLite file made for the copy goes again when the copy fails: "left as it was".
    const bool newFile = !Postgres::isPostgresUri(targetLocation) && !QFileInfo::exists(targetLocation);
    auto report = copy(sourceLocation, targetLocation, options, progress);
    if (!report && newFile) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(targetLocation + QLatin1String(suffix));
    }
    return report;
}

Expected<CorpusCopy::Report> CorpusCopy::copy(const QString &sourceLocation, const QString &targetLocation,
    const Options &options, const Progress &progress)
{
    auto sourceOpened = openEndpoint(sourceLocation, false);
    if (!sourceOpened)
        return sourceOpened.error();
    Endpoint &source = **sourceOpened;
    auto targetOpened = openEndpoint(targetLocation, true);
    if (!targetOpened)
        return targetOpened.error();
    Endpoint &target = **targetOpened;

    // Same schema on both sides, the newest this program knows: the columns then match by name.
    for (Endpoint *side : {&source, &target}) {
        auto version = side->schemaVersion();
        if (!version)
            return version.error();
        if (version.value() != side->latestVersion()) {
            return Error {QStringLiteral("%1: has schema version %2, this Lagebild copies version %3 only%4")
                              .arg(side->name())
                              .arg(version.value())
                              .arg(side->latestVersion())
                              .arg(version.value() > side->latestVersion()
                                      ? QStringLiteral(" (use a newer Lagebild)")
                                      : QStringLiteral(" (open it with this Lagebild first to upgrade it)")),
                ErrorKind::TooNew};
        }
    }
    auto plan = checkSchemas(source, target);
    if (!plan)
        return plan.error();

    // meta holds bookkeeping (the search index's version, the corrections' counter) that a new
    // database writes on its own; the source's values replace it. Any other row is a corpus.
    if (!options.replace) {
        for (const auto &[table, columns] : plan.value()) {
            if (table == QLatin1String("meta"))
                continue;
            auto rows = target.rowCount(table);
            if (!rows)
                return rows.error();
            if (rows.value() > 0) {
                return Error {QStringLiteral("%1: already holds a corpus (%2 rows in %3); nothing was copied "
                                             "(--replace overwrites it)")
                                  .arg(target.name())
                                  .arg(rows.value())
                                  .arg(table)};
            }
        }
    }

    if (auto r = source.beginRead(); !r)
        return r.error();
    if (auto r = target.beginWrite(); !r)
        return r.error();
    QStringList clearOrder = options.replace ? tables() : QStringList {QStringLiteral("meta")};
    std::reverse(clearOrder.begin(), clearOrder.end());
    if (auto r = target.clear(clearOrder); !r)
        return r.error();

    Report report;
    for (const auto &entry : plan.value()) {
        // Named, not a structured binding: clang 14 cannot capture those in the lambda below.
        const QString &table = entry.first;
        const QStringList &columns = entry.second;
        auto total = source.rowCount(table);
        if (!total)
            return total.error();
        // A TEXT original (stored before schema 8) goes into PostgreSQL's bytea column packed, as
        // the program has stored every original since: the same text comes back out.
        const qsizetype rawColumn = target.isPostgres() && table == QLatin1String("articles")
            ? columns.indexOf(QLatin1String("raw_original"))
            : -1;
        const qsizetype bodyColumn = columns.indexOf(QLatin1String("body"));
        qint64 done = 0;
        const QString key = QString::fromUtf16(tableSpecs[tables().indexOf(table)].key);
        auto copied = source.readRows(table, columns, key, [&](Batch &batch) {
            if (rawColumn >= 0 && bodyColumn >= 0) {
                for (Row &row : batch) {
                    if (const auto *text = std::get_if<QString>(&row[size_t(rawColumn)])) {
                        const QString *body = std::get_if<QString>(&row[size_t(bodyColumn)]);
                        row[size_t(rawColumn)] = packRawOriginal(*text, body ? *body : QString());
                    }
                }
            }
            if (auto r = target.insertRows(table, columns, batch); !r)
                return r;
            done += qint64(batch.size());
            if (progress)
                progress(table, done, total.value());
            return Expected<void> {};
        });
        if (!copied)
            return copied.error();
        // Counted again on the target inside its transaction: every row arrived, none twice.
        auto written = target.rowCount(table);
        if (!written)
            return written.error();
        if (written.value() != total.value() || done != total.value()) {
            return Error {
                QStringLiteral("table %1: %2 rows in %3, but %4 in %5 after the copy; nothing was copied")
                    .arg(table)
                    .arg(total.value())
                    .arg(source.name())
                    .arg(written.value())
                    .arg(target.name())};
        }
        report.tables.push_back({table, done});
        report.rows += done;
    }
    if (auto r = target.commitWrite(progress); !r)
        return r.error();
    source.endRead();
    return report;
}

} // namespace Lagebild
