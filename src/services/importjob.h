// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importservice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Lagebild {

/// Runs an import on a pool thread with its own database connection (an SQLite file's path or a
/// team database's libpq URI), so the window stays responsive; reports progress and problems as queued
/// signals and can be cancelled between files (what was committed stays, a re-run completes the rest).
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString databasePath, QStringList paths, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] const ImportSummary &summary() const { return m_summary; }

Q_SIGNALS:
    void progress(int done, int total, const QString &file);
    void problem(const QString &file, const QString &reason);
    void finished();

private:
    QString m_databasePath;
    QStringList m_paths;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<ImportSummary> m_watcher;
    ImportSummary m_summary;
};

} // namespace Lagebild
