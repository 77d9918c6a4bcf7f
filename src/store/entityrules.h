// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/analysisrepository.h"
#include "store/storedanalysis.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

class SqlReader;
class SqlWriter;

/// The analyst's entity rules (alias, merge, ignore, retype: the table `corrections`), written
/// once for both backends through a SqlWriter. Every analysis applies them; adding or removing one
/// raises the rules version (`meta`), which makes every article due for analysis again (`analyze`
/// on a file, the workers on a team database). Each call is a few statements the caller wraps in
/// a transaction.
class EntityRules
{
public:
    explicit EntityRules(SqlWriter &sql) : m_sql(sql) { }

    /// Oldest first.
    Expected<std::vector<CorrectionRow>> list();
    /// Records a rule and returns its id; `created` (UTC, to the millisecond) is stored with it.
    Expected<qint64> add(const QString &kind, const QString &entity, const QString &entityType,
        const QString &value, const QDateTime &created = QDateTime::currentDateTimeUtc());
    /// The rule add() stored with these arguments, or nullopt: whether a write whose answer was
    /// lost reached the server (the time to the millisecond tells it from an equal rule of another).
    Expected<std::optional<qint64>> find(const QString &kind, const QString &entity,
        const QString &entityType, const QString &value, const QDateTime &created);
    /// An unknown id is an error of kind NotFound.
    Expected<void> remove(qint64 id);
    /// Makes every article due for analysis (a new rules version) and, on a team database, tells
    /// the following workers at the commit; also what learning from corrections does.
    Expected<void> raiseRulesVersion();

private:
    SqlWriter &m_sql;
};

/// Entities with at least one active mention, most mentioned first (ties by name as SQLite sorts
/// text, then id); `type` filters, a negative `limit` lists all. The same on both backends.
Expected<std::vector<EntitySummary>> listEntities(SqlReader &sql, const QString &type = {}, int limit = -1);

/// The id of the entity of this type and canonical name, or nullopt when there is none. The same
/// on both backends.
Expected<std::optional<qint64>> findEntity(SqlReader &sql, const QString &type, const QString &canonical);

} // namespace Lagebild
