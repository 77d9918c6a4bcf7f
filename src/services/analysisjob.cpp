// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysisjob.h"

#include "store/articlestore.h"

#include <QtConcurrent>

namespace Lagebild {

AnalysisJob::AnalysisJob(QString databasePath, bool all, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_all(all)
{
    connect(&m_watcher, &QFutureWatcher<AnalyzeSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        Q_EMIT finished();
    });
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void AnalysisJob::start()
{
    auto cancelFlag = m_cancel;
    // The service itself fans out to the pool; this outer task only orchestrates and writes.
    m_watcher.setFuture(QtConcurrent::run([this, cancelFlag, path = m_databasePath, all = m_all]() {
        AnalyzeSummary summary;
        auto store = ArticleStore::open(path);
        if (!store) {
            summary.error = store.errorMessage();
            return summary;
        }
        AnalysisService service(**store);
        return service.analyze(
            all, [this](int done, int total) { Q_EMIT progress(done, total); }, cancelFlag.get());
    }));
}

void AnalysisJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
