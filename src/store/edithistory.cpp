// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/edithistory.h"

#include <pwd.h>
#include <unistd.h>

#include <array>
#include <vector>

namespace Lagebild {

namespace {

struct KindName
{
    EditKind kind;
    const char16_t *name;
    const char16_t *label;
};

constexpr std::array kindNames {
    KindName {EditKind::TagAdded, u"tag_added", u"tag added"},
    KindName {EditKind::TagRemoved, u"tag_removed", u"tag removed"},
    KindName {EditKind::TagRenamed, u"tag_renamed", u"tag renamed"},
    KindName {EditKind::NoteSet, u"note_set", u"note set"},
    KindName {EditKind::NoteRemoved, u"note_removed", u"note removed"},
    KindName {EditKind::DateSet, u"date_set", u"publication date set"},
    KindName {EditKind::DateCleared, u"date_cleared", u"publication date cleared"},
};

} // namespace

QString editKindName(EditKind kind)
{
    for (const KindName &k : kindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {}; // every kind is in the table above
}

std::optional<EditKind> editKindFromName(QStringView name)
{
    for (const KindName &k : kindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
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
    if (edit.kind) {
        for (const KindName &k : kindNames) {
            if (k.kind == *edit.kind)
                what = QString::fromUtf16(k.label);
        }
    }
    QString detail = edit.detail.simplified();
    if (detail.size() > 80)
        detail = detail.left(79) + QChar(0x2026);
    return QStringLiteral("%1  %2  %3%4")
        .arg(edit.madeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), edit.madeBy, what,
            detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

} // namespace Lagebild
