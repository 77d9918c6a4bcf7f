// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importers.h"

#include "import/feedimporter.h"
#include "import/htmlimporter.h"
#include "import/jsonlinesimporter.h"
#include "import/textimporter.h"

namespace Lagebild {

const std::vector<const ArticleImporter *> &allImporters()
{
    static const TextImporter text;
    static const HtmlImporter html;
    static const FeedImporter feed;
    static const JsonLinesImporter jsonLines;
    static const std::vector<const ArticleImporter *> importers {&text, &html, &feed, &jsonLines};
    return importers;
}

const ArticleImporter *importerFor(const QString &fileName, const QByteArray &head)
{
    for (const ArticleImporter *importer : allImporters()) {
        if (importer->canRead(fileName, head))
            return importer;
    }
    return nullptr;
}

QStringList importableNameFilters()
{
    QStringList filters;
    for (const ArticleImporter *importer : allImporters())
        filters += importer->nameFilters();
    return filters;
}

} // namespace Lagebild
