// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/analysisservice.h"

#include "analysis/analyzer.h"
#include "analysis/relations.h"
#include "core/relationtrust.h"
#include "services/articleanalyser.h"
#include "services/learnservice.h"
#include "store/articlestore.h"
#include "store/sqlite/database.h"
#include "store/sqlite/transaction.h"

#include <algorithm>
#include <cmath>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QtConcurrent>

namespace Lagebild {

namespace {

constexpr int chunkSize = 256;

struct Work
{
    ArticleId id = 0;
    QString body;
    QDate published;
};

QString relationLabel(const Analysis::Relation &r)
{
    return relationEventLabel(relationTypeName(r.type), r.source, r.target);
}

// The views call a relation trusted from the engine's own threshold on (core/relationtrust.h).
static_assert(float(trustedConfidence) == Analysis::relationThreshold);

} // namespace

QDate firstDayOfNorm(const QString &norm)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|W(\d{2})))?(?:/.*)?$)"));
    const auto m = pattern.match(norm);
    if (!m.hasMatch())
        return {};
    const int year = m.capturedView(1).toInt();
    if (m.capturedLength(3))
        return QDate(year, m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (m.capturedLength(2))
        return QDate(year, m.capturedView(2).toInt(), 1);
    if (m.capturedLength(4))
        return QDate(year, (m.capturedView(4).toInt() - 1) * 3 + 1, 1);
    if (m.capturedLength(5))
        return QDate(year, m.capturedView(5).toInt() == 1 ? 1 : 7, 1);
    if (m.capturedLength(6)) {
        // ISO week: the week with January 4th is week 1.
        const QDate jan4(year, 1, 4);
        return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (m.capturedView(6).toInt() - 1));
    }
    return QDate(year, 1, 1);
}

AnalysisService::AnalysisService(ArticleStore &store) : m_store(store) { }

ArticleAnalysis AnalysisService::toStored(
    ArticleId id, const QString &body, QDate published, const Analysis::AnalysisResult &result)
{
    ArticleAnalysis a;
    a.article = id;
    a.body = body;
    QHash<QString, QString> typeOf; // canonical → type name, for relation ends
    for (const Analysis::Mention &m : result.mentions) {
        StoredMention s;
        s.start = m.start;
        s.end = m.end;
        s.type = Analysis::typeName(m.type);
        s.text = body.mid(m.start, m.length());
        s.canonical = m.canonical;
        if (m.type == Analysis::EntityType::Quantity) {
            s.value = !m.range.isEmpty() ? m.range : m.value ? QString::number(*m.value, 'g', 15) : QString();
            s.unit = m.unit;
            s.approx = m.approx;
        }
        s.norm = m.norm;
        // Sentences are in text order: the last one starting at or before the mention holds it.
        auto sentence = std::upper_bound(result.sentences.begin(), result.sentences.end(), m.start,
            [](int offset, const std::pair<int, int> &span) { return offset < span.first; });
        if (sentence != result.sentences.begin() && m.start < std::prev(sentence)->second) {
            s.sentenceStart = std::prev(sentence)->first;
            s.sentenceEnd = std::prev(sentence)->second;
        }
        typeOf.insert(m.canonical, s.type);
        a.mentions.push_back(std::move(s));
    }
    // A DATE in the evidence sentence dates the event; else the publication date does.
    auto dateIn = [&](int start, int end) -> const Analysis::Mention * {
        for (const Analysis::Mention &m : result.mentions) {
            if (m.type == Analysis::EntityType::Date && m.start >= start && m.end <= end
                && firstDayOfNorm(m.norm).isValid())
                return &m;
        }
        return nullptr;
    };
    auto dated = [&](StoredEvent &e, int start, int end) {
        if (const Analysis::Mention *d = dateIn(start, end)) {
            e.norm = d->norm;
            e.day = firstDayOfNorm(d->norm).toString(Qt::ISODate);
            e.dateFromText = true;
        } else if (published.isValid()) {
            e.norm = published.toString(Qt::ISODate);
            e.day = e.norm;
        }
    };
    for (const Analysis::Relation &r : result.relations) {
        StoredRelation s;
        s.type = relationTypeName(r.type);
        s.source = r.source;
        s.sourceType = Analysis::typeName(r.sourceType);
        s.target = r.target;
        s.targetType = Analysis::typeName(r.targetType);
        s.evidenceStart = r.evidenceStart;
        s.evidenceEnd = r.evidenceEnd;
        s.attributedTo = r.attributedTo;
        s.attributedToType = typeOf.value(r.attributedTo);
        // Three places are all the engine means; a float's binary tail (0.649999976) would fall
        // below a threshold written as 0.65.
        s.confidence = std::round(double(r.confidence) * 1000) / 1000;
        if (s.attributedToType.isEmpty())
            s.attributedTo.clear();
        StoredEvent e;
        e.relation = int(a.relations.size());
        e.label = relationLabel(r);
        e.evidenceStart = r.evidenceStart;
        e.evidenceEnd = r.evidenceEnd;
        dated(e, r.evidenceStart, r.evidenceEnd);
        a.relations.push_back(std::move(s));
        a.events.push_back(std::move(e));
    }
    return a;
}

