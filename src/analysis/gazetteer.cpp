#include "analysis/gazetteer.h"

#include "analysis/tokens.h"

namespace Lagebild::Analysis {

int Gazetteer::addEntry(Entry entry)
{
    m_entries.push_back(std::move(entry));
    return int(m_entries.size()) - 1;
}

void Gazetteer::addAlias(const QString &alias, int entry)
{
    const TokenizedText tokens(alias.trimmed());
    if (tokens.size() == 0)
        return;
    int node = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &key = tokens.folded(i);
        auto it = m_nodes[size_t(node)].next.constFind(key);
        if (it == m_nodes[size_t(node)].next.constEnd()) {
            m_nodes.push_back(Node{});
            const int created = int(m_nodes.size()) - 1;
            m_nodes[size_t(node)].next.insert(key, created);
            node = created;
        } else {
            node = it.value();
        }
    }
    // The first alias wins: canonical names are added before their aliases.
    if (m_nodes[size_t(node)].entry < 0)
        m_nodes[size_t(node)].entry = entry;
}

void Gazetteer::loadTsv(const QString &tsv)
{
    for (const QString &line : tsv.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 2)
            continue;
        const auto type = typeFromName(fields[1].trimmed());
        if (!type)
            continue;
        const QString canonical = fields[0].trimmed();
        const QString note = fields.value(4).toLower();
        Entry entry{canonical, *type, true, note.contains(QLatin1String("ambiguous")) || note.contains(QLatin1String("also a"))
                                                || note.contains(QLatin1String("also an")) || note.contains(QLatin1String("also means"))};
        QStringList aliases{canonical};
        for (const QString &a : fields.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            aliases.append(a.trimmed());
        for (const QString &alias : std::as_const(aliases)) {
            if (alias.isEmpty())
                continue;
            Entry variant = entry;
            variant.capitalised = !alias.front().isLower();
            int letters = 0, upper = 0;
            for (const QChar ch : alias) {
                letters += ch.isLetter();
                upper += ch.isUpper();
            }
            variant.acronym = letters >= 2 && letters == upper && letters <= 6;
            // A name that is a common word stays ambiguous only as a single word; "Wacker Chemie" is safe.
            variant.ambiguous = entry.ambiguous && !alias.contains(QLatin1Char(' '));
            addAlias(alias, addEntry(variant));
        }
    }
}

std::optional<Gazetteer::Match> Gazetteer::longestMatch(const TokenizedText &text, int first) const
{
    std::optional<Match> best;
    int node = 0;
    for (int i = first; i < text.size(); ++i) {
        if (i > first && text.at(i).sentence != text.at(first).sentence)
            break;
        const QString &key = text.folded(i);
        const Node &current = m_nodes[size_t(node)];
        // A genitive "s" on the last word: "Nvidias", "Chinas", "NVIDIAs".
        if (key.size() > 3 && key.endsWith(QLatin1Char('s')) && text.at(i).kind == Token::Word) {
            auto g = current.next.constFind(key.left(key.size() - 1));
            if (g != current.next.constEnd() && m_nodes[size_t(g.value())].entry >= 0)
                best = Match{i + 1, m_nodes[size_t(g.value())].entry, true};
        }
        auto it = current.next.constFind(key);
        if (it == current.next.constEnd())
            break;
        node = it.value();
        if (m_nodes[size_t(node)].entry >= 0)
            best = Match{i + 1, m_nodes[size_t(node)].entry, false};
    }
    return best;
}

std::optional<int> Gazetteer::findExact(const QString &name) const
{
    const TokenizedText tokens(name);
    int node = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        auto it = m_nodes[size_t(node)].next.constFind(tokens.folded(i));
        if (it == m_nodes[size_t(node)].next.constEnd())
            return std::nullopt;
        node = it.value();
    }
    if (m_nodes[size_t(node)].entry < 0)
        return std::nullopt;
    return m_nodes[size_t(node)].entry;
}

} // namespace Lagebild::Analysis
