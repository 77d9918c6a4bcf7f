// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationcommands.h"

#include "store/articlestore.h"
#include "store/sqlite/transaction.h"

namespace Lagebild {

RelationVerdictCommand::RelationVerdictCommand(ArticleStore &store, qint64 relation, RelationVerdict verdict,
    const QString &text, std::function<void()> changed)
    : m_store(store), m_relation(relation), m_verdict(verdict), m_changed(std::move(changed))
{
    setText(text);
}

void RelationVerdictCommand::redo()
{
    Sqlite::Transaction transaction(m_store.database());
    auto previous = RelationRepository(m_store.database()).setVerdict(m_relation, m_verdict);
    const Expected<void> result = previous ? transaction.commit() : Expected<void>(previous.error());
    if (result)
        m_previous = previous.value();
    finish(Step::Redo, result);
    m_changed();
}

void RelationVerdictCommand::undo()
{
    Sqlite::Transaction transaction(m_store.database());
    auto undone = RelationRepository(m_store.database()).setVerdict(m_relation, m_previous);
    finish(Step::Undo, undone ? transaction.commit() : Expected<void>(undone.error()));
    m_changed();
}

RelationCorrectionCommand::RelationCorrectionCommand(ArticleStore &store, qint64 relation, QString type,
    qint64 source, qint64 target, const QString &text, std::function<void()> changed)
    : m_store(store)
    , m_relation(relation)
    , m_type(std::move(type))
    , m_source(source)
    , m_target(target)
    , m_changed(std::move(changed))
{
    setText(text);
}

void RelationCorrectionCommand::redo()
{
    Sqlite::Transaction transaction(m_store.database());
    auto id
        = RelationRepository(m_store.database()).correct(m_relation, m_type, m_source, m_target, &m_previous);
    const Expected<void> result = id ? transaction.commit() : Expected<void>(id.error());
    m_correction = result ? id.value() : 0;
    finish(Step::Redo, result);
    m_changed();
}

void RelationCorrectionCommand::undo()
{
    if (!m_correction)
        return;
    Sqlite::Transaction transaction(m_store.database());
    auto undone = RelationRepository(m_store.database()).removeCorrection(m_correction, m_previous);
    const Expected<void> result = undone ? transaction.commit() : Expected<void>(undone.error());
    if (result)
        m_correction = 0;
    finish(Step::Undo, result);
    m_changed();
}

} // namespace Lagebild
