// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/editfeed.h"

#include "store/postgres/channels.h"
#include "store/postgres/connection.h"

#include <QSocketNotifier>
#include <QtConcurrentRun>

#include <algorithm>

namespace Lagebild {

namespace {

// A connection made on a pool thread: opening one waits for the server (up to libpq's
// connect_timeout for a host that does not answer), which the window's thread must not.
EditFeed::Attempt listenOn(const QString &uri)
{
    EditFeed::Attempt attempt;
    auto opened = Postgres::Connection::open(uri);
    if (!opened) {
        attempt.error = opened.errorMessage();
        attempt.kind = opened.error().kind;
        return attempt;
    }
    if (auto listening = (**opened).listen(Postgres::editsChannel); !listening) {
        attempt.error = listening.errorMessage();
        attempt.kind = listening.error().kind;
        return attempt;
    }
    attempt.connection = std::move(opened.value());
    return attempt;
}

} // namespace

EditFeed::EditFeed(QString uri, QObject *parent) : QObject(parent), m_uri(std::move(uri))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, &EditFeed::deliver);
    // Single shot, started again after each failed attempt: attempts never pile up.
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &EditFeed::attempt);
    connect(&m_attempt, &QFutureWatcher<Attempt>::finished, this, &EditFeed::attempted);
}

// A pending attempt ends on its own; its connection, if any, is closed with the future's result.
EditFeed::~EditFeed() = default;

void EditFeed::start()
{
    if (!m_connection)
        attempt();
}

void EditFeed::attempt()
{
    if (m_attempt.isRunning())
        return;
    m_attempt.setFuture(QtConcurrent::run([uri = m_uri] { return listenOn(uri); }));
}

void EditFeed::attempted()
{
    const Attempt result = m_attempt.result();
    if (!result.connection) {
        lose(result.error, result.kind);
        m_retry.start();
        return;
    }
    m_connection = result.connection;
    m_notifier = std::make_unique<QSocketNotifier>(m_connection->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &EditFeed::readNotifications);
    if (m_lost) {
        m_lost = false;
        // What was edited while the feed was away is unknown.
        m_everything = true;
        m_gather.start();
        Q_EMIT connectionRestored();
    }
}

void EditFeed::readNotifications()
{
    auto taken = m_connection->takeNotifications();
    if (!taken) {
        lose(taken.errorMessage(), taken.error().kind);
        m_retry.start();
        return;
    }
    for (const auto &notification : taken.value()) {
        if (notification.channel != Postgres::editsChannel)
            continue;
        if (notification.payload.isEmpty())
            m_everything = true;
        for (const QStringView id : QStringView(notification.payload).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const ArticleId article = id.toLongLong(&ok);
            if (ok)
                m_pending.insert(article);
        }
    }
    if ((m_everything || !m_pending.isEmpty()) && !m_gather.isActive())
        m_gather.start();
}

void EditFeed::lose(const QString &message, ErrorKind kind)
{
    // The notifier goes first: it watches the connection's socket.
    m_notifier.reset();
    m_connection.reset();
    // Said once per loss, not at every retry.
    if (m_lost)
        return;
    m_lost = true;
    Q_EMIT connectionLost(message, kind);
}

void EditFeed::deliver()
{
    QList<ArticleId> ids(m_pending.cbegin(), m_pending.cend());
    std::sort(ids.begin(), ids.end());
    const bool everything = m_everything;
    m_pending.clear();
    m_everything = false;
    Q_EMIT articlesEdited(ids, everything);
}

} // namespace Lagebild
