// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QString>

#include <initializer_list>
#include <string>
#include <vector>

namespace Lagebild::Sqlite {
class Database;
}

namespace Lagebild {

/// Name under which the tokenizer is registered; the schema's FTS5 table refers to it.
inline constexpr char germanTokenizerName[] = "lagebild_german";
/// Bumped whenever tokenization changes, so stored indexes are rebuilt on open.
inline constexpr int germanTokenizerVersion = 4;
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

/// A document's index tokens worked out ahead of its insert, on any thread. Folding, stemming
/// and compound splitting are most of the cost of storing an article; an import works them out
/// on its pool and the one writing thread only replays them (PretokenizedScope).
struct PretokenizedText
{
    struct Token
    {
        int flags;
        int offset; ///< into `bytes`
        int length;
        int start; ///< byte offsets into `text`
        int end;
    };
    std::string text; ///< the UTF-8 the tokens are of: replayed only for the very same text
    std::string bytes;
    std::vector<Token> tokens;
};
[[nodiscard]] PretokenizedText pretokenizeDocument(const QString &text);

/// While it lives, the tokenizer on this thread replays these texts' tokens when it is asked to
/// index exactly their text, instead of tokenizing again. The texts must outlive the scope.
class PretokenizedScope
{
public:
    explicit PretokenizedScope(std::initializer_list<const PretokenizedText *> texts);
    explicit PretokenizedScope(std::vector<const PretokenizedText *> texts);
    ~PretokenizedScope();
    PretokenizedScope(const PretokenizedScope &) = delete;
    PretokenizedScope &operator=(const PretokenizedScope &) = delete;
};

/// While it lives, this thread's inserts into `articles` leave the search index alone (the
/// insert trigger asks lagebild_index_on_insert(), registered with the tokenizer); the owner
/// indexes them in one statement (ArticleStore::indexArticles) before the transaction commits.
/// Why: FTS5 writes its pending terms to disk at every statement savepoint, and an insert with a
/// trigger opens one, so indexing row by row made every article an index segment of its own,
/// merged again later — a quarter of an import's instructions.
class DeferredIndexScope
{
public:
    DeferredIndexScope();
    ~DeferredIndexScope();
    DeferredIndexScope(const DeferredIndexScope &) = delete;
    DeferredIndexScope &operator=(const DeferredIndexScope &) = delete;
};

} // namespace Lagebild
