// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editstack.h"
#include "store/relationrepository.h"

#include <functional>

namespace Lagebild {

class SqlWriter;

/// Confirms or rejects one relation (or hands it back to the engine); undo gives it the verdict
/// it had. The row stays where it is, so redo after undo finds it again even if an analysis ran
/// in between: a verdict makes it a manual row, and the engine's copy is never stored beside it.
class RelationVerdictCommand final : public EditCommand
{
public:
    RelationVerdictCommand(SqlWriter &sql, qint64 relation, RelationVerdict verdict, const QString &text,
        std::function<void()> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(); }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledRelationEdit(
        SqlWriter &, const QJsonObject &, const QString &, std::function<void()>);

    SqlWriter &m_sql;
    qint64 m_relation;
    RelationVerdict m_verdict;
    RelationVerdict m_previous = RelationVerdict::Unreviewed;
    std::function<void()> m_changed;
};

/// Corrects one relation: the original is rejected and a manual relation with the corrected
/// type and ends and the same sentence takes its place; undo deletes the correction and gives
/// the original its verdict back.
class RelationCorrectionCommand final : public EditCommand
{
public:
    RelationCorrectionCommand(SqlWriter &sql, qint64 relation, QString type, qint64 source, qint64 target,
        const QString &text, std::function<void()> changed);

    void redoEdit() override;
    void undoEdit() override;
    void changed() override { m_changed(); }
    /// The correction's row while it exists.
    [[nodiscard]] qint64 correction() const { return m_correction; }
    [[nodiscard]] QJsonObject journalEntry() const override;

private:
    friend EditCommand *journalledRelationEdit(
        SqlWriter &, const QJsonObject &, const QString &, std::function<void()>);

    SqlWriter &m_sql;
    qint64 m_relation;
    QString m_type;
    qint64 m_source;
    qint64 m_target;
    qint64 m_correction = 0;
    RelationVerdict m_previous = RelationVerdict::Unreviewed;
    std::function<void()> m_changed;
};

/// A relation's verdict or correction made again from what a journal kept of it (EditCommand::
/// journalEntry(), `kind` "verdict" or "relationCorrection"); nullptr for another kind.
[[nodiscard]] EditCommand *journalledRelationEdit(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void()> changed);

} // namespace Lagebild
