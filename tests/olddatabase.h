// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/sqlite/database.h"

#include <QString>

#include <initializer_list>

namespace Lagebild {

/// A database file at an older schema `version` holding the rows `sql` inserts, as an earlier
/// Lagebild left it: the start of every migration test. Returns the first failure, else empty.
inline QString writeOldDatabase(const QString &path, int version, std::initializer_list<const char16_t *> sql)
{
    auto db = Sqlite::Database::open(path);
    if (!db)
        return db.errorMessage();
    if (auto registered = registerGermanTokenizer(**db); !registered)
        return registered.errorMessage();
    if (auto migrated = Migrator::migrate(**db, version); !migrated)
        return migrated.errorMessage();
    for (const char16_t *statement : sql) {
        if (auto done = (**db).execute(QString::fromUtf16(statement)); !done)
            return done.errorMessage();
    }
    return {};
}

} // namespace Lagebild
