// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/figuresmodel.h"

#include "core/dateformat.h"
#include "core/entitytypes.h"
#include "models/figureformat.h"
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
                if (const QString unit = readableUnit(g.unit); !unit.isEmpty())
                    name += QStringLiteral(" · ") + unit;
                return name;
            }
            case DateColumn:
                return tr("%n figure(s)", nullptr, int(g.figures.size()));
            case OutletColumn:
                return tr("%n outlet(s)", nullptr, g.outlets);
            case SentenceColumn:
                if (g.disagreement) {
                    ReportedFigure low;
                    low.unit = g.unit;
                    low.value = g.minimum;
                    ReportedFigure high = low;
                    high.value = g.maximum;
                    return tr("Outlets disagree: %1 to %2").arg(readableFigure(low), readableFigure(high));
                }
                if (g.nearDuplicates > 0)
                    return tr("%n near-duplicate article(s) counted once", nullptr, g.nearDuplicates);
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
            return readableFigure(f);
        case DateColumn:
            return f.date.isValid() ? QLocale().toString(f.date, shortDateFormat())
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
