// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entitytreemodel.h"

#include "core/entitytypes.h"
#include "models/roles.h"

#include <algorithm>

namespace Lagebild {

// Internal ids: 0 for type rows, group index + 1 for entity rows (their parent's row + 1).
EntityTreeModel::EntityTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void EntityTreeModel::setEntities(
    std::vector<Row> rows, const QStringList &typeOrder, const QString &countHeader)
{
    beginResetModel();
    m_countHeader = countHeader;
    m_groups.clear();
    for (const QString &type : typeOrder) {
        Group group;
        group.type = type;
        for (const Row &r : rows) {
            if (r.type == type) {
                group.entities.push_back(r);
                group.mentions += r.mentions;
            }
        }
        if (group.entities.empty())
            continue;
        std::stable_sort(group.entities.begin(), group.entities.end(),
            [](const Row &a, const Row &b) { return a.mentions > b.mentions; });
        m_groups.push_back(std::move(group));
    }
    endResetModel();
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].entities.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return index.column() == 0 ? QVariant(entityTypeLabel(g.type)) : QVariant(g.mentions);
        if (role == EntityTypeRole)
            return g.type;
        return {};
    }
    const Row &r = m_groups[size_t(index.internalId() - 1)].entities[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(r.canonical) : QVariant(r.mentions);
    case EntityTypeRole:
        return r.type;
    case CanonicalRole:
        return r.canonical;
    default:
        return {};
    }
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Entity") : m_countHeader.isEmpty() ? tr("Mentions") : m_countHeader;
}

} // namespace Lagebild
