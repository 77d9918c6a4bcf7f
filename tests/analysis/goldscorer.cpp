// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldscorer.h"

#include "analysis/analyzer.h"
#include "analysis/extractjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>
#include <set>

using namespace Lagebild;

namespace {

bool sameValue(const QJsonValue &gold, const QJsonValue &found)
{
    if (gold.isString() || found.isString())
        return gold.toString() == found.toString();
    if (gold.isNull() || found.isNull())
        return gold.isNull() && found.isNull();
    const double g = gold.toDouble(), f = found.toDouble();
    return std::abs(g - f) <= 1e-3 * std::max(1.0, std::abs(g));
}

QDate publishedDate(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.size() == 4)
        return QDate(s.toInt(), 1, 1);
    if (s.size() == 7)
        return QDate::fromString(s + QLatin1String("-01"), Qt::ISODate);
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace

QString GoldScore::table() const
{
    QString out = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(QStringLiteral("type"), -13)
                      .arg(QStringLiteral("P"), 6)
                      .arg(QStringLiteral("R"), 6)
                      .arg(QStringLiteral("F1"), 6)
                      .arg(QStringLiteral("TP"), 5)
                      .arg(QStringLiteral("FP"), 5)
                      .arg(QStringLiteral("FN"), 5);
    auto row = [](const QString &name, const TypeScore &s) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
            .arg(name, -13)
            .arg(s.precision(), 6, 'f', 3)
            .arg(s.recall(), 6, 'f', 3)
            .arg(s.f1(), 6, 'f', 3)
            .arg(s.tp, 5)
            .arg(s.fp, 5)
            .arg(s.fn, 5);
    };
    for (const auto &[type, s] : byType)
        out += row(type, s);
    out += row(QStringLiteral("micro"), micro);
    out += QStringLiteral("QUANTITY value accuracy %1 (%2/%3), unit accuracy %4\n")
               .arg(quantityValueAccuracy(), 0, 'f', 3)
               .arg(quantityValueCorrect)
               .arg(quantityPairs)
               .arg(quantityPairs ? double(quantityUnitCorrect) / quantityPairs : 0, 0, 'f', 3);
    out += QStringLiteral("DATE norm accuracy %1 (%2/%3)\n")
               .arg(dateNormAccuracy(), 0, 'f', 3)
               .arg(dateNormCorrect)
               .arg(datePairs);
    return out;
}

GoldScore scoreGoldFolder(const QString &dirPath, const QStringList &nameFilters)
{
    GoldScore score;
    const Analysis::Analyzer analyzer;
    const QDir dir(dirPath);
    for (const QString &goldName : dir.entryList(nameFilters, QDir::Files, QDir::Name)) {
        QFile goldFile(dir.filePath(goldName));
        if (!goldFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        QFile textFile(dir.filePath(gold.value(QLatin1String("file")).toString()));
        if (!textFile.open(QIODevice::ReadOnly))
            continue;
        QStringDecoder decoder(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(textFile.readAll());
        const QDate published = publishedDate(gold.value(QLatin1String("published")));
        const QJsonObject found = Analysis::toContractJson(goldName, text, analyzer.analyze(text, published));

        using Key = std::tuple<int, int, QString>;
        std::map<Key, QJsonObject> goldEntities, optional;
        std::set<std::pair<int, int>> optionalSpans;
        for (const auto &v : gold.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const Key key {e.value(QLatin1String("start")).toInt(), e.value(QLatin1String("end")).toInt(),
                e.value(QLatin1String("type")).toString()};
            if (e.value(QLatin1String("optional")).toBool()) {
                optional.emplace(key, e);
                optionalSpans.insert({std::get<0>(key), std::get<1>(key)});
            } else {
                goldEntities.emplace(key, e);
            }
        }
        std::set<Key> matched;
        for (const auto &v : found.value(QLatin1String("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const Key key {e.value(QLatin1String("start")).toInt(), e.value(QLatin1String("end")).toInt(),
                e.value(QLatin1String("type")).toString()};
            const QString type = std::get<2>(key);
            auto g = goldEntities.find(key);
            if (g == goldEntities.end()) {
                if (optionalSpans.count({std::get<0>(key), std::get<1>(key)}))
                    continue;
                ++score.byType[type].fp;
                ++score.micro.fp;
                score.errors.append(QStringLiteral("%1: FP %2 '%3'")
                                        .arg(goldName, type, e.value(QLatin1String("text")).toString()));
                continue;
            }
            matched.insert(key);
            ++score.byType[type].tp;
            ++score.micro.tp;
            if (type == QLatin1String("QUANTITY")) {
                ++score.quantityPairs;
                const bool value
                    = sameValue(g->second.value(QLatin1String("value")), e.value(QLatin1String("value")));
                score.quantityValueCorrect += value;
                score.quantityUnitCorrect
                    += g->second.value(QLatin1String("unit")) == e.value(QLatin1String("unit"));
                if (!value)
                    score.errors.append(
                        QStringLiteral("%1: VALUE '%2' gold %3 found %4")
                            .arg(goldName, e.value(QLatin1String("text")).toString(),
                                QString::fromUtf8(
                                    QJsonDocument(QJsonArray {g->second.value(QLatin1String("value"))})
                                        .toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(QJsonArray {e.value(QLatin1String("value"))})
                                                      .toJson(QJsonDocument::Compact))));
            } else if (type == QLatin1String("DATE")) {
                ++score.datePairs;
                const bool norm = g->second.value(QLatin1String("norm")) == e.value(QLatin1String("norm"));
                score.dateNormCorrect += norm;
                if (!norm)
                    score.errors.append(
                        QStringLiteral("%1: NORM '%2' gold %3 found %4")
                            .arg(goldName, e.value(QLatin1String("text")).toString(),
                                g->second.value(QLatin1String("norm")).toString(QStringLiteral("null")),
                                e.value(QLatin1String("norm")).toString(QStringLiteral("null"))));
            }
        }
        for (const auto &[key, e] : goldEntities) {
            if (matched.count(key))
                continue;
            ++score.byType[std::get<2>(key)].fn;
            ++score.micro.fn;
            score.errors.append(
                QStringLiteral("%1: FN %2 '%3'")
                    .arg(goldName, std::get<2>(key), e.value(QLatin1String("text")).toString()));
        }
    }
    return score;
}
