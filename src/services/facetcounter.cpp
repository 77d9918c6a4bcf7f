// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/facetcounter.h"

#include "store/articlestore.h"

#include <QtConcurrent>

namespace Lagebild {

FacetCounter::FacetCounter(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
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
    m_watcher.waitForFinished();
}

void FacetCounter::request(const ArticleFilter &filter)
{
    if (m_busy)
        m_pending = filter;
    else
        start(filter);
}

void FacetCounter::start(const ArticleFilter &filter)
{
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, filter] {
        auto store = ArticleStore::open(path);
        if (!store) {
            FacetCounts failed;
            failed.filter = filter;
            failed.error = store.errorMessage();
            return failed;
        }
        ArticleQuery query((**store).database());
        return count(query, filter);
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
