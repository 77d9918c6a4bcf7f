// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Lagebild {

/// What one file yielded: its articles, and problems with single items that did not stop the
/// rest (a feed item without text, a JSON line that does not parse), each one short sentence.
struct ImportBatch
{
    std::vector<Article> articles;
    QStringList itemProblems;
};

/// Reads one file format into Articles (modelled on Tiled's FileFormat). Implementations are
/// stateless and const, so one instance serves every thread. They never touch the database;
/// the import service decides about duplicates and storage.
class ArticleImporter
{
public:
    virtual ~ArticleImporter() = default;

    /// Stable short name, stored as the article's original_format ("txt", "html", "rss", ...).
    [[nodiscard]] virtual QString shortName() const = 0;
    /// File dialog filters, e.g. {"*.html", "*.htm"}.
    [[nodiscard]] virtual QStringList nameFilters() const = 0;
    /// Whether this importer takes the file, judged by name and the first bytes.
    [[nodiscard]] virtual bool canRead(const QString &fileName, const QByteArray &head) const = 0;
    /// Reads the whole file; an Error names the reason the file as a whole was refused.
    [[nodiscard]] virtual Expected<ImportBatch> read(
        const QString &fileName, const QByteArray &data) const = 0;
};

} // namespace Lagebild
