// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "analysis/analyzer.h"
#include "core/dateformat.h"
#include "core/logging.h"
#include "gui/articleexporter.h"
#include "gui/compactheader.h"
#include "gui/conflictnotice.h"
#include "gui/connectdialog.h"
#include "gui/correctionactions.h"
#include "gui/correctioncommands.h"
#include "gui/editjournal.h"
#include "gui/editstack.h"
#include "gui/entitiespanel.h"
#include "gui/exportformat.h"
#include "gui/figuresview.h"
#include "gui/filterpanel.h"
#include "gui/historydialog.h"
#include "gui/importdialog.h"
#include "gui/issuesdock.h"
#include "gui/language.h"
#include "gui/learnactions.h"
#include "gui/loginrecovery.h"
#include "gui/networkview.h"
#include "gui/readerview.h"
#include "gui/relationcommands.h"
#include "gui/relationreview.h"
#include "gui/searchindexupkeep.h"
#include "gui/timelineview.h"
#include "gui/undocommands.h"
#include "gui/windowcorpus.h"
#include "models/articlementionsmodel.h"
#include "models/articletablemodel.h"
#include "models/facetmodel.h"
#include "models/filterdescription.h"
#include "models/issuemodel.h"
#include "models/roles.h"
#include "render/figure.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "services/analysisjob.h"
#include "services/analysisservice.h"
#include "services/articleexport.h"
#include "services/editfeed.h"
#include "services/facetcounter.h"
#include "services/importjob.h"
#include "store/analysisrepository.h"
#include "store/articleeditor.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/corpusreader.h"
#include "store/corpussource.h"
#include "store/databaselocation.h"
#include "store/edithistory.h"
#include "store/entityrules.h"
#include "store/searchindex.h"
#include "store/sqlite/backup.h"
#include "store/sqlite/database.h"
#include "ui_notedialog.h"
#include "ui_tagdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtConcurrentRun>

#include <algorithm>
#include <array>
#include <utility>

namespace Lagebild {

MainWindow::MainWindow(std::unique_ptr<ArticleStore> store, QWidget *parent)
    : MainWindow(sqliteWindowCorpus(std::move(store)), parent)
{ }

MainWindow::MainWindow(WindowCorpus corpus, QWidget *parent)
    : QMainWindow(parent)
    , m_store(std::move(corpus.store))
    , m_source(std::move(corpus.source))
    , m_editor(std::move(corpus.editor))
    , m_articles(std::move(corpus.articles))
{
    if (auto readOnly = m_source->isReadOnly())
        m_readOnly = readOnly.value();
    m_texts.add([this] {
        setWindowTitle(isTeamDatabase() ? tr("Lagebild — %1 (team database)").arg(location())
                                        : tr("Lagebild — %1").arg(location()));
    });
    m_model = new ArticleTableModel(*m_source, this);

    m_table = new QTableView;
    m_table->setModel(m_model);
    // Tags, mentions and flags show an icon where their title does not fit (a laptop screen).
    auto *header = new CompactHeader(m_table);
    m_table->setHorizontalHeader(header);
    header->setHighlightSections(true);
    const QColor iconColor = header->palette().color(QPalette::ButtonText);
    header->setIcon(ArticleTableModel::TagsColumn, columnIcon(ColumnIcon::Tags, iconColor));
    header->setIcon(ArticleTableModel::MentionsColumn, columnIcon(ColumnIcon::Mentions, iconColor));
    header->setIcon(ArticleTableModel::FlagsColumn, columnIcon(ColumnIcon::Flags, iconColor));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->viewport()->installEventFilter(this);
    // Sorting is the model's query; newest first until the analyst clicks a header.
    m_table->horizontalHeader()->setSortIndicator(ArticleTableModel::DateColumn, Qt::DescendingOrder);
    // A header narrowed below its icon keeps its first letters (the tooltip has it whole):
    // centred, it was cut at both ends, and the header view does not shorten it with "…".
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);

