// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/articleimporter.h"

namespace Lagebild {

/// RSS 2.0 (and RDF/RSS 1.0) and Atom feeds: one article per item or entry. Documents that
/// declare entities in a DTD are refused before anything is expanded, so entity bombs and
/// external entities never reach the parser's expansion; external DTDs are never fetched.
class FeedImporter final : public ArticleImporter
{
public:
    [[nodiscard]] QString shortName() const override { return QStringLiteral("feed"); }
    [[nodiscard]] QStringList nameFilters() const override
    {
        return {QStringLiteral("*.rss"), QStringLiteral("*.atom"), QStringLiteral("*.xml")};
    }
    [[nodiscard]] bool canRead(const QString &fileName, const QByteArray &head) const override;
    [[nodiscard]] Expected<ImportBatch> read(const QString &fileName, const QByteArray &data) const override;
};

} // namespace Lagebild
