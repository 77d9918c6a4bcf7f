// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/extractjson.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <string>

#include <vector>

namespace Lagebild::Analysis {

namespace {

// UTF-16 index → code point index, for every index including the end.
std::vector<int> codePointIndex(const QString &text)
{
    std::vector<int> map(size_t(text.size()) + 1);
    int cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        map[size_t(i)] = cp;
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++cp;
    }
    map[size_t(text.size())] = cp;
    return map;
}

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + (v - 10));
}

void appendEscapedUnit(std::string &out, char16_t u)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((u >> shift) & 0xf);
}

// A JSON string as Qt's writer spells it (the output stays byte for byte what QJsonDocument
// gave before): UTF-8, the short escapes, \u00XX for other control characters, and \uXXXX for
// a surrogate without its partner.
void appendString(std::string &out, QStringView s)
{
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto plain = [](char16_t c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; };
        const char16_t u = s[i].unicode();
        if (plain(u)) {
            // A run of plain ASCII in one go: a call per byte was a tenth of the writer.
            qsizetype end = i + 1;
            while (end < s.size() && plain(s[end].unicode()))
                ++end;
            const size_t at = out.size();
            out.resize(at + size_t(end - i));
            for (qsizetype k = i; k < end; ++k)
                out[at + size_t(k - i)] = char(s[k].unicode());
            i = end - 1;
            continue;
        }
        switch (u) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\b':
            out += "\\b";
            continue;
        case '\f':
            out += "\\f";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            out += "\\u00";
            out += hexDigit(u >> 4);
            out += hexDigit(u & 0xf);
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(u, s[i + 1].unicode());
            ++i;
            out += char(0xf0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            appendEscapedUnit(out, u);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

void appendNumber(std::string &out, double v)
{
    if (v == double(qint64(v)) && std::abs(v) < 9e15)
        out += std::to_string(qint64(v));
    else
        out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest).toStdString();
}

// Keys come in the order QJsonObject keeps them (sorted), so the line is what it always was.
class ObjectWriter
{
public:
    explicit ObjectWriter(std::string &out) : m_out(out) { m_out += '{'; }
    ~ObjectWriter() { m_out += '}'; }
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    std::string &key(const char *name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
        return m_out;
    }
    void string(const char *name, QStringView value) { appendString(key(name), value); }
    void integer(const char *name, qint64 value) { key(name) += std::to_string(value); }
    void stringOrNull(const char *name, const QString &value)
    {
        if (value.isEmpty())
            key(name) += "null";
        else
            string(name, value);
    }

private:
    std::string &m_out;
    bool m_first = true;
};

void appendMention(std::string &out, const QString &text, const std::vector<int> &cp, const Mention &m)
{
    ObjectWriter e(out);
    if (m.type == EntityType::Quantity)
        e.key("approx") += m.approx ? "true" : "false";
    e.string("canonical", m.canonical);
    e.integer("end", cp[size_t(m.end)]);
    if (m.type == EntityType::Date)
        e.stringOrNull("norm", m.norm);
    e.integer("start", cp[size_t(m.start)]);
    e.string("text", QStringView(text).mid(m.start, m.length()));
    e.string("type", typeName(m.type));
    if (m.type == EntityType::Quantity) {
        e.stringOrNull("unit", m.unit);
        if (!m.range.isEmpty())
            e.string("value", m.range);
        else if (m.value)
            appendNumber(e.key("value"), *m.value);
        else
            e.key("value") += "null";
    }
}

void appendRelation(std::string &out, const std::vector<int> &cp, const Relation &r)
{
    ObjectWriter o(out);
    if (!r.attributedTo.isEmpty())
        o.string("attributed_to", r.attributedTo);
    // Two decimals: the figure is a ranking, not a measurement.
    appendNumber(o.key("confidence"), std::round(r.confidence * 100) / 100.0);
    {
        ObjectWriter evidence(o.key("evidence"));
        evidence.integer("end", cp[size_t(r.evidenceEnd)]);
        evidence.integer("start", cp[size_t(r.evidenceStart)]);
    }
    o.string("source", r.source);
    o.string("target", r.target);
    o.string("type", relationTypeName(r.type));
}

} // namespace

QByteArray toContractJsonLine(const QString &source, const QString &text, const AnalysisResult &result)
{
    const std::vector<int> cp = codePointIndex(text);
    // A std::string: its push_back is inlined, QByteArray's append(char) is a call per byte.
    std::string out;
    out.reserve(256 + result.mentions.size() * 96 + result.relations.size() * 160);
    {
        ObjectWriter top(out);
        std::string &entities = top.key("entities");
        entities += '[';
        for (size_t i = 0; i < result.mentions.size(); ++i) {
            if (i)
                entities += ',';
            appendMention(entities, text, cp, result.mentions[i]);
        }
        entities += ']';
        std::string &relations = top.key("relations");
        relations += '[';
        for (size_t i = 0; i < result.relations.size(); ++i) {
            if (i)
                relations += ',';
            appendRelation(relations, cp, result.relations[i]);
        }
        relations += ']';
        top.string("source", source);
    }
    return QByteArray::fromStdString(out);
}

QJsonObject toContractJson(const QString &source, const QString &text, const AnalysisResult &result)
{
    return QJsonDocument::fromJson(toContractJsonLine(source, text, result)).object();
}

} // namespace Lagebild::Analysis
