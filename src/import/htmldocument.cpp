// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

#include <memory>
#include <unordered_map>

namespace Lagebild {

namespace {

using GumboPtr = std::unique_ptr<GumboOutput, void (*)(GumboOutput *)>;

GumboPtr parse(const QByteArray &utf8)
{
    static auto destroy = [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); };
    return GumboPtr(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())), destroy);
}

QString attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

const GumboVector &children(const GumboNode *node)
{
    static const GumboVector empty {nullptr, 0, 0};
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return node->v.document.children;
    return empty;
}

// Elements whose content is never article text.
bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

// Page furniture recognised by class, id or role: what readability tools call "unlikely candidates".
bool isFurniture(const GumboNode *node)
{
    static const QRegularExpression furniture(
        QStringLiteral(
            R"((?:^|[\s_-])(cookies?|consent|gdpr|banner|newsletter|comments?|kommentare?|related|teaser|share|sharing|)"
            R"(social|advert\w*|ads?|anzeigen?|werbung|promo|sidebar|breadcrumbs?|paywall|subscribe|abo|footer|nav|)"
            R"(navigation|menu|popup|modal|widget|author-box|recommend\w*|outbrain|taboola|sponsored)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const QString role = attribute(node, "role");
    if (role == QLatin1String("navigation") || role == QLatin1String("banner")
        || role == QLatin1String("complementary") || role == QLatin1String("contentinfo")
        || role == QLatin1String("dialog"))
        return true;
    if (attribute(node, "aria-hidden") == QLatin1String("true")
        || gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    const QString classAndId = attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id");
    return furniture.match(classAndId).hasMatch();
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

/// Collects text as paragraphs: block elements end a paragraph, <br> a line.
class TextCollector
{
public:
    void collect(const GumboNode *node, bool skipFurniture)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            appendText(QString::fromUtf8(node->v.text.text));
            return;
        }
        if (node->type == GUMBO_NODE_WHITESPACE) {
            appendText(QStringLiteral(" "));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            return;
        if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboTag tag = node->v.element.tag;
            if (isSkippedTag(tag) || (skipFurniture && isFurniture(node)))
                return;
            if (tag == GUMBO_TAG_BR) {
                m_current += QLatin1Char('\n');
                return;
            }
            if (isBlock(tag))
                endParagraph();
        }
        const GumboVector &kids = children(node);
        for (unsigned i = 0; i < kids.length; ++i)
            collect(static_cast<const GumboNode *>(kids.data[i]), skipFurniture);
        if (node->type == GUMBO_NODE_ELEMENT && isBlock(node->v.element.tag))
            endParagraph();
    }

    QString text()
    {
        endParagraph();
        return m_paragraphs.join(QLatin1String("\n\n"));
    }

private:
    void appendText(const QString &text)
    {
        // Collapse ASCII white space only: a no-break space ("1 000 €") is meaningful.
        for (const QChar c : text) {
            const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')
                || c == QLatin1Char('\r') || c == QLatin1Char('\f');
            if (space) {
                if (!m_current.isEmpty() && !m_current.endsWith(QLatin1Char(' '))
                    && !m_current.endsWith(QLatin1Char('\n')))
                    m_current += QLatin1Char(' ');
            } else {
                m_current += c;
            }
        }
    }
    void endParagraph()
    {
        QStringList lines = m_current.split(QLatin1Char('\n'));
        for (QString &l : lines)
            l = l.trimmed();
        lines.removeAll(QString());
        const QString paragraph = lines.join(QLatin1Char('\n'));
        if (!paragraph.isEmpty())
            m_paragraphs.append(paragraph);
        m_current.clear();
    }

    QString m_current;
    QStringList m_paragraphs;
};

QString textOf(const GumboNode *node)
{
    TextCollector collector;
    const GumboVector &kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i)
        collector.collect(static_cast<const GumboNode *>(kids.data[i]), false);
    return collector.text().simplified();
}

struct PageScan
{
    std::unordered_map<QString, QString> meta; // lower-case name/property → content (first wins)
    QString canonical;
    QString titleElement;
    QString htmlLang;
    QStringList jsonLd;
    std::vector<const GumboNode *> articles;
    std::vector<const GumboNode *> bodyCandidates; // itemprop=articleBody or article-body classes
    std::vector<std::pair<const GumboNode *, QString>> times; // <time datetime>, with hint of publish
    std::vector<const GumboNode *> paragraphs;
    const GumboNode *body = nullptr;
};

void scan(const GumboNode *node, PageScan &page)
{
    static const QRegularExpression bodyClass(
        QStringLiteral(
            R"((?:^|\s)[\w-]*(article[-_]?body|article[-_]?content|article[-_]?text|story[-_]?body|post[-_]?content|entry[-_]?content|content[-_]?body|artikel[-_]?text|artikel[-_]?inhalt)[\w-]*(?:$|\s))"),
        QRegularExpression::CaseInsensitiveOption);
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (node->type == GUMBO_NODE_ELEMENT) {
        switch (node->v.element.tag) {
        case GUMBO_TAG_HTML:
            page.htmlLang = attribute(node, "lang");
            break;
        case GUMBO_TAG_BODY:
            page.body = node;
            break;
        case GUMBO_TAG_META: {
            QString key = attribute(node, "property");
            if (key.isEmpty())
                key = attribute(node, "name");
            if (key.isEmpty())
                key = attribute(node, "itemprop");
            const QString content = attribute(node, "content");
            if (!key.isEmpty() && !content.isEmpty())
                page.meta.emplace(key.toLower(), content);
            break;
        }
        case GUMBO_TAG_LINK:
            if (attribute(node, "rel").toLower() == QLatin1String("canonical") && page.canonical.isEmpty())
                page.canonical = attribute(node, "href");
            break;
        case GUMBO_TAG_TITLE:
            if (page.titleElement.isEmpty())
                page.titleElement = textOf(node);
            break;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").toLower() == QLatin1String("application/ld+json")) {
                const GumboVector &kids = children(node);
                for (unsigned i = 0; i < kids.length; ++i) {
                    const auto *kid = static_cast<const GumboNode *>(kids.data[i]);
                    if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_CDATA)
                        page.jsonLd.append(QString::fromUtf8(kid->v.text.text));
                }
            }
            return;
        case GUMBO_TAG_ARTICLE:
            page.articles.push_back(node);
            break;
        case GUMBO_TAG_TIME: {
            const QString datetime = attribute(node, "datetime");
            if (!datetime.isEmpty()) {
                const QString hint
                    = attribute(node, "itemprop") + attribute(node, "class") + attribute(node, "pubdate");
                page.times.emplace_back(node, datetime + QLatin1Char('\x1f') + hint.toLower());
            }
            break;
        }
        case GUMBO_TAG_P:
            page.paragraphs.push_back(node);
            break;
        default:
            break;
        }
        if (attribute(node, "itemprop").toLower() == QLatin1String("articlebody")
            || bodyClass.match(attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id"))
                   .hasMatch())
            page.bodyCandidates.push_back(node);
    }
    const GumboVector &kids = children(node);
    for (unsigned i = 0; i < kids.length; ++i)
        scan(static_cast<const GumboNode *>(kids.data[i]), page);
}

