// SPDX-License-Identifier: GPL-3.0-or-later
// A team server reached over the network speaks TLS when the URI asks for it (libpq's sslmode):
// the throwaway cluster listens on 127.0.0.1 with a certificate of its own and lets in only
// encrypted connections there. Lagebild adds nothing to libpq's TLS; these tests show that the
// URI's words reach libpq through the store and the CLI, and that each refusal is one line.
#include "store/postgres/connection.h"
#include "support/clirun.h"
#include "support/pgcluster.h"

#include <QTest>

using namespace Lagebild;
using Testing::runCli;

class TestPostgresTls : public QObject
{
    Q_OBJECT

    Testing::PgCluster m_cluster;

    /// 1 when the connection to `uri` is encrypted, 0 when not, -1 when it fails.
    static qint64 encrypted(const QString &uri)
    {
        auto c = Postgres::Connection::open(uri);
        if (!c)
            return -1;
        auto ssl = (*c)->queryInt64(u"SELECT ssl::int FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        return ssl ? ssl->value_or(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGEBILD_START_PG_CLUSTER(m_cluster);
        if (!m_cluster.listenWithTls()) {
            if (!m_cluster.skipReason().isEmpty())
                QSKIP(qPrintable(m_cluster.skipReason()));
            QFAIL(qPrintable(m_cluster.error()));
        }
        QVERIFY2(m_cluster.createDatabase(QStringLiteral("tls")), qPrintable(m_cluster.error()));
    }

    void verifiedConnectionIsEncrypted()
    {
        const QString uri = m_cluster.tlsUri(
            QStringLiteral("tls"), QStringLiteral("verify-full"), m_cluster.tlsCertificate());
        QCOMPARE(encrypted(uri), 1);
        // Without a root to check against, require still encrypts (and trusts the certificate);
        // a root file that does not exist keeps libpq from checking against ~/.postgresql/root.crt.
        QCOMPARE(encrypted(m_cluster.tlsUri(QStringLiteral("tls"), QStringLiteral("require"),
                     m_cluster.socketDir() + QStringLiteral("/no-such-root.crt"))),
            1);
        // The socket of the same cluster is not encrypted: TLS is the network's, not the socket's.
        QCOMPARE(encrypted(m_cluster.uri(QStringLiteral("tls"))), 0);
    }

    void cliWorksOverTls()
    {
        // The whole path a team takes: the schema made, articles imported and read, over TLS.
        const QString uri = m_cluster.tlsUri(
            QStringLiteral("tls"), QStringLiteral("verify-full"), m_cluster.tlsCertificate());
        auto imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("-q"),
            QStringLiteral("--db"), uri});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto found
            = runCli({QStringLiteral("search"), QStringLiteral("Nvidia"), QStringLiteral("--db"), uri});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        QVERIFY2(!found.out.trimmed().isEmpty(), qPrintable(found.err));
        auto c = Postgres::Connection::open(m_cluster.uri(QStringLiteral("tls")));
        QVERIFY2(c, qPrintable(c.errorMessage()));
        auto articles = (*c)->queryInt64(u"SELECT count(*) FROM articles");
        QVERIFY(articles);
        QVERIFY2(articles->value_or(0) > 40, qPrintable(QString::number(articles->value_or(0))));
    }

    void refusalsAreOneLine_data()
    {
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<bool>("stranger");
        QTest::addColumn<QString>("reason");
        // The server lets in no plain connection on its port (pg_hba.conf: hostnossl reject).
        QTest::newRow("plain") << QStringLiteral("disable") << false << QStringLiteral("no encryption");
        // A certificate that the given root did not sign is not trusted.
        QTest::newRow("stranger root")
            << QStringLiteral("verify-full") << true << QStringLiteral("certificate");
    }

    void refusalsAreOneLine()
    {
        QFETCH(QString, sslMode);
        QFETCH(bool, stranger);
        QFETCH(QString, reason);
        QString root;
        if (stranger) {
            root = m_cluster.makeStrangerCertificate();
            QVERIFY2(!root.isEmpty(), qPrintable(m_cluster.error()));
        }
        const QString uri = m_cluster.tlsUri(QStringLiteral("tls"), sslMode, root);
        auto c = Postgres::Connection::open(uri);
        QVERIFY(!c);
        QVERIFY2(!c.errorMessage().contains(u'\n'), qPrintable(c.errorMessage()));
        QVERIFY2(c.errorMessage().contains(reason), qPrintable(c.errorMessage()));

        auto run = runCli({QStringLiteral("stats"), QStringLiteral("--db"), uri});
        QCOMPARE(run.exitCode, 1);
        const QString said = run.err.trimmed();
        QVERIFY2(!said.contains(u'\n'), qPrintable(said));
        QVERIFY2(said.contains(Postgres::describeTarget(uri)) && said.contains(reason), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestPostgresTls)
#include "tst_postgrestls.moc"
