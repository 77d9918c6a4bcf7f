// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/importdialog.h"

#include "models/issuefiltermodel.h"
#include "models/issuemodel.h"
#include "ui_importdialog.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMimeData>

namespace Lagebild {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

ImportDialog::ImportDialog(IssueModel *issues, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_issues(issues)
{
    m_ui->setupUi(this);
    // The issues panel's rows that came from importing.
    auto *imported = new IssueFilterModel(this);
    imported->setSource(IssueSource::Import);
    imported->setSourceModel(issues);
    m_ui->issues->setModel(imported);
    m_ui->issues->verticalHeader()->hide();
    m_ui->issues->setWordWrap(false);
    m_ui->issues->setAlternatingRowColors(true);
    m_ui->issues->horizontalHeader()->setStretchLastSection(true);
    m_ui->issues->horizontalHeader()->resizeSection(IssueModel::WhereColumn, 220);
    m_ui->issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_ui->addFiles, &QPushButton::clicked, this, [this] {
        addPaths(QFileDialog::getOpenFileNames(this, tr("Import articles"), QString(),
            tr("Articles (*.txt *.text *.html *.htm *.xhtml *.rss *.atom *.xml *.jsonl *.ndjson);;All files "
               "(*)")));
    });
    connect(m_ui->addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"));
        if (!dir.isEmpty())
            addPaths({dir});
    });
    connect(m_ui->removeSources, &QPushButton::clicked, this,
        [this] { qDeleteAll(m_ui->sources->selectedItems()); });
    connect(m_ui->start, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->cancel, &QPushButton::clicked, this, &ImportDialog::cancelRequested);
    connect(m_ui->copyIssues, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_issues->toText(IssueSource::Import)); });
    connect(m_ui->clearIssues, &QPushButton::clicked, this, [this] { m_issues->clear(IssueSource::Import); });
    setRunning(false);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::addPaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty() && m_ui->sources->findItems(path, Qt::MatchExactly).isEmpty())
            m_ui->sources->addItem(path);
    }
    m_ui->start->setEnabled(m_ui->sources->count() > 0 && !m_ui->cancel->isEnabled());
}

QStringList ImportDialog::paths() const
{
    QStringList list;
    for (int row = 0; row < m_ui->sources->count(); ++row)
        list.append(m_ui->sources->item(row)->text());
    return list;
}

bool ImportDialog::analyseAfterwards() const
{
    return m_ui->analyse->isChecked();
}

void ImportDialog::startImport()
{
    const QStringList list = paths();
    if (list.isEmpty())
        return;
    Q_EMIT importRequested(list, analyseAfterwards());
}

void ImportDialog::setRunning(bool running)
{
    m_ui->cancel->setEnabled(running);
    m_ui->start->setEnabled(!running && m_ui->sources->count() > 0);
    if (running) {
        m_ui->sources->clear();
        m_ui->progress->setValue(0);
    }
}

void ImportDialog::showProgress(int done, int total, const QString &text)
{
    m_ui->progress->setMaximum(std::max(total, 1));
    m_ui->progress->setValue(done);
    m_ui->status->setText(text);
}

void ImportDialog::showStatus(const QString &text)
{
    m_ui->status->setText(text);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    addPaths(localPaths(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace Lagebild