QString mainText(const GumboNode *node)
{
    TextCollector collector;
    collector.collect(node, true);
    return collector.text();
}

// Readability-style fallback: the element whose paragraphs hold the most text.
const GumboNode *densestContainer(const PageScan &page)
{
    std::unordered_map<const GumboNode *, double> score;
    for (const GumboNode *p : page.paragraphs) {
        const qsizetype length = textOf(p).size();
        if (length < 30)
            continue;
        if (const GumboNode *parent = p->parent) {
            score[parent] += double(length);
            if (parent->parent)
                score[parent->parent] += double(length) / 2;
        }
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const auto &[node, s] : score) {
        if (s > bestScore && !isFurniture(node)) {
            best = node;
            bestScore = s;
        }
    }
    return best;
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types {QStringLiteral("NewsArticle"), QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("BlogPosting"), QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"), QStringLiteral("TechArticle")};
    if (type.isArray()) {
        const QJsonArray array = type.toArray();
        return std::any_of(
            array.begin(), array.end(), [](const QJsonValue &t) { return types.contains(t.toString()); });
    }
    return types.contains(type.toString());
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &v : value.toArray()) {
            const QString n = nameOf(v);
            if (!n.isEmpty())
                names.append(n);
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

void findArticleObjects(const QJsonValue &value, QList<QJsonObject> &found)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            findArticleObjects(v, found);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (isArticleType(object.value(QLatin1String("@type"))))
            found.append(object);
        if (object.contains(QLatin1String("@graph")))
            findArticleObjects(object.value(QLatin1String("@graph")), found);
    }
}

QString metaValue(const PageScan &page, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        auto it = page.meta.find(QString::fromLatin1(key));
        if (it != page.meta.end() && !it->second.isEmpty())
            return it->second;
    }
    return {};
}

