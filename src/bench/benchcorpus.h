// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QStringList>

#include <QString>

namespace Lagebild {

/// Makes sure `path` holds at least `count` generated, analysed articles: sentences of the sample
/// corpus recombined (fixed seed), 12 outlets, dates over 40 months, every tenth article tagged.
/// Built once and reused by every benchmark that names the same file.
bool buildBenchCorpus(const QString &path, int count);

/// Peak resident memory of this process, in KB.
long peakRssKb();

/// Milliseconds since the timer started, with fractions.
double msSince(const QElapsedTimer &t);

/// Removes "NAME VALUE" from the arguments and returns VALUE (empty when absent).
QString takeOption(QStringList &args, const QString &name);

} // namespace Lagebild
