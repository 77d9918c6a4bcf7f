// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Lagebild::Postgres {

/// True for what libpq takes as a connection URI (postgresql://… or postgres://…): how the
/// command line tells a PostgreSQL database from an SQLite file.
[[nodiscard]] bool isPostgresUri(QStringView text);

/// The URI as messages show it: without a password, should one have been written into it.
[[nodiscard]] QString describeTarget(const QString &uri);

/// The parameters of one statement, $1, $2, … in the order added. Values go as text, which the
/// server reads as the type the statement needs (integer, double precision, text), except byte
/// strings, sent as binary bytea so that no escaping can change them.
class Params
{
public:
    Params &add(qint64 value);
    Params &add(int value) { return add(qint64(value)); }
    Params &add(double value);
    Params &add(const QString &value); ///< a null QString is NULL
    Params &add(const char *) = delete; // force QStringLiteral / QLatin1String
    Params &addBytes(const QByteArray &value);
    Params &addNull();
    [[nodiscard]] int size() const { return int(m_values.size()); }

private:
    friend class Connection;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_binary;
};

/// The rows of a query, freed on destruction. Values arrive as text and are converted on access.
class Result
{
public:
    explicit Result(pg_result *result);
    ~Result();
    Result(Result &&other) noexcept;
    Result &operator=(Result &&other) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] QString columnName(int column) const;
    /// The column's type as the server's type OID (20 bigint, 25 text, 17 bytea, …).
    [[nodiscard]] unsigned columnType(int column) const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const; ///< NULL gives a null QString
    [[nodiscard]] qint64 int64(int row, int column) const;
    [[nodiscard]] double real(int row, int column) const;
    [[nodiscard]] QByteArray bytes(int row, int column) const; ///< a bytea column's bytes
    /// Rows an INSERT, UPDATE or DELETE touched.
    [[nodiscard]] qint64 affectedRows() const;
    /// The command tag's verb: "COMMIT", or "ROLLBACK" when COMMIT met a failed transaction.
    [[nodiscard]] QString commandStatus() const;

private:
    friend class Connection;
    pg_result *m_result = nullptr;
};

