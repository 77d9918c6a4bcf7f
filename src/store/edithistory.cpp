// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/edithistory.h"

#include "core/relationtypes.h"
#include "store/analysiswriter.h"
#include "store/storedanalysis.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

namespace Lagebild {

QString editKindName(EditKind kind)
{
    // A switch, so that the compiler names a kind left out (-Wswitch).
    switch (kind) {
    case EditKind::TagAdded:
        return QStringLiteral("tag_added");
    case EditKind::TagRemoved:
        return QStringLiteral("tag_removed");
    case EditKind::TagRenamed:
        return QStringLiteral("tag_renamed");
    case EditKind::NoteSet:
        return QStringLiteral("note_set");
    case EditKind::NoteRemoved:
        return QStringLiteral("note_removed");
    case EditKind::DateSet:
        return QStringLiteral("date_set");
    case EditKind::DateCleared:
        return QStringLiteral("date_cleared");
    case EditKind::MentionAdded:
        return QStringLiteral("mention_added");
    case EditKind::MentionRemoved:
        return QStringLiteral("mention_removed");
    case EditKind::MentionRetyped:
        return QStringLiteral("mention_retyped");
    case EditKind::MentionLinked:
        return QStringLiteral("mention_linked");
    case EditKind::MentionConfirmed:
        return QStringLiteral("mention_confirmed");
    case EditKind::MentionReset:
        return QStringLiteral("mention_reset");
    case EditKind::RelationConfirmed:
        return QStringLiteral("relation_confirmed");
    case EditKind::RelationRejected:
        return QStringLiteral("relation_rejected");
    case EditKind::RelationCorrected:
        return QStringLiteral("relation_corrected");
    case EditKind::RelationReset:
        return QStringLiteral("relation_reset");
    }
    return {};
}

std::optional<EditKind> editKindFromName(QStringView name)
{
    for (int value = 0;; ++value) {
        const QString known = editKindName(EditKind(value));
        if (known.isEmpty())
            return std::nullopt;
        if (name == known)
            return EditKind(value);
    }
}

ArticleEdit articleEdit(
    qint64 id, ArticleId article, const QString &madeAt, QString madeBy, QString kindName, QString detail)
{
    ArticleEdit edit;
    edit.id = id;
    edit.article = article;
    edit.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
    edit.madeBy = std::move(madeBy);
    edit.kind = editKindFromName(kindName);
    edit.kindName = std::move(kindName);
    edit.detail = std::move(detail);
    return edit;
}

const char *editKindLabel(EditKind kind)
{
    switch (kind) {
    case EditKind::TagAdded:
        return QT_TRANSLATE_NOOP("EditKind", "Tag added");
    case EditKind::TagRemoved:
        return QT_TRANSLATE_NOOP("EditKind", "Tag removed");
    case EditKind::TagRenamed:
        return QT_TRANSLATE_NOOP("EditKind", "Tag renamed");
    case EditKind::NoteSet:
        return QT_TRANSLATE_NOOP("EditKind", "Note set");
    case EditKind::NoteRemoved:
        return QT_TRANSLATE_NOOP("EditKind", "Note removed");
    case EditKind::DateSet:
        return QT_TRANSLATE_NOOP("EditKind", "Publication date set");
    case EditKind::DateCleared:
        return QT_TRANSLATE_NOOP("EditKind", "Publication date cleared");
    case EditKind::MentionAdded:
        return QT_TRANSLATE_NOOP("EditKind", "Mention marked");
    case EditKind::MentionRemoved:
        return QT_TRANSLATE_NOOP("EditKind", "Mention removed");
    case EditKind::MentionRetyped:
        return QT_TRANSLATE_NOOP("EditKind", "Mention type changed");
    case EditKind::MentionLinked:
        return QT_TRANSLATE_NOOP("EditKind", "Mention linked");
    case EditKind::MentionConfirmed:
        return QT_TRANSLATE_NOOP("EditKind", "Mention confirmed");
    case EditKind::MentionReset:
        return QT_TRANSLATE_NOOP("EditKind", "Mention as the engine found it");
    case EditKind::RelationConfirmed:
        return QT_TRANSLATE_NOOP("EditKind", "Relation confirmed");
    case EditKind::RelationRejected:
        return QT_TRANSLATE_NOOP("EditKind", "Relation rejected");
    case EditKind::RelationCorrected:
        return QT_TRANSLATE_NOOP("EditKind", "Relation corrected");
    case EditKind::RelationReset:
        return QT_TRANSLATE_NOOP("EditKind", "Relation unreviewed");
    }
    return nullptr;
}

QString mentionEditDetail(const StoredMention &mention)
{
    const QString text = mention.text.simplified();
    QString detail = text;
    if (typeHasEntity(mention.type) && !mention.canonical.isEmpty() && mention.canonical != text)
        detail += QStringLiteral(" = ") + mention.canonical;
    QString what = mention.type;
    if (!mention.value.isEmpty())
        what += QLatin1Char(' ') + mention.value;
    if (!mention.unit.isEmpty())
        what += QLatin1Char(' ') + mention.unit;
    if (!mention.norm.isEmpty())
        what += QLatin1Char(' ') + mention.norm;
    return detail + QStringLiteral(" (") + what + QLatin1Char(')');
}

std::vector<EditRecord> mentionEdits(
    const std::optional<StoredMention> &before, const std::optional<StoredMention> &after)
{
    if (!after) {
        if (!before)
            return {};
        return {{EditKind::MentionRemoved, mentionEditDetail(*before)}};
    }
    if (!after->manual) // undo: what the engine found stands again, whatever the hand had made of it
        return {{EditKind::MentionReset, mentionEditDetail(*after)}};
    if (!before)
        return {{EditKind::MentionAdded, mentionEditDetail(*after)}};
    if (before->start != after->start || before->end != after->end || before->value != after->value
        || before->unit != after->unit || before->norm != after->norm)
        return {{EditKind::MentionRemoved, mentionEditDetail(*before)},
            {EditKind::MentionAdded, mentionEditDetail(*after)}};
    const QString text = after->text.simplified();
    if (before->type != after->type)
        return {{EditKind::MentionRetyped,
            text + QStringLiteral(": ") + before->type + QStringLiteral(" → ") + after->type}};
    if (typeHasEntity(after->type) && before->canonical != after->canonical)
        return {{EditKind::MentionLinked,
            text + QStringLiteral(": ") + before->canonical + QStringLiteral(" → ") + after->canonical}};
    if (!before->manual)
        return {{EditKind::MentionConfirmed, mentionEditDetail(*after)}};
    return {}; // marked again as it was marked: no change
}

QString relationEditDetail(const QString &type, const QString &source, const QString &target)
{
    return relationEventLabel(type, source, target);
}

QString localUserName()
{
    // The password database first: $USER is whatever the environment says (sudo, su, cron).
    std::vector<char> buffer(16384);
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name
        && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QStringLiteral("unknown") : fromEnvironment;
}

QString describeEdit(const ArticleEdit &edit)
{
    QString what = edit.kindName;
    if (const char *label = edit.kind ? editKindLabel(*edit.kind) : nullptr) {
        what = QString::fromUtf8(label);
        what[0] = what[0].toLower(); // within the line: "anna  tag added: Export"
    }
    QString detail = edit.detail.simplified();
    if (detail.size() > 80)
        detail = detail.left(79) + QChar(0x2026);
    return QStringLiteral("%1  %2  %3%4")
        .arg(edit.madeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), edit.madeBy, what,
            detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

} // namespace Lagebild
