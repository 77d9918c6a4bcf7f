// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend's foundation against a throwaway cluster (tests/support/pgcluster.h):
// the libpq layer, the PostgreSQL migrations and German full-text folding.

#include "store/migrator.h"
#include "store/postgres/connection.h"
#include "store/postgres/errorkind.h"
#include "store/postgres/schema.h"
#include "store/postgres/transaction.h"
#include "support/pgcluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Lagebild;
using Postgres::Params;


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

    std::unique_ptr<Postgres::Connection> connect(const QString &uri)
    {
        auto c = Postgres::Connection::open(uri);
        if (!c)
            qWarning("%s", qPrintable(c.errorMessage()));
        return c ? std::move(c.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_cluster.start()) {
            if (!m_cluster.skipReason().isEmpty())
                QSKIP(qPrintable(m_cluster.skipReason()));
            QFAIL(qPrintable(m_cluster.error()));
        }
        qInfo("throwaway cluster up in %lld ms", m_cluster.startMilliseconds());
    }

    void errorKindsFromSqlstate()
    {
        QCOMPARE(Postgres::errorKindOf("23505"), ErrorKind::Constraint);
        QCOMPARE(Postgres::errorKindOf("23503"), ErrorKind::Constraint);
        QCOMPARE(Postgres::errorKindOf("08006"), ErrorKind::Unreachable);
        QCOMPARE(Postgres::errorKindOf("57P01"), ErrorKind::Unreachable);
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
        QCOMPARE(c->queryInt64(u"SELECT count(*) FROM schema_migrations")->value_or(-1), 1);
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
