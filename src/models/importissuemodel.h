// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace Lagebild {

/// What went wrong in the imports of this session, one line per file or item: when, which
/// file, why. The analyst reads it to fix or drop the files; the import itself went on.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FileColumn, ReasonColumn, ColumnCount };

    explicit ImportIssueModel(QObject *parent = nullptr);

    void append(const QString &file, const QString &reason);
    void clear();
    /// "file: reason" lines, for the clipboard.
    [[nodiscard]] QString toText() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Issue
    {
        QDateTime when;
        QString file;
        QString reason;
    };
    std::vector<Issue> m_issues;
};

} // namespace Lagebild
