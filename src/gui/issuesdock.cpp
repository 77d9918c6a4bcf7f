// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/issuesdock.h"

#include "models/issuefiltermodel.h"
#include "models/issuemodel.h"
#include "models/roles.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lagebild {

IssuesDock::IssuesDock(IssueModel *issues, QWidget *parent)
    : QDockWidget(parent)
    , m_issues(issues)
    , m_filter(new IssueFilterModel(this))
    , m_view(new QTableView)
    , m_errors(new QToolButton)
    , m_warnings(new QToolButton)
    , m_copy(new QToolButton)
    , m_clear(new QToolButton)
{
    setObjectName(QStringLiteral("issuesDock"));
    m_filter->setSourceModel(issues);
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(IssueModel::WhereColumn, 160);
    connect(m_view, &QAbstractItemView::activated, this, &IssuesDock::activate);

    for (QToolButton *toggle : {m_errors, m_warnings}) {
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
    }
    connect(m_errors, &QToolButton::toggled, this,
        [this](bool shown) { m_filter->setSeverityShown(IssueSeverity::Error, shown); });
    connect(m_warnings, &QToolButton::toggled, this,
        [this](bool shown) { m_filter->setSeverityShown(IssueSeverity::Warning, shown); });
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_issues->toText()); });
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, m_issues, [this] { m_issues->clear(); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_errors, m_warnings, m_copy, m_clear})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    setWidget(content);
    retranslate();
}

void IssuesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void IssuesDock::retranslate()
{
    setWindowTitle(tr("Issues"));
    m_errors->setText(tr("Errors"));
    m_errors->setToolTip(tr("Show what did not happen: edits not saved, files not imported"));
    m_warnings->setText(tr("Warnings"));
    m_warnings->setToolTip(tr("Show what happened with a flaw"));
    m_copy->setText(tr("Copy"));
    m_clear->setText(tr("Clear"));
}

void IssuesDock::activate(const QModelIndex &index)
{
    if (const ArticleId article = index.data(ArticleIdRole).toLongLong())
        Q_EMIT articleRequested(article);
    else if (const QString file = index.data(FilePathRole).toString(); !file.isEmpty())
        Q_EMIT fileRequested(file);
}

} // namespace Lagebild
