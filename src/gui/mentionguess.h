// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>

namespace Lagebild {

class SqlReader;

/// The type the mark dialog (Ctrl+E) offers first for a piece of text, so that a known person
/// is not offered as a company: the type of a stored mention at exactly that place; else the type
/// of an entity of that name the corpus knows (the most mentioned, when several); else what the
/// engine makes of the text on its own; else the type of the mention sharing the most text with
/// it; else an empty string (no guess).
[[nodiscard]] QString guessMentionType(
    SqlReader &sql, ArticleId article, int start, int end, const QString &text);

} // namespace Lagebild
