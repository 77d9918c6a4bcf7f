// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace Lagebild {

/// Entities grouped by type: type rows ("Company (12)") with the entities under them, each with
/// its mention count. Fed with (type, canonical, count) rows by its owner — from one article's
/// mentions or from the whole corpus.
class EntityTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    struct Row
    {
        QString type;
        QString canonical;
        qint64 mentions = 0;
    };

    explicit EntityTreeModel(QObject *parent = nullptr);
    /// Replaces the contents; types keep the order of `typeOrder`, entities sort by count.
    /// `countHeader` names what the count column counts ("Mentions", "Articles").
    void setEntities(std::vector<Row> rows, const QStringList &typeOrder, const QString &countHeader = {});

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString type;
        qint64 mentions = 0;
        std::vector<Row> entities;
    };
    std::vector<Group> m_groups;
    QString m_countHeader;
};

} // namespace Lagebild
