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

/// How the tokenizer finds a document's tokens among those of a PretokenizedScope.
enum class PretokenizedLookup {
    /// The text to index is compared with each text of the scope; a text not among them is
    /// tokenized as usual.
    ByText,
    /// The text to index is pretokenizedKey(n), standing for the scope's n-th text: the insert
    /// need not read (and unpack) the text again. Anything else is refused (SQLITE_ERROR).
    ByKey,
};

/// While it lives, the tokenizer on this thread replays these texts' tokens when it is asked to
/// index exactly their text (or their key), instead of tokenizing again. The texts must outlive
/// the scope.
class PretokenizedScope
{
public:
    explicit PretokenizedScope(std::initializer_list<const PretokenizedText *> texts);
    explicit PretokenizedScope(
        std::vector<const PretokenizedText *> texts, PretokenizedLookup lookup = PretokenizedLookup::ByText);
    ~PretokenizedScope();
    PretokenizedScope(const PretokenizedScope &) = delete;
    PretokenizedScope &operator=(const PretokenizedScope &) = delete;
};

/// Starts a key (PretokenizedLookup::ByKey); no document text starts with it, as none is read as one.
inline constexpr char pretokenizedKeyMarker = '\x02';
/// What an insert into the index gives as the text of the scope's n-th text under ByKey: the
/// marker and n in decimal digits.
[[nodiscard]] std::string pretokenizedKey(size_t n);

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
