// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationscorer.h"

#include <algorithm>

using namespace Lagebild;

namespace {

QStringList nameWords(const QString &name)
{
    QString folded;
    for (const QChar c : name.toCaseFolded())
        folded += c.isLetterOrNumber() ? c : QChar(u' ');
    return folded.split(u' ', Qt::SkipEmptyParts);
}

bool matches(const ScoredRelation &gold, const ScoredRelation &found)
{
    if (relationFamily(gold.type) != relationFamily(found.type))
        return false;
    if (sameEntityName(gold.source, found.source) && sameEntityName(gold.target, found.target))
        return true;
    return gold.type == RelationType::PartnersWith && sameEntityName(gold.source, found.target)
        && sameEntityName(gold.target, found.source);
}

QString line(const QString &document, const char *kind, const ScoredRelation &r)
{
    const QString l = QStringLiteral("%1: %2 %3 %4 → %5")
                          .arg(document, QLatin1String(kind), relationTypeName(r.type), r.source, r.target);
    return r.evidence.isEmpty() ? l : l + QStringLiteral("\n    ") + r.evidence;
}

} // namespace

bool sameEntityName(const QString &a, const QString &b)
{
    const QStringList x = nameWords(a);
    const QStringList y = nameWords(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    // One is the other with words added at the end ("Volkswagen AG") or the start ("Konzern X").
    const QStringList &shorter = x.size() < y.size() ? x : y;
    const QStringList &longer = x.size() < y.size() ? y : x;
    return longer.mid(0, shorter.size()) == shorter || longer.mid(longer.size() - shorter.size()) == shorter;
}

void RelationScore::add(const QString &document, const std::vector<ScoredRelation> &gold,
    const std::vector<ScoredRelation> &found)
{
    std::vector<bool> used(gold.size(), false);
    for (const ScoredRelation &g : gold) {
        ++byFamily[relationFamily(g.type)].gold;
        ++total.gold;
    }
    for (const ScoredRelation &f : found) {
        ++byFamily[relationFamily(f.type)].found;
        ++total.found;
        bool right = false;
        for (size_t k = 0; k < gold.size() && !right; ++k) {
            if (!used[k] && matches(gold[k], f)) {
                used[k] = true;
                right = true;
            }
        }
        if (right) {
            ++byFamily[relationFamily(f.type)].right;
            ++total.right;
        } else {
            errors.append(line(document, "FP", f));
        }
    }
    for (const ScoredRelation &f : found) {
        if (std::any_of(gold.begin(), gold.end(), [&](const ScoredRelation &g) { return matches(g, f); }))
            continue;
        for (size_t k = 0; k < gold.size(); ++k) {
            const ScoredRelation &g = gold[k];
            if (used[k] || relationFamily(g.type) != relationFamily(f.type))
                continue;
            if (sameEntityName(g.source, f.target) && sameEntityName(g.target, f.source)) {
                ++nearMisses;
                ++reversed;
                break;
            }
            if (sameEntityName(g.source, f.source) || sameEntityName(g.target, f.target)) {
                ++nearMisses;
                break;
            }
        }
    }
    for (size_t k = 0; k < gold.size(); ++k)
        if (!used[k])
            errors.append(line(document, "FN", gold[k]));
}

QString RelationScore::report() const
{
    QString out;
    for (const auto &[family, c] : byFamily)
        out += QStringLiteral("  %1 gold %2 found %3 right %4  precision %5  recall %6\n")
                   .arg(relationTypeName(family), -14)
                   .arg(c.gold, 4)
                   .arg(c.found, 4)
                   .arg(c.right, 4)
                   .arg(c.precision(), 0, 'f', 2)
                   .arg(c.recall(), 0, 'f', 2);
    out += QStringLiteral(
        "  wrong ones sharing the family and one end with a missed gold relation: %1 (%2 reversed)\n")
               .arg(nearMisses)
               .arg(reversed);
    out += QStringLiteral("  all            gold %1 found %2 right %3  precision %4  recall %5")
               .arg(total.gold, 4)
               .arg(total.found, 4)
               .arg(total.right, 4)
               .arg(total.precision(), 0, 'f', 2)
               .arg(total.recall(), 0, 'f', 2);
    return out;
}
