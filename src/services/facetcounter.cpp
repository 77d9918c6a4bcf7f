// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/facetcounter.h"

#include "store/sqlreader.h"

#include <QtConcurrent>

#include <mutex>

namespace Lagebild {

struct FacetCounter::Running
{
    std::mutex mutex;
    std::function<void()> interrupt; ///< set while the count runs, under the mutex
    bool interrupted = false;
};

FacetCounter::FacetCounter(QString location, QObject *parent)
    : QObject(parent), m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<FacetCounts>::finished, this, [this] {
        const FacetCounts counts = m_watcher.result();
        if (m_pending) {
            // Outdated by a newer filter: skip it and count for the newer one.
            const ArticleFilter next = *m_pending;
            m_pending.reset();
            start(next);
            return;
        }
        m_busy = false;
        Q_EMIT ready(counts);
    });
}

FacetCounter::~FacetCounter()
{
    interruptRunning();
    m_watcher.waitForFinished();
}

void FacetCounter::request(const ArticleFilter &filter)
{
    if (m_busy) {
        m_pending = filter;
        interruptRunning(); // its counts are for an older filter
    } else {
        start(filter);
    }
}

void FacetCounter::interruptRunning()
{
    if (!m_running)
        return;
    const std::lock_guard guard(m_running->mutex);
    m_running->interrupted = true;
    if (m_running->interrupt)
        m_running->interrupt();
}

void FacetCounter::start(const ArticleFilter &filter)
{
    m_busy = true;
    m_running = std::make_shared<Running>();
    m_watcher.setFuture(QtConcurrent::run([location = m_location, filter, running = m_running] {
        FacetCounts outcome;
        outcome.filter = filter;
        auto opened = openInterruptibleSqlReader(location);
        if (!opened) {
            outcome.error = opened.errorMessage();
            return outcome;
        }
        {
            const std::lock_guard guard(running->mutex);
            if (running->interrupted) {
                outcome.error = QStringLiteral("interrupted");
                return outcome;
            }
            running->interrupt = opened->interrupt;
        }
        ArticleQuery query(*opened->reader);
        outcome = count(query, filter);
        const std::lock_guard guard(running->mutex);
        running->interrupt = nullptr; // the connection closes with the reader below
        return outcome;
    }));
}

FacetCounts FacetCounter::count(ArticleQuery &query, const ArticleFilter &filter)
{
    FacetCounts counts;
    counts.filter = filter;
    auto outlets = query.outletCounts(filter);
    auto tags = query.tagCounts(filter);
    auto entities = query.entityCounts(filter, entityLimit);
    for (const QString &failed : {outlets.errorMessage(), tags.errorMessage(), entities.errorMessage()}) {
        if (!failed.isEmpty()) {
            counts.error = failed;
            return counts;
        }
    }
    counts.outlets = std::move(outlets.value());
    counts.tags = std::move(tags.value());
    counts.entities = std::move(entities.value());
    return counts;
}

} // namespace Lagebild