AnalyzeSummary AnalysisService::analyze(
    bool all, const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    AnalysisRepository repository(m_store.database());
    auto ids = repository.articlesToAnalyse(all, Analysis::engineVersion);
    if (!ids) {
        AnalyzeSummary summary;
        summary.error = ids.errorMessage();
        return summary;
    }
    if (ids->empty()) // nothing due: no rules, corrections or engine to read
        return {};
    return analyzeArticles(ids.value(), progress, cancel);
}

AnalyzeSummary AnalysisService::analyzeArticles(const std::vector<ArticleId> &ids,
    const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    AnalyzeSummary summary;
    AnalysisRepository repository(m_store.database());
    auto rulesVersion = repository.rulesVersion();
    if (!rulesVersion) {
        summary.error = rulesVersion.errorMessage();
        return summary;
    }
    auto corrections = repository.corrections();
    if (!corrections) {
        summary.error = corrections.errorMessage();
        return summary;
    }
    // What the name tagger learned from the analyst's corrections in this database, if anything.
    auto adaptation = LearnService::storedAdaptation(m_store);
    if (!adaptation) {
        summary.error = adaptation.errorMessage();
        return summary;
    }
    const ArticleAnalyser analyser(corrections.value(), adaptation.value());
    const int total = int(ids.size());
    if (progress)
        progress(0, total);
    // Reads a chunk's bodies on this thread, whose connection it is.
    const auto readChunk = [&](int begin, std::vector<Work> &chunk) {
        chunk.clear();
        for (int k = begin; k < std::min(total, begin + chunkSize); ++k) {
            auto text = m_store.textForAnalysis(ids[size_t(k)]);
            if (!text) {
                summary.error = text.errorMessage();
                return false;
            }
            if (text->has_value())
                chunk.push_back({ids[size_t(k)], (**text).body, (**text).published});
        }
        return true;
    };
    // The engine is re-entrant: a chunk is analysed on all cores while this thread stores the
    // one before it. Storing one chunk after the other, the cores stood idle while it ran.
    const auto analyse = [&analyser](std::vector<Work> &&chunk) {
        return QtConcurrent::mapped(std::move(chunk),
            [&analyser](const Work &w) { return analyser.analyse(w.id, w.body, w.published); });
    };
    QFuture<ArticleAnalysis> inFlight;
    // The workers read the analyser of this frame: every way out waits for them.
    const auto stopWorkers = qScopeGuard([&inFlight] {
        inFlight.cancel();
        inFlight.waitForFinished();
    });
    std::vector<Work> chunk;
    if (total > 0) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        if (!readChunk(0, chunk))
            return summary;
        inFlight = analyse(std::move(chunk));
    }
    for (int begin = 0; begin < total; begin += chunkSize) {
        const QList<ArticleAnalysis> results = inFlight.results();
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        const int next = begin + chunkSize;
        inFlight = {};
        if (next < total) {
            if (!readChunk(next, chunk))
                return summary;
            inFlight = analyse(std::move(chunk));
        }
        Sqlite::Transaction transaction(m_store.database());
        for (const ArticleAnalysis &a : results) {
            if (auto r = repository.store(a, Analysis::engineVersion, rulesVersion.value()); !r) {
                summary.error = QStringLiteral("article %1: %2").arg(a.article).arg(r.errorMessage());
                return summary;
            }
            ++summary.articles;
            summary.mentions += qint64(a.mentions.size());
            summary.relations += qint64(a.relations.size());
            summary.events += qint64(a.events.size());
        }
        if (auto r = transaction.commit(); !r) {
            summary.error = r.errorMessage();
            return summary;
        }
        if (progress)
            progress(summary.articles, total);
    }
    return summary;
}

} // namespace Lagebild