    m_mentions = new ArticleMentionsModel(m_source->reader(), this);
    m_undo = new EditStack(this);
    // A team server that does not answer keeps the analyst's edits waiting in this window, in
    // order, instead of losing them (EditStack); a file never goes away like that.
    m_undo->setEditsWaitForServer(isTeamDatabase());
    m_reader = new ReaderView;

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_timeline = new TimelineView(*m_source);
    m_network = new NetworkView(*m_source);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    // One completion list of entity names for both tabs, read when one of them is first shown
    // after an analysis: a count over every mention does not belong on the start-up path.
    m_entityNames = new QStringListModel(this);
    m_timeline->setEntityNames(m_entityNames);
    m_network->setEntityNames(m_entityNames);
    m_tabs->addTab(splitter, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_network, QString());
    m_figures = new FiguresView(*m_source);
    m_tabs->addTab(m_figures, QString());
    m_texts.add([this] {
        m_tabs->setTabText(0, tr("Articles"));
        m_tabs->setTabText(1, tr("Timeline"));
        m_tabs->setTabText(2, tr("Relationships"));
        m_tabs->setTabText(3, tr("Figures"));
    });
    connect(m_figures, &FiguresView::articleRequested, this, &MainWindow::openArticle);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_entityNamesStale
            && (m_tabs->currentWidget() == m_timeline || m_tabs->currentWidget() == m_network))
            refreshEntityNames();
    });
    connect(m_timeline, &TimelineView::articleRequested, this, &MainWindow::openArticle);
    connect(m_network, &NetworkView::articleRequested, this, &MainWindow::openArticle);
    connect(m_timeline, &TimelineView::periodRequested, this,
        [this](QDate from, QDate to, qint64 entity, const QString &name, const QString &type) {
            if (entity)
                m_filters->filterByEntity(entity, name, type);
            m_filters->setPeriod(from, to);
            m_tabs->setCurrentIndex(0);
        });

    m_entitiesPanel = new EntitiesPanel(*m_source);
    m_entitiesDock = new QDockWidget(this);
    m_texts.add([this] { m_entitiesDock->setWindowTitle(tr("Entities")); });
    m_entitiesDock->setObjectName(QStringLiteral("entitiesDock"));
    m_entitiesDock->setWidget(m_entitiesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_entitiesDock);
    resizeDocks({m_entitiesDock}, {380}, Qt::Horizontal);
    connect(m_entitiesPanel, &EntitiesPanel::articleRequested, this, &MainWindow::selectArticle);

    // The issues panel shares the Entities dock's place as a tab and stays hidden until there is
    // something in it: the 1280×720 minimum size is the same with it.
    m_issues = new IssueModel(this);
    m_issuesDock = new IssuesDock(m_issues, this);
    addDockWidget(Qt::RightDockWidgetArea, m_issuesDock);
    tabifyDockWidget(m_entitiesDock, m_issuesDock);
    m_issuesDock->hide();
    m_entitiesDock->raise();
    connect(m_issuesDock, &IssuesDock::articleRequested, this, &MainWindow::openArticle);
    connect(m_issuesDock, &IssuesDock::fileRequested, this, [](const QString &path) {
        const QFileInfo file(path);
        if (file.exists())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
    });
    connect(m_issues, &IssueModel::issueAdded, this, &MainWindow::issueAdded);
    connect(m_issues, &QAbstractItemModel::modelReset, this, &MainWindow::updateIssueButton);
    connect(m_undo, &EditStack::editFailed, this,
        [this](
            const Error &error, const QString &command, bool undo, bool historyCleared, ArticleId article) {
            // Without a cleared history an undo failed is a take-back the team server refused.
            const QString what = !historyCleared
                ? (undo ? tr("Undo of “%1” failed on the team server: %2. The edit stays stored; Undo "
                             "offers it again.")
                        : tr("“%1” was not saved: %2. Nothing of this edit was stored."))
                // An unanswered COMMIT may have been carried out: the state is not known.
                : isUnreachable(error.kind)
                ? (undo ? tr("Undo of “%1” failed: %2. The team database may or may not have undone it; "
                             "the undo history was cleared.")
                        : tr("Redo of “%1” failed: %2. The team database may or may not have stored it; "
                             "the undo history was cleared."))
                : undo ? tr("Undo of “%1” failed: %2. The database keeps what it had before; the undo "
                            "history was cleared.")
                       : tr("Redo of “%1” failed: %2. The database keeps what it had before; the undo "
                            "history was cleared.");
            Issue issue;
            issue.source = IssueSource::Edit;
            issue.message = what.arg(command, error.message);
            issue.article = article;
            if (article) {
                if (auto stored = m_articles->article(article); stored && stored->has_value())
                    issue.articleTitle = (**stored).title;
            }
            reportIssue(std::move(issue));
        });

    connect(m_undo, &EditStack::waitingStarted, this, [this](const Error &error, const QString &command) {
        Issue issue;
        issue.source = IssueSource::Edit;
        issue.message = error.kind == ErrorKind::LoginRefused
            ? tr("The team database refuses this window's password (%1): “%2” waits in this window and is "
                 "written once the new password is given, and so does every later edit. Closing the "
                 "window discards what still waits.")
                  .arg(error.message, command)
            : tr("The team database does not answer (%1): “%2” waits in this window and is "
                 "written when the server answers again, and so does every later edit. "
                 "Closing the window discards what still waits.")
                  .arg(error.message, command);
        reportIssue(std::move(issue));
    });
    connect(m_undo, &EditStack::waitingChanged, this, &MainWindow::updateWaitingEdits);
    // Kept on disk as well, as soon as they wait: a crash or a SIGTERM cannot ask first.
    if (isTeamDatabase()) {
        m_journal = std::make_unique<EditJournal>(connectionLocation());
        connect(m_undo, &EditStack::waitingChanged, this, &MainWindow::writeJournal);
    }
    connect(m_undo, &EditStack::waitingWritten, this, [this](const QString &text) {
        statusBar()->showMessage(tr("Written to the team database after waiting: “%1”").arg(text), 8000);
    });
    connect(m_undo, &EditStack::waitingDiscarded, this, [this](const QString &text) {
        statusBar()->showMessage(tr("“%1” taken back; it had not been written.").arg(text), 8000);
    });
    connect(m_undo, &EditStack::waitingTakenBack, this, [this](const QString &text) {
        statusBar()->showMessage(tr("“%1” taken back on the team database.").arg(text), 8000);
    });

    m_filters = new FilterPanel;
    m_filterDock = new QDockWidget(this);
    m_texts.add([this] { m_filterDock->setWindowTitle(tr("Filters")); });
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filters);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    resizeDocks({m_filterDock}, {300}, Qt::Horizontal);
    m_facetCounter = new FacetCounter(m_source->connectionLocation(), this);
    connect(m_filters, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);
    connect(m_facetCounter, &FacetCounter::ready, this, [this](const FacetCounts &counts) {
        if (!counts.error.isEmpty())
            return; // the table shows the same problem for the same filter
        m_filters->setCounts(counts);
        m_entitiesPanel->setFilteredEntities(counts.entities);
    });
    // Double-click on an entity: on the timeline it is charted, in the network it becomes the
    // centre, in the browser it filters.
    connect(m_entitiesPanel, &EntitiesPanel::filterRequested, this,
        [this](const QString &type, const QString &canonical) {
            auto id = findEntity(m_source->reader(), type, canonical);
            if (!id || !id->has_value())
                return;
            if (m_tabs->currentWidget() == m_timeline)
                m_timeline->addEntity(**id, canonical);
            else if (m_tabs->currentWidget() == m_network)
                m_network->setEgo(**id, canonical);
            else
                m_filters->filterByEntity(**id, canonical, type);
        });
    connect(m_filters, &FilterPanel::renameTagRequested, this, &MainWindow::askToRenameTag);
    connect(m_filters, &FilterPanel::deleteTagRequested, this, &MainWindow::deleteTag);
    m_filters->setTagsEditable(!m_readOnly);

    // Edits are offered only where they can be saved; a reader's window shows the corpus.
    if (!m_readOnly) {
        // Verdicts on relations, from the event lanes and the sentences behind a network link, on
        // either backend (RelationRepository through the window's SqlWriter).
        m_relationReview = new RelationReview(m_source->sql(), *m_editor, m_undo, this);
        m_timeline->setRelationReview(m_relationReview);
        m_network->setRelationReview(m_relationReview);
        connect(m_relationReview, &RelationReview::issueFound, this, [this](const Issue &issue) {
            statusBar()->showMessage(issue.message, 15000);
            reportIssue(issue);
        });
        connect(m_relationReview, &RelationReview::relationsChanged, this, [this] {
            m_timeline->relationsChanged();
            m_network->relationsChanged();
        });
        createCorrections();
        createLearning();
    }
    if (!m_store) {
        followTeamEdits();
        recoverRefusedLogins();
    }
    connect(m_timeline, &TimelineView::exportFailed, this, &MainWindow::reportExportFailure);
    connect(m_network, &NetworkView::exportFailed, this, &MainWindow::reportExportFailure);
    connect(m_figures, &FiguresView::exportFailed, this, &MainWindow::reportExportFailure);

    m_countLabel = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton;
    m_texts.add([this] { m_cancel->setText(tr("Cancel")); });
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        if (m_analysis)
            m_analysis->cancel();
        if (m_learning)
            m_learning->cancel();
        m_cancel->setEnabled(false);
    });
    m_issueButton = new QToolButton;
    m_issueButton->setAutoRaise(true);
    m_issueButton->hide();
    connect(m_issueButton, &QToolButton::clicked, this, &MainWindow::showIssues);
    setAcceptDrops(true);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_issueButton);
    m_waitingLabel = new QLabel;
    m_waitingLabel->hide();
    statusBar()->addPermanentWidget(m_waitingLabel);
    m_texts.add([this] { updateWaitingEdits(); });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showArticle(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &ArticleTableModel::matchingCountChanged, this, &MainWindow::updateCount);
    createActions();

    QSettings settings;
    // A first start: roomy, but never larger than the screen (a 1280×720 laptop included).
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(
            screen() ? QSize(1400, 860).boundedTo(screen()->availableGeometry().size()) : QSize(1400, 860));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    connect(qApp, &QApplication::aboutToQuit, this, [this, splitter] {
        QSettings s;
        s.setValue(QStringLiteral("window/geometry"), saveGeometry());
        s.setValue(QStringLiteral("window/state"), saveState());
        s.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    });
    updateCount();
    refreshFacets();
    // Said at once, as the edits are not offered.
    if (m_readOnly) {
        reportIssue({IssueSeverity::Error, IssueSource::Background,
            isTeamDatabase()
                ? tr("%1: your role may read this team database but not change it: no edit or import can "
                     "be saved. An administrator can make you an editor (lagebild-cli access grant USER "
                     "editor).")
                      .arg(location())
                : tr("%1 is read-only: the articles can be read, but no edit, import or analysis can be "
                     "saved. Make the file writable, or save a copy (File → Save a Copy) and work on that.")
                      .arg(location())});
    }
    QTimer::singleShot(0, this, &MainWindow::bringStoreUpToDate);
    if (m_journal)
        takeOverLeftEdits();
    // Started once the status bar and the issues panel exist: its first failure is reported there.
    if (m_editFeed)
        m_editFeed->start();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
}

