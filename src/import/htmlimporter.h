// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/articleimporter.h"

namespace Lagebild {

/// Saved news pages. Metadata from <meta>, OpenGraph, JSON-LD and <time>; the main text
/// without page furniture (see parseHtmlPage).
class HtmlImporter final : public ArticleImporter
{
public:
    [[nodiscard]] QString shortName() const override { return QStringLiteral("html"); }
    [[nodiscard]] QStringList nameFilters() const override
    {
        return {QStringLiteral("*.html"), QStringLiteral("*.htm"), QStringLiteral("*.xhtml")};
    }
    [[nodiscard]] bool canRead(const QString &fileName, const QByteArray &head) const override;
    [[nodiscard]] Expected<ImportBatch> read(const QString &fileName, const QByteArray &data) const override;
};

} // namespace Lagebild
