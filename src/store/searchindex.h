// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QtGlobal>

#include <functional>

namespace Lagebild {

namespace Sqlite {
class Database;
}

/// The full-text index's upkeep when tokenization changes with a new version (stems, folding,
/// compound parts): the stored index then no longer holds the tokens a query is turned into, and
/// must be written anew from the stored text. On a large corpus that takes minutes, so it is
/// not done silently while a database opens but by the caller, with progress and a way out.
class SearchIndex
{
public:
    explicit SearchIndex(Sqlite::Database &db) : m_db(db) { }

    /// Whether the index was written by another tokenizer version than this program's.
    Expected<bool> isOutdated();
    /// Marks an index over no articles as current: there is nothing to rewrite.
    Expected<void> markCurrentIfEmpty();

    /// Called after each batch with (articles done, articles in all); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Rewrites the index from the stored titles and bodies in one transaction, a batch at a
    /// time. Returns false when cancelled: then nothing changed and the index stays outdated.
    Expected<bool> rebuild(const Progress &progress = {});

    /// The most pending index data FTS5 holds in memory before it writes a segment ('hashsize',
    /// kept in the index's own configuration): set by writers that index many articles in one
    /// statement (the import, rebuild()).
    static constexpr qint64 pendingBytes = qint64(16) * 1024 * 1024;
    /// Sets 'hashsize' to pendingBytes unless it is already; inside the caller's transaction.
    /// FTS5's default of 1 MB made an import batch of a few hundred articles several segments,
    /// each written and merged again (docs/benchmarks.md, session 26). Which segments hold a
    /// term never changes what a query finds.
    Expected<void> usePendingBytes();

private:
    Expected<void> markCurrent();

    Sqlite::Database &m_db;
};

} // namespace Lagebild
