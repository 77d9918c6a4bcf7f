// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/corrections.h"

#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

bool matchesType(const Correction &rule, EntityType type)
{
    return !rule.entityType || *rule.entityType == type;
}

// Where the folded token sequence of `phrase` occurs in `text`, as (start, end) offsets.
std::vector<std::pair<int, int>> occurrences(const TokenizedText &text, const QString &phrase)
{
    const TokenizedText needle(phrase, TokenizedText::Sentences::Whole);
    std::vector<std::pair<int, int>> found;
    if (needle.size() == 0)
        return found;
    for (int i = 0; i + needle.size() <= text.size(); ++i) {
        bool match = true;
        for (int k = 0; k < needle.size() && match; ++k) {
            const QStringView t = text.folded(i + k);
            const QStringView n = needle.folded(k);
            // The last word may carry a genitive "s": "Nordwinds".
            match = t == n
                || (k == needle.size() - 1 && t.size() == n.size() + 1 && t.startsWith(n)
                    && t.endsWith(QLatin1Char('s')));
        }
        if (match)
            found.emplace_back(text.at(i).start, text.at(i + needle.size() - 1).end);
    }
    return found;
}

} // namespace

CorrectionRules::CorrectionRules(std::vector<Correction> rules) : m_rules(std::move(rules)) { }

void CorrectionRules::apply(const QString &input, AnalysisResult &result) const
{
    if (m_rules.empty())
        return;
    std::vector<Mention> &mentions = result.mentions;

    // 1. Aliases: the analyst's names are found wherever they occur, replacing shorter or
    //    differently typed automatic mentions they overlap.
    const TokenizedText text(input);
    for (const Correction &rule : m_rules) {
        if (rule.kind != Correction::Alias)
            continue;
        // The alias's type: the rule's, or that of an existing mention of the entity.
        std::optional<EntityType> type = rule.entityType;
        if (!type) {
            for (const Mention &m : mentions) {
                if (m.canonical == rule.entity)
                    type = m.type;
            }
        }
        if (!type)
            continue;
        for (const auto &occurrence : occurrences(text, rule.value)) {
            // Named copies, not structured bindings: clang before 16 cannot capture those.
            const auto start = occurrence.first;
            const auto end = occurrence.second;
            std::erase_if(mentions, [&](const Mention &m) {
                return m.start < end && start < m.end && m.length() <= end - start;
            });
            const bool blocked = std::any_of(mentions.begin(), mentions.end(),
                [&](const Mention &m) { return m.start < end && start < m.end; });
            if (blocked)
                continue;
            Mention m;
            m.start = start;
            m.end = end;
            m.type = *type;
            m.canonical = rule.entity;
            mentions.push_back(m);
        }
    }
    std::sort(mentions.begin(), mentions.end(),
        [](const Mention &a, const Mention &b) { return a.start < b.start; });

    // 2. Merges and retypes, followed through chains (A → B → C), at most a few steps.
    for (Mention &m : mentions) {
        for (int step = 0; step < 8; ++step) {
            bool changed = false;
            for (const Correction &rule : m_rules) {
                if (rule.entity != m.canonical || !matchesType(rule, m.type))
                    continue;
                if (rule.kind == Correction::Merge && rule.value != m.canonical) {
                    m.canonical = rule.value;
                    changed = true;
                } else if (rule.kind == Correction::Retype) {
                    if (auto t = typeFromName(rule.value); t && *t != m.type) {
                        m.type = *t;
                        changed = true;
                    }
                }
            }
            if (!changed)
                break;
        }
    }
    for (Relation &r : result.relations) {
        for (const Correction &rule : m_rules) {
            if (rule.kind != Correction::Merge)
                continue;
            if (r.source == rule.entity)
                r.source = rule.value;
            if (r.target == rule.entity)
                r.target = rule.value;
        }
    }

    // 3. Ignored entities disappear, with their relations.
    auto ignored = [&](const QString &canonical, std::optional<EntityType> type) {
        return std::any_of(m_rules.begin(), m_rules.end(), [&](const Correction &rule) {
            return rule.kind == Correction::Ignore && rule.entity == canonical
                && (!type || matchesType(rule, *type));
        });
    };
    std::erase_if(mentions, [&](const Mention &m) { return ignored(m.canonical, m.type); });
    std::erase_if(result.relations, [&](const Relation &r) {
        return ignored(r.source, std::nullopt) || ignored(r.target, std::nullopt) || r.source == r.target;
    });
}

QString correctionKindName(Correction::Kind kind)
{
    switch (kind) {
    case Correction::Alias:
        return QStringLiteral("alias");
    case Correction::Merge:
        return QStringLiteral("merge");
    case Correction::Ignore:
        return QStringLiteral("ignore");
    case Correction::Retype:
        return QStringLiteral("retype");
    }
    return {};
}

std::optional<Correction::Kind> correctionKindFromName(QStringView name)
{
    for (auto k : {Correction::Alias, Correction::Merge, Correction::Ignore, Correction::Retype}) {
        if (name == correctionKindName(k))
            return k;
    }
    return std::nullopt;
}

} // namespace Lagebild::Analysis
