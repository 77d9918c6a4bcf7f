// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/analysisrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace Lagebild {

class SqlReader;

/// Every entity with active mentions (not quantities or dates), for the entity manager:
/// name, type, mentions, articles, and whether the analyst made it.
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, ArticlesColumn, ColumnCount };

    /// Reads through `sql` (either backend), which must outlive the model.
    explicit EntityListModel(SqlReader &sql, QObject *parent = nullptr);

    /// Reads the entities again (after an analysis).
    void reload();
    [[nodiscard]] const EntitySummary *entity(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    SqlReader &m_sql;
    std::vector<EntitySummary> m_rows;
};

} // namespace Lagebild
