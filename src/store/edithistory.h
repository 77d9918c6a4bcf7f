// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace Lagebild {

struct StoredMention;

/// What an analyst changed by hand in an article (the table `edits`, schema 13; `kind` has no
/// CHECK, so a new kind needs no migration). The values count up from 0 without gaps:
/// editKindName() is empty for the value after the last, which the tests use to visit them all.
enum class EditKind {
    TagAdded,
    TagRemoved,
    TagRenamed, ///< the tag was renamed or merged into another for the whole corpus
    NoteSet,
    NoteRemoved,
    DateSet,
    DateCleared,
    MentionAdded, ///< text marked as a mention (or a changed span marked anew)
    MentionRemoved, ///< a mention removed: an automatic one stays away through re-analysis
    MentionRetyped, ///< the same span made another entity type
    MentionLinked, ///< the same span linked to another entity
    MentionConfirmed, ///< the engine's mention kept as it is, by hand
    MentionReset, ///< the engine's mention back in place of the hand-made one (undo)
    RelationConfirmed,
    RelationRejected,
    RelationCorrected, ///< rejected and replaced by the claim the sentence makes instead
    RelationReset, ///< handed back to the engine: unreviewed again, a correction withdrawn
};

/// One row of an article's history: who changed what, and when. `detail` is data, the same in
/// every interface language: the tag, the note's new text, the new date (ISO), "old → new" for a
/// renamed tag; for mentions and relations see mentionEditDetail() and relationEditDetail().
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

/// The kind as stored in `edits.kind` ("tag_added", …); empty for a value that is no kind.
[[nodiscard]] QString editKindName(EditKind kind);
[[nodiscard]] std::optional<EditKind> editKindFromName(QStringView name);
/// A row of `edits` as both backends read it (`made_at` ISO text in UTC; the kind by its stored name).
[[nodiscard]] ArticleEdit articleEdit(
    qint64 id, ArticleId article, const QString &madeAt, QString madeBy, QString kindName, QString detail);
/// The kind as the analyst reads it, in English ("Tag added"), marked for translation in the
/// context "EditKind": the one source of the labels. The CLI prints it as it is (lower-cased,
/// describeEdit()); the window translates it (QCoreApplication::translate("EditKind", …)).
/// nullptr for a value that is no kind.
[[nodiscard]] const char *editKindLabel(EditKind kind);

/// One row to write into an article's history.
struct EditRecord
{
    EditKind kind;
    QString detail;
};

/// A mention as the history names it: "Nvidia (COMPANY)", its text and type identifier; the
/// entity it is linked to when that is another name ("Nvidias = Nvidia (COMPANY)"); the value of
/// a quantity or date ("3 Mrd. Euro (QUANTITY 3000000000 EUR)").
[[nodiscard]] QString mentionEditDetail(const StoredMention &mention);
/// What one hand change of a mention writes into the history: `before` the mention as it was
/// (none: the text was no mention), `after` as it is now (none: removed; not manual: the engine's
/// mention is back). Nothing when nothing changed; two rows (removed, added) when the span moved.
[[nodiscard]] std::vector<EditRecord> mentionEdits(
    const std::optional<StoredMention> &before, const std::optional<StoredMention> &after);
/// A relation as the history names it, like its event's label: "owns: Nvidia → H100", with the
/// type's identifier.
[[nodiscard]] QString relationEditDetail(const QString &type, const QString &source, const QString &target);

/// The name written as `made_by` on SQLite: the login name of the user running the program (from
/// the password database, else $USER), "unknown" when neither says. On PostgreSQL the server
/// writes its current_user instead.
[[nodiscard]] QString localUserName();

/// One line for a history listing: "2026-12-05 13:40 UTC  alice  tag added: Export".
[[nodiscard]] QString describeEdit(const ArticleEdit &edit);

} // namespace Lagebild
