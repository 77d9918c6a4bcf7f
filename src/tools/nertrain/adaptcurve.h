// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/neradaptation.h"
#include "nertraining.h"

#include <QString>

#include <vector>

namespace Lagebild::Analysis::Training {

/// Learning from the analyst, simulated: the gold of the first N documents stands for the
/// analyst's corrections; the model (the built-in one, or $LAGEBILD_NER_MODEL) is adapted on them
/// (NerAdaptation, as `lagebild-cli learn` does) and scored on the last `testCount` documents,
/// the tagger alone and the whole engine, for N = 0 (as shipped) and each of `counts`.
/// Prints one table row per N under `name`.
void printAdaptationCurve(const char *name, const std::vector<Document> &docs, const std::vector<int> &counts,
    int testCount, const NerAdaptation::Options &options);

/// A corpus document as a corrected article: its names as the truth to adapt to.
AdaptationDocument adaptationDocument(const Document &doc);

} // namespace Lagebild::Analysis::Training
