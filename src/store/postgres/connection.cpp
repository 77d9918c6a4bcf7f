// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/postgres/connection.h"

#include "store/postgres/credentials.h"
#include "store/postgres/errorkind.h"

#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

namespace Lagebild::Postgres {

namespace {

constexpr unsigned byteaOid = 17;

} // namespace

bool isPostgresUri(QStringView text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

QString describeTarget(const QString &uri)
{
    // postgresql://user:secret@host/db and …?password=secret both carry one; neither may be shown.
    static const QRegularExpression inUserInfo(QStringLiteral("^(postgres(?:ql)?://[^/@:?]*):[^@/?]*@"));
    static const QRegularExpression inQuery(QStringLiteral("([?&])password=[^&]*&?"));
    QString shown = uri;
    shown.replace(inUserInfo, QStringLiteral("\\1@"));
    shown.replace(inQuery, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    return shown;
}

Params &Params::add(qint64 value)
{
    m_values.push_back(QByteArray::number(value));
    m_null.push_back(false);
    m_binary.push_back(0);
    return *this;
}

Params &Params::add(double value)
{
    // 17 significant digits give back the very same double.
    m_values.push_back(QByteArray::number(value, 'g', 17));
    m_null.push_back(false);
    m_binary.push_back(0);
    return *this;
}

Params &Params::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    m_values.push_back(value.toUtf8());
    m_null.push_back(false);
    m_binary.push_back(0);
    return *this;
}

Params &Params::addBytes(const QByteArray &value)
{
    m_values.push_back(value);
    m_null.push_back(false);
    m_binary.push_back(1);
    return *this;
}

Params &Params::addNull()
{
    m_values.emplace_back();
    m_null.push_back(true);
    m_binary.push_back(0);
    return *this;
}

Result::Result(pg_result *result) : m_result(result) { }

Result::~Result()
{
    PQclear(m_result);
}

Result::Result(Result &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) { }

Result &Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int Result::rows() const
{
    return PQntuples(m_result);
}

int Result::columns() const
{
    return PQnfields(m_result);
}

QString Result::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result, column));
}

unsigned Result::columnType(int column) const
{
    return PQftype(m_result, column);
}

bool Result::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

QString Result::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 Result::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

double Result::real(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toDouble();
}

QByteArray Result::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    // Text results carry bytea as "\x" and hex digits (bytea_output = hex, the default since 9.0).
    const QByteArrayView value(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    if (PQfformat(m_result, column) == 1)
        return value.toByteArray();
    if (value.startsWith("\\x"))
        return QByteArray::fromHex(value.sliced(2).toByteArray());
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value.data()), &length);
    QByteArray out(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return out;
}

qint64 Result::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

QString Result::commandStatus() const
{
    return QString::fromUtf8(PQcmdStatus(m_result)).section(QLatin1Char(' '), 0, 0);
}

Connection::Connection(pg_conn *handle, QString target) : m_handle(handle), m_target(std::move(target)) { }

Connection::~Connection()
{
    PQfinish(m_handle);
}

Expected<std::unique_ptr<Connection>> Connection::open(const QString &uri)
{
    if (!isPostgresUri(uri))
        return Error {QStringLiteral("%1: not a PostgreSQL URI (postgresql://…)").arg(describeTarget(uri))};
    // A password written into the URI (given on the command line) is held for the process like
    // one typed into the window, and the URI is kept without it: every later connection to the
    // login, a reconnection included, takes the one held then (credentials.h).
    const QString target = takePassword(uri);
    if (std::optional<Error> refused = refusedAgain(target))
        return *refused;
    QByteArray sent;
    PGconn *handle = connectTo(target, sent);
    if (!handle)
        return Error {QStringLiteral("%1: out of memory").arg(target)};
    if (PQstatus(handle) != CONNECTION_OK) {
        const Error error = failedConnection(handle, target, sent);
        PQfinish(handle);
        return error;
    }
    return std::unique_ptr<Connection>(new Connection(handle, target));
}

