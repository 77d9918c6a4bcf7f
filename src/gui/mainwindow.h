// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"
#include "core/relationtrust.h"
#include "gui/editstack.h"
#include "gui/translatedtexts.h"
#include "services/timeleft.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QActionGroup;
class QCloseEvent;
class QDockWidget;
class QPrinter;
class QLabel;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTimer;
class QTableView;
class QToolButton;

namespace Lagebild {

class EditJournal;
class EditStack;

namespace Sqlite {
class Database;
}

class AnalysisJob;
class ArticleEditor;
class ArticleExporter;
class LearnActions;
class LoginRecovery;
class CorrectionActions;
class EntitiesPanel;
class ImportDialog;
class IssueModel;
class IssuesDock;
struct Issue;
struct SearchIndexRebuild;
class EditFeed;
class FacetCounter;
class Figure;
class FiguresView;
class FilterPanel;
class NetworkView;
class TimelineView;
struct ArticleFilter;
struct ExportTarget;
class ArticleMentionsModel;
class ArticleStore;
class CorpusReader;
class CorpusSource;
struct WindowCorpus;
class ArticleTableModel;
class ImportJob;
class ReaderView;
class RelationReview;

/// The workbench window: the article table above the reader. Imports run as background jobs
/// with a progress bar and a cancel button in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// A window on an SQLite file.
    explicit MainWindow(std::unique_ptr<ArticleStore> store, QWidget *parent = nullptr);
    /// A window on either backend (gui/windowcorpus.h). On a team database the workers analyse
    /// and the window offers neither analysis nor corrections of mentions and entities, learning
    /// or Save a Copy; reading, searching, the views, tags, notes, history, verdicts on relations,
    /// import and export work as on a file.
    explicit MainWindow(WindowCorpus corpus, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports files or folders in the background; the table refreshes when done.
    void importPaths(const QStringList &paths, bool analyseAfterwards = true);
    /// File → Import: the import dialog with its issues list.
    void openImportDialog();
    [[nodiscard]] ImportDialog *importDialog() const;
    /// Every failure of the session (the issues panel's rows).
    [[nodiscard]] IssueModel *issues() const { return m_issues; }
    [[nodiscard]] IssuesDock *issuesDock() const { return m_issuesDock; }
    /// Puts a failure into the issues panel; an error also shows the panel and, unless the import
    /// summary names it, a status-bar notice.
    void reportIssue(Issue issue);
    /// View → Issues, or the status bar's issue count.
    void showIssues();
    /// Databases opened before, most recent first (QSettings).
    [[nodiscard]] static QStringList recentDatabases();
    static void rememberDatabase(const QString &path);
    /// Imports the bundled sample corpus when the database holds no article yet.
    void importSampleIfEmpty();
    /// Analyses articles that are new or out of date (all with `all`) in the background.
    void analyse(bool all = false);
    [[nodiscard]] ArticleTableModel *articleModel() const { return m_model; }
    [[nodiscard]] ArticleMentionsModel *mentionsModel() const { return m_mentions; }
    [[nodiscard]] ReaderView *reader() const { return m_reader; }
    [[nodiscard]] QTableView *articleTable() const { return m_table; }
    /// The article of the table's current row (the one the reader shows), or 0.
    [[nodiscard]] ArticleId currentArticle() const;
    [[nodiscard]] EntitiesPanel *entitiesPanel() const { return m_entitiesPanel; }
    [[nodiscard]] FilterPanel *filterPanel() const { return m_filters; }
    [[nodiscard]] TimelineView *timelineView() const { return m_timeline; }
    [[nodiscard]] NetworkView *networkView() const { return m_network; }
    [[nodiscard]] FiguresView *figuresView() const { return m_figures; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// The window's connection to an SQLite file, for reads on the GUI thread; only on a file
    /// (isTeamDatabase() false).
    [[nodiscard]] Sqlite::Database &database() const;
    /// True on a PostgreSQL database (docs/team.md).
    [[nodiscard]] bool isTeamDatabase() const { return !m_store; }
    /// The database as the title bar and messages show it: a file's path, a URI without password.
    [[nodiscard]] QString location() const;
    /// Shows an article in the Articles tab (clearing the filters when they hide it).
    void openArticle(ArticleId id);
    /// Writes the filtered articles with tags, notes and entities (CSV or JSON Lines) in the
    /// background, with a progress dialog that can cancel; ends with articlesExported(). False
    /// (with a word in the status bar) while another export runs.
    bool exportArticles(const ExportTarget &target);
    /// File → Save a Copy: a consistent copy of the database through SQLite's online backup API,
    /// written on a pool thread with its own connection while the analyst keeps working; ends
    /// with copySaved().
    void saveCopy(const QString &path);
    /// The figure of the current tab (Timeline or Relationships), or null.
    [[nodiscard]] Figure *currentFigure() const;
    /// Prints it with the PDF export's pages (source list, page numbers); returns the page count.
    int printFigure(QPrinter &printer);
    /// True while facet counts for the latest filter are being computed.
    [[nodiscard]] bool isCountingFacets() const;
    /// Selects the article in the table (fetching pages as needed) and shows it.
    bool selectArticle(ArticleId id);
    /// Hand work, each step undoable and written to the database at once.
    void tagArticles(const QList<ArticleId> &articles, const QStringList &tags);
    void untagArticles(const QList<ArticleId> &articles, const QStringList &tags);
    /// `shown` is the note the analyst started from (the Note dialog's text when it opened). When
    /// the stored note is no longer that one (another window or `lagebild-cli note` changed it
    /// meanwhile), the analyst's text still wins, but a notice in the status bar and the issues
    /// panel names who changed it and when; undo brings the other text back (docs/team.md).
    void setNote(ArticleId article, const QString &text, const std::optional<QString> &shown = std::nullopt);
    /// Edit → Article History: the current article's hand edits, who and when, in a dialog that
    /// does not block the window.
    void showHistory();
    void renameTag(const QString &from, const QString &to);
    void deleteTag(const QString &tag);
    /// Narrows the browser to the articles mentioning this entity.
    void filterByEntity(const QString &type, const QString &canonical);
    [[nodiscard]] CorrectionActions *corrections() const { return m_corrections; }
    [[nodiscard]] RelationReview *relationReview() const { return m_relationReview; }
    /// The corpus may be read but not changed here: no edit is offered.
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    /// Other analysts' edits on a team database; null on a file.
    [[nodiscard]] EditFeed *editFeed() const { return m_editFeed; }
    /// Analysis → Learn from My Corrections, Forget Learned Corrections.
    [[nodiscard]] LearnActions *learning() const { return m_learning; }
    /// Asks for a new password when the team database refuses this window's login; null on a file.
    [[nodiscard]] LoginRecovery *loginRecovery() const { return m_login; }
    /// The status bar's "disconnected, the password was refused" button (tests), null on a file.
    [[nodiscard]] QToolButton *refusedLoginButton() const { return m_refusedButton; }
    /// View → Doubtful Relations: faint or hidden in the network and the event lanes (QSettings).
    void setDoubtfulRelations(DoubtfulRelations doubtful);
    [[nodiscard]] QList<ArticleId> selectedArticles() const;
    [[nodiscard]] EditStack *undoStack() const { return m_undo; }
    /// True when no edit waits for the team database, or the analyst agreed to discard them.
    bool mayDiscardWaitingEdits();
    /// True while an import, an analysis or learning from corrections runs.
    [[nodiscard]] bool isImporting() const;

Q_SIGNALS:
    /// Emitted when a background import and the analysis after it are done.
    void backgroundWorkFinished();
    /// File → New/Open/Recent: the analyst wants to work in another database.
    void databaseRequested(const QString &path);
    /// File → Connect to Team Database: as databaseRequested(), with the analyst's choice about
    /// the desktop keyring, carried out once the database has opened (a mistyped password is not
    /// kept). `uri` carries no password; `password` is the one typed (empty: none).
    void teamDatabaseRequested(const QString &uri, const QString &password, bool rememberPassword);
    /// saveCopy() is done; `error` is empty on success.
    void copySaved(const QString &path, const QString &error);
    /// exportArticles() is done: `written` articles, or -1 with `error` (empty when cancelled).
    void articlesExported(const QString &path, qint64 written, const QString &error);
    /// On a team database: edits that committed (anyone's) are shown; `everything` when the list
    /// was read again.
    void teamEditsShown(const QList<ArticleId> &ids, bool everything);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The reader's corrections of mentions, the entity manager's rules and the publication date,
    /// on either backend.
    void createCorrections();
    /// Learning from the corrections, on either backend (LearnActions over the window's source).
    void createLearning();
    void followTeamEdits();
    /// On a team database: a password refused after the window opened is asked for (LoginRecovery).
    void recoverRefusedLogins();
    /// What a pool thread's connection opens: the file's path, or the URI as given.
    [[nodiscard]] QString connectionLocation() const;
    /// Where the file dialogs for databases start: beside the open file, or in Documents.
    [[nodiscard]] QString databaseFolder() const;
    Expected<qint64> articleCount();
    void createActions();
    /// Texts, menus and headers in the interface language now (after View → Language).
    void retranslate();
    /// The article table's column widths for the table's width (the title stretches).
    void fitArticleColumns(bool always);
    void showArticle(const QModelIndex &index);
    void importFinished();
    void analysisFinished();
    void bringStoreUpToDate();
    void searchIndexRebuilt(const SearchIndexRebuild &result);
    void analyseIfDue();
    void showProgress(int done, int total, const QString &format);
    void updateCount();
    void articlesChanged(const QList<ArticleId> &ids);
    void askForTags(bool add);
    void askForNote();
    void askToRenameTag(const QString &tag);
    void updateIssueButton();
    void updateWaitingEdits();
    /// Keeps the waiting edits in this window's journal on disk (EditJournal).
    void writeJournal();
    /// Takes over the edits that windows now gone left waiting for this team database.
    void takeOverLeftEdits();
    void issueAdded(const Issue &issue);
    void reportExportFailure(const QString &path, const QString &message);
    /// setNote(): the stored note changed under the analyst's edit; says who and when.
    /// The notice for a note that replaces one written elsewhere while the analyst typed.
    [[nodiscard]] std::function<void(EditCommand::FirstWrite)> noteConflictNotice(const Article &article);
    void applyFilter(const ArticleFilter &filter);
    void refreshFacets();
    bool selectArticleLoaded(ArticleId id);
    void refreshEntityNames();

    /// The SQLite file's store; null on a team database.
    std::unique_ptr<ArticleStore> m_store;
    /// What the views and models read through (store/corpussource.h), over m_store's connection;
    /// declared after it, so destroyed before it.
    std::unique_ptr<CorpusSource> m_source;
    /// The hand work on tags, notes and dates (the undo commands), over m_store's connection; a
    /// PostgreSQL editor can take its place (store/articleeditor.h).
    std::unique_ptr<ArticleEditor> m_editor;
    /// Whole articles (the reader, the note dialog, the history's title), on either backend.
    std::unique_ptr<CorpusReader> m_articles;
    ArticleExporter *m_exporter = nullptr;
    TranslatedTexts m_texts;
    QPointer<QAction> m_undoAction;
    QPointer<QAction> m_redoAction;
    int m_fittedWidth = -1;
    ArticleTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ReaderView *m_reader = nullptr;
    ArticleMentionsModel *m_mentions = nullptr;
    AnalysisJob *m_analysis = nullptr;
    EditStack *m_undo = nullptr;
    /// The waiting edits on disk; a team database's only.
    std::unique_ptr<EditJournal> m_journal;
    bool m_journalFailed = false; ///< said once in the issues panel
    EntitiesPanel *m_entitiesPanel = nullptr;
    FilterPanel *m_filters = nullptr;
    QDockWidget *m_filterDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    NetworkView *m_network = nullptr;
    FiguresView *m_figures = nullptr;
    QStringListModel *m_entityNames = nullptr;
    bool m_entityNamesStale = true;
    QDockWidget *m_entitiesDock = nullptr;
    FacetCounter *m_facetCounter = nullptr;
    /// Edits committed on a team database, by anyone; null on a file.
    EditFeed *m_editFeed = nullptr;
    /// How often at most the facets are counted again for announcements from the team database.
    static constexpr int teamFacetInterval = 3000;
    QTimer *m_teamFacets = nullptr;
    /// An open entity manager is read again once announcements have been quiet this long: busy
    /// workers announce a batch every few hundred milliseconds, and the whole list takes a while.
    static constexpr int teamEntitiesQuietMs = 3000;
    QTimer *m_teamEntities = nullptr;
    bool m_teamFacetsDue = false;
    CorrectionActions *m_corrections = nullptr;
    LearnActions *m_learning = nullptr;
    LoginRecovery *m_login = nullptr;
    RelationReview *m_relationReview = nullptr;
    /// The corpus may be read but not changed (a read-only file, a reader's role on a team
    /// database): no edit, import or analysis is offered.
    bool m_readOnly = false;
    QActionGroup *m_doubtfulGroup = nullptr;
    bool m_analyseAgain = false;
    bool m_analyseAfterImport = true;
    TimeLeft m_timeLeft;
    IssueModel *m_issues = nullptr;
    IssuesDock *m_issuesDock = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QToolButton *m_issueButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_waitingLabel = nullptr; ///< edits waiting for the team database (EditStack)
    /// On a team database whose password the server refused: says the window is disconnected and
    /// asks for the password when clicked (LoginRecovery).
    QToolButton *m_refusedButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    ImportJob *m_job = nullptr;
};

} // namespace Lagebild
