// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/learnjob.h"

#include "store/articlestore.h"

#include <QtConcurrent>

namespace Lagebild {

LearnJob::LearnJob(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
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
    m_watcher.setFuture(QtConcurrent::run([this, cancelFlag, path = m_databasePath]() {
        LearnSummary summary;
        auto store = ArticleStore::open(path);
        if (!store) {
            summary.error = store.errorMessage();
            return summary;
        }
        LearnService service(**store);
        return service.learn([this](int done, int total) { Q_EMIT progress(done, total); }, cancelFlag.get());
    }));
}

void LearnJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
