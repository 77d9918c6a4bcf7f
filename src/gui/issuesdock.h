// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDockWidget>

class QTableView;
class QToolButton;

namespace Lagebild {

class IssueFilterModel;
class IssueModel;

/// The issues panel: every failure of the session, errors and warnings each shown or hidden,
/// copied or cleared; a double-click goes to the article or file an issue is about.
class IssuesDock final : public QDockWidget
{
    Q_OBJECT
public:
    IssuesDock(IssueModel *issues, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] IssueFilterModel *filter() const { return m_filter; }

Q_SIGNALS:
    void articleRequested(Lagebild::ArticleId id);
    void fileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(const QModelIndex &index);

    IssueModel *m_issues;
    IssueFilterModel *m_filter;
    QTableView *m_view;
    QToolButton *m_errors;
    QToolButton *m_warnings;
    QToolButton *m_copy;
    QToolButton *m_clear;
};

} // namespace Lagebild