/// Owns one libpq connection, opened from a URI (postgresql:///lagebild?host=/run/postgresql,
/// postgresql://analyst@server/lagebild?sslmode=require). Lagebild never stores a password: the
/// process holds one given to it in memory (credentials.h), else libpq reads it from ~/.pgpass or
/// $PGPASSFILE. Not thread-safe; every thread opens its own, as with SQLite. Errors come back as
/// values, one line each (errorkind.h).
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /// A password written into `uri` is held for the process (takePassword()) and kept nowhere
    /// else; every connection to the login sends the password held at that moment. A password
    /// the server refused for the login is not sent again (credentials.h, refusedBefore()): the
    /// open fails at once as LoginRefused until another is held or the refusal is forgotten.
    static Expected<std::unique_ptr<Connection>> open(const QString &uri);

    /// One statement with parameters ($1, $2, …), its rows (none for a command). A connection
    /// the server dropped (restarted, the network lost) is first made again from the same URI,
    /// with the password held then (see reconnectIntervalMs), so that a window or a CLI loop goes
    /// on once the server is back — but never inside a transaction begun before the loss: its
    /// statements fail, and the transaction is given up whole. A reconnection the server refuses
    /// for the password fails the statement as LoginRefused. A reconnected session has lost its
    /// LISTENs, and its earlier canceller() sends to the old session (ignored).
    Expected<Result> query(QStringView sql, const Params &params = {});
    /// One statement with parameters whose rows, if any, are not wanted.
    Expected<void> execute(QStringView sql, const Params &params = {});
    /// Several statements without parameters in one go (a migration file).
    Expected<void> executeScript(const QString &sql);
    /// The first column of the first row, or nullopt when there is no row or it is NULL.
    Expected<std::optional<qint64>> queryInt64(QStringView sql, const Params &params = {});

    /// LISTEN on a channel (a plain lower-case identifier); notifications sent to it arrive from
    /// the next commit of anyone on, see waitForNotification(). Outside a transaction, so that it
    /// holds at once.
    Expected<void> listen(QStringView channel);
    /// Waits at most `milliseconds` for a notification on a channel listened to; true when one
    /// (or more: all waiting ones are taken) arrived, false on time out. A lost server is an error
    /// of kind Unreachable.
    Expected<bool> waitForNotification(int milliseconds);
    /// A notification taken from the connection (takeNotifications()).
    struct Notification
    {
        QString channel;
        QString payload;
        /// The server process of the connection that sent it (backendPid() there).
        int senderPid = 0;
    };
    /// Reads what the server has sent without waiting and returns the notifications among it, in
    /// the order sent; for a caller that watches socket() itself (a QSocketNotifier). A lost
    /// server is an error of kind Unreachable.
    Expected<std::vector<Notification>> takeNotifications();
    /// The connection's socket, to watch for notifications; -1 when there is none.
    [[nodiscard]] int socket() const;
    /// The server process serving this connection.
    [[nodiscard]] int backendPid() const;
    /// Asks the server to stop the statement this connection is running: callable from any
    /// thread, also after the connection is gone, and returns at once. The request (PQcancel)
    /// opens a connection of its own to the server, which on a server that does not answer takes
    /// until the connect fails (TCP's minutes), so it is sent from a thread of its own; the
    /// window's thread that stops an outdated count never waits for it. The statement then fails
    /// (QueryCanceled); when none is running the server ignores the request. So that a request
    /// still on its way does not stop the next statement instead, this connection sends its next
    /// statement only once the request is delivered, waiting at most cancelDeliveryWaitMs for it.
    /// While one request is on its way, further calls add none: it stops what runs when it lands.
    [[nodiscard]] std::function<void()> canceller() const;
    /// How long a statement waits for a cancel request still on its way (see canceller()): far
    /// beyond a reachable server's round trip, short enough not to hold a worker up when the
    /// request cannot get through (the statement then likely fails as the server is unreachable).
    static constexpr int cancelDeliveryWaitMs = 2000;

    /// Inside BEGIN … COMMIT (or in a failed transaction awaiting ROLLBACK).
    [[nodiscard]] bool inTransaction() const;
    /// Whether the server still answers as far as libpq knows (it learns of a loss on the next call).
    [[nodiscard]] bool isBroken() const;
    /// Whether query() makes a dropped session again (the default). Off for a connection whose
    /// session carries state a new one would lack (set_config, LISTEN): its owner starts over.
    void setReconnects(bool reconnects) { m_reconnects = reconnects; }
    /// How often the connection was made again after the server dropped it (see query()).
    [[nodiscard]] int reconnections() const { return m_reconnections; }
    /// After an attempt to make a lost connection again that failed slowly (more than
    /// slowReconnectMs: a server that does not answer), the least time before the next one.
    static constexpr int reconnectIntervalMs = 30000;
    static constexpr int slowReconnectMs = 500;
    /// The URI without a password, for messages (no connection keeps one with it).
    [[nodiscard]] const QString &target() const { return m_target; }
    [[nodiscard]] pg_conn *handle() const { return m_handle; }

private:
    struct CancelRequests;

    Connection(pg_conn *handle, QString target);
    /// A new libpq connection to `uri` with the session settings every connection has (nullptr
    /// only when out of memory; its status says whether it is made). `sent`: passwordSentTo() of
    /// the attempt (credentials.h).
    static pg_conn *connectTo(const QString &uri, QByteArray &sent);
    /// The refusal to fail with, without asking the server, when the server refused the login
    /// for what a connection would send now (credentials.h, refusedBefore()).
    static std::optional<Error> refusedAgain(const QString &target);
    Error failure(const pg_result *result) const;
    /// Before a statement: waits for a cancel request on its way (canceller()).
    void awaitCancelDelivery();
    /// The failure of a connection attempt, told to the login refusal listeners when the server
    /// refused the password (credentials.h).
    static Error failedConnection(pg_conn *handle, const QString &target, const QByteArray &sent);
    /// Before a statement: makes a lost connection again, outside transactions (query()). The
    /// server's refusal of the login when that failed for the password: the statement fails
    /// with it instead of as a lost connection.
    std::optional<Error> restoreIfLost();
    friend class Transaction;

    pg_conn *m_handle = nullptr;
    /// The URI as opened, without a password: for messages and a lost session's reconnection.
    QString m_target;
    /// Made by the first canceller() call, shared with the callers and the sending threads.
    mutable std::shared_ptr<CancelRequests> m_cancels;
    /// Transactions (Postgres::Transaction, not savepoints) begun and not yet finished.
    int m_openTransactions = 0;
    bool m_reconnects = true;
    int m_reconnections = 0;
    /// When the last attempt to make a lost connection again failed slowly (steady clock, ms);
    /// 0: it did not.
    qint64 m_slowReconnectMs = 0;
};

} // namespace Lagebild::Postgres
