// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/analysisservice.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Lagebild {

/// Runs AnalysisService on a pool thread with its own database connection; progress as queued
/// signals, cancellable between chunks (what was stored stays; a later run does the rest).
class AnalysisJob final : public QObject
{
    Q_OBJECT
public:
    AnalysisJob(QString databasePath, bool all, QObject *parent = nullptr);
    ~AnalysisJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] const AnalyzeSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    QString m_databasePath;
    bool m_all = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<AnalyzeSummary> m_watcher;
    AnalyzeSummary m_summary;
};

} // namespace Lagebild
