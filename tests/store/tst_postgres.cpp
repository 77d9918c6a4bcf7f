// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend's foundation against a throwaway cluster (tests/support/pgcluster.h):
// the libpq layer, the PostgreSQL migrations, German full-text folding, and `lagebild-cli
// migrate` taking the analysed sample corpus with hand edits SQLite → PostgreSQL → SQLite.

#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpuscopy.h"
#include "store/corpusreader.h"
#include "store/filtercondition.h"
#include "store/migrator.h"
#include "store/postgres/arrayliteral.h"
#include "store/postgres/connection.h"
#include "store/postgres/credentials.h"
#include "store/postgres/errorkind.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "store/searchindex.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlreader.h"
#include "store/transact.h"
#include "support/clirun.h"
#include "support/pgcluster.h"
#include "support/sqlitevalue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <mutex>
#include <thread>

using namespace Lagebild;
using Postgres::Params;
using Testing::runCli;

namespace {

// Forwards to a reader and keeps the plan of every statement it runs (EXPLAIN first), so that a
// test sees how the server runs the very statements a query class builds.
class ExplainingReader final : public SqlReader
{
public:
    explicit ExplainingReader(SqlReader &reader) : m_reader(reader) { }
    [[nodiscard]] SqlDialect dialect() const override { return m_reader.dialect(); }
    Expected<void> forEachRow(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<void(const SqlRow &)> &onRow) override
    {
        explain(sql, values);
        return m_reader.forEachRow(sql, values, onRow);
    }
    Expected<void> forEachRowWhile(const QString &sql, const std::vector<SqlValue> &values,
        const std::function<bool(const SqlRow &)> &onRow) override
    {
        explain(sql, values);
        return m_reader.forEachRowWhile(sql, values, onRow);
    }
    [[nodiscard]] Expected<SqlSnapshot> snapshot() override { return m_reader.snapshot(); }

    /// Each statement, then its plan, one text per statement run.
    QStringList plans;

private:
    void explain(const QString &sql, const std::vector<SqlValue> &values)
    {
        QStringList lines {sql};
        if (auto explained = m_reader.forEachRow(QStringLiteral("EXPLAIN ") + sql, values,
                [&](const SqlRow &row) { lines.append(row.text(0)); });
            !explained)
            lines.append(explained.errorMessage());
        plans.append(lines.join(QLatin1Char('\n')));
    }