// The administrator changed the role's password while the window is open: every connection to
// the server is refused from then on (a reconnection, a background reader, the edit feed). The
// window asks once, and the edits that waited are written with the new password.
void MainWindow::recoverRefusedLogins()
{
    m_login = new LoginRecovery(m_source->connectionLocation(), this);
    connect(m_login, &LoginRecovery::passwordAccepted, this, [this] {
        statusBar()->showMessage(tr("The team database took the new password."), 8000);
        // It answered just now: the feed's next try confirms it a few seconds later.
        m_undo->setServerAway(std::nullopt);
        if (m_undo->waitingCount() > 0)
            m_undo->writeWaiting();
    });
    connect(m_login, &LoginRecovery::keyringRefused, this, [this](const QString &message) {
        reportIssue({IssueSeverity::Warning, IssueSource::Background,
            tr("The desktop keyring did not keep the new password (%1); it is used until the window "
               "closes.")
                .arg(message)});
    });
    connect(m_login, &LoginRecovery::declined, this, [this] {
        reportIssue({IssueSeverity::Warning, IssueSource::Background,
            tr("This window is disconnected from %1: the team database refused its password, and the "
               "window does not send the refused password again. Edits keep waiting in the window and "
               "other analysts' edits do not appear until the new password is given: File → Team "
               "Database Password, or the button in the status bar.")
                .arg(location())});
    });
    // Plain while it lasts, not only in the issues panel: the window is disconnected, and one
    // click asks for the password again.
    m_refusedButton = new QToolButton;
    m_refusedButton->setAutoRaise(true);
    m_refusedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refusedButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_refusedButton->hide();
    m_texts.add([this] {
        m_refusedButton->setText(tr("Disconnected: password refused"));
        m_refusedButton->setToolTip(tr("The team database refused this window's password. Nothing is "
                                       "sent to it with that password again; edits wait in the window. "
                                       "Click to give the new password."));
    });
    connect(m_refusedButton, &QToolButton::clicked, m_login, &LoginRecovery::askForPassword);
    connect(m_login, &LoginRecovery::refusedChanged, m_refusedButton, &QWidget::setVisible);
    statusBar()->addPermanentWidget(m_refusedButton);
}

// Another analyst's tag or note, and a worker's new analysis, appear within a moment
// (docs/team.md): the rows, the reader, the entities and the facet counts are read again; the
// window's own edits come back the same way, harmlessly.
void MainWindow::followTeamEdits()
{
    m_editFeed = new EditFeed(m_source->connectionLocation(), this);
    // Workers busy on a large corpus announce a batch every few hundred milliseconds, and a count of
    // the whole corpus on the server takes seconds: the facets are counted at most every few
    // seconds, and once more after the last announcement.
    m_teamFacets = new QTimer(this);
    m_teamFacets->setSingleShot(true);
    m_teamFacets->setInterval(teamFacetInterval);
    m_teamEntities = new QTimer(this);
    m_teamEntities->setSingleShot(true);
    m_teamEntities->setInterval(teamEntitiesQuietMs);
    connect(m_teamEntities, &QTimer::timeout, this, [this] {
        if (m_corrections)
            m_corrections->analysisFinished(); // an open entity manager lists the entities anew
    });
    connect(m_teamFacets, &QTimer::timeout, this, [this] {
        if (std::exchange(m_teamFacetsDue, false)) {
            refreshFacets();
            m_teamFacets->start();
        }
    });
    connect(
        m_editFeed, &EditFeed::articlesEdited, this, [this](const QList<ArticleId> &ids, bool everything) {
            if (everything) {
                const ArticleId current = currentArticle();
                m_model->reload();
                if (!selectArticleLoaded(current) && m_model->rowCount() > 0)
                    m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
            } else {
                articlesChanged(ids);
            }
            if (m_teamFacets->isActive()) {
                m_teamFacetsDue = true;
            } else {
                refreshFacets();
                m_teamFacets->start();
            }
            // A colleague's correction of a mention changes the current article's entities.
            if (everything || ids.contains(currentArticle()))
                m_entitiesPanel->refresh();
            m_teamEntities->start();
            Q_EMIT teamEditsShown(ids, everything);
        });
    connect(m_editFeed, &EditFeed::connectionLost, this, [this](const QString &message, ErrorKind kind) {
        // The feed tries the server on a pool thread: edits made meanwhile wait without trying it
        // on this one, which a host that does not answer would hold up for seconds.
        if (isUnreachable(kind))
            m_undo->setServerAway(Error {message, kind});
        // A refused password is the login's to tell (the status bar's button, the prompt, and the
        // issue after Cancel): the feed's tries send nothing until a new password is held.
        if (kind == ErrorKind::LoginRefused)
            return;
        reportIssue({IssueSeverity::Warning, IssueSource::Background,
            tr("Other analysts' edits do not appear in this window until it is connected to the team "
               "database again; it keeps trying: %1")
                .arg(message)});
    });
    connect(m_editFeed, &EditFeed::connectionRestored, this, [this] {
        m_undo->setServerAway(std::nullopt);
        statusBar()->showMessage(tr("The team database answers again; the articles were read anew."), 8000);
    });
}

void MainWindow::createCorrections()
{
    // On a file the window brings back the engine's mentions after an undo at once; on a team
    // database a worker does, told at the commit.
    AnalyseArticle analyseArticle;
    if (m_store) {
        analyseArticle = [this](ArticleId id) {
            const AnalyzeSummary again = AnalysisService(*m_store).analyzeArticles({id});
            if (again.error.isEmpty())
                return;
            // The article stays due for analysis: the next run brings the engine's mentions back.
            Issue issue {IssueSeverity::Warning, IssueSource::Background,
                tr("The engine's mentions of this article come back with the next analysis; analysing "
                   "it again now failed: %1")
                    .arg(again.error)};
            issue.article = id;
            reportIssue(std::move(issue));
        };
    }
    m_corrections = new CorrectionActions(
        *m_source, *m_articles, *m_editor, std::move(analyseArticle), m_undo, m_reader, m_mentions, this);
    connect(m_corrections, &CorrectionActions::articleChanged, this, [this](ArticleId id) {
        articlesChanged({id});
        m_entitiesPanel->refresh();
    });
    connect(m_corrections, &CorrectionActions::rulesChanged, this, [this] {
        if (m_store)
            analyse(false);
        else
            statusBar()->showMessage(
                tr("The workers analyse every article again with the changed rules."), 8000);
    });
    connect(m_corrections, &CorrectionActions::filterRequested, this, &MainWindow::filterByEntity);
    connect(m_corrections, &CorrectionActions::issueFound, this, [this](const Issue &issue) {
        if (issue.severity == IssueSeverity::Warning)
            statusBar()->showMessage(issue.message, 15000);
        reportIssue(issue);
    });
}

