// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class EntityManager;
}

namespace Lagebild {

class SqlReader;
class EntityListModel;
struct EntitySummary;

/// The entity manager: every entity with its counts; rename, merge, change the type, split off
/// a spelling, ignore. It only asks; the window records each correction as an undoable rule.
/// Not modal: the analyst keeps reading while the corpus is analysed again.
class EntityManagerDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Reads through `sql` (either backend), which must outlive the dialog.
    explicit EntityManagerDialog(SqlReader &sql, QWidget *parent = nullptr);
    ~EntityManagerDialog() override;

    /// Reads the entities again (after an analysis), keeping the selection where possible.
    void reload();
    [[nodiscard]] EntityListModel *model() const { return m_model; }

Q_SIGNALS:
    void correctionRequested(
        const QString &kind, const QString &entity, const QString &type, const QString &value);
    void filterRequested(const QString &type, const QString &canonical);

private:
    [[nodiscard]] const EntitySummary *current() const;
    void updateButtons();
    void rename();
    void merge();
    void retype();
    void split();
    void ignore();

    SqlReader &m_sql;
    std::unique_ptr<Ui::EntityManager> m_ui;
    EntityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Lagebild
