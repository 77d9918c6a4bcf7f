// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/importissuemodel.h"

#include <QFileInfo>
#include <QLocale>

namespace Lagebild {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) { }

void ImportIssueModel::append(const QString &file, const QString &reason)
{
    const int row = int(m_issues.size());
    beginInsertRows({}, row, row);
    m_issues.push_back({QDateTime::currentDateTime(), file, reason});
    endInsertRows();
}

void ImportIssueModel::clear()
{
    beginResetModel();
    m_issues.clear();
    endResetModel();
}

QString ImportIssueModel::toText() const
{
    QStringList lines;
    for (const Issue &issue : m_issues)
        lines.append(issue.file + QLatin1String(": ") + issue.reason);
    return lines.join(QLatin1Char('\n'));
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue &issue = m_issues[size_t(index.row())];
    if (role == Qt::ToolTipRole)
        return QString(issue.file + QLatin1Char(0x0a) + issue.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(issue.when.time(), QLocale::ShortFormat);
    case FileColumn:
        // The name says which file; the folder is in the tooltip.
        return issue.file.startsWith(QLatin1String(":/")) ? issue.file : QFileInfo(issue.file).fileName();
    case ReasonColumn:
        return issue.reason;
    default:
        return {};
    }
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FileColumn:
        return tr("File");
    case ReasonColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace Lagebild
