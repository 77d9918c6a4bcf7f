// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntax/syntaxmodel.h"

#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace Lagebild::Syntax {

/// A sentence of a treebank in the surface words the analyser sees: contractions stay one word
/// ("zum", "im" carry the tag and head of their preposition).
struct TreebankSentence
{
    QString id;
    std::vector<QString> forms;
    std::vector<Tag> tags;
    std::vector<int> heads; ///< -1: root
    std::vector<DependencyLabel> labels;
};

/// Reads a CoNLL-U file; on failure returns nothing and sets `error` to one line naming the reason.
std::vector<TreebankSentence> readConllu(const QString &path, QString *error);

/// Each run of proper nouns becomes one word, namePlaceholder(), with the run's head and label:
/// what the analyser gives the parser for each name it found.
void collapseNames(TreebankSentence &sentence);

struct TrainingOptions
{
    int epochs = 12;
    unsigned seed = 1;
    float minWeight = 0.5f; ///< smaller averaged weights are dropped from the shipped model
    bool collapseNames = true; ///< see collapseNames()
    std::function<void(const QString &)> progress;
};

SyntaxModel trainSyntax(const std::vector<TreebankSentence> &sentences, const TrainingOptions &options);

struct LabelScore
{
    int gold = 0;
    int predicted = 0;
    int correct = 0; ///< right head and right label
};

struct SyntaxScores
{
    int words = 0; ///< all words
    int tagCorrect = 0; ///< the whole tag
    int classCorrect = 0;
    int caseWords = 0; ///< words whose gold class carries case
    int caseCorrect = 0;
    int scoredWords = 0; ///< without punctuation, for attachment
    int headCorrect = 0;
    int labelledCorrect = 0;
    std::map<DependencyLabel, LabelScore> labels;
    std::map<std::pair<QString, QString>, int> tagConfusions; ///< (gold, tagged) → count, errors only

    [[nodiscard]] static double ratio(int a, int b) { return b ? double(a) / b : 0.0; }
};

/// Scores the model on the sentences; with `names`, each run of proper nouns collapsed first.
SyntaxScores evaluateSyntax(const SyntaxModel &model, const std::vector<TreebankSentence> &sentences, bool names = true);

} // namespace Lagebild::Syntax
