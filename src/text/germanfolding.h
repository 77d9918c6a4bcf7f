#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace Lagebild::Text {

/// Folds a word for matching German text regardless of spelling variants:
/// case-folded, umlauts written as digraphs (ä→ae, ö→oe, ü→ue, ß/ẞ→ss) so "Behörde" and
/// "Behoerde" meet, and other diacritics dropped ("Café" → "cafe"). UTF-8 in, UTF-8 out.
/// Appends to `out` so tokenizers can reuse one buffer.
void foldGermanUtf8(std::string_view word, std::string &out);

[[nodiscard]] QString foldGerman(QStringView text);

} // namespace Lagebild::Text
