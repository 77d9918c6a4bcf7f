// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures/figuresquery.h"

#include <QAbstractItemModel>

namespace Lagebild {

/// The Figures view's tree: a row per subject and unit ("H200 · 5 figures from 3 outlets"), the
/// reported figures under it with value, date, outlet and sentence. Groups where outlets disagree
/// carry DisagreementRole "yes" (also on their figures, so a proxy can keep whole groups).
class FiguresModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, DateColumn, OutletColumn, SentenceColumn, ColumnCount };
    static constexpr int DisagreementRole = Qt::UserRole + 100;

    explicit FiguresModel(QObject *parent = nullptr);

    void setGroups(std::vector<FigureGroup> groups);
    [[nodiscard]] const std::vector<FigureGroup> &groups() const { return m_groups; }

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<FigureGroup> m_groups;
};

} // namespace Lagebild
