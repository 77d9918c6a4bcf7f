// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrator.h"

#include "store/sqlite/backup.h"
#include "store/sqlite/database.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>

namespace Lagebild {

namespace {

/// Foreign keys off while it lives, when asked to and they were on; on again afterwards.
class ForeignKeysOff
{
public:
    ForeignKeysOff(Sqlite::Database &db, bool wanted) : m_db(db)
    {
        if (!wanted)
            return;
        m_restore = foreignKeys() != 0;
        (void)db.execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
        m_off = foreignKeys() == 0;
    }
    ~ForeignKeysOff()
    {
        if (m_restore)
            (void)m_db.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    [[nodiscard]] bool isOff() const { return m_off; }

private:
    /// 0 or 1; -1 when it cannot be read.
    qint64 foreignKeys()
    {
        auto on = Sqlite::queryInt64(m_db, u"PRAGMA foreign_keys");
        return on && on->has_value() ? **on : -1;
    }

    Sqlite::Database &m_db;
    bool m_restore = false;
    bool m_off = false;
};

} // namespace

std::map<int, QString> migrationFiles(const QString &folder)
{
    std::map<int, QString> files;
    const QDir dir(folder);
    const QStringList entries = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : entries) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.emplace(version, dir.filePath(name));
    }
    return files;
}

bool Migrator::isFileDatabase(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") && !path.startsWith(QLatin1String("file:"));
}

QString Migrator::preMigrationCopyPath(const QString &path, int fromVersion)
{
    return QStringLiteral("%1.before-upgrade-from-v%2").arg(path).arg(fromVersion);
}

void Migrator::removePreMigrationCopies(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QStringList copies
        = dir.entryList({info.fileName() + QStringLiteral(".before-upgrade-from-v*")}, QDir::Files);
    for (const QString &copy : copies)
        QFile::remove(dir.filePath(copy));
}

int Migrator::latestVersion()
{
    const auto files = migrationFiles(QStringLiteral(":/sql"));
    return files.empty() ? 0 : files.rbegin()->first;
}

Expected<Migrator::Outcome> Migrator::migrate(Sqlite::Database &db, int targetVersion)
{
    const auto files = migrationFiles(QStringLiteral(":/sql"));
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (targetVersion < 0)
        targetVersion = latest;

    auto current = Sqlite::queryInt64(db, u"PRAGMA user_version");
    if (!current)
        return Error {QStringLiteral("cannot read the schema version: %1").arg(current.errorMessage()),
            current.error().kind};
    Outcome outcome;
    outcome.fromVersion = int(current->value_or(0));
    outcome.toVersion = outcome.fromVersion;
    if (outcome.fromVersion > latest) {
        return Error {
            QStringLiteral("the database has schema version %1, but this Lagebild understands only up to "
                           "version %2; open it with a newer Lagebild (the file was left untouched)")
                .arg(outcome.fromVersion)
                .arg(latest),
            ErrorKind::TooNew};
    }

    // A database that has data and is about to change shape is copied first, so an upgrade that
    // goes wrong (a bug in a migration, a crash of the new version afterwards) can be undone by
    // hand. ArticleStore removes the copy at the next start that needs no migration.
    // A migration marked as changing nothing here (the SQLite twin of a PostgreSQL-only change,
    // numbered alike so both schemas' versions agree) needs no copy: at a million articles the
    // copy is gigabytes.
    const bool migrates = std::any_of(files.begin(), files.end(), [&](const auto &entry) {
        if (entry.first <= outcome.fromVersion || entry.first > targetVersion)
            return false;
        QFile file(entry.second);
        return !file.open(QIODevice::ReadOnly)
            || !file.readAll().contains("-- lagebild-migrator: changes-nothing");
    });
    if (migrates && outcome.fromVersion > 0 && isFileDatabase(db.path())) {
        outcome.copyPath = preMigrationCopyPath(db.path(), outcome.fromVersion);
        if (auto copied = Sqlite::backupDatabase(db, outcome.copyPath); !copied) {
            return Error {QStringLiteral("the database was not upgraded because the copy before the upgrade "
                                         "failed: %1")
                              .arg(copied.errorMessage()),
                copied.error().kind};
        }
    }

    for (const auto &[version, path] : files) {
        if (version <= outcome.toVersion || version > targetVersion)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("migration %1 is missing from the build").arg(path)};
        const QString sql = QString::fromUtf8(file.readAll());

        // A migration that rebuilds a table others point at (0012: articles) runs with foreign
        // keys off: with them on, dropping the old table would delete every row that points at it
        // (ON DELETE CASCADE). The pragma works only outside a transaction, so it is set before
        // BEGIN and set back after COMMIT or ROLLBACK (declared first: destroyed last), and the
        // keys are checked before the commit instead.
        const bool foreignKeysOff = sql.contains(QLatin1String("-- lagebild-migrator: foreign-keys-off"));
        ForeignKeysOff keysOff(db, foreignKeysOff);
        if (foreignKeysOff && !keysOff.isOff())
            return Error {QStringLiteral("cannot start migration %1: foreign keys could not be turned off")
                              .arg(version)};

        Sqlite::Transaction transaction(db);
        if (!transaction.isActive())
            return Error {QStringLiteral("cannot start migration %1: %2")
                              .arg(version)
                              .arg(transaction.beginResult().errorMessage()),
                transaction.beginResult().error().kind};
        if (auto applied = db.execute(sql); !applied)
            return Error {QStringLiteral("migration %1 failed: %2").arg(version).arg(applied.errorMessage()),
                applied.error().kind};
        if (foreignKeysOff) {
            auto broken = Sqlite::queryInt64(db, u"SELECT count(*) FROM pragma_foreign_key_check");
            if (!broken)
                return broken.error();
            if (broken->value_or(0) != 0)
                return Error {QStringLiteral("migration %1 would leave %2 rows pointing at rows that do not "
                                             "exist; the database was left as it was")
                                  .arg(version)
                                  .arg(broken->value_or(0)),
                    ErrorKind::Constraint};
        }
        if (auto bumped = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(version)); !bumped)
            return bumped.error();
        if (auto committed = transaction.commit(); !committed)
            return Error {QStringLiteral("migration %1 could not be committed: %2")
                              .arg(version)
                              .arg(committed.errorMessage()),
                committed.error().kind};
        outcome.toVersion = version;
    }
    return outcome;
}

} // namespace Lagebild
