// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QMimeData;

namespace Ui {
class ImportDialog;
}

namespace Lagebild {

class IssueModel;

/// File → Import: the files and folders to import (added with buttons or dropped), the running
/// import's progress with the time left and a cancel button, and the issues list naming every
/// file that failed and why. Not modal; closing it leaves the import running.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(IssueModel *issues, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addPaths(const QStringList &paths);
    [[nodiscard]] QStringList paths() const;
    [[nodiscard]] bool analyseAfterwards() const;
    /// Starts the import of the listed paths, as the Import button does.
    void startImport();

    // The window reports the background work here.
    void setRunning(bool running);
    void showProgress(int done, int total, const QString &text);
    void showStatus(const QString &text);

Q_SIGNALS:
    void importRequested(const QStringList &paths, bool analyse);
    void cancelRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::unique_ptr<Ui::ImportDialog> m_ui;
    IssueModel *m_issues;
};

/// Local files in a drag, or nothing.
[[nodiscard]] QStringList localPaths(const QMimeData *mime);

} // namespace Lagebild
