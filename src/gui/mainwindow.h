#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Lagebild {

class ArticleStore;
class ArticleTableModel;
class ImportJob;

/// The workbench window: the article table above the reader. Imports run as background jobs
/// with a progress bar and a cancel button in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<ArticleStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports files or folders in the background; the table refreshes when done.
    void importPaths(const QStringList &paths);
    /// Imports the bundled sample corpus when the database holds no article yet.
    void importSampleIfEmpty();
    [[nodiscard]] ArticleTableModel *articleModel() const { return m_model; }
    [[nodiscard]] bool isImporting() const;

private:
    void createActions();
    void showArticle(const QModelIndex &index);
    void importFinished();
    void updateCount();

    std::unique_ptr<ArticleStore> m_store;
    ArticleTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    ImportJob *m_job = nullptr;
};

} // namespace Lagebild
