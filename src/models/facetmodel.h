// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/articlequery.h"

#include <QAbstractTableModel>
#include <QSet>

#include <vector>

namespace Lagebild {

/// One facet of the filter panel (outlets, tags or entities): names with the number of articles
/// each would leave under the other filters, and a check box per name. Checked names stay listed
/// when their count drops to zero, so the analyst can always uncheck them.
class FacetModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, CountColumn, ColumnCount };

    explicit FacetModel(QObject *parent = nullptr);

    /// New counts (after a filter change); keeps the checked names.
    void setCounts(std::vector<FacetCount> counts);
    [[nodiscard]] QStringList checkedNames() const;
    [[nodiscard]] std::vector<qint64> checkedIds() const;
    /// Checks exactly these entries (by id when non-zero, else by name); no checkedChanged().
    void setChecked(const std::vector<FacetCount> &entries);
    void clearChecked();
    [[nodiscard]] const FacetCount *entry(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /// The analyst checked or unchecked a name.
    void checkedChanged();

private:
    [[nodiscard]] QString keyOf(const FacetCount &c) const;

    std::vector<FacetCount> m_rows;
    std::vector<FacetCount> m_checked; // in the order they were checked
};

} // namespace Lagebild
