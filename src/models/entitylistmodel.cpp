// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entitylistmodel.h"

#include "core/entitytypes.h"
#include "models/roles.h"
#include "store/entityrules.h"

namespace Lagebild {

EntityListModel::EntityListModel(SqlReader &sql, QObject *parent) : QAbstractTableModel(parent), m_sql(sql)
{
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (auto list = listEntities(m_sql)) {
        for (EntitySummary &e : list.value()) {
            if (e.type != QLatin1String("QUANTITY") && e.type != QLatin1String("DATE"))
                m_rows.push_back(std::move(e));
        }
    }
    endResetModel();
}

const EntitySummary *EntityListModel::entity(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntitySummary &e = m_rows[size_t(index.row())];
    switch (role) {
    case EntityTypeRole:
        return e.type;
    case CanonicalRole:
        return e.canonical;
    case EntityIdRole:
        return e.id;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return e.canonical;
        if (role == SortRole)
            return e.canonical.toCaseFolded();
        if (role == Qt::ToolTipRole && e.origin == QLatin1String("manual"))
            return tr("Marked by hand");
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entityTypeLabel(e.type);
        break;
    case MentionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.mentions;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticlesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return e.articles;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    default:
        return {};
    }
}

} // namespace Lagebild
