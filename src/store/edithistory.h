// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lagebild {

/// What an analyst changed by hand in an article (the table `edits`, schema 13).
enum class EditKind {
    TagAdded,
    TagRemoved,
    TagRenamed, ///< the tag was renamed or merged into another for the whole corpus
    NoteSet,
    NoteRemoved,
    DateSet,
    DateCleared,
};

/// One row of an article's history: who changed what, and when. `detail` is the tag, the note's
/// new text, the new date (ISO) or "old → new" for a renamed tag.
struct ArticleEdit
{
    qint64 id = 0;
    ArticleId article = 0;
    QDateTime madeAt; ///< UTC
    QString madeBy;
    std::optional<EditKind> kind; ///< nullopt: a kind written by a newer Lagebild (`kindName` has it)
    QString kindName;
    QString detail;
};

/// The kind as stored in `edits.kind` ("tag_added", …).
[[nodiscard]] QString editKindName(EditKind kind);
[[nodiscard]] std::optional<EditKind> editKindFromName(QStringView name);

/// The name written as `made_by` on SQLite: the login name of the user running the program (from
/// the password database, else $USER), "unknown" when neither says. On PostgreSQL the server
/// writes its current_user instead.
[[nodiscard]] QString localUserName();

/// One line for a history listing: "2026-12-05 13:40 UTC  alice  tag added: Export".
[[nodiscard]] QString describeEdit(const ArticleEdit &edit);

} // namespace Lagebild
