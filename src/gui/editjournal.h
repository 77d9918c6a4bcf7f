// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QJsonArray>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Lagebild {

/// The edits a window keeps waiting for its team database (EditStack), on disk as well, so that
/// a crash, a SIGTERM or a power loss while the server is away does not lose them: one small JSON
/// file per window in a folder of AppLocalDataLocation named after the database's login (host,
/// port, database, user: never the password), written whenever the waiting edits change and
/// removed when none is left. The window holds a lock file beside its journal; a later window on
/// the same database takes over the journals whose window is gone (their lock free) and writes
/// their edits (docs/team.md, "Edits while the server is away wait").
class EditJournal
{
public:
    /// The folder of the journals for the team database `uri` names.
    [[nodiscard]] static QString folderFor(const QString &uri);

    explicit EditJournal(const QString &uri);
    ~EditJournal();
    EditJournal(const EditJournal &) = delete;
    EditJournal &operator=(const EditJournal &) = delete;

    /// This window's journal file.
    [[nodiscard]] QString path() const { return m_path; }
    /// Writes `edits` (EditStack::journal()) in place of what the file held; removes the file when
    /// there are none. Written to a temporary file and renamed, so a crash leaves the old or the new.
    [[nodiscard]] Expected<void> write(const QJsonArray &edits);

    /// A journal of a window no longer open.
    struct Left
    {
        QString path;
        QJsonArray edits;
    };
    /// The journals left by windows no longer open, oldest first, locked for this window until
    /// dropLeft(). One that cannot be read is renamed (`….damaged`, never deleted) and named in
    /// `damaged` with why.
    [[nodiscard]] std::vector<Left> takeLeft(QStringList &damaged);
    /// Removes the journals takeLeft() found, once their edits are in this window's journal.
    void dropLeft();

private:
    QString m_folder;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_left;
};

} // namespace Lagebild
