// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/relationtrust.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Lagebild {

struct NetworkNode
{
    qint64 id = 0; ///< entities.id
    QString name;
    QString type;
    qint64 mentions = 0; ///< under the filter
    qint64 articles = 0;
    // Layout, in points, once laid out (origin top left).
    double x = 0;
    double y = 0;
};

/// A link between two entities: "co-mention" (named in one sentence; undirected, weight = the
/// number of such sentences) or a relation type from the analysis (directed source → target,
/// weight = the number of sentences stating it).
struct NetworkEdge
{
    qint64 source = 0;
    qint64 target = 0;
    QString kind;
    qint64 weight = 0;
    /// A relation: the best of its sentences (confirmed by the analyst, found surely, doubtful).
    RelationTrust trust = RelationTrust::High;

    [[nodiscard]] bool isCoMention() const { return kind == QLatin1String("co-mention"); }
};

struct Network
{
    std::vector<NetworkNode> nodes; ///< most articles first
    std::vector<NetworkEdge> edges;
    bool laidOut = false;
    double width = 0; ///< layout size in points
    double height = 0;

    [[nodiscard]] int indexOf(qint64 id) const;
};

struct NetworkOptions
{
    QStringList types; ///< entity types; empty: all but QUANTITY and DATE
    int top = 50; ///< at most this many entities
    qint64 minWeight = 1; ///< edges below are dropped
    bool coMentions = true;
    bool relations = true;
    QStringList relationTypes; ///< empty: all
    DoubtfulRelations doubtful = DoubtfulRelations::Faint; ///< rejected relations are never drawn
    qint64 ego = 0; ///< an entity: its neighbourhood only
    int depth = 1; ///< 1 or 2, with ego
};

/// One sentence that proves an edge.
struct EdgeEvidence
{
    ArticleId article = 0;
    QString kind; ///< co-mention or the relation type
    qint64 relation = 0; ///< relations.id, 0 for a co-mention
    QString source; ///< a relation's ends, canonical names
    QString target;
    int verdict = 0; ///< a relation's RelationVerdict (store/relationrepository.h)
    RelationTrust trust = RelationTrust::High;
    std::optional<double> confidence;
    QString sentence;
    QString title;
    QString outlet;
    QString published;
    QString url;
};

} // namespace Lagebild
