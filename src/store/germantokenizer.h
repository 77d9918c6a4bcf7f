// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

namespace Lagebild::Sqlite {
class Database;
}

namespace Lagebild {

/// Name under which the tokenizer is registered; the schema's FTS5 table refers to it.
inline constexpr char germanTokenizerName[] = "lagebild_german";
/// Bumped whenever tokenization changes, so stored indexes are rebuilt on open.
inline constexpr int germanTokenizerVersion = 3;
/// A query string starting with this byte matches whole words only, not compound parts.
inline constexpr char wholeWordsOnlyMarker = '\x1f';

/// Registers the German FTS5 tokenizer on this connection. Tokens are runs of letters and
/// digits (ICU properties), folded (Text::foldGermanUtf8) and stemmed (Text::GermanStemmer), so
/// "Exportkontrollen" finds "Exportkontrolle", "Behoerden" finds "Behörden", "Nvidias" "Nvidia".
/// Compounds are indexed with their parts (Text::GermanCompoundSplitter) at the same position,
/// marked as parts, and a query term matches a word or a part: "Zoll" finds "Zollkontrollen",
/// and phrases still match ("Zoll in Shenzhen").
/// Must run on every connection before the article index is read or written.
Expected<void> registerGermanTokenizer(Sqlite::Database &db);

} // namespace Lagebild
