// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the search query parser (words, "phrases", OR, -exclusions, prefix*) and the
// FTS5 query it writes, run against a small in-memory store: whatever the analyst types must give
// hits or a one-line message, never a crash.

#include "fuzzsupport.h"
#include "store/articlestore.h"
#include "store/searchquery.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lagebild::Fuzz::ensureApplication();
    static Lagebild::ArticleStore *store = [] {
        auto opened = Lagebild::ArticleStore::open(QStringLiteral(":memory:"));
        if (!opened)
            __builtin_trap();
        Lagebild::Article a;
        a.title = QStringLiteral("Zollkontrollen bei Nvidia-Chips");
        a.body = QStringLiteral("Die Zollbeamten prüften 421.000 Chips; die Behörden in Peking schwiegen.");
        a.rawOriginal = a.title + QLatin1String("\n\n") + a.body;
        a.language = QStringLiteral("de");
        a.contentHash = QStringLiteral("fuzz");
        a.originalFormat = QStringLiteral("txt");
        if (!(*opened)->insertArticle(a))
            __builtin_trap();
        return opened->release();
    }();
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto fts = Lagebild::toFtsQuery(query);
    (void)fts;
    auto hits = store->search(query, 20);
    (void)hits;
    return 0;
}
