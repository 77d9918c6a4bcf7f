// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster/throwawaycluster.h"

#include "store/postgres/connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Lagebild::Postgres {

ThrowawayCluster::ThrowawayCluster() : m_dir(QDir::tempPath() + QStringLiteral("/lagebild-pg-XXXXXX"))
{
    m_binDir = qEnvironmentVariable("LAGEBILD_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
}

ThrowawayCluster::~ThrowawayCluster()
{
    if (m_running)
        stop();
}

bool ThrowawayCluster::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    return runAsServerUser(m_binDir + QLatin1Char('/') + tool, tool, arguments, timeoutMs);
}

bool ThrowawayCluster::runAsServerUser(
    const QString &binary, const QString &name, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_setpriv.isEmpty()) {
        process.start(binary, arguments);
    } else {
        const passwd *nobody = getpwnam("nobody");
        process.start(m_setpriv,
            QStringList {QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups"), binary}
                + arguments);
    }
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        m_error
            = QStringLiteral("%1 failed: %2").arg(name, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool ThrowawayCluster::start()
{
    QElapsedTimer clock;
    clock.start();
    for (const char *tool : {"initdb", "pg_ctl", "postgres"}) {
        if (!QFileInfo(m_binDir + QLatin1Char('/') + QLatin1String(tool)).isExecutable()) {
            m_skipReason
                = QStringLiteral("no PostgreSQL server binaries in %1 (Debian package postgresql-15, "
                                 "or set LAGEBILD_PG_BINDIR)")
                      .arg(m_binDir);
            return false;
        }
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (geteuid() == 0) {
        // initdb and postgres refuse root; nobody owns the folder and runs them.
        m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        const passwd *nobody = getpwnam("nobody");
        if (m_setpriv.isEmpty() || !nobody) {
            m_skipReason = QStringLiteral("running as root, and setpriv or the user nobody is missing to run "
                                          "PostgreSQL as someone else");
            return false;
        }
        if (chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand %1 to nobody").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(QStringLiteral("initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                QStringLiteral("--no-sync")},
            120000))
        return false;
    // The first line that matches decides, so this one goes before initdb's "local all all trust".
    if (!prependToHba("local all " + passwordUser().toUtf8() + " scram-sha-256\n"))
        return false;
    if (!resume())
        return false;
    m_startMs = clock.elapsed();
    return true;
}

bool ThrowawayCluster::prependToHba(const QByteArray &lines)
{
    // Rewritten in place: the file keeps its owner (nobody, when we are root) and mode.
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite)) {
        m_error = QStringLiteral("cannot edit %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    const QByteArray rest = hba.readAll();
    hba.seek(0);
    if (hba.write(lines + rest) < 0 || !hba.flush()) {
        m_error = QStringLiteral("cannot edit %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    return true;
}

bool ThrowawayCluster::resume()
{
    if (m_running)
        return true;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // No TCP at all, the socket in our folder; durability is not wanted from a throwaway cluster.
    const QString options
        = QStringLiteral("-c listen_addresses='' -c unix_socket_directories='%1' -c fsync=off "
                         "-c synchronous_commit=off -c full_page_writes=off")
              .arg(m_dir.path())
        + m_tlsOptions;
    if (!runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                options, QStringLiteral("start")},
            90000)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("; server log: ") + QString::fromLocal8Bit(log.readAll()).trimmed();
        return false;
    }
    m_running = true;
    return true;
}

bool ThrowawayCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
            QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        60000);
}

QString ThrowawayCluster::uri(const QString &database, const QString &role) const
{
    QString result = QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_dir.path(), role);
    if (m_port != 0)
        result += QStringLiteral("&port=%1").arg(m_port);
    return result;
}

namespace {

/// A TCP port on 127.0.0.1 that nobody listens on now: the system's choice for port 0.
int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

bool ThrowawayCluster::makeCertificate(const QString &certificate, const QString &key)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_skipReason = QStringLiteral("no openssl to make a server certificate (Debian package openssl)");
        return false;
    }
    // An elliptic-curve key is made in milliseconds; the names are those a client checks with
    // verify-full (tlsUri() connects to localhost at 127.0.0.1).
    if (!runAsServerUser(openssl, QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), certificate},
            60000))
        return false;
    // The server refuses a key that others may read.
    if (!QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_error = QStringLiteral("cannot make %1 private").arg(key);
        return false;
    }
    return true;
}

bool ThrowawayCluster::listenWithTls()
{
    if (!m_tlsOptions.isEmpty())
        return true;
    const QString key = m_dir.filePath(QStringLiteral("server.key"));
    if (!makeCertificate(tlsCertificate(), key))
        return false;
    // Before initdb's "host all all 127.0.0.1/32 trust": encrypted is let in, plain is not.
    if (!prependToHba("hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n"))
        return false;
    const int port = freeLocalPort();
    if (port == 0) {
        m_error = QStringLiteral("no free TCP port on 127.0.0.1");
        return false;
    }
    if (!stop())
        return false;
    m_port = port;
    m_tlsOptions
        = QStringLiteral(" -c listen_addresses='127.0.0.1' -c port=%1 -c ssl=on -c ssl_cert_file='%2' "
                         "-c ssl_key_file='%3'")
              .arg(QString::number(port), tlsCertificate(), key);
    return resume();
}

QString ThrowawayCluster::tlsUri(
    const QString &database, const QString &sslMode, const QString &rootCertificate) const
{
    // host names the server for verification, hostaddr is where libpq connects: no resolver asked.
    QString result = QStringLiteral("postgresql://%1@localhost:%2/%3?hostaddr=127.0.0.1&sslmode=%4")
                         .arg(user(), QString::number(m_port), database, sslMode);
    if (!rootCertificate.isEmpty())
        result += QStringLiteral("&sslrootcert=") + rootCertificate;
    return result;
}

QString ThrowawayCluster::makeStrangerCertificate()
{
    const QString path = m_dir.filePath(QStringLiteral("stranger.crt"));
    return makeCertificate(path, m_dir.filePath(QStringLiteral("stranger.key"))) ? path : QString();
}

bool ThrowawayCluster::setPassword(const QString &password)
{
    auto connection = Connection::open(uri(QStringLiteral("postgres")));
    if (!connection) {
        m_error = connection.errorMessage();
        return false;
    }
    // CREATE and ALTER ROLE take no parameters: the password is a quoted literal.
    QString literal = password;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString role = passwordUser();
    QStringList statements {QStringLiteral("SET password_encryption = 'scram-sha-256'")};
    if (!m_passwordUserMade)
        statements << QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, user());
    statements << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, literal);
    for (const QString &statement : statements) {
        if (auto r = (*connection)->execute(statement); !r) {
            m_error = r.errorMessage();
            return false;
        }
    }
    m_passwordUserMade = true;
    return true;
}

bool ThrowawayCluster::createDatabase(const QString &name)
{
    auto connection = Connection::open(uri(QStringLiteral("postgres")));
    if (!connection) {
        m_error = connection.errorMessage();
        return false;
    }
    if (auto r = (*connection)->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)); !r) {
        m_error = r.errorMessage();
        return false;
    }
    return true;
}

QString ThrowawayCluster::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(log.readAll());
}

} // namespace Lagebild::Postgres
