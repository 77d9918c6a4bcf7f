// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timeline.h"

#include "core/relationtypes.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lagebild {

QString bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    case Bucket::Quarter:
        return QStringLiteral("quarter");
    }
    return {};
}

std::optional<Bucket> bucketFromName(QStringView name)
{
    for (Bucket b : {Bucket::Day, Bucket::Week, Bucket::Month, Bucket::Quarter}) {
        if (name.compare(bucketName(b), Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

QDate bucketStart(QDate day, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return day;
    case Bucket::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Bucket::Month:
        return QDate(day.year(), day.month(), 1);
    case Bucket::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate nextBucket(QDate start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start.addDays(1);
    case Bucket::Week:
        return start.addDays(7);
    case Bucket::Month:
        return start.addMonths(1);
    case Bucket::Quarter:
        return start.addMonths(3);
    }
    return start.addDays(1);
}

Bucket bucketForSpan(QDate from, QDate to)
{
    const qint64 days = from.isValid() && to.isValid() ? from.daysTo(to) : 0;
    if (days <= 92)
        return Bucket::Day;
    if (days <= 370)
        return Bucket::Week;
    if (days <= 6 * 366)
        return Bucket::Month;
    return Bucket::Quarter;
}

QString bucketLabel(QDate start, Bucket bucket)
{
    const QLocale locale;
    switch (bucket) {
    case Bucket::Day:
        return locale.toString(start, QLocale::ShortFormat);
    case Bucket::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QCoreApplication::translate("Timeline", "W%1/%2").arg(week).arg(year);
    }
    case Bucket::Month:
        return locale.toString(start, QStringLiteral("MMM yyyy"));
    case Bucket::Quarter:
        return QStringLiteral("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
    }
    return {};
}

int MentionTimeline::bucketOf(QDate day) const
{
    if (starts.empty() || !day.isValid())
        return -1;
    const QDate start = bucketStart(day, bucket);
    const auto it = std::lower_bound(starts.begin(), starts.end(), start);
    return it != starts.end() && *it == start ? int(it - starts.begin()) : -1;
}

DatePrecisionKind precisionOfNorm(const QString &norm)
{
    if (norm.contains(QLatin1Char('Q')))
        return DatePrecisionKind::Quarter;
    if (norm.contains(QLatin1Char('H')))
        return DatePrecisionKind::Half;
    if (norm.contains(QLatin1Char('W')))
        return DatePrecisionKind::Week;
    switch (norm.size()) {
    case 4:
        return DatePrecisionKind::Year;
    case 7:
        return DatePrecisionKind::Month;
    default:
        return DatePrecisionKind::Day;
    }
}

QString precisionKindName(DatePrecisionKind precision)
{
    switch (precision) {
    case DatePrecisionKind::Day:
        return QStringLiteral("day");
    case DatePrecisionKind::Week:
        return QStringLiteral("week");
    case DatePrecisionKind::Month:
        return QStringLiteral("month");
    case DatePrecisionKind::Quarter:
        return QStringLiteral("quarter");
    case DatePrecisionKind::Half:
        return QStringLiteral("half-year");
    case DatePrecisionKind::Year:
        return QStringLiteral("year");
    }
    return {};
}

QString TimelineEvent::caption() const
{
    if (relation.isEmpty() || source.isEmpty() || target.isEmpty())
        return label;
    return relationEventCaption(relation, source, target);
}

} // namespace Lagebild
