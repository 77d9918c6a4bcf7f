// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/articleexporter.h"

#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/databaselocation.h"
#include "store/sqlreader.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrentRun>

#include <atomic>

namespace Lagebild {

struct ArticleExporter::Run
{
    std::atomic<bool> cancelled = false;
    std::atomic<qint64> written = 0;
    std::atomic<qint64> total = 0;
};

ArticleExporter::ArticleExporter(QString databasePath, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_window(window)
{
    m_poll.setInterval(150);
    connect(&m_poll, &QTimer::timeout, this, &ArticleExporter::showProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        m_poll.stop();
        m_run.reset();
        if (m_dialog) {
            m_dialog->disconnect(this);
            m_dialog->close();
        }
        Q_EMIT finished(m_path, outcome.written, outcome.error, outcome.cancelled);
    });
}

ArticleExporter::~ArticleExporter()
{
    cancel();
    m_watcher.waitForFinished();
}

void ArticleExporter::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

bool ArticleExporter::start(const QString &path, const ArticleFilter &filter, ArticleExportFormat format)
{
    if (m_run)
        return false;
    m_run = std::make_shared<Run>();
    m_path = path;
    m_dialog = new QProgressDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal: the analyst reads and tags on while the file is written.
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setWindowTitle(tr("Export Articles"));
    m_dialog->setLabelText(tr("Writing the filtered articles to %1…").arg(QFileInfo(path).fileName()));
    m_dialog->setMinimumDuration(500); // a small export ends before the dialog would appear
    m_dialog->setRange(0, 1000); // thousandths: a corpus may not fit an int
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &ArticleExporter::cancel);
    m_poll.start();
    m_watcher.setFuture(QtConcurrent::run([run = m_run, database = m_databasePath, path, filter, format] {
        Outcome outcome;
        // Connections of its own: an SQLite file's store, or a team database's reader of the
        // articles and of the statements (the same bytes from the same corpus, as the CLI's).
        std::unique_ptr<ArticleStore> store;
        std::unique_ptr<CorpusReader> articles;
        std::unique_ptr<SqlReader> sql;
        if (backendOf(database) == Backend::Postgres) {
            auto reader = openPostgresCorpusReader(database);
            if (!reader) {
                outcome.error = reader.errorMessage();
                return outcome;
            }
            auto statements = openPostgresSqlReader(database);
            if (!statements) {
                outcome.error = statements.errorMessage();
                return outcome;
            }
            articles = std::move(reader.value());
            sql = std::move(statements.value());
        } else {
            auto opened = ArticleStore::open(database);
            if (!opened) {
                outcome.error = opened.errorMessage();
                return outcome;
            }
            store = std::move(opened.value());
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome.error = file.errorString();
            return outcome;
        }
        const ExportProgress progress = [&run](qint64 done, qint64 total) {
            run->written = done;
            run->total = total;
            return !run->cancelled;
        };
        auto written = store ? exportArticles(*store, filter, format, file, progress)
                             : exportArticles(*articles, *sql, filter, format, file, progress);
        if (!written) {
            file.cancelWriting(); // nothing half-written replaces an earlier file
            outcome.cancelled = written.error().kind == ErrorKind::Cancelled;
            outcome.error = outcome.cancelled ? QString() : written.errorMessage();
            return outcome;
        }
        if (!file.commit()) {
            outcome.error = file.errorString();
            return outcome;
        }
        outcome.written = written.value();
        return outcome;
    }));
    return true;
}

void ArticleExporter::showProgress()
{
    if (!m_run || !m_dialog)
        return;
    const qint64 total = m_run->total;
    if (total > 0)
        m_dialog->setValue(int(m_run->written * 1000 / total));
}

} // namespace Lagebild
