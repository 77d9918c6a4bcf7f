// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <unordered_set>

namespace Lagebild::Text {

/// The words of a word-list resource (one a line; blank lines and "#" comments skipped), folded
/// the way the search tokenizer folds them, for the lexicon look-ups of stemming and splitting.
/// A missing resource is a broken build and stops the program.
[[nodiscard]] std::unordered_set<std::string> readFoldedWordList(const QString &resource);

} // namespace Lagebild::Text
