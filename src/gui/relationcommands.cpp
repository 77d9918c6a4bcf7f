// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationcommands.h"

#include "core/logging.h"
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
    m_error = previous ? transaction.commit().errorMessage() : previous.errorMessage();
    if (previous)
        m_previous = previous.value();
    if (!m_error.isEmpty())
        qCWarning(lcGui) << "recording a relation verdict failed:" << m_error;
    m_changed();
}

void RelationVerdictCommand::undo()
{
    Sqlite::Transaction transaction(m_store.database());
    auto undone = RelationRepository(m_store.database()).setVerdict(m_relation, m_previous);
    const QString error = undone ? transaction.commit().errorMessage() : undone.errorMessage();
    if (!error.isEmpty())
        qCWarning(lcGui) << "undoing a relation verdict failed:" << error;
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
    m_error = id ? transaction.commit().errorMessage() : id.errorMessage();
    m_correction = id && m_error.isEmpty() ? id.value() : 0;
    if (!m_error.isEmpty())
        qCWarning(lcGui) << "correcting a relation failed:" << m_error;
    m_changed();
}

void RelationCorrectionCommand::undo()
{
    if (!m_correction)
        return;
    Sqlite::Transaction transaction(m_store.database());
    auto undone = RelationRepository(m_store.database()).removeCorrection(m_correction, m_previous);
    const QString error = undone ? transaction.commit().errorMessage() : undone.errorMessage();
    if (!error.isEmpty())
        qCWarning(lcGui) << "undoing a relation correction failed:" << error;
    m_correction = 0;
    m_changed();
}

} // namespace Lagebild
