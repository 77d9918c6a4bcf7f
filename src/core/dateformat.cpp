// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dateformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace Lagebild {

QString shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString readableNorm(const QString &norm)
{
    // A range ("2025-10-14/2025-10-16", "2024/2025"): each end on its own, joined by a dash.
    if (norm.contains(QLatin1Char('/'))) {
        const QStringList ends = norm.split(QLatin1Char('/'));
        QStringList shown;
        for (const QString &end : ends)
            shown.append(readableNorm(end));
        return shown.join(QStringLiteral(" – "));
    }
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{3})(\d|X)(?:-(\d{2})(?:-(\d{2}))?|-([QHW])(\d{1,2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(norm);
    if (!m.hasMatch())
        return norm;
    if (m.captured(2) == QLatin1String("X")) {
        if (m.hasCaptured(3) || m.hasCaptured(5))
            return norm;
        return QCoreApplication::translate("DateFormat", "the %1s")
            .arg(QString(m.captured(1) + QLatin1Char('0')));
    }
    const int year = QString(m.captured(1) + m.captured(2)).toInt();
    const QLocale locale;
    if (m.hasCaptured(4)) {
        const QDate day(year, m.captured(3).toInt(), m.captured(4).toInt());
        return day.isValid() ? locale.toString(day, shortDateFormat(locale)) : norm;
    }
    if (m.hasCaptured(3)) {
        const QDate month(year, m.captured(3).toInt(), 1);
        return month.isValid() ? locale.toString(month, QStringLiteral("MMMM yyyy")) : norm;
    }
    if (m.hasCaptured(5)) {
        const int n = m.captured(6).toInt();
        switch (m.captured(5).front().toLatin1()) {
        case 'Q':
            return QCoreApplication::translate("DateFormat", "Q%1 %2").arg(n).arg(year);
        case 'H':
            return QCoreApplication::translate("DateFormat", "H%1 %2").arg(n).arg(year);
        default:
            return QCoreApplication::translate("DateFormat", "week %1 of %2").arg(n).arg(year);
        }
    }
    return QString::number(year);
}

} // namespace Lagebild
