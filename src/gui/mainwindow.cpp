#include "gui/mainwindow.h"

#include "models/articletablemodel.h"
#include "models/roles.h"
#include "services/importjob.h"
#include "store/articlestore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

namespace Lagebild {

MainWindow::MainWindow(std::unique_ptr<ArticleStore> store, QWidget *parent)
    : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("Lagebild — %1").arg(m_store->path()));
    m_model = new ArticleTableModel(*m_store, this);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(ArticleTableModel::DateColumn, 110);
    m_table->horizontalHeader()->resizeSection(ArticleTableModel::SourceColumn, 190);

    m_reader = new QTextBrowser;
    m_reader->setOpenExternalLinks(true);
    m_reader->setPlaceholderText(tr("Select an article to read it."));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_countLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showArticle(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    connect(qApp, &QApplication::aboutToQuit, this, [this, splitter] {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    });
    updateCount();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import articles"), QString(),
            tr("Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files "
               "(*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    file->addAction(
        tr("Load &Sample Corpus"), this, [this] { importPaths({QStringLiteral(":/sample-corpus")}); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lagebild"), this, [this] {
        QMessageBox::about(this, tr("About Lagebild"),
            tr("<h3>Lagebild %1</h3><p>A workbench for analysts who follow German-language news.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showArticle(const QModelIndex &index)
{
    const ArticleId id = index.isValid() ? index.data(ArticleIdRole).toLongLong() : 0;
    if (!id) {
        m_reader->clear();
        return;
    }
    auto article = m_store->article(id);
    if (!article || !article->has_value()) {
        m_reader->setPlainText(
            article ? tr("The article is no longer in the database.") : article.errorMessage());
        return;
    }
    const Article &a = **article;
    QString date = a.published.isValid() ? a.published.toIsoString() : tr("no date found");
    if (a.published.isValid() && a.published.uncertain)
        date += tr(" (uncertain)");
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b> · %3")
                       .arg(a.title.toHtmlEscaped(),
                           (a.source.isEmpty() ? tr("unknown outlet") : a.source).toHtmlEscaped(),
                           date.toHtmlEscaped());
    if (!a.author.isEmpty())
        html += QStringLiteral(" · ") + a.author.toHtmlEscaped();
    html += QStringLiteral("</p>");
    if (!a.url.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(a.url.toHtmlEscaped());
    if (a.duplicateOf)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Near-duplicate of article %1 (%2% shared)")
                             .arg(a.duplicateOf)
                             .arg(qRound(a.duplicateSimilarity * 100)));
    for (const QString &paragraph : a.body.split(QLatin1String("\n\n")))
        html += QStringLiteral("<p>%1</p>")
                    .arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    m_reader->setHtml(html);
}

bool MainWindow::isImporting() const
{
    return m_job && m_job->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is already running."), 4000);
        return;
    }
    delete m_job;
    m_job = new ImportJob(m_store->path(), paths, this);
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(tr("Importing %v of %m"));
    });
    connect(m_job, &ImportJob::finished, this, &MainWindow::importFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_job->start();
}

void MainWindow::importSampleIfEmpty()
{
    auto count = m_store->articleCount();
    if (count && count.value() == 0)
        importPaths({QStringLiteral(":/sample-corpus")});
}

void MainWindow::importFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const ImportSummary &s = m_job->summary();
    m_model->reload();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
    QString message = tr("Imported %1 articles; %2 duplicates skipped, %3 near-duplicates linked, %4 errors")
                          .arg(s.imported)
                          .arg(s.duplicates)
                          .arg(s.nearDuplicates)
                          .arg(s.failedFiles + s.failedItems);
    if (s.cancelled)
        message.prepend(tr("Import cancelled. "));
    statusBar()->showMessage(message, 10000);
    if (!s.problems.empty()) {
        QStringList lines;
        for (const auto &p : s.problems)
            lines.append(p.toString());
        QMessageBox box(QMessageBox::Warning, tr("Import problems"),
            tr("%n file(s) or item(s) could not be imported.", nullptr, int(s.problems.size())),
            QMessageBox::Ok, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    }
}

void MainWindow::updateCount()
{
    auto count = m_store->articleCount();
    m_countLabel->setText(count ? tr("%n article(s)", nullptr, int(count.value())) : count.errorMessage());
}

} // namespace Lagebild
