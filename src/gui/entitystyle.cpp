// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/entitystyle.h"

#include "core/entitycolors.h"
#include "core/entitytypes.h"

namespace Lagebild {

EntityStyle entityStyle(const QString &type)
{
    const QString label = entityTypeLabel(type);
    if (type == QLatin1String("COMPANY"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::SingleUnderline, label};
    if (type == QLatin1String("AGENCY"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::DashDotLine, label};
    if (type == QLatin1String("PRODUCT"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::SingleUnderline, label};
    if (type == QLatin1String("QUANTITY"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::DotLine, label};
    if (type == QLatin1String("DATE"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::DotLine, label};
    if (type == QLatin1String("PERSON"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::DashUnderline, label};
    if (type == QLatin1String("LOCATION"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::DashUnderline, label};
    if (type == QLatin1String("MEDIA"))
        return {QColor(entityTypeColor(type)), QTextCharFormat::WaveUnderline, label};
    return {QColor(entityTypeColor(type)), QTextCharFormat::WaveUnderline, label};
}

QTextCharFormat mentionFormat(const QString &type)
{
    const EntityStyle style = entityStyle(type);
    QTextCharFormat format;
    QColor tint = style.color;
    tint.setAlpha(type == QLatin1String("DATE") ? 110 : 55);
    format.setBackground(tint);
    format.setUnderlineStyle(style.underline);
    // Yellow on white is unreadable as a line; the date's underline is drawn darker.
    format.setUnderlineColor(type == QLatin1String("DATE") ? style.color.darker(160) : style.color);
    return format;
}

} // namespace Lagebild
