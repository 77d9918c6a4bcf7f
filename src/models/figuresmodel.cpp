// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/figuresmodel.h"

#include "core/entitytypes.h"
#include "models/roles.h"

#include <QLocale>

namespace Lagebild {

// Internal ids: 0 for group rows, group index + 1 for figure rows.
FiguresModel::FiguresModel(QObject *parent) : QAbstractItemModel(parent) { }

void FiguresModel::setGroups(std::vector<FigureGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

QModelIndex FiguresModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    return row < int(m_groups[size_t(parent.row())].figures.size())
        ? createIndex(row, column, quintptr(parent.row() + 1))
        : QModelIndex();
}

QModelIndex FiguresModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].figures.size());
}

int FiguresModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const FigureGroup &g = m_groups[size_t(index.row())];
        if (role == DisagreementRole)
            return g.disagreement ? QStringLiteral("yes") : QStringLiteral("no");
        if (role == EntityTypeRole)
            return g.subjectType;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case FigureColumn: {
                QString name = g.subject.isEmpty() ? tr("(no entity in the sentence)") : g.subject;
                if (!g.measure.isEmpty())
                    name += QStringLiteral(" · ") + g.measure;
                if (!g.unit.isEmpty() && g.unit != QLatin1String("count"))
                    name += QStringLiteral(" · ") + g.unit;
                return name;
            }
            case DateColumn:
                return tr("%n figure(s)", nullptr, int(g.figures.size()));
            case OutletColumn:
                return tr("%n outlet(s)", nullptr, g.outlets);
            case SentenceColumn:
                if (g.disagreement)
                    return tr("Outlets disagree: %1 to %2")
                        .arg(QLocale().toString(g.minimum, 'g', 12), QLocale().toString(g.maximum, 'g', 12));
                return {};
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && !g.subjectType.isEmpty())
            return entityTypeLabel(g.subjectType);
        return {};
    }
    const FigureGroup &g = m_groups[size_t(index.internalId() - 1)];
    const ReportedFigure &f = g.figures[size_t(index.row())];
    switch (role) {
    case DisagreementRole:
        return g.disagreement ? QStringLiteral("yes") : QStringLiteral("no");
    case ArticleIdRole:
        return f.article;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(f.title, f.sentence);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FigureColumn:
            return formatFigure(f);
        case DateColumn:
            return f.date.isValid() ? QLocale().toString(f.date, QLocale::ShortFormat)
                    + (f.dateFromText ? QString() : tr(" (published)"))
                                    : QString();
        case OutletColumn:
            return f.outlet;
        case SentenceColumn:
            return f.sentence;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("About / figure");
    case DateColumn:
        return tr("Date");
    case OutletColumn:
        return tr("Outlet");
    case SentenceColumn:
        return tr("Sentence");
    default:
        return {};
    }
}

} // namespace Lagebild
