// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/relationrepository.h"

#include <QDialog>

#include <tuple>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Lagebild {

/// Correct… for one relation: its sentence, the type (the relation vocabulary in the analyst's
/// words), the source and the target from the entities of the article, and a button that swaps
/// the direction. OK is offered once the relation differs from the one the engine stated and its
/// ends are two different entities.
class RelationDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `entities`: (id, canonical name, type) of the article, as RelationRepository lists them.
    RelationDialog(const RelationRow &relation,
        const std::vector<std::tuple<qint64, QString, QString>> &entities, QWidget *parent = nullptr);

    [[nodiscard]] QString type() const;
    [[nodiscard]] qint64 source() const;
    [[nodiscard]] qint64 target() const;

    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QComboBox *sourceBox() const { return m_source; }
    [[nodiscard]] QComboBox *targetBox() const { return m_target; }
    [[nodiscard]] QPushButton *swapButton() const { return m_swap; }
    [[nodiscard]] QPushButton *okButton() const;

private:
    void swap();
    void updateState();

    RelationRow m_relation;
    QComboBox *m_type = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_swap = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lagebild
