// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/analysisrepository.h"

#include <QAbstractTableModel>

namespace Lagebild {

class ArticleStore;

/// Keyword in context: every place an entity is mentioned, with the words around it.
/// Columns: left context, mention, right context, then date and article title (the view keeps
/// the keyword in its middle; date and title are also the line's tooltip).
class OccurrenceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LeftColumn, MentionColumn, RightColumn, DateColumn, TitleColumn, ColumnCount };

    explicit OccurrenceModel(ArticleStore &store, QObject *parent = nullptr);
    void setEntity(const QString &type, const QString &canonical);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ArticleStore &m_store;
    std::vector<Occurrence> m_rows;
};

} // namespace Lagebild
