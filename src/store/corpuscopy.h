// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace Lagebild {

/// Copies a whole corpus between two databases, each an SQLite file or a PostgreSQL URI
/// (`lagebild-cli migrate`, docs/team.md): every table of the schema, row by row with the same
/// ids, analysts' work included (tags, notes, corrections, manual and removed mentions, relation
/// verdicts, the learned name tagger). The target is created or brought to this program's schema
/// first, and must hold no corpus unless `replace` is set. Everything is written in one
/// transaction on the target, which the source does not see changing (a read snapshot), so a
/// failure or a cancel leaves the target as it was. Row counts are compared at the end.
/// Derived data is not copied but rebuilt: the SQLite search index, PostgreSQL's tsvector column.
class CorpusCopy
{
public:
    struct Options
    {
        bool replace = false; ///< empty a target that holds a corpus instead of refusing it
    };
    struct TableRows
    {
        QString table;
        qint64 rows = 0;
    };
    struct Report
    {
        std::vector<TableRows> tables;
        qint64 rows = 0;
    };
    /// Called after each batch: (table, its rows copied so far, its rows in all). Also called
    /// with the table "search index" while an SQLite target's index is written.
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    static Expected<Report> run(
        const QString &source, const QString &target, const Options &options, const Progress &progress = {});

    /// The tables copied, parents before children.
    [[nodiscard]] static const QStringList &tables();

private:
    static Expected<Report> copy(
        const QString &source, const QString &target, const Options &options, const Progress &progress);
};

} // namespace Lagebild
