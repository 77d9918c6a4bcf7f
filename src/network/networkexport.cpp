// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkexport.h"

#include "core/csv.h"
#include "core/entitycolors.h"
#include "network/networklayout.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace Lagebild {

namespace {

qint64 maxMentions(const Network &network)
{
    qint64 most = 1;
    for (const NetworkNode &n : network.nodes)
        most = std::max(most, n.mentions);
    return most;
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// GEXF 1.2 rather than 1.3: networkx (2.8 in Debian 12) and sigma.js's reader know 1.2, Gephi both.
QString gexfNamespace()
{
    return QStringLiteral("http://www.gexf.net/1.2draft");
}

QString vizNamespace()
{
    return QStringLiteral("http://www.gexf.net/1.2draft/viz");
}

QString nameOf(const Network &network, qint64 id)
{
    const int i = network.indexOf(id);
    return i >= 0 ? network.nodes[size_t(i)].name : QString();
}

} // namespace

QByteArray networkGraphMl(const Network &network)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    auto key = [&](const QString &id, const QString &forWhat, const QString &type) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("for"), forWhat);
        xml.writeAttribute(QStringLiteral("attr.name"), id);
        xml.writeAttribute(QStringLiteral("attr.type"), type);
        xml.writeEndElement();
    };
    key(QStringLiteral("name"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("entity_type"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("mentions"), QStringLiteral("node"), QStringLiteral("long"));
    key(QStringLiteral("articles"), QStringLiteral("node"), QStringLiteral("long"));
    if (network.laidOut) {
        key(QStringLiteral("x"), QStringLiteral("node"), QStringLiteral("double"));
        key(QStringLiteral("y"), QStringLiteral("node"), QStringLiteral("double"));
    }
    key(QStringLiteral("kind"), QStringLiteral("edge"), QStringLiteral("string"));
    key(QStringLiteral("directed"), QStringLiteral("edge"), QStringLiteral("boolean"));
    key(QStringLiteral("weight"), QStringLiteral("edge"), QStringLiteral("long"));
    key(QStringLiteral("trust"), QStringLiteral("edge"), QStringLiteral("string"));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("lagebild"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    auto data = [&](const QString &k, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), k);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    for (const NetworkNode &n : network.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n.id));
        data(QStringLiteral("name"), n.name);
        data(QStringLiteral("entity_type"), n.type);
        data(QStringLiteral("mentions"), QString::number(n.mentions));
        data(QStringLiteral("articles"), QString::number(n.articles));
        if (network.laidOut) {
            data(QStringLiteral("x"), QString::number(n.x, 'f', 1));
            data(QStringLiteral("y"), QString::number(n.y, 'f', 1));
        }
        xml.writeEndElement();
    }
    int index = 0;
    for (const NetworkEdge &e : network.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(index++));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("e%1").arg(e.source));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("e%1").arg(e.target));
        data(QStringLiteral("kind"), e.kind);
        data(QStringLiteral("directed"), boolean(!e.isCoMention()));
        data(QStringLiteral("weight"), QString::number(e.weight));
        if (!e.isCoMention())
            data(QStringLiteral("trust"), relationTrustName(e.trust));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return out;
}

QByteArray networkGexf(const Network &network, const QString &description)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(gexfNamespace());
    xml.writeNamespace(vizNamespace(), QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Lagebild"));
    xml.writeTextElement(QStringLiteral("description"), description);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    auto attributes = [&](const QString &forWhat, const std::vector<std::pair<QString, QString>> &list) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), forWhat);
        for (const auto &[id, type] : list) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), id);
            xml.writeAttribute(QStringLiteral("title"), id);
            xml.writeAttribute(QStringLiteral("type"), type);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    attributes(QStringLiteral("node"),
        {{QStringLiteral("entity_type"), QStringLiteral("string")},
            {QStringLiteral("mentions"), QStringLiteral("long")},
            {QStringLiteral("articles"), QStringLiteral("long")}});
    attributes(QStringLiteral("edge"),
        {{QStringLiteral("kind"), QStringLiteral("string")},
            {QStringLiteral("directed"), QStringLiteral("boolean")},
            {QStringLiteral("trust"), QStringLiteral("string")}});
    auto value = [&](const QString &id, const QString &v) {
        xml.writeStartElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), id);
        xml.writeAttribute(QStringLiteral("value"), v);
        xml.writeEndElement();
    };
    const qint64 most = maxMentions(network);
    xml.writeStartElement(QStringLiteral("nodes"));
    for (const NetworkNode &n : network.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n.id));
        xml.writeAttribute(QStringLiteral("label"), n.name);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(QStringLiteral("entity_type"), n.type);
        value(QStringLiteral("mentions"), QString::number(n.mentions));
        value(QStringLiteral("articles"), QString::number(n.articles));
        xml.writeEndElement();
        const QString color = entityTypeColor(n.type); // #RRGGBB
        xml.writeEmptyElement(vizNamespace(), QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.mid(1, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.mid(3, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.mid(5, 2).toInt(nullptr, 16)));
        xml.writeEmptyElement(vizNamespace(), QStringLiteral("size"));
        xml.writeAttribute(
            QStringLiteral("value"), QString::number(nodeDiameter(n.mentions, most) / 2, 'f', 1));
        if (network.laidOut) {
            xml.writeEmptyElement(vizNamespace(), QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), QString::number(n.x, 'f', 1));
            xml.writeAttribute(QStringLiteral("y"), QString::number(-n.y, 'f', 1)); // Gephi's y grows upwards
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("edges"));
    int index = 0;
    for (const NetworkEdge &e : network.edges) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(index++));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("e%1").arg(e.source));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("e%1").arg(e.target));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(e.weight));
        if (!e.isCoMention())
            xml.writeAttribute(QStringLiteral("label"), e.kind);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(QStringLiteral("kind"), e.kind);
        value(QStringLiteral("directed"), boolean(!e.isCoMention()));
        if (!e.isCoMention())
            value(QStringLiteral("trust"), relationTrustName(e.trust));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return out;
}

QByteArray networkCsv(const Network &network)
{
    // New columns go at the end: scripts reading by position keep working.
    QByteArray csv("source,target,source_type,target_type,kind,weight,directed,trust\r\n");
    for (const NetworkEdge &e : network.edges) {
        const int s = network.indexOf(e.source);
        const int t = network.indexOf(e.target);
        if (s < 0 || t < 0)
            continue;
        const QStringList fields = {nameOf(network, e.source), nameOf(network, e.target),
            network.nodes[size_t(s)].type, network.nodes[size_t(t)].type, e.kind, QString::number(e.weight),
            boolean(!e.isCoMention()), e.isCoMention() ? QString() : relationTrustName(e.trust)};
        csv += csvLine(fields);
    }
    return csv;
}

} // namespace Lagebild
