// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/facetmodel.h"

#include "core/entitytypes.h"
#include "models/roles.h"

#include <algorithm>

namespace Lagebild {

FacetModel::FacetModel(QObject *parent) : QAbstractTableModel(parent) { }

QString FacetModel::keyOf(const FacetCount &c) const
{
    return c.id ? QString::number(c.id) : c.name.toCaseFolded();
}

void FacetModel::setCounts(std::vector<FacetCount> counts)
{
    for (const FacetCount &checked : m_checked) {
        const QString key = keyOf(checked);
        const bool listed
            = std::any_of(counts.begin(), counts.end(), [&](const FacetCount &c) { return keyOf(c) == key; });
        if (!listed) {
            FacetCount zero = checked;
            zero.articles = 0;
            counts.push_back(zero);
        }
    }
    beginResetModel();
    m_rows = std::move(counts);
    endResetModel();
}

QStringList FacetModel::checkedNames() const
{
    QStringList names;
    for (const FacetCount &c : m_checked)
        names.append(c.name);
    return names;
}

std::vector<qint64> FacetModel::checkedIds() const
{
    std::vector<qint64> ids;
    for (const FacetCount &c : m_checked)
        ids.push_back(c.id);
    return ids;
}

void FacetModel::setChecked(const std::vector<FacetCount> &entries)
{
    m_checked = entries;
    setCounts(std::move(m_rows));
}

void FacetModel::clearChecked()
{
    m_checked.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(
            index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn), {Qt::CheckStateRole});
}

const FacetCount *FacetModel::entry(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FacetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacetCount &c = m_rows[size_t(index.row())];
    switch (role) {
    case EntityTypeRole:
        return c.type;
    case CanonicalRole:
        return c.name;
    case EntityIdRole:
        return c.id;
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return c.name;
        if (role == SortRole)
            return c.name.toCaseFolded();
        if (role == Qt::CheckStateRole) {
            const QString key = keyOf(c);
            const bool checked = std::any_of(
                m_checked.begin(), m_checked.end(), [&](const FacetCount &k) { return keyOf(k) == key; });
            return checked ? Qt::Checked : Qt::Unchecked;
        }
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return entityTypeLabel(c.type);
        break;
    case CountColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.articles;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%n article(s) under the other filters", nullptr, int(c.articles));
        break;
    default:
        break;
    }
    return {};
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn || role != Qt::CheckStateRole)
        return false;
    const FacetCount &c = m_rows[size_t(index.row())];
    const QString key = keyOf(c);
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    const auto found = std::find_if(
        m_checked.begin(), m_checked.end(), [&](const FacetCount &k) { return keyOf(k) == key; });
    if (check == (found != m_checked.end()))
        return true;
    if (check)
        m_checked.push_back(c);
    else
        m_checked.erase(found);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case CountColumn:
        return tr("Articles");
    default:
        return {};
    }
}

} // namespace Lagebild