std::optional<Error> Connection::refusedAgain(const QString &target)
{
    std::optional<QString> earlier = refusedBefore(target);
    if (!earlier)
        return std::nullopt;
    Error error {*earlier + QStringLiteral("; not sent again until another password is given"),
        ErrorKind::LoginRefused};
    // Told as any refusal (a window opens its prompt for it if it has not yet), remembered anew
    // for nothing: the first refusal stays the one remembered.
    reportLoginRefused(target, error.message, {});
    return error;
}

Error Connection::failedConnection(pg_conn *handle, const QString &target, const QByteArray &sent)
{
    const QString message = QString::fromUtf8(PQerrorMessage(handle));
    // What libpq knows of the password, not its message's words, tells a refused login.
    const PasswordUse password = PQconnectionNeedsPassword(handle) ? PasswordUse::Missing
        : PQconnectionUsedPassword(handle)                         ? PasswordUse::Sent
                                                                   : PasswordUse::NotAsked;
    Error error = connectionFailure(target, message, password);
    if (error.kind == ErrorKind::LoginRefused)
        reportLoginRefused(target, error.message, sent);
    return error;
}

pg_conn *Connection::connectTo(const QString &uri, QByteArray &sent)
{
    const QByteArray utf8 = uri.toUtf8();
    // What this attempt sends, for a refusal to be remembered by (refusedBefore()); taken before
    // the password below, so that a password held meanwhile is at worst tried once more.
    sent = passwordSentTo(uri);
    // The password held for this login, if any, after the URI: it overrides one the URI might
    // name. None held: libpq looks in ~/.pgpass or $PGPASSFILE, read anew at every connection.
    const std::optional<QString> held = heldPassword(uri);
    const QByteArray password = held ? held->toUtf8() : QByteArray();
    // TCP keepalives notice a server host that vanished without a word (a cable, a VM switched
    // off) within about a minute instead of the system's two hours, so that a window listening
    // for edits says so. They only watch an idle connection: a statement sent into such a silence
    // would wait for TCP's retransmissions (a quarter of an hour), the window's main thread with
    // it; tcp_user_timeout gives the connection up once sent data stays unacknowledged for 10 s.
    // A long query is not cut by it: the server's host acknowledges the data at once.
    // Keywords after the URI override what it says: the text always travels as UTF-8. Those
    // before it are defaults the URI may change: a server that does not answer is given up
    // after 10 s instead of TCP's minutes.
    const char *keywords[] = {"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
        "tcp_user_timeout", "application_name", "dbname", "client_encoding", held ? "password" : nullptr,
        nullptr};
    const char *values[] = {
        "10", "30", "10", "3", "10000", "lagebild", utf8.constData(), "UTF8", password.constData(), nullptr};
    PGconn *handle = PQconnectdbParams(keywords, values, 1);
    // libpq prints the server's notices ("extension … already exists, skipping") on stderr by
    // default, which would break the CLI's one-line messages.
    if (handle)
        PQsetNoticeProcessor(
            handle, [](void *, const char *) {}, nullptr);
    return handle;
}

Error Connection::failure(const pg_result *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    // libpq's own failures carry no SQLSTATE. A statement sent to a server that went away fails
    // in the write, before libpq has noticed that the server is gone; reading what is left on
    // the socket makes it notice (and a healthy connection has nothing to read).
    bool lost = PQstatus(m_handle) == CONNECTION_BAD;
    if (!state && !lost)
        lost = PQconsumeInput(m_handle) == 0 || PQstatus(m_handle) == CONNECTION_BAD;
    if (!result)
        return failureOf({}, QString::fromUtf8(PQerrorMessage(m_handle)), m_target, lost);
    const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    const char *detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
    QString message = QString::fromUtf8(primary ? primary : PQresultErrorMessage(result));
    if (detail)
        message += QStringLiteral(": ") + QString::fromUtf8(detail);
    return failureOf(state ? QByteArrayView(state) : QByteArrayView(), message, m_target, lost && !state);
}

