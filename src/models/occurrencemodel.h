// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/analysisrepository.h"

#include <QAbstractTableModel>

namespace Lagebild {

class SqlReader;

/// Keyword in context: every place an entity is mentioned, with the words around it (the newest
/// 200 places, entityOccurrences()), on either backend.
/// Columns: left context, mention, right context, then date and article title (the view keeps
/// the keyword in its middle; date and title are also the line's tooltip).
class OccurrenceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LeftColumn, MentionColumn, RightColumn, DateColumn, TitleColumn, ColumnCount };

    /// Reads through `reader`, of either backend, which must outlive the model.
    explicit OccurrenceModel(SqlReader &reader, QObject *parent = nullptr);
    void setEntity(const QString &type, const QString &canonical);
    /// The last read's error, empty when it worked (the list is then empty).
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    SqlReader &m_sql;
    std::vector<Occurrence> m_rows;
    QString m_lastError;
};

} // namespace Lagebild
