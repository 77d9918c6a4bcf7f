// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace Lagebild::Sqlite {

/// Owns one SQLite connection. Not thread-safe: every thread opens its own (as Zeal does),
/// which WAL mode makes cheap. Errors come back as values with SQLite's message.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating when ReadWrite) the file at `path`; ":memory:" gives a private in-memory database.
    static Expected<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// Runs one or more statements that return no rows (whole migration files included).
    Expected<void> execute(const QString &sql);

    [[nodiscard]] sqlite3 *handle() const { return m_handle; }
    [[nodiscard]] QString path() const { return m_path; }
    /// True when SQLite could open the file for reading only (its permissions, a read-only disk).
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString lastErrorMessage() const;
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    /// Makes SQLite give up on a running statement soon; safe to call from another thread.
    void interrupt();

private:
    Database(sqlite3 *handle, QString path);

    sqlite3 *m_handle = nullptr;
    QString m_path;
};

} // namespace Lagebild::Sqlite
