// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/searchindexupkeep.h"

#include <QLabel>
#include <QProgressDialog>
#include <QWidget>

namespace Lagebild {

SearchIndexUpkeep::SearchIndexUpkeep(QString databasePath, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_window(window)
{ }

SearchIndexUpkeep::~SearchIndexUpkeep() = default; // the job, a child, cancels and waits

void SearchIndexUpkeep::start(qint64 articles)
{
    delete m_job;
    m_job = new SearchIndexJob(m_databasePath, this);
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setWindowTitle(tr("Search Index"));
    // A wrapped label: QProgressDialog's own stretches the dialog to the sentence's width.
    auto *label = new QLabel(tr("This version of Lagebild splits and stems German words differently, so the "
                                "search index of %Ln article(s) is written anew, once. Searching waits "
                                "until it is done.",
        nullptr, int(qMin<qint64>(articles, std::numeric_limits<int>::max()))));
    label->setWordWrap(true);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
    m_dialog->setLabel(label);
    m_dialog->setCancelButtonText(tr("Not Now"));
    m_dialog->setMinimumDuration(0);
    // Progress in thousandths: a QProgressDialog counts in int, a corpus may not fit.
    m_dialog->setRange(0, 1000);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, m_job, &SearchIndexJob::cancel);
    connect(m_job, &SearchIndexJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_dialog && total > 0)
            m_dialog->setValue(int(done * 1000 / total));
    });
    connect(m_job, &SearchIndexJob::finished, this, [this] {
        if (m_dialog) {
            m_dialog->disconnect(this);
            m_dialog->close();
        }
        Q_EMIT ended(m_job->result());
    });
    m_job->start();
}

} // namespace Lagebild
