// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/issuefiltermodel.h"

#include "models/roles.h"

namespace Lagebild {

IssueFilterModel::IssueFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void IssueFilterModel::setSeverityShown(IssueSeverity severity, bool shown)
{
    bool &flag = severity == IssueSeverity::Error ? m_errors : m_warnings;
    if (flag == shown)
        return;
    flag = shown;
    invalidateFilter();
}

bool IssueFilterModel::isSeverityShown(IssueSeverity severity) const
{
    return severity == IssueSeverity::Error ? m_errors : m_warnings;
}

void IssueFilterModel::setSource(std::optional<IssueSource> source)
{
    m_source = source;
    invalidateFilter();
}

bool IssueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_source && index.data(IssueSourceRole).toInt() != int(*m_source))
        return false;
    return isSeverityShown(IssueSeverity(index.data(IssueSeverityRole).toInt()));
}

} // namespace Lagebild
