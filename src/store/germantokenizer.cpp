// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/germantokenizer.h"

#include "store/sqlite/database.h"
#include "text/germancompounds.h"
#include "text/germanfolding.h"
#include "text/germanstemmer.h"

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace Lagebild {

namespace {

// Longer "words" are base64, hashes or URLs; indexing them only bloats the index.
constexpr int maxTokenBytes = 64;

// Compound parts are indexed with this byte before their stem, so a part hit ("Zoll" inside
// "Zollkontrollen") stays distinguishable from a whole-word hit: a query for the whole words
// only can leave the marked tokens out and rank those articles first. Folded tokens never
// contain it.
constexpr char partMarker = '\x01';

// A document word's index tokens: its stem and the marked stems of its compound parts.
struct WordTokens
{
    std::string stem;
    std::vector<std::string> parts; // mostly none
};

struct Tokenizer
{
    Text::GermanStemmer stemmer;
    Text::GermanCompoundSplitter splitter;
    std::string folded;
    std::string stem;
    // The tokens of every folded document word seen: news vocabulary repeats, and splitting is
    // the dearest step of indexing. The stem is kept beside the parts so that a word seen before
    // costs one look-up, not a second one in the stemmer's own cache.
    std::unordered_map<std::string, WordTokens> words;
};

const WordTokens &documentTokens(Tokenizer &tokenizer, const std::string &folded)
{
    if (const auto cached = tokenizer.words.find(folded); cached != tokenizer.words.end())
        return cached->second;
    if (tokenizer.words.size() > 200000)
        tokenizer.words.clear(); // bounded memory; rebuilding is cheap
    WordTokens tokens;
    tokens.stem = tokenizer.stemmer.stem(folded);
    for (const Text::CompoundPart &part : tokenizer.splitter.split(folded)) {
        std::string token(1, partMarker);
        token += tokenizer.stemmer.stem(std::string_view(folded).substr(part.offset, part.length));
        if (std::find(tokens.parts.begin(), tokens.parts.end(), token) == tokens.parts.end())
            tokens.parts.push_back(std::move(token));
    }
    return tokenizer.words.emplace(folded, std::move(tokens)).first->second;
}

// ASCII letters and digits: news text is mostly ASCII, and this test runs for every character
// of every imported article, so the common case is a table look-up where it is called.
constexpr auto asciiTokenChars = [] {
    std::array<bool, 128> table {};
    for (int c = 0; c < 128; ++c)
        table[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return table;
}();

bool isOtherTokenChar(UChar32 c)
{
    return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
}

inline bool isTokenChar(UChar32 c)
{
    return c < 0x80 ? asciiTokenChars[size_t(c)] : isOtherTokenChar(c);
}

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

// Whether this thread's inserts into `articles` index the article at once (DeferredIndexScope).
thread_local bool deferIndexing = false;

// lagebild_index_on_insert(): the condition of the articles' insert trigger.
void indexOnInsert(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_int(context, deferIndexing ? 0 : 1);
}

// Texts whose document tokens the writing thread holds already (PretokenizedScope), and how
// the index's insert names them.
thread_local std::vector<const PretokenizedText *> pretokenized;
thread_local PretokenizedLookup pretokenizedLookup = PretokenizedLookup::ByText;

const PretokenizedText *pretokenizedFor(const char *text, int length)
{
    for (const PretokenizedText *p : pretokenized) {
        if (p->text.size() == size_t(length) && std::equal(p->text.begin(), p->text.end(), text))
            return p;
    }
    return nullptr;
}

// The text pretokenizedKey(n) names: the scope's n-th text, or nullptr for anything else.
const PretokenizedText *pretokenizedByKey(const char *text, int length)
{
    if (length < 2 || length > 11 || text[0] != pretokenizedKeyMarker)
        return nullptr;
    size_t n = 0;
    for (int i = 1; i < length; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return nullptr;
        n = n * 10 + size_t(text[i] - '0');
    }
    return n < pretokenized.size() ? pretokenized[n] : nullptr;
}

int tokenize(Fts5Tokenizer *handle, void *context, int flags, const char *text, int length,
    int (*emit)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
    if (flags == FTS5_TOKENIZE_DOCUMENT && !pretokenized.empty()) {
        const bool byKey = pretokenizedLookup == PretokenizedLookup::ByKey;
        const PretokenizedText *p = byKey ? pretokenizedByKey(text, length) : pretokenizedFor(text, length);
        // A key that names no text would otherwise be indexed as a word of its own.
        if (byKey && !p)
            return SQLITE_ERROR;
        if (p) {
            for (const PretokenizedText::Token &t : p->tokens) {
                if (const int rc
                    = emit(context, t.flags, p->bytes.data() + t.offset, t.length, t.start, t.end);
                    rc != SQLITE_OK)
                    return rc;
            }
            return SQLITE_OK;
        }
    }
    // Documents get their compound parts beside each word; a query term also looks for itself
    // as a part, unless the query asks for whole words only. highlight() and snippet() (AUX)
    // skip colocated tokens, so they need none.
    const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    // snippet() and highlight() read a document's tokens only for their positions and byte
    // offsets (which words to mark comes from the index), so they get the words as they are:
    // no folding, no stemming. Positions stay those of indexing, one per word.
    const bool positionsOnly = (flags & FTS5_TOKENIZE_AUX) != 0;
    const bool wholeWordsOnly = length > 0 && text[0] == wholeWordsOnlyMarker;
    const bool expandQuery = (flags & FTS5_TOKENIZE_QUERY) != 0 && !wholeWordsOnly;
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !isTokenChar(c))
            continue;
        int32_t end = i;
        while (end < length) {
            if (bytes[end] < 0x80) { // ASCII needs no decoding
                if (!asciiTokenChars[bytes[end]])
                    break;
                ++end;
                continue;
            }
            int32_t next = end;
            U8_NEXT(bytes, next, length, c);
            if (c < 0 || !isTokenChar(c))
                break;
            end = next;
        }
        i = end;
        if (end - start > maxTokenBytes)
            continue;
        if (positionsOnly) {
            if (const int rc = emit(context, 0, text + start, end - start, start, end); rc != SQLITE_OK)
                return rc;
            continue;
        }
        tokenizer->folded.clear();
        Text::foldGermanUtf8(std::string_view(text + start, size_t(end - start)), tokenizer->folded);
        if (document) {
            const WordTokens &word = documentTokens(*tokenizer, tokenizer->folded);
            if (const int rc = emit(context, 0, word.stem.data(), int(word.stem.size()), start, end);
                rc != SQLITE_OK)
                return rc;
            for (const std::string &part : word.parts) {
                const int rc = emit(context, FTS5_TOKEN_COLOCATED, part.data(), int(part.size()), start, end);
                if (rc != SQLITE_OK)
                    return rc;
            }
            continue;
        }
        // Prefix queries ("Behörde*") are stemmed too: the index holds stems, and a stem of
        // the prefix is what a stored stem starts with.
        tokenizer->stem.assign(1, partMarker);
        tokenizer->stem += tokenizer->stemmer.stem(tokenizer->folded);
        if (int rc
            = emit(context, 0, tokenizer->stem.data() + 1, int(tokenizer->stem.size() - 1), start, end);
            rc != SQLITE_OK)
            return rc;
        if (expandQuery) {
            const int rc = emit(context, FTS5_TOKEN_COLOCATED, tokenizer->stem.data(),
                int(tokenizer->stem.size()), start, end);
            if (rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

int collectToken(void *context, int flags, const char *token, int length, int start, int end)
{
    auto *into = static_cast<PretokenizedText *>(context);
    into->tokens.push_back({flags, int(into->bytes.size()), length, start, end});
    into->bytes.append(token, size_t(length));
    return SQLITE_OK;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

PretokenizedText pretokenizeDocument(const QString &text)
{
    // One tokenizer per thread: its stemmer, splitter and part cache are not shared.
    thread_local Tokenizer tokenizer;
    PretokenizedText result;
    result.text = text.toStdString();
    // Room for the usual: a token for every six bytes or so of text (words and their compound
    // parts), each at most as long as its word. Growing the two step by step was a tenth of
    // collecting the tokens.
    result.tokens.reserve(result.text.size() / 5 + 8);
    result.bytes.reserve(result.text.size() + 64);
    (void)tokenize(reinterpret_cast<Fts5Tokenizer *>(&tokenizer), &result, FTS5_TOKENIZE_DOCUMENT,
        result.text.data(), int(result.text.size()), collectToken);
    return result;
}

PretokenizedScope::PretokenizedScope(std::initializer_list<const PretokenizedText *> texts)
{
    pretokenized.assign(texts.begin(), texts.end());
}

PretokenizedScope::PretokenizedScope(std::vector<const PretokenizedText *> texts, PretokenizedLookup lookup)
{
    pretokenized = std::move(texts);
    pretokenizedLookup = lookup;
}

PretokenizedScope::~PretokenizedScope()
{
    pretokenized.clear();
    pretokenizedLookup = PretokenizedLookup::ByText;
}

std::string pretokenizedKey(size_t n)
{
    return pretokenizedKeyMarker + std::to_string(n);
}

Expected<void> registerGermanTokenizer(Sqlite::Database &db)
{
    fts5_api *api = fts5Api(db.handle());
    if (!api || api->iVersion < 2)
        return Error {QStringLiteral("this SQLite library has no usable FTS5 module")};
    fts5_tokenizer tokenizer {createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, germanTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Error {
            QStringLiteral("cannot register the German search tokenizer: %1").arg(db.lastErrorMessage())};
    // Innocuous: the schema's trigger calls it. Not deterministic: it reads this thread's state.
    if (sqlite3_create_function_v2(db.handle(), "lagebild_index_on_insert", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
            nullptr, indexOnInsert, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return Error {QStringLiteral("cannot register the search index's insert condition: %1")
                          .arg(db.lastErrorMessage())};
    return {};
}

DeferredIndexScope::DeferredIndexScope()
{
    deferIndexing = true;
}

DeferredIndexScope::~DeferredIndexScope()
{
    deferIndexing = false;
}

} // namespace Lagebild