// "Headline | Outlet" or "Headline - Outlet" in <title>: keep the headline.
QString stripSiteSuffix(QString title, const QString &siteName)
{
    for (const QString &sep : {QStringLiteral(" | "), QStringLiteral(" – "), QStringLiteral(" — "),
             QStringLiteral(" - "), QStringLiteral(" :: ")}) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at > 0
            && (siteName.isEmpty()
                || title.mid(at + sep.size()).trimmed().compare(siteName, Qt::CaseInsensitive) == 0
                || title.size() - at < 40)) {
            title.truncate(at);
            break;
        }
    }
    return title.trimmed();
}

} // namespace

HtmlArticle parseHtmlPage(const QByteArray &utf8Html)
{
    GumboPtr output = parse(utf8Html);
    PageScan page;
    scan(output->document, page);

    HtmlArticle article;
    QList<QJsonObject> ld;
    for (const QString &json : std::as_const(page.jsonLd)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            findArticleObjects(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), ld);
    }
    const QJsonObject ldArticle = ld.isEmpty() ? QJsonObject() : ld.first();

    article.siteName = metaValue(page, {"og:site_name", "application-name", "publisher", "dc.publisher"});
    if (article.siteName.isEmpty())
        article.siteName = nameOf(ldArticle.value(QLatin1String("publisher")));
    if (article.siteName.isEmpty()) {
        // "Headline | Outlet": the part after the last bar names the site.
        const qsizetype bar = page.titleElement.lastIndexOf(QLatin1String(" | "));
        if (bar > 0 && page.titleElement.size() - bar < 50)
            article.siteName = page.titleElement.mid(bar + 3).trimmed();
    }
    article.title = metaValue(page, {"og:title", "twitter:title", "dc.title"});
    if (article.title.isEmpty())
        article.title = ldArticle.value(QLatin1String("headline")).toString();
    if (article.title.isEmpty())
        article.title = stripSiteSuffix(page.titleElement, article.siteName);
    article.author = metaValue(page, {"author", "article:author", "dc.creator", "byl"});
    if (article.author.isEmpty() || article.author.startsWith(QLatin1String("http")))
        article.author = nameOf(ldArticle.value(QLatin1String("author")));
    article.url = page.canonical;
    if (article.url.isEmpty())
        article.url = metaValue(page, {"og:url"});
    if (article.url.isEmpty())
        article.url = ldArticle.value(QLatin1String("url")).toString();
    article.published = metaValue(page,
        {"article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
            "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "parsely-pub-date",
            "sailthru.date"});
    if (article.published.isEmpty())
        article.published = ldArticle.value(QLatin1String("datePublished")).toString();
    article.publishedFromMetadata = !article.published.isEmpty();
    if (article.published.isEmpty() && !page.times.empty()) {
        // Prefer a <time> marked as the publication date, else the first one on the page.
        auto chosen = page.times.front().second;
        for (const auto &[node, value] : page.times) {
            if (value.section(QLatin1Char('\x1f'), 1).contains(QLatin1String("publish"))
                || value.section(QLatin1Char('\x1f'), 1).contains(QLatin1String("datepublished"))) {
                chosen = value;
                break;
            }
        }
        article.published = chosen.section(QLatin1Char('\x1f'), 0, 0);
    }
    article.language = page.htmlLang.section(QLatin1Char('-'), 0, 0).toLower();

    // The main text: the richest <article>, else a marked article body, else the densest block.
    const GumboNode *main = nullptr;
    qsizetype best = 0;
    for (const auto &candidates : {page.articles, page.bodyCandidates}) {
        for (const GumboNode *candidate : candidates) {
            const qsizetype length = mainText(candidate).size();
            if (length > best) {
                best = length;
                main = candidate;
            }
        }
        if (main && best > 200)
            break;
    }
    if (!main || best < 200) {
        if (const GumboNode *dense = densestContainer(page))
            main = dense;
    }
    if (!main)
        main = page.body ? page.body : output->root;
    QString text = mainText(main);
    // Pages repeat the headline as <h1> inside the article; the title field holds it already.
    if (!article.title.isEmpty() && text.startsWith(article.title)) {
        const QString rest = text.mid(article.title.size());
        if (rest.isEmpty() || rest.startsWith(QLatin1Char('\n')))
            text = rest.trimmed();
    }
    article.text = text;
    return article;
}

QString htmlFragmentToText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.trimmed();
    GumboPtr output = parse(html.toUtf8());
    TextCollector collector;
    collector.collect(output->root, false);
    return collector.text();
}

} // namespace Lagebild
