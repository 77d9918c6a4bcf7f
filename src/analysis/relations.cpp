// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/relations.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QFile>

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

const std::vector<std::pair<QString, QString>> &triggers()
{
    static const std::vector<std::pair<QString, QString>> list = [] {
        std::vector<std::pair<QString, QString>> l;
        QFile file(QStringLiteral(":/analysis/relations.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("relation lexicon missing from the build");
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() >= 2)
                l.emplace_back(f[0].trimmed(), f[1].trimmed());
        }
        std::sort(l.begin(), l.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return l;
    }();
    return list;
}

bool isNamed(EntityType t)
{
    return t != EntityType::Quantity && t != EntityType::Date;
}

// "Alibaba, Tencent und ByteDance": between two listed names stand only commas, conjunctions
// and further names of the list — they share a role, they are not subject and object.
bool coordinated(const TokenizedText &text, const Mention &a, const Mention &b, const std::vector<const Mention *> &all)
{
    static const QStringList joiners{QStringLiteral(","), QStringLiteral("und"), QStringLiteral("oder"),
                                     QStringLiteral("sowie"), QStringLiteral("&")};
    const int from = text.tokenAt(a.end - 1) + 1;
    const int to = text.tokenAt(b.start);
    for (int t = from; t < to; ++t) {
        const int offset = text.at(t).start;
        const bool inMention = std::any_of(all.begin(), all.end(), [&](const Mention *m) { return offset >= m->start && offset < m->end; });
        if (!inMention && !joiners.contains(text.folded(t)))
            return false;
    }
    return true;
}

} // namespace

std::vector<Relation> findRelations(const TokenizedText &text, const std::vector<Mention> &mentions, const Resources &r)
{
    std::vector<Relation> relations;
    size_t m = 0;
    std::vector<const Mention *> inSentence; // reused: most sentences have fewer than two names
    for (const Sentence &s : text.sentences()) {
        inSentence.clear();
        while (m < mentions.size() && mentions[m].start < s.end) {
            if (mentions[m].start >= s.start && isNamed(mentions[m].type))
                inSentence.push_back(&mentions[m]);
            ++m;
        }
        if (inSentence.size() < 2)
            continue;
        // Attribution: "laut X", "X zufolge", "berichtete X", "sagte X".
        QString attributedTo;
        std::vector<const Mention *> ends;
        for (const Mention *mention : inSentence) {
            const int first = text.tokenAt(mention->start);
            int last = text.tokenAt(mention->end - 1);
            const QString before = first > 0 ? text.folded(first - 1).toString() : QString();
            const QString after = last + 1 < text.size() ? text.folded(last + 1).toString() : QString();
            const bool credited = before == QLatin1String("laut") || after == QLatin1String("zufolge")
                                  || r.speechVerbs.contains(before) || r.speechVerbs.contains(after)
                                  || (mention->type == EntityType::Media && (before == QLatin1String("der") || before == QLatin1String("die")));
            if (credited && (mention->type == EntityType::Media || mention->type == EntityType::Person)) {
                if (attributedTo.isEmpty())
                    attributedTo = mention->canonical;
                continue;
            }
            ends.push_back(mention);
        }
        // The trigger: the first relation word of the sentence outside the entity spans.
        QString type;
        int triggerStart = -1;
        for (int t = s.firstToken; t < s.endToken && type.isEmpty(); ++t) {
            if (text.at(t).kind != Token::Word)
                continue;
            const int offset = text.at(t).start;
            if (std::any_of(inSentence.begin(), inSentence.end(), [&](const Mention *x) { return offset >= x->start && offset < x->end; }))
                continue;
            const QStringView f = text.folded(t);
            for (const auto &[stem, relation] : triggers()) {
                if (Text::hasPrefix(f, stem)) {
                    type = relation;
                    triggerStart = offset;
                    break;
                }
            }
        }
        if (type.isEmpty() || ends.size() < 2)
            continue;
        // The subject is an actor: the first name in the sentence that is not a product.
        const auto actor = std::find_if(ends.begin(), ends.end(), [](const Mention *x) { return x->type != EntityType::Product; });
        if (actor == ends.end())
            continue;
        if (actor != ends.begin())
            std::rotate(ends.begin(), actor, actor + 1);
        const Mention *subject = ends.front();
        if (subject->start > triggerStart && triggerStart >= 0) {
            // Verb-first clauses are rare in news; a subject after the trigger is too unsure.
            continue;
        }
        int added = 0;
        QStringList seen{subject->canonical};
        for (size_t k = 1; k < ends.size() && added < 4; ++k) {
            const Mention *object = ends[k];
            if (seen.contains(object->canonical) || coordinated(text, *subject, *object, inSentence))
                continue;
            // "NVIDIAs H20": a genitive right before the name owns it; no relation between them.
            if (text.tokenAt(object->start) == text.tokenAt(subject->end - 1) + 1
                && text.text().mid(subject->start, subject->length()).endsWith(QLatin1Char('s')))
                continue;
            seen.append(object->canonical);
            Relation relation;
            relation.type = type;
            relation.source = subject->canonical;
            relation.target = object->canonical;
            relation.evidenceStart = s.start;
            relation.evidenceEnd = s.end;
            while (relation.evidenceEnd > relation.evidenceStart && text.text().at(relation.evidenceEnd - 1).isSpace())
                --relation.evidenceEnd;
            relation.attributedTo = attributedTo;
            relations.push_back(relation);
            ++added;
        }
    }
    return relations;
}

} // namespace Lagebild::Analysis
