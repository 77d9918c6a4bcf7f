// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/occurrencemodel.h"

#include "core/dateformat.h"
#include "models/roles.h"
#include "store/mentionreads.h"
#include "store/sqlreader.h"

namespace Lagebild {

OccurrenceModel::OccurrenceModel(SqlReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_sql(reader)
{ }

void OccurrenceModel::setEntity(const QString &type, const QString &canonical)
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (!canonical.isEmpty()) {
        if (auto rows = entityOccurrences(m_sql, type, canonical))
            m_rows = std::move(rows.value());
        else
            m_lastError = rows.errorMessage();
    }
    endResetModel();
}

int OccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Occurrence &o = m_rows[size_t(index.row())];
    if (role == ArticleIdRole)
        return o.article;
    if (role == Qt::TextAlignmentRole && index.column() == LeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QString date = readableNorm(o.published.left(10));
        return date.isEmpty() ? o.title : QStringLiteral("%1 (%2)").arg(o.title, date);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return readableNorm(o.published.left(10));
    case LeftColumn:
        return o.left;
    case MentionColumn:
        return o.mention;
    case RightColumn:
        return o.right;
    case TitleColumn:
        return o.title;
    default:
        return {};
    }
}

QVariant OccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MentionColumn:
        return tr("Mention");
    case TitleColumn:
        return tr("Article");
    default:
        return QString();
    }
}

} // namespace Lagebild
