// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/germantokenizer.h"
#include "store/migrator.h"
#include "store/sqlite/database.h"

#include <QString>
#include <QTemporaryDir>

#include <initializer_list>

namespace Lagebild {

/// A database file at an older schema `version` holding the rows `sql` inserts, as an earlier
/// Lagebild left it, in a folder of its own that lives as long as this: the start of every
/// migration test. `error` is the first failure, else empty.
struct OldDatabase
{
    OldDatabase(int version, std::initializer_list<const char16_t *> sql)
        : path(dir.filePath(QStringLiteral("lagebild.sqlite")))
    {
        auto db = Sqlite::Database::open(path);
        if (!db) {
            error = db.errorMessage();
            return;
        }
        if (auto registered = registerGermanTokenizer(**db); !registered)
            error = registered.errorMessage();
        else if (auto migrated = Migrator::migrate(**db, version); !migrated)
            error = migrated.errorMessage();
        for (auto statement = sql.begin(); error.isEmpty() && statement != sql.end(); ++statement) {
            if (auto done = (**db).execute(QString::fromUtf16(*statement)); !done)
                error = done.errorMessage();
        }
    }

    QTemporaryDir dir;
    QString path;
    QString error;
};

} // namespace Lagebild
