// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineexport.h"

#include "core/csv.h"
#include "core/dateformat.h"
#include "core/relationtypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lagebild {

namespace {

QString dateSource(const TimelineEvent &e)
{
    return e.dateFromText ? QStringLiteral("text") : QStringLiteral("publication date");
}

} // namespace

QByteArray mentionTimelineCsv(const MentionTimeline &timeline)
{
    QStringList header
        = {QStringLiteral("bucket_start"), QStringLiteral("bucket"), QStringLiteral("articles")};
    for (const MentionSeries &s : timeline.series)
        header.append(s.name);
    QByteArray csv = csvLine(header);
    for (size_t b = 0; b < timeline.starts.size(); ++b) {
        QStringList row = {timeline.starts[b].toString(Qt::ISODate),
            bucketLabel(timeline.starts[b], timeline.bucket), QString::number(timeline.totals[b])};
        for (const MentionSeries &s : timeline.series)
            row.append(QString::number(s.articles[b]));
        csv += csvLine(row);
    }
    return csv;
}

QByteArray eventsCsv(const std::vector<TimelineEvent> &events)
{
    QByteArray csv = csvLine({QStringLiteral("date"), QStringLiteral("norm"), QStringLiteral("precision"),
        QStringLiteral("date_source"), QStringLiteral("label"), QStringLiteral("relation"),
        QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("outlet"), QStringLiteral("title"),
        QStringLiteral("url"), QStringLiteral("evidence")});
    for (const TimelineEvent &e : events)
        csv += csvLine({e.day.toString(Qt::ISODate), e.norm, precisionKindName(e.precision), dateSource(e),
            e.label, e.relation, e.source, e.target, e.outlet, e.title, e.url, e.evidence});
    return csv;
}

QByteArray timelineJs(const std::vector<TimelineEvent> &events, const QString &title, const QString &subtitle)
{
    QJsonArray list;
    for (const TimelineEvent &e : events) {
        QJsonObject start {{QStringLiteral("year"), QString::number(e.day.year())}};
        // TimelineJS shows what it is given: a month-precise date has no day.
        if (e.precision == DatePrecisionKind::Day || e.precision == DatePrecisionKind::Week
            || e.precision == DatePrecisionKind::Month || e.precision == DatePrecisionKind::Quarter
            || e.precision == DatePrecisionKind::Half)
            start.insert(QStringLiteral("month"), QString::number(e.day.month()));
        if (e.precision == DatePrecisionKind::Day)
            start.insert(QStringLiteral("day"), QString::number(e.day.day()));
        // What people read, in the interface's language; the CSV keeps the ISO forms.
        QString source = e.outlet;
        if (!e.published.isEmpty())
            source
                += (source.isEmpty() ? QString() : QStringLiteral(", ")) + readableNorm(e.published.left(10));
        const QString cited = QString(source + QStringLiteral(": ") + e.title).toHtmlEscaped();
        QString text = e.evidence.toHtmlEscaped();
        text += QStringLiteral("<p><small>%1</small></p>")
                    .arg(e.url.isEmpty()
                            ? cited
                            : QStringLiteral("<a href=\"%1\">%2</a>").arg(e.url.toHtmlEscaped(), cited));
        const QString date = e.dateFromText
            ? readableNorm(e.norm)
            : QCoreApplication::translate("TimelineExport", "%1 (publication date)")
                  .arg(readableNorm(e.norm));
        QJsonObject event {{QStringLiteral("start_date"), start}, {QStringLiteral("display_date"), date},
            {QStringLiteral("text"),
                QJsonObject {{QStringLiteral("headline"), e.caption().toHtmlEscaped()},
                    {QStringLiteral("text"), text}}},
            {QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id)}};
        if (!e.relation.isEmpty())
            event.insert(QStringLiteral("group"), relationTypeLabel(e.relation));
        list.append(event);
    }
    const QJsonObject root {{QStringLiteral("title"),
                                QJsonObject {{QStringLiteral("text"),
                                    QJsonObject {{QStringLiteral("headline"), title.toHtmlEscaped()},
                                        {QStringLiteral("text"), subtitle.toHtmlEscaped()}}}}},
        {QStringLiteral("events"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Lagebild
