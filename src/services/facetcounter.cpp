// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/facetcounter.h"

#include "store/sqlreader.h"

#include <QtConcurrent>

namespace Lagebild {

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
    if (m_running)
        m_running->request();
}

void FacetCounter::start(const ArticleFilter &filter)
{
    m_busy = true;
    m_running = std::make_shared<SqlReadStop>();
    m_watcher.setFuture(QtConcurrent::run([location = m_location, filter, running = m_running] {
        FacetCounts outcome;
        outcome.filter = filter;
        // The flag outlives the connection: `running` is kept by this function.
        auto opened = openInterruptibleSqlReader(location, running->flag());
        if (!opened) {
            outcome.error = opened.errorMessage();
            return outcome;
        }
        running->attach(opened->interrupt);
        ArticleQuery query(*opened->reader);
        outcome = count(query, filter, running->flag());
        running->detach(); // the connection closes with the reader below
        return outcome;
    }));
}

FacetCounts FacetCounter::count(
    ArticleQuery &query, const ArticleFilter &filter, const std::atomic_bool *stop)
{
    FacetCounts counts;
    counts.filter = filter;
    // One statement after another, ending at the first failure or stop: a cancelled count's
    // later statements are not wanted either.
    auto take = [&](auto &&run, std::vector<FacetCount> &into) {
        if (stop && stop->load()) {
            counts.error = QStringLiteral("interrupted");
            counts.cancelled = true;
            return false;
        }
        auto counted = run();
        if (!counted) {
            counts.error = counted.errorMessage();
            counts.cancelled = counted.error().kind == ErrorKind::Cancelled;
            return false;
        }
        into = std::move(counted.value());
        return true;
    };
    const bool done = take([&] { return query.outletCounts(filter); }, counts.outlets)
        && take([&] { return query.tagCounts(filter); }, counts.tags)
        && take([&] { return query.entityCounts(filter, entityLimit); }, counts.entities);
    if (!done) {
        counts.outlets.clear();
        counts.tags.clear();
        counts.entities.clear();
    }
    return counts;
}

} // namespace Lagebild
