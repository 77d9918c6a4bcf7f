// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Lagebild::Postgres {

/// A throwaway PostgreSQL cluster for one test program or benchmark run: initdb into a temporary folder, the
/// server listening on a Unix socket in that folder only (no TCP port, so parallel tests and a
/// system server do not meet), stopped and removed again by the destructor, also when a test
/// failed. The superuser is `user()` with trust authentication, for the socket only; one more
/// role, `passwordUser()`, must give a password (scram-sha-256) once a test made it with
/// setPassword(), so that a refused login can be tested over the same socket.
///
/// initdb and postgres refuse to run as root. Run as root (CI's fresh root), they run as
/// `nobody` through setpriv, in a folder handed to nobody; the test process, still root, reaches
/// the socket all the same.
///
/// listenWithTls() adds a TCP port on 127.0.0.1 that takes TLS connections only, for the tests
/// of `sslmode`; the port is chosen free at that moment, so parallel tests do not meet either.
///
/// Binaries: $LAGEBILD_PG_BINDIR, else Debian's /usr/lib/postgresql/15/bin. Without them the
/// cluster is not started and skipReason() says why (tests QSKIP with it).
///
/// Not part of the program: the tests (tests/support/pgcluster.h) and lagebild-bench-search
/// --postgres link it as lagebild::pgcluster; the CLI and the app never start a server.
class ThrowawayCluster
{
public:
    ThrowawayCluster();
    ~ThrowawayCluster();
    ThrowawayCluster(const ThrowawayCluster &) = delete;
    ThrowawayCluster &operator=(const ThrowawayCluster &) = delete;

    /// Initialises and starts the cluster; false with error() or skipReason() set.
    bool start();
    /// Stops the server at once (pg_ctl stop -m immediate), as a crash or a pulled plug would: every
    /// connection is cut. The folder stays until destruction.
    bool stop();
    /// Starts the stopped server again on the same data, as after a restart; false with error().
    bool resume();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QString &skipReason() const { return m_skipReason; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] static QString user() { return QStringLiteral("lagebild_test"); }
    /// The role that logs in with a password only: pg_hba.conf names it before the trust line from
    /// the start, which costs nothing until setPassword() makes the role.
    [[nodiscard]] static QString passwordUser() { return QStringLiteral("lagebild_login"); }
    [[nodiscard]] QString socketDir() const { return m_dir.path(); }
    /// The server's log, all of it so far (empty before start()).
    [[nodiscard]] QString serverLog() const;
    /// How many logins the server refused for their password so far (its log's "password
    /// authentication failed" lines).
    [[nodiscard]] int refusedPasswordLogins() const
    {
        return int(serverLog().count(QLatin1String("password authentication failed")));
    }
    /// libpq URI of a database in this cluster, for `role` (the superuser by default); no password.
    [[nodiscard]] QString uri(const QString &database, const QString &role = user()) const;
    /// Makes passwordUser() on the first call, a member of user() (so it reads and writes what the
    /// superuser made), and gives it `password`, kept as a scram-sha-256 secret; a later call
    /// changes it, as an administrator would. False with error() set.
    bool setPassword(const QString &password);
    /// Restarts the server listening also on 127.0.0.1 at a free port, where only TLS connections
    /// are let in (trust once encrypted; without TLS refused by pg_hba.conf). The certificate is
    /// made by openssl for "localhost" and 127.0.0.1 and is its own root (tlsCertificate()), so a
    /// client verifies it with sslmode=verify-full. False with error(), or skipReason() when openssl
    /// is missing.
    bool listenWithTls();
    /// libpq URI of a database over TCP to listenWithTls()'s port, with `sslMode` (disable,
    /// require, verify-full, …) and `rootCertificate` as sslrootcert (none when empty).
    [[nodiscard]] QString tlsUri(
        const QString &database, const QString &sslMode, const QString &rootCertificate = {}) const;
    /// The server's certificate file (PEM), also the root a client trusts to verify it.
    [[nodiscard]] QString tlsCertificate() const { return m_dir.filePath(QStringLiteral("server.crt")); }
    /// Makes another self-signed certificate for "localhost" in the cluster's folder, a root that
    /// did not sign the server's, to test that verification refuses it; its file, or empty with
    /// error() set.
    QString makeStrangerCertificate();
    /// CREATE DATABASE; false with error() set.
    bool createDatabase(const QString &name);
    /// Milliseconds that initdb and the start took.
    [[nodiscard]] qint64 startMilliseconds() const { return m_startMs; }

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs);
    /// Runs `binary` as the server's user (nobody when we are root); `name` names it in error().
    bool runAsServerUser(
        const QString &binary, const QString &name, const QStringList &arguments, int timeoutMs);
    bool makeCertificate(const QString &certificate, const QString &key);
    bool prependToHba(const QByteArray &lines);

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_setpriv; ///< set when running as root: the tools run as nobody through it
    bool m_running = false;
    bool m_passwordUserMade = false;
    int m_port = 0; ///< 0: PostgreSQL's default, which names the socket file only
    QString m_tlsOptions; ///< server options for the TLS port, once listenWithTls() chose it
    QString m_skipReason;
    QString m_error;
    qint64 m_startMs = 0;
};

} // namespace Lagebild::Postgres