void MainWindow::createLearning()
{
    m_learning = new LearnActions(*m_source, this);
    connect(m_learning, &LearnActions::progress, this, [this](int done, int total) {
        if (!m_progress->isVisible())
            m_timeLeft.start();
        showProgress(done, total, tr("Learning from corrections"));
    });
    connect(m_learning, &LearnActions::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_cancel->setEnabled(true);
    });
    connect(m_learning, &LearnActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // On a team database the workers were told at the commit; the window shows their analyses as
    // they announce them (followTeamEdits).
    connect(m_learning, &LearnActions::analysisDue, this, [this] {
        if (m_store)
            analyse(false);
    });
    connect(m_learning, &LearnActions::failed, this, [this](const QString &text) {
        reportIssue({IssueSeverity::Error, IssueSource::Background, text});
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::updateWaitingEdits()
{
    const int count = m_undo->waitingCount();
    m_waitingLabel->setVisible(count > 0);
    if (count == 0)
        return;
    m_waitingLabel->setText(tr("%n edit(s) waiting for the team database", nullptr, count));
    m_waitingLabel->setToolTip(
        tr("Not written yet; tried again every %1 s, oldest first:").arg(EditStack::waitRetryMs / 1000)
        + QLatin1Char('\n') + m_undo->waitingEdits().join(QLatin1Char('\n')));
}

void MainWindow::writeJournal()
{
    if (!m_journal)
        return;
    const auto written = m_journal->write(m_undo->journal());
    if (written) {
        m_journalFailed = false;
        return;
    }
    if (m_journalFailed)
        return;
    m_journalFailed = true;
    reportIssue({IssueSeverity::Error, IssueSource::Edit,
        tr("The edits waiting for the team database could not be kept on disk (%1): they wait in this "
           "window only, and a crash would lose them.")
            .arg(written.error().message)});
}

void MainWindow::takeOverLeftEdits()
{
    QStringList damaged;
    const auto left = m_journal->takeLeft(damaged);
    for (const QString &file : damaged)
        reportIssue({IssueSeverity::Error, IssueSource::Edit,
            tr("A journal of edits waiting for the team database could not be read and was kept aside, "
               "unwritten: %1")
                .arg(file)});
    QStringList restored;
    for (const auto &journal : left) {
        for (const QJsonValue &value : journal.edits) {
            const QJsonObject entry = value.toObject();
            const QString text = entry.value(QStringLiteral("text")).toString();
            const QJsonObject edit = entry.value(QStringLiteral("edit")).toObject();
            EditCommand *command
                = journalledArticleEdit(*m_editor, edit, [this](const QList<ArticleId> &ids) {
                      articlesChanged(ids);
                      refreshFacets();
                  });
            if (!command && m_corrections)
                command = journalledRule(
                    m_source->sql(), edit, text, [this] { Q_EMIT m_corrections->rulesChanged(); });
            if (!command && m_corrections)
                command = journalledMention(m_source->sql(), edit, text,
                    [this](ArticleId id) { Q_EMIT m_corrections->articleChanged(id); });
            if (!command && m_relationReview)
                command = journalledRelationEdit(
                    m_source->sql(), edit, text, [this] { Q_EMIT m_relationReview->relationsChanged(); });
            if (!command) {
                // An entry a later window cannot make sense of (from a newer Lagebild), or a window
                // that may not edit: said, not dropped in silence.
                reportIssue({IssueSeverity::Error, IssueSource::Edit,
                    tr("“%1” waited for the team database in a window that ended before it was written; "
                       "it was not saved. Please make it again.")
                        .arg(text)});
                continue;
            }
            restored.append(command->text());
            m_undo->restoreWaiting(command, entry);
        }
    }
    // In this window's journal before the old ones go: a crash in between keeps them.
    writeJournal();
    m_journal->dropLeft();
    if (restored.isEmpty())
        return;
    reportIssue({IssueSeverity::Warning, IssueSource::Edit,
        tr("%n edit(s) that a window left waiting for the team database when it ended now wait in this "
           "window and are written when the server answers: %1",
            nullptr, int(restored.size()))
            .arg(restored.join(QLatin1String("; ")))});
    QTimer::singleShot(0, m_undo, &EditStack::writeWaiting);
}

bool MainWindow::mayDiscardWaitingEdits()
{
    // Edits that wait for the team database live only in this window: the server may be back.
    if (m_undo->waitingCount() > 0)
        m_undo->writeWaiting();
    const int waiting = m_undo->waitingCount();
    if (waiting == 0)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Edits Not Written"),
        tr("%n edit(s) have not reached the team database yet:", nullptr, waiting) + QLatin1String("\n\n")
            + m_undo->waitingEdits().join(QLatin1Char('\n')) + QLatin1String("\n\n")
            + tr("Closing the window discards them.")
            + (m_undo->isTakingBack() ? QLatin1Char(' ')
                        + tr("An edit still to be taken back may then stay on the team database.")
                                      : QString()),
        QMessageBox::NoButton, this);
    QPushButton *discard = box.addButton(tr("Discard and Close"), QMessageBox::DestructiveRole);
    // Where they wait for a password the server refused, the way to write them is one click away.
    QPushButton *password = nullptr;
    if (m_login && m_login->isRefused()) {
        box.setInformativeText(tr("The team database refused this window's password: with the new one "
                                  "they are written at once."));
        password = box.addButton(tr("Enter Password…"), QMessageBox::AcceptRole);
    }
    // Enter keeps them: discarding what the analyst did takes a deliberate click.
    box.setDefaultButton(box.addButton(tr("Keep Waiting"), QMessageBox::RejectRole));
    box.exec();
    if (password && box.clickedButton() == password) {
        m_login->askForPassword();
        return false;
    }
    if (box.clickedButton() != discard)
        return false;
    // Asked once: the close that follows does not ask again.
    m_undo->discardWaiting();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayDiscardWaitingEdits()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_texts.retranslate();
    if (m_corrections)
        m_corrections->retranslate();
    if (m_learning)
        m_learning->retranslate();
    // The menus are built in the language shown, so they are built again.
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    createActions();
    // Models translate their headers and cells when asked: tell the views to ask again.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        if (QAbstractItemModel *model = view->model()) {
            if (model->columnCount() > 0)
                Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        }
        view->viewport()->update();
    }
    fitArticleColumns(true);
    updateCount();
    updateIssueButton();
    showArticle(m_table->currentIndex()); // the reader's header line names dates and outlets
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitArticleColumns(false);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitArticleColumns(bool always)
{
    const int width = m_table->viewport()->width();
    if (!always && width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    // Each column at least as wide as its header in the language shown ("Erwähnungen",
    // "Schlagwörter"), with room for the sort arrow; the title takes the rest (it stretches).
    // In a narrow window (a 1280×720 laptop with both docks open) the outlet, tags and flags
    // give up width down to their headers, then the columns with an icon down to the icon (the
    // header shows it instead of a cut title, the tooltip names it), so that the title keeps a
    // third; if that is not enough, every column but the title narrows further.
    const auto *header = static_cast<const CompactHeader *>(m_table->horizontalHeader());
    struct Column
    {
        int column;
        int preferred;
        bool shrinks;
        int full = 0;
        int compact = 0;
        int size = 0;
    };
    std::array<Column, 5> columns {{{ArticleTableModel::DateColumn, 110, false},
        {ArticleTableModel::SourceColumn, 150, true}, {ArticleTableModel::TagsColumn, 90, true},
        {ArticleTableModel::MentionsColumn, 72, false}, {ArticleTableModel::FlagsColumn, 90, true}}};
    // A day's date whole: "28.12.2026".
    const int dateWidth
        = m_table->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), shortDateFormat()))
        + 14;
    int used = 0;
    for (Column &c : columns) {
        c.full = header->titleWidth(c.column);
        c.compact = header->compactWidth(c.column);
        c.preferred = std::max(c.preferred, c.full);
        if (c.column == ArticleTableModel::SourceColumn)
            c.full = c.compact = std::max(c.full, 90);
        if (c.column == ArticleTableModel::DateColumn)
            c.compact = std::max(c.compact, dateWidth);
        c.size = c.preferred;
        used += c.size;
    }
    const int titleWanted = width / 3;
    enum class Floor { Title, Icon, Letters };
    for (const Floor floor : {Floor::Title, Floor::Icon, Floor::Letters}) {
        auto floorOf = [floor](const Column &c) {
            switch (floor) {
            case Floor::Title:
                return c.shrinks ? c.full : c.size;
            case Floor::Icon:
                return std::min(c.size, c.compact);
            case Floor::Letters:
                break;
            }
            return std::min({c.size, c.compact, 64});
        };
        int spare = 0;
        for (const Column &c : columns)
            spare += std::max(0, c.size - floorOf(c));
        const int missing = std::clamp(used + titleWanted - width, 0, spare);
        if (missing == 0)
            continue;
        for (Column &c : columns) {
            const int give = std::max(0, c.size - floorOf(c)) * missing / spare;
            c.size -= give;
            used -= give;
        }
    }
    for (const Column &c : columns)
        m_table->horizontalHeader()->resizeSection(c.column, c.size);
}

