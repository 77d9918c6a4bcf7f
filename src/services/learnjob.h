// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/learnservice.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lagebild {

/// Runs LearnService on a pool thread with database connections of its own, like AnalysisJob, on
/// a file or a team database: progress as queued signals, cancellable (nothing is stored then).
class LearnJob final : public QObject
{
    Q_OBJECT
public:
    /// `location`: a file's path or a libpq URI (CorpusSource::connectionLocation()).
    explicit LearnJob(QString location, QObject *parent = nullptr);
    ~LearnJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] const LearnSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    QString m_location;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<LearnSummary> m_watcher;
    LearnSummary m_summary;
};

} // namespace Lagebild
