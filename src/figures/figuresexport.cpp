// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/figuresexport.h"

#include "core/csv.h"

#include <QJsonObject>

namespace Lagebild {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString dateSource(const ReportedFigure &f)
{
    return f.dateFromText ? QStringLiteral("text") : QStringLiteral("publication date");
}

} // namespace

QByteArray figuresCsv(const std::vector<FigureGroup> &groups)
{
    QByteArray csv = csvLine({QStringLiteral("subject"), QStringLiteral("subject_type"),
        QStringLiteral("unit"), QStringLiteral("value"), QStringLiteral("approx"), QStringLiteral("date"),
        QStringLiteral("date_source"), QStringLiteral("outlet"), QStringLiteral("title"),
        QStringLiteral("url"), QStringLiteral("sentence")});
    for (const FigureGroup &g : groups) {
        for (const ReportedFigure &f : g.figures)
            csv += csvLine(
                {g.subject, g.subjectType, g.unit, f.value ? QString::number(*f.value, 'g', 15) : f.range,
                    f.approx ? QStringLiteral("yes") : QString(), f.date.toString(Qt::ISODate), dateSource(f),
                    f.outlet, f.title, f.url, f.sentence});
    }
    return csv;
}

QJsonArray figuresJson(const std::vector<FigureGroup> &groups)
{
    QJsonArray list;
    for (const FigureGroup &g : groups) {
        QJsonArray figures;
        for (const ReportedFigure &f : g.figures) {
            const std::optional<double> comparable = comparableValue(f);
            figures.append(
                QJsonObject {{QStringLiteral("article"), f.article}, {QStringLiteral("text"), f.text},
                    {QStringLiteral("value"), f.value ? QJsonValue(*f.value) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("range"), textOrNull(f.range)},
                    {QStringLiteral("comparable"),
                        comparable ? QJsonValue(*comparable) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("unit"), textOrNull(f.unit)}, {QStringLiteral("approx"), f.approx},
                    {QStringLiteral("others"), QJsonArray::fromStringList(f.others)},
                    {QStringLiteral("date"),
                        f.date.isValid() ? QJsonValue(f.date.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("date_source"), dateSource(f)}, {QStringLiteral("sentence"), f.sentence},
                    {QStringLiteral("outlet"), textOrNull(f.outlet)}, {QStringLiteral("title"), f.title},
                    {QStringLiteral("published"), textOrNull(f.published)},
                    {QStringLiteral("url"), textOrNull(f.url)}, {QStringLiteral("story"), f.story}});
        }
        list.append(QJsonObject {{QStringLiteral("subject"), g.subject},
            {QStringLiteral("subject_type"), g.subjectType},
            {QStringLiteral("measure"), textOrNull(g.measure)}, {QStringLiteral("unit"), textOrNull(g.unit)},
            {QStringLiteral("outlets"), g.outlets}, {QStringLiteral("disagreement"), g.disagreement},
            {QStringLiteral("minimum"), g.minimum}, {QStringLiteral("maximum"), g.maximum},
            {QStringLiteral("near_duplicates"), g.nearDuplicates}, {QStringLiteral("figures"), figures}});
    }
    return list;
}

} // namespace Lagebild
