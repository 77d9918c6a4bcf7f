// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlefilter.h"
#include "store/articlequery.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <vector>

namespace Lagebild {

struct FacetCounts
{
    ArticleFilter filter; ///< what the counts are for
    std::vector<FacetCount> outlets;
    std::vector<FacetCount> tags;
    std::vector<FacetCount> entities;
    QString error;
};

/// Counts the filter panel's facets on a pool thread with its own connection: on a large corpus
/// the entity counts take longer than a keystroke, and the table must not wait for them. Only
/// the newest request matters; requests made while one runs collapse into one follow-up.
class FacetCounter final : public QObject
{
    Q_OBJECT
public:
    explicit FacetCounter(QString databasePath, QObject *parent = nullptr);
    ~FacetCounter() override;

    void request(const ArticleFilter &filter);
    [[nodiscard]] bool isBusy() const { return m_busy || m_pending.has_value(); }

    static constexpr int entityLimit = 300;
    /// The counts, on the caller's connection.
    static FacetCounts count(ArticleQuery &query, const ArticleFilter &filter);

Q_SIGNALS:
    void ready(const Lagebild::FacetCounts &counts);

private:
    void start(const ArticleFilter &filter);

    QString m_databasePath;
    std::optional<ArticleFilter> m_pending;
    QFutureWatcher<FacetCounts> m_watcher;
    // Busy until the counts are delivered: the future ends before its finished() signal arrives,
    // and in between the watcher already says it is not running.
    bool m_busy = false;
};

} // namespace Lagebild
