#include "gui/entitystyle.h"

#include "models/entitytypes.h"

namespace Lagebild {

EntityStyle entityStyle(const QString &type)
{
    const QString label = entityTypeLabel(type);
    if (type == QLatin1String("COMPANY"))
        return {QColor(0x00, 0x72, 0xB2), QTextCharFormat::SingleUnderline, label};
    if (type == QLatin1String("AGENCY"))
        return {QColor(0xD5, 0x5E, 0x00), QTextCharFormat::DashDotLine, label};
    if (type == QLatin1String("PRODUCT"))
        return {QColor(0x00, 0x9E, 0x73), QTextCharFormat::SingleUnderline, label};
    if (type == QLatin1String("QUANTITY"))
        return {QColor(0xE6, 0x9F, 0x00), QTextCharFormat::DotLine, label};
    if (type == QLatin1String("DATE"))
        return {QColor(0xF0, 0xE4, 0x42), QTextCharFormat::DotLine, label};
    if (type == QLatin1String("PERSON"))
        return {QColor(0xCC, 0x79, 0xA7), QTextCharFormat::DashUnderline, label};
    if (type == QLatin1String("LOCATION"))
        return {QColor(0x56, 0xB4, 0xE9), QTextCharFormat::DashUnderline, label};
    if (type == QLatin1String("MEDIA"))
        return {QColor(0x99, 0x99, 0x99), QTextCharFormat::WaveUnderline, label};
    return {QColor(0x00, 0x00, 0x00), QTextCharFormat::WaveUnderline, label};
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
