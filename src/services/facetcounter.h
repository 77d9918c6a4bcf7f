// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlefilter.h"
#include "store/articlequery.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace Lagebild {

class SqlReadStop;

struct FacetCounts
{
    ArticleFilter filter; ///< what the counts are for
    std::vector<FacetCount> outlets;
    std::vector<FacetCount> tags;
    std::vector<FacetCount> entities;
    QString error;
    bool cancelled = false; ///< a stop ended the count (the error says so; the lists are empty)
};

/// Counts the filter panel's facets on a pool thread with its own connection: on a large corpus
/// the entity counts take longer than a keystroke, and the table must not wait for them. Only
/// the newest request matters; requests made while one runs collapse into one follow-up. The
/// corpus is an SQLite file or a PostgreSQL database (FacetQuery's statements run on both).
class FacetCounter final : public QObject
{
    Q_OBJECT
public:
    /// `location`: a file's path or a libpq URI (backendOf()), opened anew for every count.
    explicit FacetCounter(QString location, QObject *parent = nullptr);
    ~FacetCounter() override;

    void request(const ArticleFilter &filter);
    [[nodiscard]] bool isBusy() const { return m_busy || m_pending.has_value(); }

    static constexpr int entityLimit = 300;
    /// The counts, on the caller's connection. Once `stop` is set the count ends cancelled: it is
    /// looked at before each of the three statements; a running one stops only if the connection
    /// checks the flag itself (an SQLite connection given it by Database::stopWhen) or is
    /// interrupted.
    static FacetCounts count(
        ArticleQuery &query, const ArticleFilter &filter, const std::atomic_bool *stop = nullptr);

Q_SIGNALS:
    void ready(const Lagebild::FacetCounts &counts);

private:
    void start(const ArticleFilter &filter);
    void interruptRunning();

    QString m_location;
    /// How to stop the count in flight, so a newer request (or closing the window) need not wait
    /// seconds for counts nobody will see.
    std::shared_ptr<SqlReadStop> m_running;
    std::optional<ArticleFilter> m_pending;
    QFutureWatcher<FacetCounts> m_watcher;
    // Busy until the counts are delivered: the future ends before its finished() signal arrives,
    // and in between the watcher already says it is not running.
    bool m_busy = false;
};

} // namespace Lagebild
