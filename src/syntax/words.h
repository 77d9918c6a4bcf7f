// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <vector>

namespace Lagebild::Syntax {

/// What the models read of a word, hashed once per sentence: the lower-case form, its endings
/// (German inflection and derivation live there: "-ungen", "-te", "-em"), its start and shape.
struct WordFeatures
{
    quint64 lower = 0;
    quint64 suffix1 = 0;
    quint64 suffix2 = 0;
    quint64 suffix3 = 0;
    quint64 suffix4 = 0;
    quint64 prefix2 = 0;
    quint64 shape = 0;
};

/// A pseudo-word outside the sentence (before the first, after the last, an empty stack slot).
WordFeatures noWord();

void wordFeatures(const std::vector<QStringView> &words, std::vector<WordFeatures> &out);

} // namespace Lagebild::Syntax