    SqlReader &m_reader;
};

/// Every row of a table as text, in key order, each value tagged with its storage class, so that
/// 1 and '1' or an empty BLOB and NULL differ. Generated columns included.
QStringList dumpTable(Sqlite::Database &db, const QString &table)
{
    QStringList columns;
    Sqlite::Statement names(db, u"SELECT name FROM pragma_table_xinfo(?1) ORDER BY cid");
    names.bind(1, table);
    (void)Sqlite::forEachRow(names,
        [&](Sqlite::Statement &s) { columns << QLatin1Char('"') + s.columnText(0) + QLatin1Char('"'); });
    QStringList rows;
    Sqlite::Statement st(db,
        QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1, 2").arg(columns.join(QLatin1String(", ")), table));
    auto done = Sqlite::forEachRow(st, [&](Sqlite::Statement &s) {
        QStringList values;
        for (int c = 0; c < columns.size(); ++c)
            values << Testing::describeValue(s, c);
        rows << values.join(QLatin1Char('|'));
    });
    if (!done)
        rows << QStringLiteral("ERROR %1").arg(done.errorMessage());
    return rows;
}

/// The plan of `statement` with sequential scans made dear, so that an index it can use shows;
/// the error's text when EXPLAIN fails.
QString indexedPlan(Postgres::Connection &c, QStringView statement)
{
    if (auto off = c.execute(u"SET enable_seqscan = off"); !off)
        return off.errorMessage();
    auto plan = c.query(QString(QStringLiteral("EXPLAIN ") + statement));
    if (!plan)
        return plan.errorMessage();
    QString text;
    for (int i = 0; i < plan->rows(); ++i)
        text += plan->text(i, 0) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT
    Testing::PgCluster m_cluster;
    QTemporaryDir m_dir;
    int m_databases = 0;

    /// A new empty database in the cluster, its URI.
    QString newDatabase()
    {
        const QString name = QStringLiteral("db%1").arg(++m_databases);
        if (!m_cluster.createDatabase(name))
            return {};
        return m_cluster.uri(name);
    }

    /// A password file with `password` for passwordUser() on every server, as libpq reads it.
    static bool writePasswordFile(const QString &path, const QByteArray &password)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write("*:*:*:" + Testing::PgCluster::passwordUser().toUtf8() + ':' + password + '\n');
        f.close();
        return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq wants 0600
    }

    std::unique_ptr<Postgres::Connection> connect(const QString &uri)
    {
        auto c = Postgres::Connection::open(uri);
        if (!c)
            qWarning("%s", qPrintable(c.errorMessage()));
        return c ? std::move(c.value()) : nullptr;
    }

    // A new database at the latest schema and a connection to it; no connection after a warning.
    std::pair<QString, std::unique_ptr<Postgres::Connection>> migratedDatabase()
    {
        const QString uri = newDatabase();
        if (uri.isEmpty()) {
            qWarning("%s", qPrintable(m_cluster.error()));
            return {};
        }
        auto c = connect(uri);
        if (!c)
            return {};
        if (auto migrated = Postgres::Schema::migrate(*c); !migrated) {
            qWarning("%s", qPrintable(migrated.errorMessage()));
            return {};
        }
        return {uri, std::move(c)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LAGEBILD_START_PG_CLUSTER(m_cluster);
        qInfo("throwaway cluster up in %lld ms", m_cluster.startMilliseconds());
    }

    // A refused login is told by what libpq knows of the password, not by its message's words:
    // a message naming a password is no refused login unless libpq wanted or sent one.
    void refusedLoginIsItsOwnKind()
    {
        const QString target = QStringLiteral("postgresql:///lagebild");
        const QString wrong = QStringLiteral("FATAL: password authentication failed for user \"anna\"");
        const Error sent = Postgres::connectionFailure(target, wrong, Postgres::PasswordUse::Sent);
        QCOMPARE(sent.kind, ErrorKind::LoginRefused);
        QVERIFY2(sent.message.contains(QLatin1String("the password is wrong")), qPrintable(sent.message));
        const Error missing = Postgres::connectionFailure(
            target, QStringLiteral("fe_sendauth: no password supplied"), Postgres::PasswordUse::Missing);
        QCOMPARE(missing.kind, ErrorKind::LoginRefused);
        QVERIFY2(missing.message.contains(QLatin1String("was given none")), qPrintable(missing.message));
        QCOMPARE(Postgres::connectionFailure(target, wrong, Postgres::PasswordUse::NotAsked).kind,
            ErrorKind::Unreachable);
        // A missing database is said as such, whether a password was sent first or not.
        QCOMPARE(Postgres::connectionFailure(target, QStringLiteral("FATAL: database \"x\" does not exist"),
                     Postgres::PasswordUse::Sent)
                     .kind,
            ErrorKind::NotFound);
        // A refused login is out of reach, for what waits or retries.
        QVERIFY(isUnreachable(ErrorKind::LoginRefused));
        QVERIFY(isUnreachable(ErrorKind::Unreachable));
        QVERIFY(!isUnreachable(ErrorKind::Busy));
    }

    void errorKindsFromSqlstate()
    {
        QCOMPARE(Postgres::errorKindOf("23505"), ErrorKind::Constraint);
        QCOMPARE(Postgres::errorKindOf("23503"), ErrorKind::Constraint);
        QCOMPARE(Postgres::errorKindOf("08006"), ErrorKind::Unreachable);
        QCOMPARE(Postgres::errorKindOf("57P01"), ErrorKind::Unreachable);
        QCOMPARE(Postgres::errorKindOf("28P01"), ErrorKind::LoginRefused);
        QCOMPARE(Postgres::errorKindOf("28000"), ErrorKind::LoginRefused);
        QCOMPARE(Postgres::errorKindOf("40001"), ErrorKind::Busy);
        QCOMPARE(Postgres::errorKindOf("40P01"), ErrorKind::Busy);
        QCOMPARE(Postgres::errorKindOf("53100"), ErrorKind::Io);
        QCOMPARE(Postgres::errorKindOf("25006"), ErrorKind::ReadOnly);
        QCOMPARE(Postgres::errorKindOf("XX001"), ErrorKind::Corrupt);
        QCOMPARE(Postgres::errorKindOf("57014"), ErrorKind::Cancelled);
        QCOMPARE(Postgres::errorKindOf("42P01"), ErrorKind::Other);
        QCOMPARE(Postgres::errorKindOf(""), ErrorKind::Other);
    }

    void passwordsAreNeverShown()
    {
        QCOMPARE(Postgres::describeTarget(QStringLiteral("postgresql://anna:geheim@server/lagebild")),
            QStringLiteral("postgresql://anna@server/lagebild"));
        QCOMPARE(Postgres::describeTarget(
                     QStringLiteral("postgresql://server/lagebild?password=geheim&sslmode=require")),
            QStringLiteral("postgresql://server/lagebild?sslmode=require"));
        QCOMPARE(Postgres::describeTarget(
                     QStringLiteral("postgresql://server/lagebild?sslmode=require&password=x")),
            QStringLiteral("postgresql://server/lagebild?sslmode=require"));
        QVERIFY(Postgres::isPostgresUri(u"postgres://h/d"));
        QVERIFY(!Postgres::isPostgresUri(u"/home/anna/lagebild.sqlite"));
    }

    // The administrator changes a role's password while a session runs and the analyst writes the
    // new one into the password file: a lost session is made again with it. (PQreset would send
    // the password libpq read when the session was first made, and be refused.)
    void reconnectionReadsThePasswordFileAgain()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        const QString database = QStringLiteral("db%1").arg(m_databases);
        QVERIFY2(m_cluster.setPassword(QStringLiteral("erstes")), qPrintable(m_cluster.error()));
        const QString passwordFile = m_dir.filePath(QStringLiteral("pgpass"));
        const auto writePassword
            = [&](const QByteArray &password) { return writePasswordFile(passwordFile, password); };
        QVERIFY(writePassword("erstes"));
        qputenv("PGPASSFILE", passwordFile.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
        auto login = connect(m_cluster.uri(database, Testing::PgCluster::passwordUser()));
        QVERIFY(login);
        QCOMPARE(login->queryInt64(u"SELECT 1").value().value_or(0), 1);

        QVERIFY2(m_cluster.setPassword(QStringLiteral("zweites")), qPrintable(m_cluster.error()));
        QVERIFY(writePassword("zweites"));
        auto admin = connect(uri);
        QVERIFY(admin);
        QVERIFY(admin->execute(u"SELECT pg_terminate_backend($1)", Params().add(login->backendPid())));
        // The statement that finds the session gone makes it again, with the file's new password.
        auto answer = login->queryInt64(u"SELECT 1");
        if (!answer) // it may learn of the loss only by failing once
            answer = login->queryInt64(u"SELECT 1");
        QVERIFY2(answer, qPrintable(answer.errorMessage()));
        QCOMPARE(answer->value_or(0), 1);
        QCOMPARE(login->reconnections(), 1);
    }

    // A password the server refused is not sent again (credentials.h, refusedBefore()): every
    // later attempt with it, a new connection or a lost session's reconnection, fails at once as
    // LoginRefused with the first refusal's line, and the server's log gets no further failed
    // login. Another password held, the password file changed, or the refusal forgotten (the
    // analyst typed one) goes to the server again.
    void refusedPasswordIsNotSentAgain()
    {
        const QString admin = newDatabase();
        QVERIFY2(!admin.isEmpty(), qPrintable(m_cluster.error()));
        const QString database = QStringLiteral("db%1").arg(m_databases);
        QVERIFY2(m_cluster.setPassword(QStringLiteral("Richtig")), qPrintable(m_cluster.error()));
        const QString passwordFile = m_dir.filePath(QStringLiteral("pgpass-refused"));
        const auto writePassword
            = [&](const QByteArray &password) { return writePasswordFile(passwordFile, password); };
        QVERIFY(writePassword("Richtig"));
        qputenv("PGPASSFILE", passwordFile.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
        const QString uri = m_cluster.uri(database, Testing::PgCluster::passwordUser());
        const auto forget = qScopeGuard([uri] {
            Postgres::holdPassword(uri, {});
            Postgres::forgetLoginRefusal(uri);
        });
        QStringList told;
        const int listener = Postgres::addLoginRefusalListener(
            [&](const QString &, const QString &message) { told << message; });
        const auto removeListener
            = qScopeGuard([listener] { Postgres::removeLoginRefusalListener(listener); });

        // A session made with the file's password, then the password changed and the session killed.
        auto login = connect(uri);
        QVERIFY(login);
        QVERIFY2(m_cluster.setPassword(QStringLiteral("Neu")), qPrintable(m_cluster.error()));
        auto superuser = connect(admin);
        QVERIFY(superuser);
        QVERIFY(superuser->execute(u"SELECT pg_terminate_backend($1)", Params().add(login->backendPid())));
        const int before = m_cluster.refusedPasswordLogins();
        auto answer = login->queryInt64(u"SELECT 1");
        if (answer || answer.error().kind != ErrorKind::LoginRefused) // the loss may be learnt first
            answer = login->queryInt64(u"SELECT 1");
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, ErrorKind::LoginRefused);
        QTRY_COMPARE(m_cluster.refusedPasswordLogins(), before + 1);
        // Every retry, the statement's and a new connection's, fails at once without the server.
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto again = login->queryInt64(u"SELECT 1");
            QVERIFY(!again);
            QCOMPARE(again.error().kind, ErrorKind::LoginRefused);
            QVERIFY2(again.errorMessage().contains(QLatin1String("not sent again")),
                qPrintable(again.errorMessage()));
            auto opened = Postgres::Connection::open(uri);
            QVERIFY(!opened);
            QCOMPARE(opened.error().kind, ErrorKind::LoginRefused);
        }
        QTest::qWait(300); // the server writes its log a moment after refusing
        QCOMPARE(m_cluster.refusedPasswordLogins(), before + 1);
        // The listeners hear of every one (a window that has not asked yet asks), never the password.
        QCOMPARE(told.size(), 11);
        for (const QString &message : std::as_const(told))
            QVERIFY2(!message.contains(QLatin1String("Richtig")), qPrintable(message));

        // A mistyped password held: sent once, refused, then not again either.
        Postgres::holdPassword(uri, QStringLiteral("Neuu"));
        QCOMPARE(Postgres::Connection::open(uri).error().kind, ErrorKind::LoginRefused);
        QCOMPARE(Postgres::Connection::open(uri).error().kind, ErrorKind::LoginRefused);
        QTRY_COMPARE(m_cluster.refusedPasswordLogins(), before + 2);
        // Typed again by the analyst (the refusal forgotten): sent again.
        Postgres::forgetLoginRefusal(uri);
        QCOMPARE(Postgres::Connection::open(uri).error().kind, ErrorKind::LoginRefused);
        QTRY_COMPARE(m_cluster.refusedPasswordLogins(), before + 3);
        // Nothing held: the file's old password was refused, and is not sent again until the file
        // changes; the new one in it opens the connection, and the statement's session too.
        Postgres::holdPassword(uri, {});
        QCOMPARE(Postgres::Connection::open(uri).error().kind, ErrorKind::LoginRefused);
        QTest::qWait(300);
        QCOMPARE(m_cluster.refusedPasswordLogins(), before + 3);
        QVERIFY(writePassword("Neu"));
        auto opened = Postgres::Connection::open(uri);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        answer = login->queryInt64(u"SELECT 1");
        QVERIFY2(answer, qPrintable(answer.errorMessage()));
        QCOMPARE(answer->value_or(0), 1);
        QCOMPARE(m_cluster.refusedPasswordLogins(), before + 3);
        QVERIFY(!Postgres::refusedBefore(uri));
    }

    // A password the process holds (typed into the window, taken from the keyring, or written
    // into a URI on the command line) goes to libpq as a parameter of every connection and is
    // kept in no URI. Changed by the administrator while a connection is open, the reconnection
    // after the session is killed is refused as LoginRefused (told to the listeners, without the
    // password) instead of counting as a lost connection; once the new one is held the next
    // statement reconnects with it, and a connection of another thread opens with it too.
    void heldPasswordServesEveryConnection()
    {
        const QString admin = newDatabase();
        QVERIFY2(!admin.isEmpty(), qPrintable(m_cluster.error()));
        const QString database = QStringLiteral("db%1").arg(m_databases);
        const QString first = QStringLiteral("Erstes&Geheim=1");
        const QString second = QStringLiteral("Zweites/Geheim%2");
        QVERIFY2(m_cluster.setPassword(first), qPrintable(m_cluster.error()));
        // No password file: what the process holds is all libpq is given.
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-such-pgpass")).toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("PGPASSFILE"); });
        const QString uri = m_cluster.uri(database, Testing::PgCluster::passwordUser());
        const auto forget = qScopeGuard([uri] { Postgres::holdPassword(uri, {}); });
        auto none = Postgres::Connection::open(uri);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::LoginRefused);

        const QString withPassword
            = uri + QStringLiteral("&password=") + QString::fromLatin1(QUrl::toPercentEncoding(first));
        auto opened = Postgres::Connection::open(withPassword);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Postgres::Connection &login = **opened;
        QCOMPARE(login.target(), uri);
        QCOMPARE(Postgres::heldPassword(uri), std::optional<QString>(first));
        // The same login written another way has the same password.
        const QString sameLogin
            = QStringLiteral("postgresql://%1@%2/%3")
                  .arg(Testing::PgCluster::passwordUser(),
                      QString::fromLatin1(QUrl::toPercentEncoding(Postgres::loginKeyOf(uri).host)), database);
        const auto keyText = [](const Postgres::LoginKey &k) {
            return QStringList {k.host, k.port, k.database, k.user}.join(QLatin1Char('|'));
        };
        QCOMPARE(keyText(Postgres::loginKeyOf(sameLogin)), keyText(Postgres::loginKeyOf(uri)));
        QCOMPARE(Postgres::heldPassword(sameLogin), std::optional<QString>(first));
        QVERIFY(Postgres::loginKeyOf(admin) != Postgres::loginKeyOf(uri));

        std::mutex mutex;
        QStringList refusals;
        const int listener
            = Postgres::addLoginRefusalListener([&](const QString &at, const QString &message) {
                  const std::lock_guard guard(mutex);
                  refusals << at + QLatin1Char(' ') + message;
              });
        const auto unlisten = qScopeGuard([listener] { Postgres::removeLoginRefusalListener(listener); });

        QVERIFY2(m_cluster.setPassword(second), qPrintable(m_cluster.error()));
        auto administrator = connect(admin);
        QVERIFY(administrator);
        QVERIFY(administrator->execute(u"SELECT pg_terminate_backend($1)", Params().add(login.backendPid())));
        auto refused = login.queryInt64(u"SELECT 1");
        if (!refused && refused.error().kind == ErrorKind::Unreachable) // learnt of the loss by failing
            refused = login.queryInt64(u"SELECT 1");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::LoginRefused);
        QVERIFY2(refused.errorMessage().startsWith(
                     uri + QStringLiteral(": the PostgreSQL server refused the login")),
            qPrintable(refused.errorMessage()));
        // A connection of another thread (a background reader) is refused alike.
        const auto openElsewhere = [&] {
            return std::async(std::launch::async, [uri] {
                auto c = Postgres::Connection::open(uri);
                return c ? Error {} : c.error();
            }).get();
        };
        QCOMPARE(openElsewhere().kind, ErrorKind::LoginRefused);
        {
            const std::lock_guard guard(mutex);
            QVERIFY(refusals.size() >= 2);
            for (const QString &refusal : std::as_const(refusals)) {
                QVERIFY2(refusal.startsWith(uri + QLatin1Char(' ')), qPrintable(refusal));
                QVERIFY2(!refusal.contains(QLatin1String("Geheim")), qPrintable(refusal));
            }
        }

