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
    key(QStringLiteral("type"), QStringLiteral("node"), QStringLiteral("string"));
    key(QStringLiteral("mentions"), QStringLiteral("node"), QStringLiteral("long"));
    key(QStringLiteral("articles"), QStringLiteral("node"), QStringLiteral("long"));
    if (network.laidOut) {
        key(QStringLiteral("x"), QStringLiteral("node"), QStringLiteral("double"));
        key(QStringLiteral("y"), QStringLiteral("node"), QStringLiteral("double"));
    }
    key(QStringLiteral("kind"), QStringLiteral("edge"), QStringLiteral("string"));
    key(QStringLiteral("weight"), QStringLiteral("edge"), QStringLiteral("long"));
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("lagebild"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
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
        data(QStringLiteral("type"), n.type);
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
        if (!e.isCoMention())
            xml.writeAttribute(QStringLiteral("directed"), QStringLiteral("true"));
        data(QStringLiteral("kind"), e.kind);
        data(QStringLiteral("weight"), QString::number(e.weight));
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
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Lagebild"));
    xml.writeTextElement(QStringLiteral("description"), description);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
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
        {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("mentions"), QStringLiteral("long")},
            {QStringLiteral("articles"), QStringLiteral("long")}});
    attributes(QStringLiteral("edge"), {{QStringLiteral("kind"), QStringLiteral("string")}});
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
        value(QStringLiteral("type"), n.type);
        value(QStringLiteral("mentions"), QString::number(n.mentions));
        value(QStringLiteral("articles"), QString::number(n.articles));
        xml.writeEndElement();
        const QString color = entityTypeColor(n.type); // #RRGGBB
        xml.writeEmptyElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.mid(1, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.mid(3, 2).toInt(nullptr, 16)));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.mid(5, 2).toInt(nullptr, 16)));
        xml.writeEmptyElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("size"));
        xml.writeAttribute(
            QStringLiteral("value"), QString::number(nodeDiameter(n.mentions, most) / 2, 'f', 1));
        if (network.laidOut) {
            xml.writeEmptyElement(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("position"));
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
        xml.writeAttribute(QStringLiteral("type"),
            e.isCoMention() ? QStringLiteral("undirected") : QStringLiteral("directed"));
        xml.writeAttribute(QStringLiteral("weight"), QString::number(e.weight));
        if (!e.isCoMention())
            xml.writeAttribute(QStringLiteral("label"), e.kind);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(QStringLiteral("kind"), e.kind);
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
    QByteArray csv("source,target,source_type,target_type,kind,weight\r\n");
    for (const NetworkEdge &e : network.edges) {
        const int s = network.indexOf(e.source);
        const int t = network.indexOf(e.target);
        if (s < 0 || t < 0)
            continue;
        const QStringList fields = {nameOf(network, e.source), nameOf(network, e.target),
            network.nodes[size_t(s)].type, network.nodes[size_t(t)].type, e.kind, QString::number(e.weight)};
        csv += csvLine(fields);
    }
    return csv;
}

} // namespace Lagebild
