// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"
#include "store/databaselocation.h"
#include "store/sqlreader.h"

#include <QString>

#include <memory>

namespace Lagebild {

class ArticleStore;

/// The corpus the window's views and models read, the same on every backend (docs/team.md, "The
/// window on a team database"): the window's own connection, for the statements written once
/// for both backends (SqlReader; RelationRepository's reads of a verdict need its SqlWriter), and
/// where further connections go, for the pool threads that count, list and lay out in the
/// background. SQLite reads through the ArticleStore the window keeps, PostgreSQL through a
/// connection the source keeps. Main thread only, as the store is.
class CorpusSource
{
public:
    virtual ~CorpusSource() = default;

    [[nodiscard]] virtual Backend backend() const = 0;
    /// The database as messages show it: a file's path, a URI without its password. Also the key
    /// of what the window remembers per corpus (the timeline's entities): no password ends up in
    /// the settings, not even hashed.
    [[nodiscard]] virtual QString location() const = 0;
    /// The window's connection: statements of the main thread, which see the window's own edits.
    [[nodiscard]] virtual SqlWriter &sql() = 0;
    [[nodiscard]] SqlReader &reader() { return sql(); }
    [[nodiscard]] SqlDialect dialect() { return sql().dialect(); }
    /// True when the window may read but not change the corpus: a file it could open read-only
    /// only, or a team database whose role lacks an editor's rights (docs/team.md, "Access").
    virtual Expected<bool> isReadOnly() = 0;
    /// What a connection of its own opens, for a thread of its own (openInterruptibleSqlReader(),
    /// FacetCounter): the file's path, or the URI without a password (the process holds that for
    /// every connection, store/postgres/credentials.h). For an SQLite database in memory
    /// ":memory:" (or empty), where another connection finds a database of its own, empty. A
    /// copy, to outlive the source in a pool thread's job.
    [[nodiscard]] virtual QString connectionLocation() const = 0;

protected:
    CorpusSource() = default;
    CorpusSource(const CorpusSource &) = delete;
    CorpusSource &operator=(const CorpusSource &) = delete;
};

/// The SQLite backend over a store someone else keeps (the window), which must outlive the
/// source: its statements run on the store's connection; further connections open the file.
[[nodiscard]] std::unique_ptr<CorpusSource> sqliteCorpusSource(ArticleStore &store);

/// The PostgreSQL backend: connects to the libpq URI and keeps the connection; a database without
/// a Lagebild corpus or with a newer schema is refused on one line, an older one migrated
/// (Postgres::Schema::openCorpus). Further connections go to the same URI. A password written
/// into `uri` is held for the process and left out of the source's locations.
Expected<std::unique_ptr<CorpusSource>> openPostgresCorpusSource(const QString &uri);

} // namespace Lagebild
