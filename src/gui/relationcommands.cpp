// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationcommands.h"

#include "store/sqlreader.h"

namespace Lagebild {

RelationVerdictCommand::RelationVerdictCommand(SqlWriter &sql, qint64 relation, RelationVerdict verdict,
    const QString &text, std::function<void()> changed)
    : m_sql(sql), m_relation(relation), m_verdict(verdict), m_changed(std::move(changed))
{
    setText(text);
}

void RelationVerdictCommand::redoEdit()
{
    RelationVerdict previous = RelationVerdict::Unreviewed;
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        auto was = RelationRepository(m_sql).setVerdict(m_relation, m_verdict);
        if (!was)
            return was.error();
        previous = was.value();
        return {};
    });
    if (result)
        m_previous = previous;
    finish(Step::Redo, result);
}

void RelationVerdictCommand::undoEdit()
{
    finish(Step::Undo, m_sql.transact([&]() -> Expected<void> {
        auto undone = RelationRepository(m_sql).setVerdict(m_relation, m_previous);
        if (!undone)
            return undone.error();
        return {};
    }));
}

RelationCorrectionCommand::RelationCorrectionCommand(SqlWriter &sql, qint64 relation, QString type,
    qint64 source, qint64 target, const QString &text, std::function<void()> changed)
    : m_sql(sql)
    , m_relation(relation)
    , m_type(std::move(type))
    , m_source(source)
    , m_target(target)
    , m_changed(std::move(changed))
{
    setText(text);
}

void RelationCorrectionCommand::redoEdit()
{
    qint64 correction = 0;
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        auto id = RelationRepository(m_sql).correct(m_relation, m_type, m_source, m_target, &m_previous);
        if (!id)
            return id.error();
        correction = id.value();
        return {};
    });
    m_correction = result ? correction : 0;
    finish(Step::Redo, result);
}

void RelationCorrectionCommand::undoEdit()
{
    if (!m_correction)
        return;
    const Expected<void> result = m_sql.transact([&]() -> Expected<void> {
        return RelationRepository(m_sql).removeCorrection(m_correction, m_previous);
    });
    if (result)
        m_correction = 0;
    finish(Step::Undo, result);
}

} // namespace Lagebild
