// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlimporter.h"

#include "import/boilerplatefilter.h"
#include "import/htmldocument.h"
#include "import/publicationdates.h"
#include "import/textdecoder.h"
#include "import/textimporter.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Lagebild {

namespace {

// <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">,
// searched in the bytes, as browsers do before decoding.
QString declaredCharset(const QByteArray &data)
{
    static const QRegularExpression charset(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(data.left(4096));
    const auto match = charset.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Pages open the article with a dateline or byline paragraph ("20. Juni 2024", "Von Mia
// Muster"); the metadata holds both, the body should start with the text.
QString withoutLeadingCredits(const QString &body)
{
    static const QRegularExpression byline(
        QStringLiteral(R"(^(?:Von|By)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}$)"));
    QStringList paragraphs = body.split(QLatin1String("\n\n"));
    int dropped = 0;
    while (paragraphs.size() > 1 && dropped < 3) {
        const QString first = paragraphs.first().trimmed();
        const bool dateLine
            = dateFromHeaderLine(first).isValid() || (first.size() < 40 && dateFromMetadata(first).isValid());
        if (!dateLine && !byline.match(first).hasMatch())
            break;
        paragraphs.removeFirst();
        ++dropped;
    }
    return paragraphs.join(QLatin1String("\n\n"));
}

} // namespace

bool HtmlImporter::canRead(const QString &fileName, const QByteArray &) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml");
}

Expected<ImportBatch> HtmlImporter::read(const QString &fileName, const QByteArray &data) const
{
    if (data.trimmed().isEmpty())
        return Error {QStringLiteral("empty file (no HTML)")};
    auto decoded = decodeText(data, declaredCharset(data));
    if (!decoded)
        return decoded.error();
    const HtmlArticle page = parseHtmlPage(decoded->text.toUtf8());

    Article article;
    article.rawOriginal = decoded->text;
    article.originalFormat = shortName();
    article.body = withoutLeadingCredits(BoilerplateFilter::standard().clean(page.text));
    if (article.body.size() < 40)
        return Error {QStringLiteral("no article text found in the page")};
    article.title = page.title.simplified();
    if (article.title.isEmpty())
        article.title = titleFromText(article.body);
    article.source = page.siteName.simplified();
    article.author = page.author.simplified();
    article.url = page.url;
    article.published = dateFromMetadata(page.published);
    if (article.published.isValid() && !page.publishedFromMetadata)
        article.published.origin = DateOrigin::Text; // a <time> in the page, not page metadata
    if (!article.published.isValid())
        article.published = dateFromFileName(fileName);
    ImportBatch batch;
    batch.articles.push_back(std::move(article));
    return batch;
}

} // namespace Lagebild
