// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/articleimporter.h"

namespace Lagebild {

/// JSON Lines: one article per line, an object with "title", "text", "published", "source",
/// "url" (and optionally "author"). A line that does not parse is reported and skipped.
class JsonLinesImporter final : public ArticleImporter
{
public:
    [[nodiscard]] QString shortName() const override { return QStringLiteral("jsonl"); }
    [[nodiscard]] QStringList nameFilters() const override
    {
        return {QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")};
    }
    [[nodiscard]] bool canRead(const QString &fileName, const QByteArray &head) const override;
    [[nodiscard]] Expected<ImportBatch> read(const QString &fileName, const QByteArray &data) const override;
};

} // namespace Lagebild
