// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/articleexport.h"
#include "store/articlefilter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QProgressDialog;
class QWidget;

namespace Lagebild {

/// File → Export Articles in the background: a pool thread with a connection of its own (to the
/// SQLite file, or to the team database at a libpq URI) writes
/// the file while the analyst keeps working (a million articles take minutes), with a progress
/// dialog that can cancel. The file appears only when it is complete (QSaveFile).
class ArticleExporter final : public QObject
{
    Q_OBJECT
public:
    ArticleExporter(QString databasePath, QWidget *window);
    /// Cancels a running export and waits for it: no thread outlives the window.
    ~ArticleExporter() override;

    /// Starts writing the articles `filter` selects to `path`; finished() follows in any case.
    /// False (and nothing started) while another export runs.
    bool start(const QString &path, const ArticleFilter &filter, ArticleExportFormat format);
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }
    void cancel();

Q_SIGNALS:
    /// `written` articles on success; -1 with the reason in `error`, or -1 with `cancelled`.
    void finished(const QString &path, qint64 written, const QString &error, bool cancelled);

private:
    struct Run;
    struct Outcome
    {
        qint64 written = -1;
        QString error;
        bool cancelled = false;
    };
    void showProgress();

    QString m_databasePath;
    QWidget *m_window;
    std::shared_ptr<Run> m_run; ///< shared with the pool thread; null when idle
    QString m_path;
    QFutureWatcher<Outcome> m_watcher;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll; ///< the dialog follows the thread's count a few times a second
};

} // namespace Lagebild
