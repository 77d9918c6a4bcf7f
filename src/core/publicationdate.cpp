// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/publicationdate.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Lagebild {

QString PublicationDate::toIsoString() const
{
    if (!isValid())
        return {};
    switch (precision) {
    case DatePrecision::None:
        return {};
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Minute: {
        QDateTime dt(date, time, Qt::OffsetFromUTC, utcOffsetSeconds);
        return dt.toString(Qt::ISODate);
    }
    }
    return {};
}

PublicationDate PublicationDate::fromIsoString(QStringView text)
{
    static const QRegularExpression partial(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const QString trimmed = text.trimmed().toString();
    PublicationDate result;
    if (trimmed.isEmpty())
        return result;
    if (const auto m = partial.match(trimmed); m.hasMatch()) {
        const int y = m.capturedView(1).toInt();
        if (m.capturedLength(3) > 0)
            return day(QDate(y, m.capturedView(2).toInt(), m.capturedView(3).toInt()), DateOrigin::None);
        if (m.capturedLength(2) > 0)
            return month(y, m.capturedView(2).toInt(), DateOrigin::None);
        return year(y, DateOrigin::None);
    }
    // RFC 3339 allows a space instead of 'T'; Qt's ISO parser does not.
    QString normalized = trimmed;
    if (normalized.size() > 10 && normalized.at(10) == QLatin1Char(' '))
        normalized[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(normalized, Qt::ISODate);
    if (!dt.isValid())
        return result;
    result.date = dt.date();
    result.time = QTime(dt.time().hour(), dt.time().minute(), dt.time().second());
    result.utcOffsetSeconds = dt.offsetFromUtc();
    result.precision = DatePrecision::Minute;
    return result;
}

PublicationDate PublicationDate::day(QDate d, DateOrigin origin)
{
    PublicationDate r;
    if (!d.isValid())
        return r;
    r.date = d;
    r.precision = DatePrecision::Day;
    r.origin = origin;
    return r;
}

PublicationDate PublicationDate::month(int y, int m, DateOrigin origin)
{
    PublicationDate r;
    const QDate d(y, m, 1);
    if (!d.isValid())
        return r;
    r.date = d;
    r.precision = DatePrecision::Month;
    r.origin = origin;
    return r;
}

PublicationDate PublicationDate::year(int y, DateOrigin origin)
{
    PublicationDate r;
    const QDate d(y, 1, 1);
    if (!d.isValid())
        return r;
    r.date = d;
    r.precision = DatePrecision::Year;
    r.origin = origin;
    return r;
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::None:
        return QStringLiteral("none");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Minute:
        return QStringLiteral("minute");
    }
    return QStringLiteral("none");
}

DatePrecision precisionFromName(QStringView name)
{
    for (auto p : {DatePrecision::Year, DatePrecision::Month, DatePrecision::Day, DatePrecision::Minute}) {
        if (name == precisionName(p))
            return p;
    }
    return DatePrecision::None;
}

QString originName(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::None:
        return QStringLiteral("none");
    case DateOrigin::Metadata:
        return QStringLiteral("metadata");
    case DateOrigin::FileName:
        return QStringLiteral("filename");
    case DateOrigin::Text:
        return QStringLiteral("text");
    case DateOrigin::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("none");
}

DateOrigin originFromName(QStringView name)
{
    for (auto o : {DateOrigin::Metadata, DateOrigin::FileName, DateOrigin::Text, DateOrigin::Manual}) {
        if (name == originName(o))
            return o;
    }
    return DateOrigin::None;
}

} // namespace Lagebild
