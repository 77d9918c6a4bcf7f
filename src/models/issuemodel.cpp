// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/issuemodel.h"

#include "models/roles.h"

#include <QFileInfo>
#include <QLocale>

namespace Lagebild {

IssueModel::IssueModel(QObject *parent) : QAbstractTableModel(parent) { }

void IssueModel::append(Issue issue)
{
    const int row = int(m_issues.size());
    beginInsertRows({}, row, row);
    m_issues.push_back(std::move(issue));
    endInsertRows();
    Q_EMIT issueAdded(m_issues.back());
}

void IssueModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

void IssueModel::clear(IssueSource source)
{
    beginResetModel();
    std::erase_if(m_issues, [source](const Issue &issue) { return issue.source == source; });
    endResetModel();
}

QString IssueModel::where(const Issue &issue) const
{
    if (!issue.file.isEmpty()) // the name says which file; the folder is in the tooltip
        return issue.file.startsWith(QLatin1String(":/")) ? issue.file : QFileInfo(issue.file).fileName();
    if (issue.article)
        return issue.articleTitle.isEmpty() ? tr("Article %1").arg(issue.article) : issue.articleTitle;
    return {};
}

QString IssueModel::toText(std::optional<IssueSource> source) const
{
    QStringList lines;
    for (const Issue &issue : m_issues) {
        if (source && issue.source != *source)
            continue;
        const QString place = issue.file.isEmpty() ? where(issue) : issue.file;
        lines.append(place.isEmpty() ? issue.message : place + QLatin1String(": ") + issue.message);
    }
    return lines.join(QLatin1Char('\n'));
}

int IssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int IssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &issue = m_issues[size_t(index.row())];
    switch (role) {
    case IssueSeverityRole:
        return int(issue.severity);
    case IssueSourceRole:
        return int(issue.source);
    case ArticleIdRole:
        return issue.article;
    case FilePathRole:
        return issue.file;
    case Qt::ToolTipRole: {
        const QString place = issue.file.isEmpty() ? where(issue) : issue.file;
        return place.isEmpty() ? issue.message : QString(place + QLatin1Char('\n') + issue.message);
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(issue.when.time(), QLocale::ShortFormat);
    case WhereColumn:
        return where(issue);
    case MessageColumn:
        return issue.severity == IssueSeverity::Error ? issue.message : tr("Warning: %1").arg(issue.message);
    default:
        return {};
    }
}

QVariant IssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhereColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace Lagebild
