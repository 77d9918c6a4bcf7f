// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace Lagebild {

namespace Postgres {
class Connection;
}

/// Hand edits of a team database as they commit, whoever made them (Postgres::editsChannel,
/// docs/team.md "Other analysts' edits in an open window"): a connection of its own LISTENs, a
/// QSocketNotifier wakes the main thread when the server writes to it (connecting happens on a
/// pool thread, so that a server that does not answer never holds the window up), and the edits of a short
/// while are gathered into one signal, so that a tag put on 500 articles refreshes a window once.
/// When the server goes away the feed says so once and tries again every few seconds; once it is
/// back it asks for everything to be read again, as edits made meanwhile were not heard.
class EditFeed final : public QObject
{
    Q_OBJECT
public:
    /// How long edits are gathered before articlesEdited(), and how often a lost connection is
    /// tried again.
    static constexpr int gatherMs = 250;
    static constexpr int retryMs = 5000;

    /// `uri` names the team database (its connections take the password the process holds).
    explicit EditFeed(QString uri, QObject *parent = nullptr);
    ~EditFeed() override;

    /// Connects and listens, on a pool thread. On failure connectionLost() says why, and it is
    /// tried again every retryMs.
    void start();
    [[nodiscard]] bool isListening() const { return m_connection != nullptr; }

Q_SIGNALS:
    /// Articles edited since the last signal; `everything` when an edit named none (too many) or
    /// edits may have been missed (the connection came back): then read all again.
    void articlesEdited(const QList<ArticleId> &ids, bool everything);
    /// The connection is lost or could not be made; `message` says why, on one line, and `kind`
    /// what kind of failure it was (a refused password is tried again only once a new one is held).
    void connectionLost(const QString &message, Lagebild::ErrorKind kind);
    /// Listening again after connectionLost().
    void connectionRestored();

public:
    /// One try at connecting and listening (public for the pool thread's function).
    struct Attempt
    {
        std::shared_ptr<Postgres::Connection> connection;
        QString error;
        ErrorKind kind = ErrorKind::Other;
    };

private:
    void attempt();
    void attempted();
    void readNotifications();
    void lose(const QString &message, ErrorKind kind);
    void deliver();

    QString m_uri;
    std::shared_ptr<Postgres::Connection> m_connection;
    QFutureWatcher<Attempt> m_attempt;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_gather;
    QTimer m_retry;
    QSet<ArticleId> m_pending;
    bool m_everything = false;
    bool m_lost = false;
};

} // namespace Lagebild
