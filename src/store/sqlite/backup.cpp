// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite/backup.h"

#include "store/sqlite/database.h"
#include "store/sqlite/errorkind.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <memory>

namespace Lagebild::Sqlite {

namespace {

// Pages per step: 1,024 pages of 4 KB keep a step around a few milliseconds, so a writer in
// another connection waits little and cancel reacts at once.
constexpr int pagesPerStep = 1024;

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

} // namespace

Expected<void> backupDatabase(Database &source, const QString &targetPath, const BackupProgress &progress)
{
    const QString partPath = targetPath + QStringLiteral(".part");
    QFile::remove(partPath);
    sqlite3 *raw = nullptr;
    const QByteArray partName = QFile::encodeName(partPath);
    int rc = sqlite3_open_v2(partName.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<sqlite3, Closer> target(raw);
    if (rc != SQLITE_OK) {
        return Error {QStringLiteral("%1: cannot create the copy: %2")
                          .arg(targetPath, QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))),
            errorKindOf(rc)};
    }

    sqlite3_backup *backup = sqlite3_backup_init(target.get(), "main", source.handle(), "main");
    if (!backup) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target.get()));
        target.reset();
        QFile::remove(partPath);
        return Error {QStringLiteral("%1: cannot start the copy: %2").arg(targetPath, message)};
    }
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            QThread::msleep(20); // another connection holds a lock; try again
        if (progress
            && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                sqlite3_backup_pagecount(backup))) {
            cancelled = true;
            break;
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    target.reset();

    if (cancelled || rc != SQLITE_DONE) {
        QFile::remove(partPath);
        if (cancelled)
            return Error {QStringLiteral("%1: the copy was cancelled").arg(targetPath), ErrorKind::Cancelled};
        return Error {QStringLiteral("%1: the copy failed: %2").arg(targetPath, message), errorKindOf(rc)};
    }
    // rename(2) replaces an older copy in one step; QFile::rename would refuse an existing target.
    if (std::rename(partName.constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(partPath);
        return Error {QStringLiteral("%1: cannot put the copy in place").arg(targetPath)};
    }
    return {};
}

} // namespace Lagebild::Sqlite
