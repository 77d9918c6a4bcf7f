// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/explain.h"

#include "analysis/parsedsentence.h"
#include "analysis/tokens.h"
#include "core/relationtypes.h"

#include <QTextStream>

namespace Lagebild::Analysis {

namespace {

// The names the relation reader puts on a sentence's words: quantities and dates are no ends.
std::vector<const Mention *> namesIn(const std::vector<Mention> &mentions, const Sentence &s)
{
    std::vector<const Mention *> names;
    for (const Mention &m : mentions)
        if (m.start >= s.start && m.end <= s.end && m.type != EntityType::Quantity
            && m.type != EntityType::Date)
            names.push_back(&m);
    return names;
}

QString nameColumn(const Mention *m)
{
    return m ? typeName(m->type) + QLatin1Char(' ') + m->canonical : QStringLiteral("_");
}

} // namespace

QString explainReading(const QString &text, const AnalysisResult &result)
{
    const TokenizedText tokens(text);
    QString explained;
    QTextStream out(&explained);
    int number = 0;
    for (const Sentence &s : tokens.sentences()) {
        ++number;
        out << "# sentence " << number << ": " << text.mid(s.start, s.end - s.start).simplified() << '\n';
        const ParsedSentence p(tokens, s, namesIn(result.mentions, s));
        for (int w = 0; w < p.size(); ++w) {
            const int start = tokens.at(p.firstToken(w)).start;
            const int end = tokens.at(p.endToken(w) - 1).end;
            // A compound that starts with a name ("ASML-Lieferungen") shows it after a "+".
            const Mention *part = p.compoundMention(w);
            out << w + 1 << '\t' << text.mid(start, end - start) << '\t'
                << Syntax::TagSet::name(p.word(w).tag) << '\t' << p.head(w) + 1 << '\t'
                << Syntax::labelName(p.label(w)) << '\t'
                << (part ? QLatin1Char('+') + nameColumn(part) : nameColumn(p.mention(w))) << '\n';
        }
        for (const Relation &r : result.relations)
            if (r.evidenceStart >= s.start && r.evidenceStart < s.end)
                out << "# relation: " << relationTypeName(r.type) << ' ' << r.source << " -> " << r.target
                    << " (" << QString::number(r.confidence, 'f', 2) << ")\n";
        out << '\n';
    }
    out.flush();
    return explained;
}

} // namespace Lagebild::Analysis