void MainWindow::setDoubtfulRelations(DoubtfulRelations doubtful)
{
    QSettings().setValue(QStringLiteral("views/doubtfulRelations"), doubtfulRelationsName(doubtful));
    for (QAction *action : m_doubtfulGroup->actions())
        action->setChecked(action->data().toInt() == int(doubtful));
    m_timeline->setDoubtfulRelations(doubtful);
    m_network->setDoubtfulRelations(doubtful);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("New database"), databaseFolder(), tr("Lagebild databases (*.sqlite *.db)"));
        if (!path.isEmpty())
            Q_EMIT databaseRequested(
                path.endsWith(QLatin1String(".sqlite")) || path.endsWith(QLatin1String(".db"))
                    ? path
                    : path + QLatin1String(".sqlite"));
    });
    newDb->setShortcut(QKeySequence::New);
    QAction *openDb = file->addAction(tr("&Open Database…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), databaseFolder(),
            tr("Lagebild databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT databaseRequested(path);
    });
    openDb->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &Team Database…"), this, [this] {
        // Filled in from the team database opened last (its URI, without a password).
        TeamDatabaseAddress last;
        for (const QString &known : recentDatabases()) {
            if (backendOf(known) == Backend::Postgres) {
                last = TeamDatabaseAddress::fromUri(known);
                break;
            }
        }
        ConnectDialog dialog(last, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const TeamDatabaseAddress address = dialog.address();
        Q_EMIT teamDatabaseRequested(address.toUri(), address.password, dialog.remembersPassword());
    });
    if (isTeamDatabase()) {
        // The prompt a refused login opens, for the analyst who cancelled it (or wants to change
        // the password before the server refuses the old one).
        file->addAction(tr("Team Database &Password…"), m_login, &LoginRecovery::askForPassword);
    }
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        for (const QString &path : recentDatabases()) {
            if (path != location())
                recent->addAction(path, this, [this, path] { Q_EMIT databaseRequested(path); });
        }
        if (recent->isEmpty())
            recent->addAction(tr("No other database opened yet"))->setEnabled(false);
    });
    file->addSeparator();
    if (!m_readOnly) {
        QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::openImportDialog);
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        file->addAction(
            tr("Load &Sample Corpus"), this, [this] { importPaths({QStringLiteral(":/sample-corpus")}); });
    }
    // A team database is copied with the server's tools or `lagebild-cli migrate` (docs/team.md).
    if (m_store) {
        file->addAction(tr("Save a &Copy…"), this, [this] {
            const QFileInfo current(m_store->path());
            const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the database"),
                current.absoluteDir().filePath(
                    current.completeBaseName() + tr("-copy") + QStringLiteral(".sqlite")),
                tr("Lagebild databases (*.sqlite *.db)"));
            if (!path.isEmpty())
                saveCopy(path);
        });
    }
    QAction *exportArticlesAction = file->addAction(tr("&Export Articles…"), this, [this] {
        const ExportTarget target = askForExportTarget(
            this, tr("Export the filtered articles"), {ExportFormat::Csv, ExportFormat::JsonLines});
        if (!target.path.isEmpty())
            exportArticles(target);
    });
    exportArticlesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *print = file->addAction(tr("&Print…"), this, [this] {
        if (!currentFigure()) {
            statusBar()->showMessage(tr("Open the Timeline or Relationships tab to print its figure."), 5000);
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printFigure(printer);
    });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    delete m_undoAction;
    delete m_redoAction;
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction = undo;
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction = redo;
    // Both usual redo keys, each once, on every platform: the platform's Redo binding is one of
    // them (Ctrl+Shift+Z on X11, Ctrl+Y on Windows), and a key listed twice is ambiguous to Qt,
    // which then ignores it.
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(redo);
    edit->addSeparator();
    if (!m_readOnly) {
        QAction *tag = edit->addAction(tr("&Tag Selected Articles…"), this, [this] { askForTags(true); });
        tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
        edit->addAction(tr("Remove Tags from Selected Articles…"), this, [this] { askForTags(false); });
        QAction *note = edit->addAction(tr("Edit &Note…"), this, &MainWindow::askForNote);
        note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    }
    edit->addAction(tr("Article &History…"), this, &MainWindow::showHistory);
    if (m_corrections) {
        edit->addSeparator();
        edit->addActions(m_corrections->readerActions());
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto focusAction = [this, view](const QString &text, int key, auto focus) {
        QAction *action = view->addAction(text, this, focus);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        return action;
    };
    focusAction(tr("&Articles"), Qt::Key_1, [this] {
        m_tabs->setCurrentIndex(0);
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    focusAction(tr("&Timeline"), Qt::Key_2, [this] { m_tabs->setCurrentWidget(m_timeline); });
    focusAction(tr("Re&lationships"), Qt::Key_3, [this] { m_tabs->setCurrentWidget(m_network); });
    focusAction(tr("Fi&gures"), Qt::Key_4, [this] { m_tabs->setCurrentWidget(m_figures); });
    focusAction(tr("&Reader"), Qt::Key_5, [this] {
        m_tabs->setCurrentIndex(0);
        m_reader->browser()->setFocus(Qt::ShortcutFocusReason);
    });
    focusAction(tr("&Filters"), Qt::Key_6, [this] {
        m_filterDock->show();
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
    });
    focusAction(tr("&Entities"), Qt::Key_7, [this] {
        m_entitiesDock->show();
        m_entitiesPanel->entityView()->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *find = view->addAction(tr("&Search Articles"), this, [this] {
        m_filterDock->show();
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilters = view->addAction(tr("&Clear Filters"), m_filters, &FilterPanel::clear);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    // Showing and hiding the docks, apart from the entries above that go to them: one menu
    // listing "Filters" twice reads as a mistake.
    QMenu *panels = view->addMenu(tr("&Panels"));
    panels->addAction(m_filterDock->toggleViewAction());
    panels->addAction(m_entitiesDock->toggleViewAction());
    panels->addAction(m_issuesDock->toggleViewAction());
    view->addSeparator();
    // Relations the engine found with a confidence below highConfidence, in the network and
    // the event lanes; remembered like the layout.
    QMenu *doubtful = view->addMenu(tr("&Doubtful Relations"));
    doubtful->setToolTipsVisible(true);
    m_doubtfulGroup = new QActionGroup(doubtful);
    const auto chosenDoubtful
        = doubtfulRelationsFromName(QSettings().value(QStringLiteral("views/doubtfulRelations")).toString());
    for (const auto &[mode, name] : {std::pair {DoubtfulRelations::Faint, tr("&Faint")},
             std::pair {DoubtfulRelations::Hidden, tr("&Hidden")}}) {
        QAction *action
            = doubtful->addAction(name, this, [this, mode = mode] { setDoubtfulRelations(mode); });
        action->setCheckable(true);
        action->setData(int(mode));
        action->setChecked(mode == chosenDoubtful.value_or(DoubtfulRelations::Faint));
        action->setToolTip(tr("Relations found with a confidence below %1 %, not confirmed by you")
                               .arg(qRound(highConfidence * 100)));
        m_doubtfulGroup->addAction(action);
    }
    m_timeline->setDoubtfulRelations(chosenDoubtful.value_or(DoubtfulRelations::Faint));
    m_network->setDoubtfulRelations(chosenDoubtful.value_or(DoubtfulRelations::Faint));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString chosen = languageSetting();
    for (const auto &[code, name] : {std::pair {QString(), tr("As the System")},
             std::pair {QStringLiteral("de"), QStringLiteral("Deutsch")},
             std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = language->addAction(name, this, [code = code] {
            // Queued: the menus are rebuilt in the new language, this action among them.
            QMetaObject::invokeMethod(
                qApp, [code] { switchLanguage(code); }, Qt::QueuedConnection);
        });
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
    }

    // On a team database the workers analyse (`lagebild-cli worker`): there the menu holds the
    // entity manager and learning, whose results the workers apply. A reader changes nothing.
    if (m_corrections) {
        QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
        // Another analyst may have learned or forgotten meanwhile.
        connect(analysis, &QMenu::aboutToShow, this, [this] {
            if (m_learning)
                m_learning->updateActions();
        });
        if (m_store) {
            analysis->addAction(tr("Analyse &New Articles"), this, [this] { analyse(false); });
            analysis->addAction(tr("Analyse &All Again"), this, [this] { analyse(true); });
            analysis->addSeparator();
        }
        analysis->addAction(m_corrections->entityManagerAction());
        if (m_learning) {
            analysis->addSeparator();
            analysis->addAction(m_learning->learnAction());
            analysis->addAction(m_learning->forgetAction());
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lagebild"), this, [this] {
        // The text names licences and data sources, so it lives as one HTML page per language
        // in resources/about rather than as many short translated strings.
        QFile page(QStringLiteral(":/about/about.%1.html").arg(interfaceLanguage()));
        QString text = page.open(QIODevice::ReadOnly) ? QString::fromUtf8(page.readAll()) : QString();
        QMessageBox::about(
            this, tr("About Lagebild"), text.arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
}

void MainWindow::showArticle(const QModelIndex &index)
{
    const ArticleId id = index.isValid() ? index.data(ArticleIdRole).toLongLong() : 0;
    if (!id) {
        m_mentions->setArticle(0);
        m_reader->clear();
        m_entitiesPanel->showArticle(0);
        return;
    }
    auto article = m_articles->article(id);
    if (!article || !article->has_value()) {
        m_reader->clear();
        statusBar()->showMessage(
            article ? tr("The article is no longer in the database.") : article.errorMessage(), 6000);
        return;
    }
    m_mentions->setArticle(id);
    m_reader->showArticle(**article, m_mentions);
    if (!m_model->filter().text.isEmpty()) {
        ArticleQuery query(m_source->reader());
        if (auto hits = query.searchHits(id, m_model->filter().text))
            m_reader->setSearchHits(hits.value());
    }
    m_entitiesPanel->showArticle(id);
}

bool MainWindow::selectArticle(ArticleId id)
{
    for (int row = 0;; ++row) {
        if (row >= m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return false;
            m_model->fetchMore({});
            if (row >= m_model->rowCount())
                return false;
        }
        if (m_model->articleId(row) == id) {
            m_table->setCurrentIndex(m_model->index(row, ArticleTableModel::TitleColumn));
            m_table->scrollTo(m_table->currentIndex());
            return true;
        }
    }
}

bool MainWindow::isImporting() const
{
    return (m_job && m_job->isRunning()) || (m_analysis && m_analysis->isRunning())
        || (m_learning && m_learning->isRunning());
}

QList<ArticleId> MainWindow::selectedArticles() const
{
    QList<ArticleId> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(ArticleIdRole).toLongLong());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_table->currentIndex().data(ArticleIdRole).toLongLong());
    return ids;
}

void MainWindow::articlesChanged(const QList<ArticleId> &ids)
{
    m_model->refreshRows(ids);
    const ArticleId current = m_table->currentIndex().data(ArticleIdRole).toLongLong();
    if (ids.contains(current))
        showArticle(m_table->currentIndex());
}

void MainWindow::tagArticles(const QList<ArticleId> &articles, const QStringList &tags)
{
    if (articles.isEmpty() || tags.isEmpty())
        return;
    m_undo->push(new TagCommand(*m_editor, articles, tags, TagCommand::Add,
        [this](const QList<ArticleId> &ids) { articlesChanged(ids); }));
}

void MainWindow::untagArticles(const QList<ArticleId> &articles, const QStringList &tags)
{
    if (articles.isEmpty() || tags.isEmpty())
        return;
    m_undo->push(new TagCommand(*m_editor, articles, tags, TagCommand::Remove,
        [this](const QList<ArticleId> &ids) { articlesChanged(ids); }));
}

void MainWindow::setNote(ArticleId article, const QString &text, const std::optional<QString> &shown)
{
    // A typed note is never dropped unseen: when it cannot be written, the issues panel keeps its
    // text for the analyst to copy.
    const auto notSaved = [&](const QString &reason) {
        Issue issue {IssueSeverity::Error, IssueSource::Edit,
            tr("Your note on article %1 was not saved: %2. Your text: “%3”").arg(article).arg(reason, text)};
        issue.article = article;
        reportIssue(std::move(issue));
    };
    auto current = m_articles->article(article);
    if (!current) {
        // The article could not be read again (a team server gone away while the note was typed,
        // a disk error): the text shown is what the edit replaces, and the edit is written, waits
        // for the server (EditStack) or is reported as failed like any edit.
        if (!shown)
            notSaved(tr("the article could not be read (%1)").arg(current.errorMessage()));
        else if (*shown != text)
            m_undo->push(new NoteCommand(
                *m_editor, article, *shown, text, [this](ArticleId id) { articlesChanged({id}); }));
        return;
    }
    if (!current->has_value()) {
        notSaved(tr("the article is no longer in the database"));
        return;
    }
    if ((**current).note == text)
        return;
    auto *command = new NoteCommand(
        *m_editor, article, (**current).note, text, [this](ArticleId id) { articlesChanged({id}); });
    if (shown && *shown != (**current).note)
        command->setFirstWriteNotice(noteConflictNotice(**current));
    m_undo->push(command);
}

std::function<void(EditCommand::FirstWrite)> MainWindow::noteConflictNotice(const Article &article)
{
    // Who wrote the note the analyst is about to replace, from the article's history: read now, as
    // once written the newest note there is this one. Said as the write goes (conflictnotice.h).
    QString who;
    QDateTime when;
    if (auto edit = m_editor->lastEdit(article.id, {EditKind::NoteSet, EditKind::NoteRemoved});
        edit && *edit) {
        who = (*edit)->madeBy;
        when = (*edit)->madeAt.toLocalTime();
    }
    Issue issue {IssueSeverity::Warning, IssueSource::Edit,
        who.isEmpty() ? tr("The note was changed elsewhere while you edited it.")
                      : tr("The note was changed by %1 at %2 while you edited it.")
                            .arg(who, QLocale().toString(when, QLocale::ShortFormat))};
    issue.article = article.id;
    issue.articleTitle = article.title;
    return conflictNotice(
        this, std::move(issue), ConflictEdit::Note, !who.isEmpty(), [this](const Issue &said) {
            reportIssue(said);
            statusBar()->showMessage(said.message, 15000);
        });
}

void MainWindow::askForTags(bool add)
{
    const QList<ArticleId> articles = selectedArticles();
    if (articles.isEmpty()) {
        statusBar()->showMessage(tr("Select one or more articles first."), 4000);
        return;
    }
    QDialog dialog(this);
    Ui::TagDialog form;
    form.setupUi(&dialog);
    dialog.setWindowTitle(add ? tr("Tag %n Article(s)", nullptr, int(articles.size())) : tr("Remove Tags"));
    const auto known = m_editor->allTags();
    auto *completer = new QCompleter(known ? known.value() : QStringList(), &dialog);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    form.tags->setCompleter(completer);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList tags;
    for (const QString &t : form.tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.simplified().isEmpty())
            tags.append(t.simplified());
    add ? tagArticles(articles, tags) : untagArticles(articles, tags);
}

void MainWindow::askForNote()
{
    const ArticleId id = currentArticle();
    auto article = id ? m_articles->article(id) : Expected<std::optional<Article>>(std::optional<Article> {});
    if (!article) {
        statusBar()->showMessage(tr("The article could not be read: %1").arg(article.errorMessage()), 8000);
        return;
    }
    if (!article->has_value())
        return;
    QDialog dialog(this);
    Ui::NoteDialog form;
    form.setupUi(&dialog);
    dialog.setWindowTitle(tr("Note on “%1”").arg((**article).title.left(60)));
    form.note->setPlainText((**article).note);
    if (dialog.exec() == QDialog::Accepted)
        setNote(id, form.note->toPlainText().trimmed(), (**article).note);
}

ArticleId MainWindow::currentArticle() const
{
    return m_table->currentIndex().data(ArticleIdRole).toLongLong();
}

void MainWindow::showHistory()
{
    const ArticleId id = currentArticle();
    if (!id) {
        statusBar()->showMessage(tr("Select an article first."), 4000);
        return;
    }
    auto article = m_articles->article(id);
    auto edits = m_editor->history(id);
    if (!article || !article->has_value() || !edits) {
        const QString reason = !article ? article.errorMessage()
            : !edits                    ? edits.errorMessage()
                                        : tr("The article is no longer in the database.");
        QMessageBox::warning(this, tr("Article History"), reason);
        return;
    }
    auto *dialog = new HistoryDialog((**article).title, edits.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showProgress(int done, int total, const QString &format)
{
    m_timeLeft.update(done, total);
    const QString left = m_timeLeft.text();
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(left.isEmpty() ? format : format + QStringLiteral(" · ") + left);
    m_progress->show();
    m_cancel->show();
    if (m_importDialog)
        m_importDialog->showProgress(done, total, m_progress->text());
}

// After an upgrade: first the search index (tokenization changed), then the analysis (a newer
// engine, or rules changed elsewhere) — one after the other, as both write.
void MainWindow::bringStoreUpToDate()
{
    // A team database's search index is the server's, kept with each write; its workers analyse.
    if (!m_store || m_store->database().isReadOnly())
        return;
    auto outdated = SearchIndex(m_store->database()).isOutdated();
    auto articles = m_store->articleCount();
    if (outdated && outdated.value() && articles) {
        auto *upkeep = new SearchIndexUpkeep(m_store->path(), this);
        connect(upkeep, &SearchIndexUpkeep::ended, this, [this, upkeep](const SearchIndexRebuild &result) {
            upkeep->deleteLater();
            searchIndexRebuilt(result);
            analyseIfDue();
        });
        upkeep->start(articles.value());
        return;
    }
    analyseIfDue();
}

void MainWindow::searchIndexRebuilt(const SearchIndexRebuild &result)
{
    if (!result.error.isEmpty()) {
        reportIssue({IssueSeverity::Error, IssueSource::Background,
            tr("The search index could not be rebuilt; searches may miss words until it is: %1")
                .arg(result.error)});
        return;
    }
    if (!result.done) {
        reportIssue({IssueSeverity::Warning, IssueSource::Background,
            tr("The search index was not rebuilt: searches may miss or wrongly find some words until it "
               "is. It is offered again when the database is next opened.")});
        return;
    }
    statusBar()->showMessage(tr("Search index rebuilt."), 10000);
    applyFilter(m_model->filter()); // a running search now reads the new index
}

// Which articles are due is asked on a pool thread with its own connection: the question reads
// every article's row, seconds at a million articles (more after an engine update, when the
// answer is all of them), which held up the window's first paint on the window's thread.
void MainWindow::analyseIfDue()
{
    if (!m_store || m_readOnly)
        return;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->result() && !isImporting())
            analyse(false);
    });
    watcher->setFuture(QtConcurrent::run([path = m_store->path()] {
        auto store = ArticleStore::open(path);
        if (!store)
            return false; // the window's own connection says what is wrong with the file
        auto due = AnalysisRepository((**store).database()).articlesToAnalyse(false, Analysis::engineVersion);
        return due && !due->empty();
    }));
}

void MainWindow::analyse(bool all)
{
    if (!m_store) {
        statusBar()->showMessage(
            tr("On a team database the workers analyse the articles (lagebild-cli worker)."), 8000);
        return;
    }
    if (m_analysis && m_analysis->isRunning()) {
        // New rules arrived while it runs: once it is done, analyse what became due meanwhile.
        m_analyseAgain = true;
        return;
    }
    delete m_analysis;
    m_analysis = new AnalysisJob(m_store->path(), all, this);
    connect(m_analysis, &AnalysisJob::progress, this,
        [this](int done, int total) { showProgress(done, total, tr("Analysing %v of %m")); });
    connect(m_analysis, &AnalysisJob::finished, this, &MainWindow::analysisFinished);
    m_cancel->setEnabled(true);
    m_timeLeft.start();
    showProgress(0, 1, tr("Analysing"));
    m_analysis->start();
}

void MainWindow::analysisFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const AnalyzeSummary &s = m_analysis->summary();
    if (!s.error.isEmpty())
        reportIssue({IssueSeverity::Error, IssueSource::Analysis,
            tr("Analysis failed; the articles not analysed stay due for the next run: %1").arg(s.error)});
    else
        statusBar()->showMessage(tr("Analysed %1 articles: %2 mentions, %3 relations")
                                     .arg(s.articles)
                                     .arg(s.mentions)
                                     .arg(s.relations),
            10000);
    // Mention counts changed: read the rows again, staying on the article being read.
    const ArticleId current = m_table->currentIndex().data(ArticleIdRole).toLongLong();
    m_model->reload();
    if (!selectArticleLoaded(current) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
    m_entitiesPanel->refresh();
    if (m_corrections)
        m_corrections->analysisFinished();
    m_entityNamesStale = true;
    if (m_tabs->currentWidget() == m_timeline || m_tabs->currentWidget() == m_network)
        refreshEntityNames();
    // The views follow the new analysis under the same filters.
    const QString description = describeFilter(m_model->filter(), m_filters->entityModel()->checkedNames());
    m_timeline->setFilter(m_model->filter(), description);
    m_network->setFilter(m_model->filter(), description);
    m_figures->setFilter(m_model->filter());
    refreshFacets();
    if (m_analyseAgain) {
        m_analyseAgain = false;
        analyse(false);
        return;
    }
    Q_EMIT backgroundWorkFinished();
}

void MainWindow::importPaths(const QStringList &paths, bool analyseAfterwards)
{
    if (m_readOnly) // said in the issues panel at the start
        return;
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is already running."), 4000);
        return;
    }
    delete m_job;
    m_job = new ImportJob(connectionLocation(), paths, this);
    m_analyseAfterImport = analyseAfterwards;
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &) {
        showProgress(done, total, tr("Importing %v of %m"));
    });
    connect(m_job, &ImportJob::problem, this, [this](const QString &file, const QString &reason) {
        Issue issue {IssueSeverity::Error, IssueSource::Import, reason};
        issue.file = file;
        reportIssue(std::move(issue));
    });
    connect(m_job, &ImportJob::finished, this, &MainWindow::importFinished);
    m_timeLeft.start();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    if (m_importDialog)
        m_importDialog->setRunning(true);
    m_job->start();
}

Figure *MainWindow::currentFigure() const
{
    if (m_tabs->currentWidget() == m_timeline)
        return m_timeline->figure();
    if (m_tabs->currentWidget() == m_network)
        return m_network->figure();
    return nullptr;
}

int MainWindow::printFigure(QPrinter &printer)
{
    Figure *figure = currentFigure();
    if (!figure)
        return 0;
    // The export's page layout, in points: the printout is the PDF.
    printer.setResolution(72);
    printer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    printer.setDocName(figure->title());
    auto pages = writePages(*figure, printer);
    if (!pages) {
        QMessageBox::warning(this, tr("Printing failed"), pages.errorMessage());
        return 0;
    }
    return pages.value();
}

void MainWindow::saveCopy(const QString &path)
{
    if (!m_store) {
        const QString error
            = tr("A team database is copied with `lagebild-cli migrate` or the server's tools.");
        QMessageBox::warning(this, tr("Copy not saved"), error);
        Q_EMIT copySaved(path, error);
        return;
    }
    const QString source = m_store->path();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(source).absoluteFilePath()) {
        const QString error = tr("%1 is the open database itself; choose another file.").arg(path);
        QMessageBox::warning(this, tr("Copy not saved"), error);
        Q_EMIT copySaved(path, error);
        return;
    }
    statusBar()->showMessage(tr("Saving a copy to %1…").arg(path));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty()) {
            statusBar()->showMessage(
                tr("Saved a copy of the database to %1 (%2 MB)")
                    .arg(path)
                    .arg(QLocale().toString(double(QFileInfo(path).size()) / 1e6, 'f', 1)),
                8000);
        } else {
            reportExportFailure(path, error);
            QMessageBox::warning(this, tr("Copy not saved"), error);
        }
        Q_EMIT copySaved(path, error);
    });
    // Its own connection: the backup reads while the window's connection goes on writing.
    watcher->setFuture(QtConcurrent::run([source, path]() -> QString {
        auto store = ArticleStore::open(source);
        if (!store)
            return store.errorMessage();
        auto copied = Sqlite::backupDatabase((**store).database(), path);
        return copied ? QString() : copied.errorMessage();
    }));
}

bool MainWindow::exportArticles(const ExportTarget &target)
{
    if (!m_exporter) {
        m_exporter = new ArticleExporter(connectionLocation(), this);
        connect(m_exporter, &ArticleExporter::finished, this,
            [this](const QString &path, qint64 written, const QString &error, bool cancelled) {
                if (cancelled) {
                    statusBar()->showMessage(tr("Export cancelled; %1 was not written.").arg(path), 8000);
                } else if (written < 0) {
                    reportExportFailure(path, error);
                    QMessageBox::warning(this, tr("Export failed"), tr("%1: %2").arg(path, error));
                } else {
                    statusBar()->showMessage(
                        tr("Exported %n article(s) to %1", nullptr, int(written)).arg(path), 8000);
                }
                Q_EMIT articlesExported(path, written, error);
            });
    }
    const ArticleExportFormat format = target.format == ExportFormat::JsonLines
        ? ArticleExportFormat::JsonLines
        : ArticleExportFormat::Csv;
    if (!m_exporter->start(target.path, m_model->filter(), format)) {
        statusBar()->showMessage(tr("An export is still being written; try again when it is done."), 8000);
        return false;
    }
    return true;
}

void MainWindow::openImportDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_issues, this);
        connect(m_importDialog, &ImportDialog::importRequested, this,
            [this](const QStringList &paths, bool analyse) { importPaths(paths, analyse); });
        connect(m_importDialog, &ImportDialog::cancelRequested, m_cancel, &QPushButton::click);
        m_importDialog->setRunning(isImporting());
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
}

