// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/articleimporter.h"

namespace Lagebild {

/// Plain text articles as saved from the web or written by hand: the first line is the title
/// when it reads like one; date, author and outlet lines under it become metadata; a title
/// repeated as the first body line and web furniture lines are dropped.
class TextImporter final : public ArticleImporter
{
public:
    [[nodiscard]] QString shortName() const override { return QStringLiteral("txt"); }
    [[nodiscard]] QStringList nameFilters() const override
    {
        return {QStringLiteral("*.txt"), QStringLiteral("*.text")};
    }
    [[nodiscard]] bool canRead(const QString &fileName, const QByteArray &head) const override;
    [[nodiscard]] Expected<ImportBatch> read(const QString &fileName, const QByteArray &data) const override;
};

/// A title for text that has none of its own: its first sentence, shortened at a word.
[[nodiscard]] QString titleFromText(const QString &text);

} // namespace Lagebild
