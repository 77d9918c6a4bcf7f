// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/searchindexjob.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Lagebild {

/// Rebuilds an outdated search index (after an upgrade changed tokenization) in the background,
/// behind a window-modal progress dialog: the window stays painted and responsive, and no edit
/// can wait on the rebuild's write lock meanwhile. "Not Now" keeps the old index until the
/// database is opened again.
class SearchIndexUpkeep final : public QObject
{
    Q_OBJECT
public:
    SearchIndexUpkeep(QString databasePath, QWidget *window);
    ~SearchIndexUpkeep() override;

    /// Starts the rebuild of `articles` articles' index; ended() follows in any case.
    void start(qint64 articles);

Q_SIGNALS:
    void ended(const Lagebild::SearchIndexRebuild &result);

private:
    QString m_databasePath;
    QWidget *m_window;
    QPointer<QProgressDialog> m_dialog;
    SearchIndexJob *m_job = nullptr;
};

} // namespace Lagebild