ImportDialog *MainWindow::importDialog() const
{
    return m_importDialog;
}

void MainWindow::updateIssueButton()
{
    const int count = m_issues->rowCount();
    m_issueButton->setText(tr("%n issue(s)", nullptr, count));
    m_issueButton->setVisible(count > 0);
}

void MainWindow::reportIssue(Issue issue)
{
    m_issues->append(std::move(issue));
}

void MainWindow::reportExportFailure(const QString &path, const QString &message)
{
    Issue issue {IssueSeverity::Error, IssueSource::Export, tr("Not written: %1").arg(message)};
    issue.file = path;
    reportIssue(std::move(issue));
}

void MainWindow::issueAdded(const Issue &issue)
{
    updateIssueButton();
    if (issue.severity != IssueSeverity::Error)
        return;
    if (m_issuesDock->isHidden())
        m_issuesDock->show();
    // The import names its files in its own summary; anything else is said where the analyst looks.
    if (issue.source != IssueSource::Import)
        statusBar()->showMessage(issue.message, 15000);
}

void MainWindow::showIssues()
{
    m_issuesDock->show();
    m_issuesDock->raise();
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(QStringLiteral("recentDatabases")).toStringList();
}

void MainWindow::rememberDatabase(const QString &path)
{
    QSettings settings;
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentDatabases"), recent);
    settings.setValue(QStringLiteral("lastDatabase"), path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::importSampleIfEmpty()
{
    auto count = articleCount();
    if (count && count.value() == 0)
        importPaths({QStringLiteral(":/sample-corpus")});
}

void MainWindow::importFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const ImportSummary &s = m_job->summary();
    m_model->reload();
    refreshFacets();
    updateCount();
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
    if (m_importDialog) {
        m_importDialog->setRunning(false);
        m_importDialog->showStatus(message);
    }
    if (!s.problems.empty() && !(m_importDialog && m_importDialog->isVisible()))
        statusBar()->showMessage(message + tr(" — the issues list names each file and reason."), 15000);
    // New articles get their entities right away, in the background (on a team database from the
    // workers, which the import's commit told).
    if (m_store && s.imported > 0 && !s.cancelled && m_analyseAfterImport)
        analyse(false);
    else
        Q_EMIT backgroundWorkFinished();
}

void MainWindow::updateCount()
{
    auto count = articleCount();
    if (!count) {
        m_countLabel->setText(count.errorMessage());
        return;
    }
    if (m_model->filter().isEmpty())
        m_countLabel->setText(tr("%n article(s)", nullptr, int(count.value())));
    else if (m_model->isCounting())
        m_countLabel->setText(
            tr("%1 or more of %n article(s) match the filters; counting…", nullptr, int(count.value()))
                .arg(QLocale().toString(m_model->matchingCount())));
    else
        m_countLabel->setText(tr("%1 of %n article(s) match the filters", nullptr, int(count.value()))
                                  .arg(QLocale().toString(m_model->matchingCount())));
}

void MainWindow::openArticle(ArticleId id)
{
    m_tabs->setCurrentIndex(0);
    if (!selectArticle(id)) {
        // Not under the current filters: show it anyway, in the reader.
        m_filters->clear();
        selectArticle(id);
    }
}

void MainWindow::applyFilter(const ArticleFilter &filter)
{
    const ArticleId current = m_table->currentIndex().data(ArticleIdRole).toLongLong();
    m_model->setFilter(filter);
    m_filters->setSearchProblem(m_model->lastError());
    m_facetCounter->request(filter);
    QStringList entityNames;
    for (const QString &name : m_filters->entityModel()->checkedNames())
        entityNames.append(name);
    const QString description = describeFilter(filter, entityNames);
    m_timeline->setFilter(filter, description);
    m_network->setFilter(filter, description);
    m_figures->setFilter(filter);
    // Stay on the article being read when it still passes; else read the first one.
    if (!(current && selectArticleLoaded(current)) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, ArticleTableModel::TitleColumn));
    else if (m_model->rowCount() == 0)
        showArticle({});
    updateCount();
}

