// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/learnjob.h"

#include <QtConcurrent>

namespace Lagebild {

LearnJob::LearnJob(QString location, QObject *parent) : QObject(parent), m_location(std::move(location))
{
    connect(&m_watcher, &QFutureWatcher<LearnSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        Q_EMIT finished();
    });
}

LearnJob::~LearnJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void LearnJob::start()
{
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([this, cancelFlag, location = m_location]() {
        LearnSummary summary;
        auto service = LearnService::open(location);
        if (!service) {
            summary.error = service.errorMessage();
            return summary;
        }
        return (**service).learn(
            [this](int done, int total) { Q_EMIT progress(done, total); }, cancelFlag.get());
    }));
}

void LearnJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
