// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/articleexport.h"

#include "core/csv.h"

#include "store/analysisrepository.h"
#include "store/articlequery.h"
#include "store/articlestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace Lagebild {

namespace {

struct EntityCount
{
    QString name;
    QString type;
    int mentions = 0;
};

std::vector<EntityCount> entitiesOf(AnalysisRepository &repository, ArticleId id)
{
    std::map<std::pair<QString, QString>, int> counts;
    if (auto mentions = repository.mentionsOf(id)) {
        for (const StoredMention &m : mentions.value()) {
            if (m.type != QLatin1String("QUANTITY") && m.type != QLatin1String("DATE"))
                ++counts[{m.type, m.canonical}];
        }
    }
    std::vector<EntityCount> list;
    for (const auto &[key, n] : counts)
        list.push_back({key.second, key.first, n});
    std::stable_sort(list.begin(), list.end(),
        [](const EntityCount &a, const EntityCount &b) { return a.mentions > b.mentions; });
    return list;
}

// One form per column, so a spreadsheet reads the whole column alike: the date as YYYY-MM-DD
// (the first day of its period when only the year or month is known; the precision column
// says which), the time with its UTC offset in a column of its own.
QString csvDate(const PublicationDate &published)
{
    return published.isValid() ? published.date.toString(Qt::ISODate) : QString();
}

QString csvTime(const PublicationDate &published)
{
    if (!published.isValid() || published.precision != DatePrecision::Minute)
        return {};
    const QString iso
        = QDateTime(published.date, published.time, Qt::OffsetFromUTC, published.utcOffsetSeconds)
              .toString(Qt::ISODate);
    return iso.mid(iso.indexOf(QLatin1Char('T')) + 1);
}

} // namespace

Expected<qint64> exportArticles(
    ArticleStore &store, const ArticleFilter &filter, ArticleExportFormat format, QIODevice &out)
{
    ArticleQuery query(store.database());
    auto ids = query.ids(filter, ArticleOrder::Date, false);
    if (!ids)
        return ids.error();
    AnalysisRepository repository(store.database());
    auto write = [&](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    if (format == ArticleExportFormat::Csv
        && !write("id,published,published_time,published_precision,outlet,title,url,language,duplicate_of,"
                  "tags,note,entities\r\n"))
        return Error {QStringLiteral("cannot write: %1").arg(out.errorString())};
    qint64 written = 0;
    for (ArticleId id : ids.value()) {
        auto article = store.article(id);
        if (!article)
            return article.error();
        if (!article->has_value())
            continue;
        const Article &a = **article;
        const std::vector<EntityCount> entities = entitiesOf(repository, id);
        QByteArray line;
        if (format == ArticleExportFormat::Csv) {
            QStringList names;
            for (const EntityCount &e : entities)
                names.append(QStringLiteral("%1 [%2]").arg(e.name, e.type));
            const QStringList fields = {QString::number(a.id), csvDate(a.published), csvTime(a.published),
                precisionName(a.published.isValid() ? a.published.precision : DatePrecision::None), a.source,
                a.title, a.url, a.language, a.duplicateOf ? QString::number(a.duplicateOf) : QString(),
                csvList(a.tags), a.note, csvList(names)};
            line = csvLine(fields);
        } else {
            QJsonArray list;
            for (const EntityCount &e : entities)
                list.append(QJsonObject {{QStringLiteral("name"), e.name}, {QStringLiteral("type"), e.type},
                    {QStringLiteral("mentions"), e.mentions}});
            QJsonObject object {{QStringLiteral("id"), a.id},
                {QStringLiteral("published"), a.published.toIsoString()},
                {QStringLiteral("outlet"), a.source}, {QStringLiteral("title"), a.title},
                {QStringLiteral("url"), a.url}, {QStringLiteral("author"), a.author},
                {QStringLiteral("language"), a.language},
                {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                {QStringLiteral("note"), a.note}, {QStringLiteral("entities"), list},
                {QStringLiteral("body"), a.body}};
            if (a.duplicateOf)
                object.insert(QStringLiteral("duplicate_of"), a.duplicateOf);
            line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        if (!write(line))
            return Error {QStringLiteral("cannot write: %1").arg(out.errorString())};
        ++written;
    }
    return written;
}

} // namespace Lagebild
