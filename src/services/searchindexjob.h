// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Lagebild {

/// How a rebuild of the search index ended: done, cancelled (the old index stays), or failed.
struct SearchIndexRebuild
{
    bool done = false;
    QString error;
};

/// Rebuilds an outdated search index (SearchIndex) on a pool thread with its own database
/// connection, like LearnJob: progress as queued signals, cancellable (nothing changes then).
class SearchIndexJob final : public QObject
{
    Q_OBJECT
public:
    explicit SearchIndexJob(QString databasePath, QObject *parent = nullptr);
    ~SearchIndexJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] const SearchIndexRebuild &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    QString m_databasePath;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<SearchIndexRebuild> m_watcher;
    SearchIndexRebuild m_result;
};

} // namespace Lagebild
