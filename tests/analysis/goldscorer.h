// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scores the analysis engine against gold files in the seeds' format
// ({"file", "published", "entities": [{start, end, type, text, value, unit, approx, norm, optional}]}):
// strict span + type per entity type, QUANTITY value accuracy and DATE norm accuracy on the
// strictly matched pairs. Optional gold entities are neither rewarded nor penalised.

#include <QString>
#include <QStringList>

#include <map>

struct TypeScore
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    [[nodiscard]] double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    [[nodiscard]] double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    [[nodiscard]] double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct GoldScore
{
    std::map<QString, TypeScore> byType;
    TypeScore micro;
    int quantityPairs = 0;
    int quantityValueCorrect = 0;
    int quantityUnitCorrect = 0;
    int datePairs = 0;
    int dateNormCorrect = 0;
    QStringList errors; ///< "file: FP TYPE 'text'" lines, for the log

    [[nodiscard]] double quantityValueAccuracy() const
    {
        return quantityPairs ? double(quantityValueCorrect) / quantityPairs : 0;
    }
    [[nodiscard]] double dateNormAccuracy() const
    {
        return datePairs ? double(dateNormCorrect) / datePairs : 0;
    }
    [[nodiscard]] QString table() const;
};

/// Scores every gold file in `dir` that matches one of the name filters (QDir wildcards) and whose
/// text file exists beside it.
GoldScore scoreGoldFolder(
    const QString &dir, const QStringList &nameFilters = {QStringLiteral("*.gold.json")});
