// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the analysis engine's German lexicon as a finished lookup table: the words of
// capitalized.txt and lowercase.txt (made by lagebild-lexicongen) folded, hashed and placed in
// WordSet's open-addressing table exactly as the engine would place them, then written slot for
// slot (WordSet::toTable). The engine copies the table at start-up instead of building it, which
// was two fifths of `extract`'s start.
//
// Usage: lagebild-wordsetgen CAPITALIZED.txt LOWERCASE.txt OUT.table
//
// It runs during the build, before lagebild_analysis exists: it compiles the two sources it
// needs (wordset.cpp, germanfolding.cpp) itself.

#include "analysis/wordset.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using Lagebild::Analysis::WordSet;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: lagebild-wordsetgen CAPITALIZED.txt LOWERCASE.txt OUT.table\n");
        return 2;
    }
    for (const QString &list : {args[1], args[2]}) {
        if (!QFile::exists(list)) {
            std::fprintf(stderr, "lagebild-wordsetgen: %s: no such file\n", qPrintable(list));
            return 1;
        }
    }
    const WordSet words
        = WordSet::fromResources({{args[1], WordSet::capitalizedList}, {args[2], WordSet::lowercaseList}});
    QSaveFile out(args[3]);
    if (!out.open(QIODevice::WriteOnly) || out.write(words.toTable()) < 0 || !out.commit()) {
        std::fprintf(
            stderr, "lagebild-wordsetgen: %s: %s\n", qPrintable(args[3]), qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
