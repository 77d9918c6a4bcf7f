// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonoutput.h"

#include "store/articlestore.h"

#include <QJsonArray>

namespace Lagebild::Cli {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue idOrNull(ArticleId id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

void putDate(QJsonObject &o, const PublicationDate &d)
{
    o.insert(QStringLiteral("published"), orNull(d.toIsoString()));
    o.insert(QStringLiteral("published_precision"),
        precisionName(d.isValid() ? d.precision : DatePrecision::None));
}

} // namespace

QJsonObject summaryToJson(const ArticleSummary &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("title"), a.title);
    putDate(o, a.published);
    o.insert(QStringLiteral("source"), orNull(a.source));
    o.insert(QStringLiteral("language"), a.language);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    o.insert(QStringLiteral("duplicate_of"), idOrNull(a.duplicateOf));
    return o;
}

QJsonObject articleToJson(const Article &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("body"), a.body);
    putDate(o, a.published);
    o.insert(QStringLiteral("published_origin"),
        originName(a.published.isValid() ? a.published.origin : DateOrigin::None));
    o.insert(QStringLiteral("published_uncertain"), a.published.isValid() && a.published.uncertain);
    o.insert(QStringLiteral("source"), orNull(a.source));
    o.insert(QStringLiteral("url"), orNull(a.url));
    o.insert(QStringLiteral("author"), orNull(a.author));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    o.insert(QStringLiteral("note"), orNull(a.note));
    o.insert(QStringLiteral("language"), a.language);
    o.insert(QStringLiteral("duplicate_of"), idOrNull(a.duplicateOf));
    o.insert(QStringLiteral("duplicate_similarity"),
        a.duplicateOf ? QJsonValue(qRound(a.duplicateSimilarity * 1000) / 1000.0)
                      : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("original_file"), orNull(a.originalFile));
    o.insert(QStringLiteral("original_format"), a.originalFormat);
    o.insert(QStringLiteral("imported_at"), a.importedAt.toString(Qt::ISODate));
    return o;
}

QJsonObject hitToJson(const SearchHit &hit)
{
    QJsonObject o = summaryToJson(hit.article);
    o.insert(QStringLiteral("snippet"), hit.snippet);
    o.insert(QStringLiteral("score"), qRound(-hit.score * 1000) / 1000.0);
    return o;
}

} // namespace Lagebild::Cli
