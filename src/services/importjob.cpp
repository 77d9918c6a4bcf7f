// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importjob.h"

#include "store/articlestore.h"

#include <QtConcurrent>

namespace Lagebild {

ImportJob::ImportJob(QString databasePath, QStringList paths, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_paths(std::move(paths))
{
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start()
{
    auto cancelFlag = m_cancel;
    // Signals emitted on the pool thread reach receivers in the GUI thread queued; the
    // destructor waits for the worker, so `this` outlives every emission.
    m_watcher.setFuture(QtConcurrent::run([this, cancelFlag, path = m_databasePath, paths = m_paths]() {
        ImportSummary summary;
        auto store = ArticleStore::open(path);
        if (!store) {
            summary.problems.push_back({path, store.errorMessage()});
            Q_EMIT problem(path, store.errorMessage());
            return summary;
        }
        ImportObserver observer;
        observer.progress
            = [this](int done, int total, const QString &file) { Q_EMIT progress(done, total, file); };
        observer.problem = [this](const ImportProblem &p) { Q_EMIT problem(p.file, p.reason); };
        ImportService service(**store);
        return service.importPaths(paths, observer, cancelFlag.get());
    }));
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
