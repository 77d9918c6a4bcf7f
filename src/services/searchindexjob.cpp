// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/searchindexjob.h"

#include "store/articlestore.h"
#include "store/searchindex.h"

#include <QtConcurrent>

namespace Lagebild {

SearchIndexJob::SearchIndexJob(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<SearchIndexRebuild>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished();
    });
}

SearchIndexJob::~SearchIndexJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void SearchIndexJob::start()
{
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([this, cancelFlag, path = m_databasePath]() {
        SearchIndexRebuild result;
        auto store = ArticleStore::open(path);
        if (!store) {
            result.error = store.errorMessage();
            return result;
        }
        auto rebuilt = SearchIndex((*store)->database()).rebuild([&](qint64 done, qint64 total) {
            Q_EMIT progress(done, total);
            return !cancelFlag->load();
        });
        if (!rebuilt)
            result.error = rebuilt.errorMessage();
        else
            result.done = rebuilt.value();
        return result;
    }));
}

void SearchIndexJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Lagebild