bool MainWindow::selectArticleLoaded(ArticleId id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->articleId(row) == id) {
            m_table->setCurrentIndex(m_model->index(row, ArticleTableModel::TitleColumn));
            m_table->scrollTo(m_table->currentIndex());
            showArticle(m_table->currentIndex()); // the search hits changed even if the row did not
            return true;
        }
    }
    return false;
}

void MainWindow::filterByEntity(const QString &type, const QString &canonical)
{
    auto id = findEntity(m_source->reader(), type, canonical);
    if (id && id->has_value())
        m_filters->filterByEntity(**id, canonical, type);
}

void MainWindow::renameTag(const QString &from, const QString &to)
{
    if (to.simplified().isEmpty() || from == to.simplified())
        return;
    m_undo->push(new RenameTagCommand(*m_editor, from, to.simplified(), [this](const QList<ArticleId> &ids) {
        articlesChanged(ids);
        refreshFacets();
    }));
}

void MainWindow::deleteTag(const QString &tag)
{
    m_undo->push(new DeleteTagCommand(*m_editor, tag, [this](const QList<ArticleId> &ids) {
        articlesChanged(ids);
        refreshFacets();
    }));
}

void MainWindow::askToRenameTag(const QString &tag)
{
    auto known = m_editor->allTags();
    QStringList others = known ? known.value() : QStringList();
    others.removeAll(tag);
    others.prepend(tag);
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Rename or Merge Tag"),
        tr("New name for “%1” (an existing tag merges them):").arg(tag), others, 0, true, &ok);
    if (ok)
        renameTag(tag, name);
}

