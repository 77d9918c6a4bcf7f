#include "services/articleexport.h"

#include "core/csv.h"

#include "store/analysisrepository.h"
#include "store/articlequery.h"
#include "store/articlestore.h"

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
        && !write("id,published,outlet,title,url,language,duplicate_of,tags,note,entities\r\n"))
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
            const QStringList fields = {QString::number(a.id), a.published.toIsoString(), a.source, a.title,
                a.url, a.language, a.duplicateOf ? QString::number(a.duplicateOf) : QString(),
                a.tags.join(QLatin1String("; ")), a.note, names.join(QLatin1String("; "))};
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