Expected<Result> Connection::query(QStringView sql, const Params &params)
{
    if (auto refused = restoreIfLost())
        return *refused;
    awaitCancelDelivery();
    const QByteArray text = sql.toUtf8();
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<Oid> types;
    values.reserve(params.m_values.size());
    for (size_t i = 0; i < params.m_values.size(); ++i) {
        values.push_back(params.m_null[i] ? nullptr : params.m_values[i].constData());
        lengths.push_back(int(params.m_values[i].size()));
        types.push_back(params.m_binary[i] ? byteaOid : 0); // 0: the server infers the type
    }
    Result result(PQexecParams(m_handle, text.constData(), params.size(), types.data(), values.data(),
        lengths.data(), params.m_binary.data(), 0));
    const ExecStatusType status = PQresultStatus(result.m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(result.m_result);
    return result;
}

Expected<void> Connection::execute(QStringView sql, const Params &params)
{
    auto result = query(sql, params);
    if (!result)
        return result.error();
    return {};
}

Expected<void> Connection::executeScript(const QString &sql)
{
    if (auto refused = restoreIfLost())
        return *refused;
    awaitCancelDelivery();
    const QByteArray text = sql.toUtf8();
    Result result(PQexec(m_handle, text.constData()));
    const ExecStatusType status = PQresultStatus(result.m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure(result.m_result);
    return {};
}

Expected<std::optional<qint64>> Connection::queryInt64(QStringView sql, const Params &params)
{
    auto result = query(sql, params);
    if (!result)
        return result.error();
    if (result->rows() == 0 || result->columns() == 0 || result->isNull(0, 0))
        return std::optional<qint64> {};
    return std::optional<qint64> {result->int64(0, 0)};
}

Expected<void> Connection::listen(QStringView channel)
{
    return execute(QStringLiteral("LISTEN %1").arg(channel));
}

Expected<bool> Connection::waitForNotification(int milliseconds)
{
    // Takes what has arrived; true when a notification was among it.
    const auto take = [this]() -> Expected<bool> {
        auto taken = takeNotifications();
        if (!taken)
            return taken.error();
        return !taken->empty();
    };
    auto arrived = take();
    if (!arrived || arrived.value())
        return arrived;
    pollfd socket {PQsocket(m_handle), POLLIN, 0};
    if (socket.fd < 0)
        return failure(nullptr);
    const int ready = ::poll(&socket, 1, std::max(milliseconds, 0));
    if (ready < 0)
        return errno == EINTR ? Expected<bool>(false) : failure(nullptr);
    if (ready == 0)
        return false;
    return take();
}

Expected<std::vector<Connection::Notification>> Connection::takeNotifications()
{
    if (PQconsumeInput(m_handle) == 0)
        return failure(nullptr);
    std::vector<Notification> taken;
    while (PGnotify *notification = PQnotifies(m_handle)) {
        taken.push_back({QString::fromUtf8(notification->relname), QString::fromUtf8(notification->extra),
            notification->be_pid});
        PQfreemem(notification);
    }
    return taken;
}

int Connection::socket() const
{
    return PQsocket(m_handle);
}

int Connection::backendPid() const
{
    return PQbackendPID(m_handle);
}

bool Connection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_handle);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

/// The cancel requests of one connection: what PQcancel needs (PQgetCancel copies the server's
/// address and the backend's key, so no other thread touches the connection itself) and whether
/// a request is on its way. Kept alive by the connection, every canceller and every sending
/// thread, whichever ends last.
struct Connection::CancelRequests : std::enable_shared_from_this<CancelRequests>
{
    explicit CancelRequests(PGcancel *request) : cancel(request) { }
    ~CancelRequests() { PQfreeCancel(cancel); }
    CancelRequests(const CancelRequests &) = delete;
    CancelRequests &operator=(const CancelRequests &) = delete;

    void send()
    {
        const std::lock_guard guard(mutex);
        if (onItsWay)
            return;
        onItsWay = true;
        waitedInVain = false;
        try {
            std::thread([self = shared_from_this()] {
                // PQcancel writes to a socket without guarding against SIGPIPE (it is meant for
                // signal handlers); a peer that hangs up first would end the program. Blocked
                // here, the write fails instead, and the signal dies with the thread.
                sigset_t pipe;
                sigemptyset(&pipe);
                sigaddset(&pipe, SIGPIPE);
                pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
                char error[256];
                // A failed request leaves the statement to finish: nothing else to do about it here.
                (void)PQcancel(self->cancel, error, int(sizeof error));
                {
                    const std::lock_guard done(self->mutex);
                    self->onItsWay = false;
                }
                self->delivered.notify_all();
            }).detach();
        } catch (const std::system_error &) {
            onItsWay = false; // no thread to be had: the statement runs to its end
        }
    }

    void awaitDelivery()
    {
        std::unique_lock lock(mutex);
        // A request the previous statement waited for in vain is not waited for again: the
        // server is then most likely gone, and every statement would wait.
        if (!onItsWay || waitedInVain)
            return;
        if (!delivered.wait_for(
                lock, std::chrono::milliseconds(cancelDeliveryWaitMs), [this] { return !onItsWay; }))
            waitedInVain = true;
    }

    PGcancel *const cancel;
    std::mutex mutex;
    std::condition_variable delivered;
    bool onItsWay = false; ///< a thread is sending a request
    bool waitedInVain = false; ///< a statement gave up waiting for the request on its way
};

std::function<void()> Connection::canceller() const
{
    if (!m_cancels) {
        PGcancel *request = PQgetCancel(m_handle);
        if (!request)
            return [] {}; // no connection to cancel on
        m_cancels = std::make_shared<CancelRequests>(request);
    }
    return [requests = m_cancels] { requests->send(); };
}

void Connection::awaitCancelDelivery()
{
    if (m_cancels)
        m_cancels->awaitDelivery();
}

std::optional<Error> Connection::restoreIfLost()
{
    if (m_openTransactions > 0 || !m_reconnects)
        return std::nullopt;
    // A server that shut down or restarted has closed the socket of an idle connection, which
    // libpq learns only by reading: a read that does not wait, so that the statement goes to a
    // new session instead of failing on the old one.
    // Twice: a server that shut down in order first sent the session's end (an error message),
    // which one read takes, and then closed the socket, which only the next read sees.
    for (int read = 0;
         read < 2 && PQstatus(m_handle) == CONNECTION_OK && PQtransactionStatus(m_handle) == PQTRANS_IDLE;
         ++read)
        (void)PQconsumeInput(m_handle);
    if (PQstatus(m_handle) != CONNECTION_BAD)
        return std::nullopt;
    // Connecting waits for a server that does not answer (at most connect_timeout): after such a
    // slow failure, not again at every statement. A refused connection (the server stopped, its
    // socket gone) fails at once and is tried at every statement, so that the first one after
    // the server is back finds it.
    const auto clock = [] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    };
    const qint64 started = clock();
    if (m_slowReconnectMs != 0 && started - m_slowReconnectMs < reconnectIntervalMs)
        return std::nullopt;
    // A new connection from the URI rather than PQreset, which sends the password libpq read
    // when the session was first made: one the administrator changed since, held anew by the
    // process or put in ~/.pgpass (or PGPASSFILE), is taken up.
    // A password the server refused is not sent again (credentials.h, refusedBefore()): the
    // statement fails with the refusal at once, and the server's log gets no failed login.
    if (std::optional<Error> refused = refusedAgain(m_target))
        return refused;
    QByteArray sent;
    PGconn *fresh = connectTo(m_target, sent);
    if (!fresh || PQstatus(fresh) != CONNECTION_OK) {
        // A refused login is said as such (the window asks for the new password), not as the
        // lost connection the statement would otherwise fail with.
        std::optional<Error> refused;
        if (fresh) {
            if (Error error = failedConnection(fresh, m_target, sent); error.kind == ErrorKind::LoginRefused)
                refused = std::move(error);
        }
        PQfinish(fresh);
        const qint64 ended = clock();
        m_slowReconnectMs = ended - started > slowReconnectMs ? ended : 0;
        return refused;
    }
    PQfinish(m_handle);
    m_handle = fresh;
    m_slowReconnectMs = 0;
    ++m_reconnections;
    // The old session's key is of no use any more; the next canceller() takes the new one.
    m_cancels.reset();
    return std::nullopt;
}

bool Connection::isBroken() const
{
    return PQstatus(m_handle) == CONNECTION_BAD;
}

} // namespace Lagebild::Postgres