        // The new password held once serves the reconnection and every new connection.
        Postgres::holdPassword(uri, second);
        auto answer = login.queryInt64(u"SELECT 1");
        QVERIFY2(answer, qPrintable(answer.errorMessage()));
        QCOMPARE(answer->value_or(0), 1);
        QCOMPARE(login.reconnections(), 1);
        const Error elsewhere = openElsewhere();
        QVERIFY2(elsewhere.message.isEmpty(), qPrintable(elsewhere.message));
        // Forgotten: libpq looks for a password file again, and finds none.
        Postgres::holdPassword(uri, {});
        QCOMPARE(Postgres::heldPassword(uri), std::nullopt);
        QCOMPARE(openElsewhere().kind, ErrorKind::LoginRefused);
    }

    void wrongSocketIsOneClearLine()
    {
        const QString uri = QStringLiteral("postgresql:///lagebild?host=%1/no-such-folder").arg(m_dir.path());
        auto c = Postgres::Connection::open(uri);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Unreachable);
        QVERIFY2(
            c.errorMessage().startsWith(uri + QStringLiteral(": cannot connect to the PostgreSQL server (")),
            qPrintable(c.errorMessage()));
        QVERIFY(!c.errorMessage().contains(QLatin1Char('\n')));
        QVERIFY(!c.errorMessage().contains(QLatin1Char('\t')));

        auto missing = Postgres::Connection::open(m_cluster.uri(QStringLiteral("no_such_database")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY2(missing.errorMessage().contains(QLatin1String("has no such database")),
            qPrintable(missing.errorMessage()));
    }

    void queriesTransactionsAndErrors()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        QVERIFY(
            c->execute(u"CREATE TABLE t (id bigint PRIMARY KEY, name text, x double precision, b bytea)"));

        // Values travel unchanged: umlauts and a character beyond the BMP, every byte, a double.
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        const QString name = QStringLiteral("Förderung – Straße 😀");
        const double x = 0.1 + 0.2;
        QVERIFY(c->execute(
            u"INSERT INTO t VALUES ($1, $2, $3, $4)", Params().add(1).add(name).add(x).addBytes(bytes)));
        auto row = c->query(u"SELECT id, name, x, b, NULL FROM t");
        QVERIFY(row);
        QCOMPARE(row->rows(), 1);
        QCOMPARE(row->int64(0, 0), 1);
        QCOMPARE(row->text(0, 1), name);
        QCOMPARE(row->real(0, 2), x);
        QCOMPARE(row->bytes(0, 3), bytes);
        QVERIFY(row->isNull(0, 4));
        QVERIFY(row->text(0, 4).isNull());

        // A unique violation: Constraint, one line with the server's detail.
        auto duplicate = c->execute(u"INSERT INTO t(id) VALUES ($1)", Params().add(1));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().kind, ErrorKind::Constraint);
        QVERIFY2(duplicate.errorMessage().contains(QLatin1String("Key (id)=(1) already exists")),
            qPrintable(duplicate.errorMessage()));
        QVERIFY(!duplicate.errorMessage().contains(QLatin1Char('\n')));

        // Not committed: rolled back when the guard ends.
        {
            Postgres::Transaction transaction(*c);
            QVERIFY(transaction.isActive());
            QVERIFY(c->execute(u"INSERT INTO t(id) VALUES (2)"));
        }
        QCOMPARE(c->queryInt64(u"SELECT count(*) FROM t")->value_or(-1), 1);
        // A failed statement dooms the transaction; COMMIT then reports it instead of succeeding.
        {
            Postgres::Transaction transaction(*c);
            QVERIFY(c->execute(u"INSERT INTO t(id) VALUES (3)"));
            QVERIFY(!c->execute(u"INSERT INTO t(id) VALUES (1)"));
            auto committed = transaction.commit();
            QVERIFY(!committed);
            QVERIFY2(committed.errorMessage().contains(QLatin1String("rolled back")),
                qPrintable(committed.errorMessage()));
        }
        QCOMPARE(c->queryInt64(u"SELECT count(*) FROM t")->value_or(-1), 1);
        // Nested: a savepoint, undone alone.
        {
            Postgres::Transaction outer(*c);
            QVERIFY(c->execute(u"INSERT INTO t(id) VALUES (4)"));
            {
                Postgres::Transaction inner(*c);
                QVERIFY(c->execute(u"INSERT INTO t(id) VALUES (5)"));
            }
            QVERIFY(outer.commit());
        }
        auto ids = c->query(u"SELECT string_agg(id::text, ',' ORDER BY id) FROM t");
        QVERIFY(ids);
        QCOMPARE(ids->text(0, 0), QStringLiteral("1,4"));
    }

    // A batch's rows travel as array parameters (the worker's whole batch in a few statements):
    // every text comes back as it went, NULL stays NULL and the word "NULL" a word.
    void arrayParametersTravelUnchanged_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<bool>>("nulls");
        QTest::addColumn<QString>("literal");
        const QList<bool> none {false, false, false};
        QTest::newRow("plain") << QStringList {QStringLiteral("Nvidia"), QStringLiteral("Huawei"),
            QStringLiteral("Zoll")}
                               << none << QStringLiteral("{\"Nvidia\",\"Huawei\",\"Zoll\"}");
        QTest::newRow("quotes and backslashes")
            << QStringList {QStringLiteral("„H20“ \"Chip\""), QStringLiteral("a\\b"), QStringLiteral("{x,y}")}
            << none << QStringLiteral("{\"„H20“ \\\"Chip\\\"\",\"a\\\\b\",\"{x,y}\"}");
        QTest::newRow("null, the word NULL, empty")
            << QStringList {QString(), QStringLiteral("NULL"), QStringLiteral("")}
            << QList<bool> {true, false, false} << QStringLiteral("{NULL,\"NULL\",\"\"}");
        QTest::newRow("beyond the BMP, spaces")
            << QStringList {QStringLiteral("Straße 😀"), QStringLiteral(" "), QStringLiteral("ß\tß")} << none
            << QStringLiteral("{\"Straße 😀\",\" \",\"ß\tß\"}");
    }

    // A transaction the server rolls back for a conflict with another connection (a lock asked
    // for with NOWAIT while the other holds it; deadlocks and serialization failures alike) is
    // Busy and left nothing: retryWhenBusy tries it again, and it passes once the other ends.
    // Inside an outer transaction, which the conflict aborted as a whole, it is not tried again.
    void conflictsAreTriedAgain()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        auto other = connect(uri);
        QVERIFY(c && other);
        QVERIFY(c->execute(u"CREATE TABLE t (id bigint PRIMARY KEY, n int)"));
        QVERIFY(c->execute(u"INSERT INTO t VALUES (1, 0)"));
        auto holder = std::make_unique<Postgres::Transaction>(*other);
        QVERIFY(other->execute(u"SELECT id FROM t WHERE id = 1 FOR UPDATE"));
        int tries = 0;
        const auto bump = [&]() -> Expected<void> {
            if (++tries == 3)
                holder.reset(); // the other analyst's transaction ends meanwhile
            Postgres::Transaction transaction(*c);
            if (auto locked = c->execute(u"SELECT id FROM t WHERE id = 1 FOR UPDATE NOWAIT"); !locked)
                return locked.error();
            if (auto r = c->execute(u"UPDATE t SET n = n + 1 WHERE id = 1"); !r)
                return r.error();
            return transaction.commit();
        };
        auto done = retryWhenBusy(bump);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(tries, 3);
        QCOMPARE(c->queryInt64(u"SELECT n FROM t")->value_or(-1), 1);

        holder = std::make_unique<Postgres::Transaction>(*other);
        QVERIFY(other->execute(u"SELECT id FROM t WHERE id = 1 FOR UPDATE"));
        tries = 10;
        auto never = retryWhenBusy([&]() -> Expected<void> {
            ++tries;
            if (auto locked = c->execute(u"SELECT id FROM t WHERE id = 1 FOR UPDATE NOWAIT"); !locked)
                return locked.error();
            return {};
        });
        QCOMPARE(never.error().kind, ErrorKind::Busy);
        QCOMPARE(tries, 10 + busyAttempts);
        tries = 0;
        {
            Postgres::Transaction outer(*c);
            auto inner = retryWhenBusy(bump, !c->inTransaction());
            QVERIFY(!inner);
            QCOMPARE(tries, 1);
        }
        holder.reset();
    }

    void arrayParametersTravelUnchanged()
    {
        QFETCH(QStringList, texts);
        QFETCH(QList<bool>, nulls);
        QFETCH(QString, literal);
        Postgres::ArrayLiteral textColumn, numberColumn;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            textColumn.add(texts[i]);
            nulls[i] ? numberColumn.addNull() : numberColumn.add(qint64(i) - 1);
        }
        QCOMPARE(textColumn.text(), literal);
        QCOMPARE(textColumn.size(), texts.size());
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        auto rows
            = c->query(u"SELECT t, n FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS a(t, n, o) "
                       u"ORDER BY o",
                Params().add(textColumn.text()).add(numberColumn.text()));
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->rows(), int(texts.size()));
        for (int i = 0; i < rows->rows(); ++i) {
            QCOMPARE(rows->isNull(i, 0), nulls[i]);
            QCOMPARE(rows->text(i, 0), texts[i]);
            QCOMPARE(rows->isNull(i, 1), nulls[i]);
            if (!nulls[i])
                QCOMPARE(rows->int64(i, 1), qint64(i) - 1);
        }
    }

    void arrayBytesTravelUnchanged()
    {
        // The copy's blobs (learned weights, packed originals) go into bytea[] parameters.
        const std::vector<QByteArray> blobs {
            QByteArray::fromHex("000000005c7830ff7f8001"), QByteArray(""), QByteArray("\\x\"{},NULL")};
        Postgres::ArrayLiteral column;
        for (const QByteArray &blob : blobs)
            column.addBytes(blob);
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        auto rows = c->query(u"SELECT b FROM unnest($1::bytea[]) WITH ORDINALITY AS a(b, o) ORDER BY o",
            Params().add(column.text()));
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->rows(), int(blobs.size()));
        for (int i = 0; i < rows->rows(); ++i) {
            QVERIFY(!rows->isNull(i, 0));
            QCOMPARE(rows->bytes(i, 0), blobs[size_t(i)]);
        }
    }

    void migrationsApplyOnceInBothDialects()
    {
        // The rule of docs/schema.md: the same numbers on both backends from PostgreSQL's first on.
        QCOMPARE(Postgres::Schema::latestVersion(), Migrator::latestVersion());
        const QStringList sqlite
            = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
        const QStringList postgres
            = QDir(QStringLiteral(":/sql/postgresql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
        QVERIFY(!postgres.isEmpty());
        for (const QString &file : sqlite) {
            if (file.section(QLatin1Char('_'), 0, 0).toInt() > Postgres::Schema::firstVersion())
                QVERIFY2(
                    postgres.contains(file), qPrintable(file + QStringLiteral(" has no PostgreSQL twin")));
        }
        for (const QString &file : postgres) {
            if (file.section(QLatin1Char('_'), 0, 0).toInt() > Postgres::Schema::firstVersion())
                QVERIFY2(sqlite.contains(file), qPrintable(file + QStringLiteral(" has no SQLite twin")));
        }

        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        QCOMPARE(Postgres::Schema::version(*c).value(), 0);
        auto first = Postgres::Schema::migrate(*c);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, Postgres::Schema::latestVersion());
        auto again = Postgres::Schema::migrate(*c);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->fromVersion, again->toVersion);
        QCOMPARE(Postgres::Schema::version(*c).value(), Postgres::Schema::latestVersion());
        // Each migration once: one row per file.
        QCOMPARE(
            c->queryInt64(u"SELECT count(*) FROM schema_migrations")->value_or(-1), qint64(postgres.size()));
        // Every table the copy knows is there.
        for (const QString &table : CorpusCopy::tables())
            QVERIFY2(
                c->queryInt64(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)), qPrintable(table));

        // A newer database is refused untouched.
        QVERIFY(c->execute(u"INSERT INTO schema_migrations(version) VALUES (9999)"));
        auto tooNew = Postgres::Schema::migrate(*c);
        QVERIFY(!tooNew);
        QCOMPARE(tooNew.error().kind, ErrorKind::TooNew);
    }

    void germanSearchFoldsUmlauts()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        QVERIFY(Postgres::Schema::migrate(*c));
        const auto insert = [&](const QString &title, const QString &body) {
            auto id
                = c->queryInt64(u"INSERT INTO articles(title, body, raw_original, content_hash, simhash, "
                                u"imported_at) VALUES ($1, $2, $3, md5($2), 0, '2026-01-01') RETURNING id",
                    Params().add(title).add(body).addBytes(QByteArray()));
            return id ? id->value_or(0) : 0;
        };
        const qint64 foerderung
            = insert(QStringLiteral("Chips"), QStringLiteral("Die Förderung der Halbleiterwerke."));
        const qint64 forderung
            = insert(QStringLiteral("Zölle"), QStringLiteral("Die Forderung nach Zöllen im Café."));
        QVERIFY(foerderung > 0 && forderung > 0);
        const auto find = [&](const QString &words) {
            auto r = c->query(
                u"SELECT string_agg(id::text, ',' ORDER BY ts_rank(search, q) DESC, id) FROM articles, "
                u"plainto_tsquery('lagebild_german', lagebild_fold($1)) AS q WHERE search @@ q",
                Params().add(words));
            return r ? r->text(0, 0) : QStringLiteral("error: ") + r.errorMessage();
        };
        // Folded as the SQLite tokenizer folds: ä → ae, ö → oe, ü → ue, ß → ss, case, accents.
        QCOMPARE(find(QStringLiteral("Förderung")), QString::number(foerderung));
        QCOMPARE(find(QStringLiteral("foerderung")), QString::number(foerderung));
        QCOMPARE(find(QStringLiteral("FÖRDERUNG")), QString::number(foerderung));
        // A decomposed ö (o + U+0308) is the same word.
        QCOMPARE(find(QStringLiteral("Fo\u0308rderung")), QString::number(foerderung));
        // The umlaut makes another word here: no match across.
        QCOMPARE(find(QStringLiteral("Forderung")), QString::number(forderung));
        QCOMPARE(find(QStringLiteral("Zoellen")), QString::number(forderung));
        QCOMPARE(find(QStringLiteral("cafe")), QString::number(forderung));
        // Stemmed: an inflected form finds the article.
        QCOMPARE(find(QStringLiteral("Halbleiterwerk")), QString::number(foerderung));
        // The title ranks above the body (weights A and B).
        const qint64 inTitle = insert(QStringLiteral("Förderung"), QStringLiteral("Ohne das Wort im Text."));
        QCOMPARE(find(QStringLiteral("Foerderung")), QStringLiteral("%1,%2").arg(inTitle).arg(foerderung));
    }

    void sampleCorpusRoundTrip()
    {
        // The analysed sample corpus with an analyst's hand edits of every kind.
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        auto imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), a});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto analysed = runCli({QStringLiteral("analyze"), QStringLiteral("--db"), a});
        QVERIFY2(analysed.exitCode == 0, qPrintable(analysed.err));
        auto tagged = runCli({QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("Exportkontrolle"),
            QStringLiteral("Prüfen – später"), QStringLiteral("--db"), a});
        QVERIFY2(tagged.exitCode == 0, qPrintable(tagged.err));
        auto noted = runCli({QStringLiteral("note"), QStringLiteral("2"),
            QStringLiteral("Quelle prüfen: „Zölle“ ✓"), QStringLiteral("--db"), a});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
        auto rule = runCli({QStringLiteral("entity"), QStringLiteral("alias"), QStringLiteral("Huawei"),
            QStringLiteral("Huawei Technologies"), QStringLiteral("--db"), a});
        QVERIFY2(rule.exitCode == 0, qPrintable(rule.err));
        auto relations = runCli({QStringLiteral("relation"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--db"), a});
        QVERIFY2(relations.exitCode == 0, qPrintable(relations.err));
        const QJsonArray listed = QJsonDocument::fromJson(relations.out.toUtf8()).array();
        QVERIFY2(listed.size() == 2, qPrintable(relations.out));
        auto confirmed = runCli({QStringLiteral("relation"), QStringLiteral("confirm"),
            QString::number(listed[0].toObject()[QStringLiteral("id")].toInteger()), QStringLiteral("--db"),
            a});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        auto rejected = runCli({QStringLiteral("relation"), QStringLiteral("reject"),
            QString::number(listed[1].toObject()[QStringLiteral("id")].toInteger()), QStringLiteral("--db"),
            a});
        QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
        {
            // A mention marked by hand (of a type without a code), one removed, an alias, and a learned name
            // tagger (bytes of every value).
            auto db = Sqlite::Database::open(a);
            QVERIFY(db);
            QVERIFY((*db)->execute(QStringLiteral(
                "INSERT INTO mentions(article_id, start, \"end\", type_name, text, manual) "
                "SELECT id, 0, 5, 'ORG', substr(body, 1, 5), 1 FROM articles ORDER BY id LIMIT 1;"
                "UPDATE mentions SET removed = 1 WHERE id = (SELECT min(id) FROM mentions WHERE manual = 0);"
                "INSERT INTO entity_aliases(entity_id, alias, origin) "
                "SELECT id, 'Alias von Hand', 'manual' FROM entities ORDER BY id LIMIT 1;"
                "INSERT INTO ner_adaptation(id, model, weights, articles, sentences, weight_count, "
                "learned_at) "
                "VALUES (1, 'model-x', x'000000005c7830ff7f8001', 1, 2, 3, '2026-12-02T12:00:00Z');")));
        }

        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        QElapsedTimer clock;
        clock.start();
        auto there
            = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), a, QStringLiteral("--to"), uri});
        const qint64 thereMs = clock.restart();
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        QVERIFY2(there.out.startsWith(QStringLiteral("migrate: ")), qPrintable(there.out));
        const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
        auto back
            = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), uri, QStringLiteral("--to"), b});
        const qint64 backMs = clock.elapsed();
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        qInfo("SQLite → PostgreSQL: %s (%lld ms); back: %s (%lld ms)", qPrintable(there.out.trimmed()),
            thereMs, qPrintable(back.out.trimmed()), backMs);

        // Every table, row by row, every column with its storage class; the FTS5 tables aside.
        auto dbA = Sqlite::Database::open(a);
        auto dbB = Sqlite::Database::open(b);
        QVERIFY(dbA && dbB);
        auto pg = connect(uri);
        QVERIFY(pg);
        for (const QString &table : CorpusCopy::tables()) {
            const QStringList rowsA = dumpTable(**dbA, table), rowsB = dumpTable(**dbB, table);
            QVERIFY2(!rowsA.isEmpty(), qPrintable(table + QStringLiteral(" is empty: the test edits it")));
            QCOMPARE(pg->queryInt64(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))->value_or(-1),
                qint64(rowsA.size()));
            QCOMPARE(rowsB.size(), rowsA.size());
            for (qsizetype i = 0; i < rowsA.size(); ++i)
                QVERIFY2(rowsA[i] == rowsB[i],
                    qPrintable(QStringLiteral("%1 row %2:\n  %3\n  %4")
                                   .arg(table)
                                   .arg(i)
                                   .arg(rowsA[i].left(300), rowsB[i].left(300))));
        }
        // b is a normal Lagebild database: current search index, the same hits as a.
        auto storeA = ArticleStore::open(a);
        auto storeB = ArticleStore::open(b);
        QVERIFY(storeA && storeB);
        QCOMPARE(SearchIndex((*storeB)->database()).isOutdated().value(), false);
        for (const QString &query :
            {QStringLiteral("Halbleiter"), QStringLiteral("Exportkontrollen"), QStringLiteral("Zoll")}) {
            auto hitsA = (*storeA)->search(query, 100);
            auto hitsB = (*storeB)->search(query, 100);
            QVERIFY(hitsA && hitsB);
            QVERIFY2(!hitsA->empty(), qPrintable(query));
            QCOMPARE(hitsB->size(), hitsA->size());
            for (size_t i = 0; i < hitsA->size(); ++i)
                QCOMPARE((*hitsB)[i].article.id, (*hitsA)[i].article.id);
        }
        // The team's corpus and PostgreSQL's full-text search: the sample speaks of Förderung.
        auto found = pg->queryInt64(
            u"SELECT count(*) FROM articles "
            u"WHERE search @@ plainto_tsquery('lagebild_german', lagebild_fold('Halbleiter'))");
        QVERIFY(found && found->value_or(0) > 0);
        // New rows get ids after the copied ones.
        QVERIFY(pg->execute(u"INSERT INTO tags(name) VALUES ('neu nach der Kopie')"));
        // The copy drops the indexes and foreign keys and makes them again at the end: the same
        // ones as a new database has, under the same names.
        const QString fresh = newDatabase();
        QVERIFY2(!fresh.isEmpty(), qPrintable(m_cluster.error()));
        auto freshConnection = connect(fresh);
        QVERIFY(freshConnection && Postgres::Schema::migrate(*freshConnection));
        const auto definitions = [](Postgres::Connection &c) {
            auto rows = c.query(u"SELECT pg_get_indexdef(i.indexrelid) FROM pg_catalog.pg_index i "
                                u"JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
                                u"WHERE t.relnamespace = current_schema()::regnamespace UNION ALL SELECT "
                                u"conrelid::regclass || ' ' || conname || ' ' || "
                                u"pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
                                u"WHERE connamespace = current_schema()::regnamespace ORDER BY 1");
            QStringList list;
            for (int i = 0; rows && i < rows->rows(); ++i)
                list << rows->text(i, 0);
            return list;
        };
        const QStringList copiedSchema = definitions(*pg);
        QVERIFY(copiedSchema.size() > 20);
        QCOMPARE(copiedSchema, definitions(*freshConnection));

        // A target that holds a corpus is refused, on one line, unless --replace.
        auto refused
            = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), a, QStringLiteral("--to"), uri});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QLatin1String("already holds a corpus")), qPrintable(refused.err));
        auto replaced = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), a,
            QStringLiteral("--to"), uri, QStringLiteral("--replace"), QStringLiteral("-q")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QCOMPARE(pg->queryInt64(u"SELECT count(*) FROM tags")->value_or(-1),
            qint64(dumpTable(**dbA, QStringLiteral("tags")).size()));
    }

    void mentionTypesGetCodesWithTheirRows()
    {
        // The twin of 0011 on a team database that holds mentions at version 10: the nine known
        // types become codes, any other keeps its string, and `type` reads as before.
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        auto script = [&](const QString &name) {
            QFile file(QStringLiteral(":/sql/postgresql/") + name);
            return file.open(QIODevice::ReadOnly) ? c->executeScript(QString::fromUtf8(file.readAll()))
                                                  : Expected<void>(Error {name + QStringLiteral(" missing")});
        };
        auto v10 = script(QStringLiteral("0010_schema.sql"));
        QVERIFY2(v10, qPrintable(v10.errorMessage()));
        QVERIFY(c->execute(
            u"INSERT INTO articles(id, title, body, raw_original, content_hash, simhash, imported_at) "
            u"VALUES (1, 'T', 'Quorvexa meldet Zahlen in Berlin.', '\\x00', 'h', 0, '2025-10-14')"));
        QVERIFY(c->execute(
            u"INSERT INTO mentions(id, article_id, start, \"end\", type, text, manual, removed) "
            u"VALUES (1, 1, 0, 8, 'COMPANY', NULL, 0, 0), (2, 1, 9, 15, 'EVENT', 'meldet', 1, 0), "
            u"(3, 1, 16, 22, 'QUANTITY', 'Zahlen', 1, 1), (4, 1, 26, 32, 'LOCATION', NULL, 0, 0)"));
        auto v11 = script(QStringLiteral("0011_mention_type_codes.sql"));
        QVERIFY2(v11, qPrintable(v11.errorMessage()));
        auto rows = c->query(u"SELECT string_agg(concat_ws('/', id, type, coalesce(type_code::text, '-'), "
                             u"coalesce(type_name, '-'), origin, status), ' ' ORDER BY id) FROM mentions");
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows->text(0, 0),
            QStringLiteral("1/COMPANY/4/-/automatic/active 2/EVENT/-/EVENT/manual/active "
                           "3/QUANTITY/1/-/manual/removed 4/LOCATION/0/-/automatic/active"));
        QCOMPARE(c->queryInt64(u"SELECT count(*) FROM pg_indexes WHERE indexname = "
                               u"'mentions_quantity_sentences'")
                     ->value_or(-1),
            1);
    }

    void legacyTextOriginalIsPacked()
    {
        // Before schema 8 an original was stored as TEXT; PostgreSQL's bytea column takes it
        // packed, and the same text comes back out on either side.
        const QString c = m_dir.filePath(QStringLiteral("legacy.sqlite"));
        {
            auto store = ArticleStore::open(c);
            QVERIFY2(store, qPrintable(store.errorMessage()));
            Article article;
            article.title = QStringLiteral("Alt");
            article.body = QStringLiteral("Die Förderung läuft aus.");
            article.rawOriginal = article.body;
            article.language = QStringLiteral("de");
            article.contentHash = QStringLiteral("legacy-1");
            article.originalFormat = QStringLiteral("txt");
            auto id = (*store)->insertArticle(article);
            QVERIFY(id);
            QVERIFY((*store)->database().execute(
                QStringLiteral("UPDATE articles SET raw_original = 'Original: Die Förderung läuft aus.'")));
        }
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto there = CorpusCopy::run(c, uri, {});
        QVERIFY2(there, qPrintable(there.errorMessage()));
        const QString e = m_dir.filePath(QStringLiteral("legacy-back.sqlite"));
        auto back = CorpusCopy::run(uri, e, {});
        QVERIFY2(back, qPrintable(back.errorMessage()));
        auto store = ArticleStore::open(e);
        QVERIFY(store);
        auto article = (*store)->article(1);
        QVERIFY(article && article->has_value());
        QCOMPARE((*article)->rawOriginal, QStringLiteral("Original: Die Förderung läuft aus."));
    }

    void unreachableServerIsOneLine()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QFile::exists(a));
        const QString uri = QStringLiteral("postgresql:///lagebild?host=%1/gone").arg(m_dir.path());
        auto run
            = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), a, QStringLiteral("--to"), uri});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("lagebild-cli: migrate from %1 to %2 failed: ").arg(a, uri)),
            qPrintable(run.err));
        QVERIFY2(
            run.err.contains(QLatin1String("cannot connect to the PostgreSQL server")), qPrintable(run.err));

        auto noSource = runCli({QStringLiteral("migrate"), QStringLiteral("--from"),
            m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--to"),
            m_dir.filePath(QStringLiteral("c.sqlite"))});
        QCOMPARE(noSource.exitCode, 1);
        QVERIFY2(noSource.err.contains(QLatin1String("none.sqlite: no such file")), qPrintable(noSource.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));

        // A PostgreSQL database without Lagebild's schema is no corpus; the SQLite file made for
        // the copy goes again.
        const QString empty = newDatabase();
        QVERIFY2(!empty.isEmpty(), qPrintable(m_cluster.error()));
        const QString d = m_dir.filePath(QStringLiteral("d.sqlite"));
        auto noSchema
            = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), empty, QStringLiteral("--to"), d});
        QCOMPARE(noSchema.exitCode, 1);
        QVERIFY2(noSchema.err.contains(QLatin1String("has schema version 0")), qPrintable(noSchema.err));
        QVERIFY(!QFile::exists(d));
    }

    // The browser's list, count and facets with a text (filterCondition on PostgreSQL) read the
    // matches through the GIN index also for a word in most articles, where the planner, knowing
    // the word's frequency, read the whole table and unpacked every article's search column
    // (docs/team.md, "The browser's list on both backends"). 2,000 articles, nine in ten of them
    // with "Halbleiter", analysed so that the planner knows.
    void frequentWordIsReadThroughTheIndex()
    {
        auto [uri, c] = migratedDatabase();
        QVERIFY(c);
        QVERIFY(c->execute(
            u"INSERT INTO articles (title, body, raw_original, content_hash, simhash, imported_at) "
            "SELECT 'Meldung ' || n, CASE WHEN n % 10 = 0 THEN 'Im Hafen nichts Neues. ' "
            "ELSE 'Die Halbleiter kommen über den Hafen. ' END || repeat('Bericht ' || n || ' ', 300), "
            "'\\x00'::bytea, 'hash' || n, n, '2025-10-14' FROM generate_series(1, 2000) AS n"));
        QVERIFY(c->execute(u"ANALYZE articles"));
        auto reader = openPostgresSqlReader(uri);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        for (const QString &text : {QStringLiteral("Halbleiter"), QStringLiteral("Hafen -Halbleiter")}) {
            ArticleFilter filter;
            filter.text = text;
            auto condition = filterCondition(filter, Facet::None, EntityTest::Probe, SqlDialect::Postgres);
            QVERIFY2(condition, qPrintable(condition.errorMessage()));
            QStringList plan;
            QVERIFY((**reader).forEachRow(
                QStringLiteral("EXPLAIN SELECT count(*) FROM articles a WHERE ") + condition->sql,
                condition->values, [&](const SqlRow &row) { plan.append(row.text(0)); }));
            QVERIFY2(
                plan.join(QLatin1Char('\n')).contains(QLatin1String("Bitmap Index Scan on articles_search")),
                qPrintable(plan.join(QLatin1Char('\n'))));
            ArticleQuery query(**reader);
            const qint64 expected = text == QLatin1String("Halbleiter") ? 1800 : 200;
            auto count = query.count(filter);
            QVERIFY2(count, qPrintable(count.errorMessage()));
            QCOMPARE(count.value(), expected);
            auto ids = query.ids(filter, ArticleOrder::Date, true);
            QVERIFY(ids);
            QCOMPARE(qint64(ids->size()), expected);
        }
    }

    // Schema 21: a page of a word with more matches than the page's window (500 for 20 hits) is
    // ranked by ts_rank over the window alone, chosen by title, opening words (search_lead) and
    // length (src/store/postgres/corpusreader.cpp). 1,200 articles with "Hafen" after their first
    // 500 characters, at lengths from 1 to 2 KB; 20 of them with it in the title, 20 in the
    // first sentence, every seventh three times. The page is the head of the whole ranking.
    void commonWordsPageIsRankedFromAWindow()
    {
        auto [uri, c] = migratedDatabase();
        QVERIFY(c);
        QVERIFY(c->execute(
            u"INSERT INTO articles (title, body, raw_original, content_hash, simhash, imported_at) "
            "SELECT CASE WHEN n <= 20 THEN 'Hafen ' ELSE 'Meldung ' END || n, "
            "CASE WHEN n BETWEEN 21 AND 40 THEN 'Im Hafen liegt ein Schiff. ' ELSE 'Nichts Neues. ' END "
            "|| repeat('Bericht ' || n || ' ', 50 + n * 37 % 100) || 'Der Hafen ist voll. ' "
            "|| CASE WHEN n % 7 = 0 THEN 'Hafen, Hafen. ' ELSE '' END, "
            "'\\x00'::bytea, 'hash' || n, n, '2025-10-14' FROM generate_series(1, 1200) AS n"));
        QVERIFY(c->execute(u"ANALYZE articles"));
        auto reader = openPostgresCorpusReader(uri);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        auto whole = (**reader).search(QStringLiteral("Hafen"), -1);
        QVERIFY2(whole, qPrintable(whole.errorMessage()));
        QCOMPARE(whole->size(), size_t(1200));
        for (size_t i = 1; i < whole->size(); ++i)
            QVERIFY((*whole)[i - 1].score <= (*whole)[i].score);
        for (int size : {20, 40}) {
            auto page = (**reader).search(QStringLiteral("Hafen"), size);
            QVERIFY2(page, qPrintable(page.errorMessage()));
            QCOMPARE(page->size(), size_t(size));
            for (size_t i = 0; i < page->size(); ++i) {
                QCOMPARE((*page)[i].article.id, (*whole)[i].article.id);
                QCOMPARE((*page)[i].score, (*whole)[i].score);
                // Title hits first.
                QCOMPARE((*page)[i].article.title.startsWith(QLatin1String("Hafen")), i < 20);
            }
        }
    }

    // Migration 0016: the rows correcting a relation (relations.corrects, ON DELETE SET NULL) are
    // found through an index, so that deleting a relation — a worker's re-analysis deletes every
    // automatic one — does not look through all relations for each.
    void relationCorrectionsAreIndexed()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        QVERIFY(Postgres::Schema::migrate(*c));
        const QString text = indexedPlan(*c, u"UPDATE relations SET corrects = NULL WHERE corrects = 7");
        QVERIFY2(text.contains(QLatin1String("relations_corrects")), qPrintable(text));
    }

    // Migration 0017: the relations an entity is the target of are found through an index, as
    // the timeline's events of one entity (TimelineQuery::events) look them up.
    void relationTargetsAreIndexed()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        QVERIFY(Postgres::Schema::migrate(*c));
        const QString text = indexedPlan(*c, u"SELECT id FROM relations WHERE target_entity = 7");
        QVERIFY2(text.contains(QLatin1String("relations_target")), qPrintable(text));
    }

    // Migration 0015 on a database an earlier Lagebild left at schema 14: the list's index is
    // added, the rows stay, and the list reads as before (undated articles last).
    void listIndexMigratesSchema14()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        auto old = Postgres::Schema::migrate(*c, 14);
        QVERIFY2(old, qPrintable(old.errorMessage()));
        QCOMPARE(old->toVersion, 14);
        QCOMPARE(Postgres::Schema::version(*c).value(), 14);
        QVERIFY(c->execute(
            u"INSERT INTO articles (title, body, raw_original, content_hash, simhash, imported_at, "
            u"published_day) "
            "SELECT 'Meldung ' || n, 'Bericht ' || n, '\\x00'::bytea, 'hash' || n, n, '2025-10-14', "
            "CASE WHEN n % 5 = 0 THEN NULL ELSE '2025-10-' || lpad((10 + n % 3)::text, 2, '0') END "
            "FROM generate_series(1, 12) AS n"));
        const auto hasIndex = [&] {
            return c->queryInt64(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'articles_list_date'")
                ->value_or(-1);
        };
        QCOMPARE(hasIndex(), 0);
        auto migrated = Postgres::Schema::migrate(*c);
        QVERIFY2(migrated, qPrintable(migrated.errorMessage()));
        QCOMPARE(migrated->fromVersion, 14);
        QCOMPARE(migrated->toVersion, Postgres::Schema::latestVersion());
        QVERIFY(Postgres::Schema::latestVersion() >= 15);
        QCOMPARE(hasIndex(), 1);
        QCOMPARE(c->queryInt64(u"SELECT count(*) FROM articles")->value_or(-1), 12);
        auto reader = openPostgresSqlReader(uri);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        ArticleQuery query(**reader);
        auto ids = query.ids({}, ArticleOrder::Date, true);
        QVERIFY(ids);
        // Days 12, 11, 10 (n % 3 = 2, 1, 0), newest id first within a day; the undated last.
        QCOMPARE(*ids, (std::vector<ArticleId> {11, 8, 2, 7, 4, 1, 12, 9, 6, 3, 10, 5}));
        auto first = query.firstIds({}, ArticleOrder::Date, true, 4);
        QVERIFY(first);
        QVERIFY(!first->complete);
        QCOMPARE(first->ids, std::vector<ArticleId>(ids->begin(), ids->begin() + 4));
        auto all = query.firstIds({}, ArticleOrder::Date, true, 12);
        QVERIFY(all);
        QVERIFY(all->complete);
        QCOMPARE(all->ids, *ids);
    }

    // The browser's first page without a text, newest first, comes from articles_list_date
    // (migration 0015) with a LIMIT, an index (only) scan: no sort of every article (it read and sorted all
    // 20,000 before). The statement checked is the one ArticleQuery runs. Undated articles and a day holding
    // many articles are there, as in a real corpus.
    void newestPageIsReadThroughTheListIndex()
    {
        auto [uri, c] = migratedDatabase();
        QVERIFY(c);
        QVERIFY(c->execute(
            u"INSERT INTO articles (title, body, raw_original, content_hash, simhash, imported_at, "
            u"published_day) "
            "SELECT 'Meldung ' || n, 'Bericht ' || n, '\\x00'::bytea, 'hash' || n, n, '2025-10-14', "
            "CASE WHEN n % 50 = 0 THEN NULL ELSE to_char(date '2022-01-01' + (n * 7919) % 1200, "
            "'YYYY-MM-DD') "
            "END FROM generate_series(1, 20000) AS n"));
        QVERIFY(c->execute(u"ANALYZE articles"));
        auto postgres = openPostgresSqlReader(uri);
        QVERIFY2(postgres, qPrintable(postgres.errorMessage()));
        ExplainingReader reader(**postgres);
        ArticleQuery query(reader);
        constexpr int page = 500; // the article table's page
        auto first = query.firstIds({}, ArticleOrder::Date, true, page);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QCOMPARE(reader.plans.size(), 1);
        const QString plan = reader.plans.first();
        QVERIFY2(plan.contains(QLatin1String("Scan using articles_list_date")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("Sort")), qPrintable(plan));
        QVERIFY(!first->complete);
        QCOMPARE(first->ids.size(), size_t(page));
        auto ids = query.ids({}, ArticleOrder::Date, true);
        QVERIFY(ids);
        QCOMPARE(ids->size(), size_t(20000));
        QCOMPARE(first->ids, std::vector<ArticleId>(ids->begin(), ids->begin() + page));
        // Oldest first is not that index's order: the whole list, sorted, as before.
        reader.plans.clear();
        auto oldest = query.firstIds({}, ArticleOrder::Date, false, page);
        QVERIFY(oldest);
        QVERIFY(oldest->complete);
        QCOMPARE(oldest->ids.size(), size_t(20000));
    }

    // A cancel request opens a connection of its own to the server, which towards an address
    // that does not answer blocks until the connect gives up; the window's thread that stops an
    // outdated count must not wait for that. The connection is made through a link to the
    // cluster's socket, and the link then replaced by a socket that listens but never accepts,
    // its queue full, so that a connect to it waits (for ever, or here until the test lets it
    // through after 10 s: without a thread of its own, cancel() took those 10 s).
    void cancelTowardsAServerThatDoesNotAnswerReturnsAtOnce()
    {
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        QStringList sockets = QDir(m_cluster.socketDir())
                                  .entryList({QStringLiteral(".s.PGSQL.*")}, QDir::System | QDir::Hidden);
        sockets.removeIf([](const QString &name) { return name.endsWith(QLatin1String(".lock")); });
        QCOMPARE(sockets.size(), 1);
        QTemporaryDir relay; // in the temporary folder: a socket's path has at most 107 bytes
        QVERIFY(relay.isValid());
        const QString link = relay.filePath(sockets.first());
        QVERIFY(QFile::link(QDir(m_cluster.socketDir()).filePath(sockets.first()), link));
        auto c = connect(QString(uri).replace(m_cluster.socketDir(), relay.path()));
        QVERIFY(c);
        const std::function<void()> cancel = c->canceller();
        QVERIFY(QFile::remove(link));

        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(link);
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        const auto *generic = reinterpret_cast<const sockaddr *>(&address);
        const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        QVERIFY(::bind(listener, generic, sizeof address) == 0);
        QVERIFY(::listen(listener, 0) == 0);
        // A queue of none takes one connection; the next waits.
        const int first = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
        QVERIFY(::connect(first, generic, sizeof address) == 0);
        const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
        QVERIFY(::connect(probe, generic, sizeof address) == -1 && errno == EAGAIN);
        ::close(probe);
        // In the end (at the latest after 10 s) every connection waiting is accepted and hung up
        // on, so that a request waiting for the queue goes through, meets no server and ends.
        std::promise<void> finished;
        std::thread closer([listener, done = finished.get_future()] {
            done.wait_for(std::chrono::seconds(10));
            pollfd waiting {listener, POLLIN, 0};
            while (::poll(&waiting, 1, 500) > 0) {
                const int accepted = ::accept(listener, nullptr, nullptr);
                if (accepted < 0)
                    break;
                // What a cancel request sends is read first, as a server would.
                pollfd request {accepted, POLLIN, 0};
                char packet[64];
                if (::poll(&request, 1, 200) > 0)
                    (void)::recv(accepted, packet, sizeof packet, 0);
                ::close(accepted);
            }
            ::close(listener);
        });

        QElapsedTimer clock;
        clock.start();
        cancel();
        cancel(); // one request on its way is enough; no second one, and no wait either
        const qint64 cancelled = clock.elapsed();
        // The connection's own socket is open: its next statement runs, after waiting at most
        // cancelDeliveryWaitMs for the request, and the one after that does not wait again.
        auto one = c->queryInt64(u"SELECT 1");
        auto two = c->queryInt64(u"SELECT 2");
        const qint64 answered = clock.elapsed();
        finished.set_value();
        closer.join();
        ::close(first);
        QVERIFY2(cancelled < 2000, qPrintable(QStringLiteral("cancel() took %1 ms").arg(cancelled)));
        QVERIFY2(one && *one == 1, qPrintable(one.errorMessage()));
        QVERIFY2(two && *two == 2, qPrintable(two.errorMessage()));
        QVERIFY2(answered < Postgres::Connection::cancelDeliveryWaitMs + 6000,
            qPrintable(QStringLiteral("the statements took %1 ms").arg(answered)));
    }

    void lostServerIsUnreachable()
    {
        // Last: it stops the cluster. A statement on a connection whose server went away fails
        // as Unreachable, on one line naming the database, and the open transaction's guard
        // does not hang or crash on it. (Reconnecting is a later slice.)
        const QString uri = newDatabase();
        QVERIFY2(!uri.isEmpty(), qPrintable(m_cluster.error()));
        auto c = connect(uri);
        QVERIFY(c);
        Postgres::Transaction transaction(*c);
        QVERIFY(c->execute(u"CREATE TABLE t (id bigint)"));
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        auto lost = c->execute(u"INSERT INTO t VALUES (1)");
        QVERIFY(!lost);
        QCOMPARE(lost.error().kind, ErrorKind::Unreachable);
        QVERIFY2(
            lost.errorMessage().startsWith(Postgres::describeTarget(uri)), qPrintable(lost.errorMessage()));
        QVERIFY(!lost.errorMessage().contains(QLatin1Char('\n')));
        QVERIFY(!transaction.commit());
    }

    void cleanupTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(m_cluster.stop(), qPrintable(m_cluster.error()));
        qInfo("throwaway cluster stopped in %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
