// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/germantokenizer.h"

#include "store/sqlite/database.h"
#include "text/germanfolding.h"
#include "text/germanstemmer.h"

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace Lagebild {

namespace {

// Longer "words" are base64, hashes or URLs; indexing them only bloats the index.
constexpr int maxTokenBytes = 64;

struct Tokenizer
{
    Text::GermanStemmer stemmer;
    std::string folded;
};

bool isTokenChar(UChar32 c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK;
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

int tokenize(Fts5Tokenizer *handle, void *context, int /*flags*/, const char *text, int length,
    int (*emit)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<Tokenizer *>(handle);
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
            int32_t next = end;
            U8_NEXT(bytes, next, length, c);
            if (c < 0 || !isTokenChar(c))
                break;
            end = next;
        }
        i = end;
        if (end - start > maxTokenBytes)
            continue;
        tokenizer->folded.clear();
        Text::foldGermanUtf8(std::string_view(text + start, size_t(end - start)), tokenizer->folded);
        // Prefix queries ("Behörde*") are stemmed too: the index holds stems, and a stem of
        // the prefix is what a stored stem starts with.
        const std::string_view stem = tokenizer->stemmer.stem(tokenizer->folded);
        const int rc = emit(context, 0, stem.data(), int(stem.size()), start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
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

Expected<void> registerGermanTokenizer(Sqlite::Database &db)
{
    fts5_api *api = fts5Api(db.handle());
    if (!api || api->iVersion < 2)
        return Error {QStringLiteral("this SQLite library has no usable FTS5 module")};
    fts5_tokenizer tokenizer {createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, germanTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Error {
            QStringLiteral("cannot register the German search tokenizer: %1").arg(db.lastErrorMessage())};
    return {};
}

} // namespace Lagebild
