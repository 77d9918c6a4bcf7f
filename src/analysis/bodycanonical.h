// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lagebild::Analysis {

class TokenizedText;
struct Resources;

/// Whether a capitalised word is a name's adjective in a weak ending after an article
/// ("Deutschen", "Europäischen", "Nationalen"): a lower-case adjective form exists, unlike
/// "Siemens"; its stem ends as one of r.nameAdjectiveStems. `ending` is the weak ending looked for
/// ("en" or "e").
[[nodiscard]] bool nameAdjective(QStringView word, QStringView ending, const Resources &r);

/// The canonical name of an AGENCY or ORGANIZATION mention over tokens [first, end) of `text`
/// (`input` its string) whose head noun is listed in genitive-heads.tsv: the head without its
/// genitive ending ("des Handelsministeriums" → "Handelsministerium") and a name's adjectives
/// before it in their nominative ("des Europäischen Parlaments" → "Europäisches Parlament").
/// nullopt when no listed head stands in the mention.
[[nodiscard]] std::optional<QString> bodyNominative(
    const TokenizedText &text, const QString &input, const Resources &r, int first, int end);

} // namespace Lagebild::Analysis
