// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importjob.h"

#include "store/articlestore.h"
#include "store/databaselocation.h"
#include "store/importtarget.h"
#include "store/postgres/connection.h"

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
        // An SQLite file through its store, a team database through a connection of its own, as
        // `lagebild-cli import` does (docs/team.md).
        std::unique_ptr<ArticleStore> store;
        std::unique_ptr<ImportTarget> target;
        if (backendOf(path) == Backend::Postgres) {
            auto opened = openPostgresImportTarget(path);
            if (!opened) {
                // Named without the password a URI may hold: the issues panel shows it.
                const QString shown = Postgres::describeTarget(path);
                summary.problems.push_back({shown, opened.errorMessage()});
                Q_EMIT problem(shown, opened.errorMessage());
                return summary;
            }
            target = std::move(opened.value());
        } else {
            auto opened = ArticleStore::open(path);
            if (!opened) {
                summary.problems.push_back({path, opened.errorMessage()});
                Q_EMIT problem(path, opened.errorMessage());
                return summary;
            }
            store = std::move(opened.value());
            target = sqliteImportTarget(*store);
        }
        ImportObserver observer;
        observer.progress
            = [this](int done, int total, const QString &file) { Q_EMIT progress(done, total, file); };
        observer.problem = [this](const ImportProblem &p) { Q_EMIT problem(p.file, p.reason); };
        ImportService service(*target);
        return service.importPaths(paths, observer, cancelFlag.get());
    }));
}

void ImportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
