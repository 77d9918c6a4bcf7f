// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lagebild {

/// German sentences from the freely licensed corpora in the shared data folder (never part of the
/// project): SmartData news (train and dev), GermEval 2014 dev, German LER (dev and test) and UD
/// German (GSD dev and test, PUD). Token-per-line formats are joined back into running text.
/// Only whole sentences of prose length are kept (40–400 characters, a capital first, an end mark
/// last), in the order of the files, so sentences of one source document stay neighbours.
struct SharedSentences
{
    QStringList sentences; ///< news and encyclopaedia first, then court decisions
    int newsSentences = 0; ///< how many of them come before the court decisions (LER)
    QString error; ///< set when the folder or none of its corpora can be read
};

[[nodiscard]] SharedSentences loadSharedSentences(const QString &dataDir);

} // namespace Lagebild
