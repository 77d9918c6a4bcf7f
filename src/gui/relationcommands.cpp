// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/relationcommands.h"

#include "store/sqlreader.h"

#include <optional>

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

namespace {

std::optional<RelationVerdict> verdictFromJson(const QJsonValue &value)
{
    const int verdict = value.toInt(-1);
    if (verdict < int(RelationVerdict::Unreviewed) || verdict > int(RelationVerdict::Rejected))
        return std::nullopt;
    return RelationVerdict(verdict);
}

} // namespace

QJsonObject RelationVerdictCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("verdict")},
        {QStringLiteral("relation"), QString::number(m_relation)},
        {QStringLiteral("verdict"), int(m_verdict)}, {QStringLiteral("previous"), int(m_previous)}};
}

QJsonObject RelationCorrectionCommand::journalEntry() const
{
    return {{QStringLiteral("kind"), QStringLiteral("relationCorrection")},
        {QStringLiteral("relation"), QString::number(m_relation)}, {QStringLiteral("type"), m_type},
        {QStringLiteral("source"), QString::number(m_source)},
        {QStringLiteral("target"), QString::number(m_target)},
        {QStringLiteral("correction"), QString::number(m_correction)},
        {QStringLiteral("previous"), int(m_previous)}};
}

EditCommand *journalledRelationEdit(
    SqlWriter &sql, const QJsonObject &edit, const QString &text, std::function<void()> changed)
{
    const QString kind = edit.value(QStringLiteral("kind")).toString();
    const qint64 relation = edit.value(QStringLiteral("relation")).toString().toLongLong();
    const auto previous = verdictFromJson(edit.value(QStringLiteral("previous")));
    if (relation <= 0 || !previous)
        return nullptr;
    if (kind == QLatin1String("verdict")) {
        const auto verdict = verdictFromJson(edit.value(QStringLiteral("verdict")));
        if (!verdict)
            return nullptr;
        auto *command = new RelationVerdictCommand(sql, relation, *verdict, text, std::move(changed));
        command->m_previous = *previous;
        return command;
    }
    if (kind == QLatin1String("relationCorrection")) {
        const QString type = edit.value(QStringLiteral("type")).toString();
        const qint64 source = edit.value(QStringLiteral("source")).toString().toLongLong();
        const qint64 target = edit.value(QStringLiteral("target")).toString().toLongLong();
        if (type.isEmpty() || source <= 0 || target <= 0)
            return nullptr;
        auto *command
            = new RelationCorrectionCommand(sql, relation, type, source, target, text, std::move(changed));
        command->m_correction = edit.value(QStringLiteral("correction")).toString().toLongLong();
        command->m_previous = *previous;
        return command;
    }
    return nullptr;
}

} // namespace Lagebild
