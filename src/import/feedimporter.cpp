// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/feedimporter.h"

#include "import/boilerplatefilter.h"
#include "import/htmldocument.h"
#include "import/publicationdates.h"
#include "import/textimporter.h"
#include "text/locale.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace Lagebild {

namespace {

struct FeedItem
{
    QString title;
    QString link;
    QString author;
    QString published;
    QString updated;
    QString summary; // description / summary
    QString content; // content:encoded / content
    QString source;
    int number = 0;
};

// Reads the text of the current element, including markup inside it as text (Atom xhtml content).
QString elementText(QXmlStreamReader &xml)
{
    const QString type = xml.attributes().value(QLatin1String("type")).toString();
    if (type == QLatin1String("xhtml")) {
        QString html;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                html += QLatin1Char('<') + xml.name().toString() + QLatin1Char('>');
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                if (depth > 0)
                    html += QLatin1String("</") + xml.name().toString() + QLatin1Char('>');
                break;
            case QXmlStreamReader::Characters:
                html += xml.text().toString().toHtmlEscaped();
                break;
            default:
                break;
            }
        }
        return html;
    }
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

} // namespace

bool FeedImporter::canRead(const QString &fileName, const QByteArray &head) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom"))
        return true;
    // Any .xml file: if it is no feed, read() says so, which helps more than "unsupported".
    (void)head;
    return suffix == QLatin1String("xml");
}

Expected<ImportBatch> FeedImporter::read(const QString &, const QByteArray &data) const
{
    if (data.trimmed().isEmpty())
        return Error {QStringLiteral("empty file (no feed)")};
    QXmlStreamReader xml(data);
    QString feedTitle;
    QList<FeedItem> items;
    FeedItem *item = nullptr;
    bool sawRoot = false;
    QString format;

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            if (!xml.entityDeclarations().isEmpty() || xml.text().contains(QLatin1String("<!ENTITY")))
                return Error {
                    QStringLiteral("the feed declares XML entities; refused because entity expansion can "
                                   "exhaust memory (\"billion laughs\") or read local files")};
            continue;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!sawRoot) {
                sawRoot = true;
                if (name == QLatin1String("rss") || name == QLatin1String("RDF"))
                    format = QStringLiteral("rss");
                else if (name == QLatin1String("feed"))
                    format = QStringLiteral("atom");
                else
                    return Error {
                        QStringLiteral("XML that is neither an RSS nor an Atom feed (root element <%1>)")
                            .arg(name.toString())};
                continue;
            }
            if (name == QLatin1String("item") || name == QLatin1String("entry")) {
                items.append(FeedItem {});
                item = &items.last();
                item->number = int(items.size());
                continue;
            }
            if (!item) {
                if (name == QLatin1String("title") && feedTitle.isEmpty()) {
                    feedTitle = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                    // "Outlet – Section" names the outlet first.
                    for (const auto sep : {u" – ", u" — ", u" - ", u" | "}) {
                        if (const qsizetype at = feedTitle.indexOf(sep); at > 0)
                            feedTitle.truncate(at);
                    }
                }
                continue;
            }
            const QStringView ns = xml.namespaceUri();
            if (name == QLatin1String("title")) {
                item->title = htmlFragmentToText(elementText(xml)).simplified();
            } else if (name == QLatin1String("link")) {
                const QString href = xml.attributes().value(QLatin1String("href")).toString();
                const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
                if (!href.isEmpty()) {
                    if (rel.isEmpty() || rel == QLatin1String("alternate"))
                        item->link = href;
                    xml.skipCurrentElement();
                } else {
                    item->link = xml.readElementText().trimmed();
                }
            } else if (name == QLatin1String("guid") || name == QLatin1String("id")) {
                const QString guid = xml.readElementText().trimmed();
                if (item->link.isEmpty() && guid.startsWith(QLatin1String("http")))
                    item->link = guid;
            } else if (name == QLatin1String("pubDate") || name == QLatin1String("published")
                || (name == QLatin1String("date") && ns.contains(QLatin1String("purl.org/dc")))) {
                item->published = xml.readElementText().trimmed();
            } else if (name == QLatin1String("updated")) {
                item->updated = xml.readElementText().trimmed();
            } else if (name == QLatin1String("creator")
                || (name == QLatin1String("author") && format == QLatin1String("rss"))) {
                item->author = xml.readElementText().trimmed();
            } else if (name == QLatin1String("name") && format == QLatin1String("atom")) {
                item->author = xml.readElementText().trimmed();
            } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
                item->summary = elementText(xml);
            } else if (name == QLatin1String("encoded") || name == QLatin1String("content")) {
                item->content = elementText(xml);
            } else if (name == QLatin1String("source")) {
                item->source = xml.readElementText().simplified();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (item && (xml.name() == QLatin1String("item") || xml.name() == QLatin1String("entry")))
                item = nullptr;
        }
    }
    if (xml.hasError()) {
        return Error {QStringLiteral("malformed XML at line %1, column %2: %3")
                          .arg(xml.lineNumber())
                          .arg(xml.columnNumber())
                          .arg(xml.errorString())};
    }
    if (!sawRoot)
        return Error {QStringLiteral("no XML content")};

    ImportBatch batch;
    for (const FeedItem &it : std::as_const(items)) {
        const QString html = it.content.trimmed().isEmpty() ? it.summary : it.content;
        Article article;
        article.rawOriginal = Text::toNfc(html);
        article.originalFormat = format;
        article.body = BoilerplateFilter::standard().clean(Text::toNfc(htmlFragmentToText(html)));
        if (article.body.isEmpty()) {
            batch.itemProblems.append(
                QStringLiteral("item %1 (\"%2\") has no text").arg(it.number).arg(it.title.left(60)));
            continue;
        }
        article.title = Text::toNfc(it.title);
        if (article.title.isEmpty())
            article.title = titleFromText(article.body);
        article.url = it.link;
        article.author = Text::toNfc(it.author);
        article.source = Text::toNfc(it.source.isEmpty() ? feedTitle : it.source);
        article.published = dateFromMetadata(it.published);
        if (!article.published.isValid()) {
            // Atom's <updated> is a modification time: a date, but maybe not the first one.
            article.published = dateFromMetadata(it.updated);
            article.published.uncertain = article.published.isValid();
        }
        batch.articles.push_back(std::move(article));
    }
    if (batch.articles.empty() && batch.itemProblems.isEmpty())
        return Error {QStringLiteral("the feed has no items")};
    return batch;
}

} // namespace Lagebild