void MainWindow::refreshFacets()
{
    m_facetCounter->request(m_model->filter());
    ArticleQuery query(m_source->reader());
    if (auto range = query.dateRange())
        m_filters->setDateRange(range->first, range->second);
}

void MainWindow::refreshEntityNames()
{
    m_entityNamesStale = false;
    QStringList names;
    if (auto list = listEntities(m_source->reader(), {}, 3000)) {
        for (const EntitySummary &e : list.value()) {
            if (e.type != QLatin1String("QUANTITY") && e.type != QLatin1String("DATE"))
                names.append(e.canonical);
        }
    }
    m_entityNames->setStringList(names);
}

Sqlite::Database &MainWindow::database() const
{
    Q_ASSERT(m_store);
    return m_store->database();
}

QString MainWindow::location() const
{
    return m_source->location();
}

QString MainWindow::connectionLocation() const
{
    return m_store ? m_store->path() : m_source->connectionLocation();
}

QString MainWindow::databaseFolder() const
{
    return m_store ? QFileInfo(m_store->path()).absolutePath()
                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

Expected<qint64> MainWindow::articleCount()
{
    return ArticleQuery(m_source->reader()).count({});
}

bool MainWindow::isCountingFacets() const
{
    return m_facetCounter->isBusy();
}

} // namespace Lagebild
