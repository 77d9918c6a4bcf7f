// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the plain-text importer (title, header lines, dates, boilerplate rules).
// Any input must give articles or a one-line reason, never a crash, hang or leak.

#include "fuzzsupport.h"
#include "import/articleimporter.h"
#include "import/importers.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lagebild::Fuzz::ensureApplication();
    static const Lagebild::ArticleImporter *importer = [] {
        for (const auto *candidate : Lagebild::allImporters())
            if (candidate->shortName() == QLatin1String("txt"))
                return candidate;
        return static_cast<const Lagebild::ArticleImporter *>(nullptr);
    }();
    if (!importer)
        __builtin_trap(); // the importer was renamed: the target must follow
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto batch = importer->read(QStringLiteral("article.txt"), bytes);
    (void)batch;
    return 0;
}
