// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/extractjson.h"

#include <QJsonArray>

#include <cmath>

#include <vector>

namespace Lagebild::Analysis {

namespace {

// UTF-16 index → code point index, for every index including the end.
std::vector<int> codePointIndex(const QString &text)
{
    std::vector<int> map(size_t(text.size()) + 1);
    int cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        map[size_t(i)] = cp;
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++cp;
    }
    map[size_t(text.size())] = cp;
    return map;
}

QJsonValue number(double v)
{
    if (v == double(qint64(v)) && std::abs(v) < 9e15)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

} // namespace

QJsonObject toContractJson(const QString &source, const QString &text, const AnalysisResult &result)
{
    const std::vector<int> cp = codePointIndex(text);
    QJsonArray entities;
    for (const Mention &m : result.mentions) {
        QJsonObject e {{QStringLiteral("start"), cp[size_t(m.start)]},
            {QStringLiteral("end"), cp[size_t(m.end)]}, {QStringLiteral("type"), typeName(m.type)},
            {QStringLiteral("text"), text.mid(m.start, m.length())},
            {QStringLiteral("canonical"), m.canonical}};
        if (m.type == EntityType::Quantity) {
            e.insert(QStringLiteral("value"),
                !m.range.isEmpty() ? QJsonValue(m.range)
                    : m.value      ? number(*m.value)
                                   : QJsonValue());
            e.insert(QStringLiteral("unit"), m.unit.isEmpty() ? QJsonValue() : QJsonValue(m.unit));
            e.insert(QStringLiteral("approx"), m.approx);
        } else if (m.type == EntityType::Date) {
            e.insert(QStringLiteral("norm"), m.norm.isEmpty() ? QJsonValue() : QJsonValue(m.norm));
        }
        entities.append(e);
    }
    QJsonArray relations;
    for (const Relation &r : result.relations) {
        QJsonObject o {{QStringLiteral("type"), relationTypeName(r.type)},
            {QStringLiteral("source"), r.source}, {QStringLiteral("target"), r.target},
            {QStringLiteral("evidence"),
                QJsonObject {{QStringLiteral("start"), cp[size_t(r.evidenceStart)]},
                    {QStringLiteral("end"), cp[size_t(r.evidenceEnd)]}}}};
        // Two decimals: the figure is a ranking, not a measurement.
        o.insert(QStringLiteral("confidence"), std::round(r.confidence * 100) / 100.0);
        if (!r.attributedTo.isEmpty())
            o.insert(QStringLiteral("attributed_to"), r.attributedTo);
        relations.append(o);
    }
    return QJsonObject {{QStringLiteral("source"), source}, {QStringLiteral("entities"), entities},
        {QStringLiteral("relations"), relations}};
}

} // namespace Lagebild::Analysis
