// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/analysiswriter.h"

#include "store/mentiontext.h"

#include <QDateTime>

#include <algorithm>

namespace Lagebild {

bool typeHasEntity(const QString &type)
{
    return type != QLatin1String("QUANTITY") && type != QLatin1String("DATE");
}

Expected<void> writeAnalysis(
    AnalysisWriter &writer, const ArticleAnalysis &a, int engineVersion, int rulesVersion)
{
    if (auto cleared = writer.clearAutomatic(a.article); !cleared)
        return cleared;
    // The analyst's hand work wins: automatic mentions overlapping a manual mention or a
    // mention removed by hand are not stored again.
    auto manual = writer.manualMentionSpans(a.article);
    if (!manual)
        return manual.error();
    // The text of a mention is left out where the body gives it back (mentiontext.h).
    QString body = a.body;
    if (!a.mentions.empty() && body.isNull()) {
        auto read = writer.body(a.article);
        if (!read)
            return read.error();
        body = std::move(read.value());
    }
    const BodySlices slices(body);
    std::vector<NewMention> mentions;
    mentions.reserve(a.mentions.size());
    for (const StoredMention &m : a.mentions) {
        if (std::any_of(manual->begin(), manual->end(),
                [&](const auto &span) { return span.first < m.end && m.start < span.second; }))
            continue;
        NewMention row {&m, 0, !slices.recovers(m.start, m.end, m.text)};
        if (typeHasEntity(m.type)) {
            auto id = writer.entityId(m.type, m.canonical);
            if (!id)
                return id.error();
            row.entity = id.value();
        }
        mentions.push_back(row);
    }
    if (!mentions.empty()) {
        if (auto inserted = writer.insertMentions(a.article, mentions); !inserted)
            return inserted;
    }
    // The analyst's verdicts on relations of this article.
    auto reviewed = writer.reviewedRelations(a.article);
    if (!reviewed)
        return reviewed.error();
    std::vector<qint64> relationIds; // 0 for a relation not stored
    relationIds.reserve(a.relations.size());
    for (const StoredRelation &r : a.relations) {
        auto source = writer.entityId(r.sourceType, r.source);
        if (!source)
            return source.error();
        auto target = writer.entityId(r.targetType, r.target);
        if (!target)
            return target.error();
        // A rejected claim stays rejected in the whole article; a claim the analyst confirmed or
        // wrote in this sentence is there already.
        const bool decided = std::any_of(reviewed->begin(), reviewed->end(), [&](const ReviewedRelation &v) {
            return v.type == r.type && v.source == source.value() && v.target == target.value()
                && (v.rejected || (v.evidenceStart < r.evidenceEnd && r.evidenceStart < v.evidenceEnd));
        });
        if (decided) {
            relationIds.push_back(0);
            continue;
        }
        NewRelation row {&r, source.value(), target.value(), 0};
        if (!r.attributedTo.isEmpty()) {
            auto who = writer.entityId(r.attributedToType, r.attributedTo);
            if (!who)
                return who.error();
            row.attributedTo = who.value();
        }
        auto id = writer.insertRelation(a.article, row);
        if (!id)
            return id.error();
        relationIds.push_back(id.value());
    }
    std::vector<NewEvent> events;
    events.reserve(a.events.size());
    for (const StoredEvent &e : a.events) {
        const bool ofRelation = e.relation >= 0 && size_t(e.relation) < relationIds.size();
        // The event of a relation the analyst decided on belongs to the analyst's row.
        if (ofRelation && !relationIds[size_t(e.relation)])
            continue;
        events.push_back({&e, ofRelation ? relationIds[size_t(e.relation)] : 0});
    }
    if (!events.empty()) {
        if (auto inserted = writer.insertEvents(a.article, events); !inserted)
            return inserted;
    }
    // The analyst's relations keep their events, dated afresh like the engine's in the same
    // sentence: a publication date set by hand moves them too, and relative dates in the text
    // ("am Montag") are resolved against it. Without such relations there is nothing to date.
    if (!reviewed->empty() && !a.events.empty()) {
        if (auto redated = writer.redateReviewedEvents(a.article, a.events); !redated)
            return redated;
    }
    return writer.markAnalysed(
        a.article, engineVersion, rulesVersion, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

} // namespace Lagebild
