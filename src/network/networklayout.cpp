// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networklayout.h"

#include <QByteArray>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>

namespace Lagebild {

namespace {

// Graphviz keeps global state (the error buffer, agmemread's reader): one layout at a time.
QMutex graphvizLock;

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(
        object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

} // namespace

double nodeDiameter(qint64 mentions, qint64 maxMentions)
{
    // Area, not diameter, grows with the count: a node with four times the mentions looks four
    // times as big, not sixteen.
    const double share = maxMentions > 0 ? std::sqrt(double(mentions) / double(maxMentions)) : 0;
    return 14.0 + 40.0 * share;
}

Expected<void> layoutNetwork(Network &network)
{
    network.laidOut = false;
    if (network.nodes.empty())
        return {};
    const QMutexLocker locker(&graphvizLock);
    GVC_t *context = gvContext();
    if (!context)
        return Error {QStringLiteral("Graphviz could not start")};
    Agraph_t *graph = agopen(const_cast<char *>("network"), Agundirected, nullptr);
    const bool large = network.nodes.size() > 120;
    setAttribute(graph, "overlap", large ? QByteArrayLiteral("prism") : QByteArrayLiteral("false"));
    setAttribute(graph, "sep", QByteArrayLiteral("+8"));
    setAttribute(graph, "splines", QByteArrayLiteral("false"));
    setAttribute(graph, "outputorder", QByteArrayLiteral("edgesfirst"));
    setAttribute(graph, "start", QByteArrayLiteral("42")); // the same picture every time
    qint64 maxMentions = 1;
    for (const NetworkNode &n : network.nodes)
        maxMentions = std::max(maxMentions, n.mentions);
    std::vector<Agnode_t *> nodes;
    nodes.reserve(network.nodes.size());
    for (const NetworkNode &n : network.nodes) {
        Agnode_t *node = agnode(graph, QByteArray::number(n.id).data(), 1);
        const double inches = nodeDiameter(n.mentions, maxMentions) / 72.0;
        setAttribute(node, "shape", QByteArrayLiteral("circle"));
        setAttribute(node, "label", QByteArray()); // Lagebild writes the names itself
        setAttribute(node, "fixedsize", QByteArrayLiteral("true"));
        setAttribute(node, "width", QByteArray::number(inches, 'f', 3));
        setAttribute(node, "height", QByteArray::number(inches, 'f', 3));
        nodes.push_back(node);
    }
    qint64 maxWeight = 1;
    for (const NetworkEdge &e : network.edges)
        maxWeight = std::max(maxWeight, e.weight);
    for (const NetworkEdge &e : network.edges) {
        const int s = network.indexOf(e.source);
        const int t = network.indexOf(e.target);
        if (s < 0 || t < 0 || s == t)
            continue;
        Agedge_t *edge = agedge(graph, nodes[size_t(s)], nodes[size_t(t)], nullptr, 1);
        // Strong links are shorter; labels are drawn by Lagebild, not Graphviz.
        const double strength = std::log1p(double(e.weight)) / std::log1p(double(maxWeight));
        setAttribute(edge, "weight", QByteArray::number(1.0 + 4.0 * strength, 'f', 2));
        setAttribute(edge, "len", QByteArray::number(2.2 - 1.2 * strength, 'f', 2));
    }
    const int failed = gvLayout(context, graph, large ? "sfdp" : "neato");
    if (failed) {
        agclose(graph);
        gvFreeContext(context);
        return Error {QStringLiteral("Graphviz could not lay out the network")};
    }
    const boxf box = GD_bb(graph);
    network.width = box.UR.x - box.LL.x;
    network.height = box.UR.y - box.LL.y;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const pointf p = ND_coord(nodes[i]);
        network.nodes[i].x = p.x - box.LL.x;
        network.nodes[i].y = box.UR.y - p.y; // Graphviz's y grows upwards
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    gvFreeContext(context);
    network.laidOut = true;
    return {};
}

} // namespace Lagebild
