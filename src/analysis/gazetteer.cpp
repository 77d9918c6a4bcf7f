// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/gazetteer.h"

#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QRegularExpression>
#include <QSet>

namespace Lagebild::Analysis {

int Gazetteer::addEntry(Entry entry)
{
    m_entries.push_back(std::move(entry));
    return int(m_entries.size()) - 1;
}

void Gazetteer::addAlias(const QString &alias, int entry)
{
    const TokenizedText tokens(alias.trimmed(), TokenizedText::Sentences::Whole);
    if (tokens.size() == 0)
        return;
    int node = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        if (i < 32 && tokens.at(i).upper)
            m_entries[size_t(entry)].upperWords |= quint32(1) << i;
        int next = child(node, tokens.hash(i));
        if (next < 0) {
            m_nodeEntry.push_back(-1);
            next = int(m_nodeEntry.size()) - 1;
            m_edges[edge(node, tokens.hash(i))] = next;
        }
        node = next;
    }
    // The first alias wins: canonical names are added before their aliases.
    if (m_nodeEntry[size_t(node)] < 0)
        m_nodeEntry[size_t(node)] = entry;
}

Gazetteer::CountryCode Gazetteer::CountryCode::fromColumn(QStringView column)
{
    CountryCode code;
    if (column.size() == 2 && column[0].isLetter() && column[0].unicode() < 128 && column[1].isLetter()
        && column[1].unicode() < 128) {
        code.letters[0] = char(column[0].toUpper().unicode());
        code.letters[1] = char(column[1].toUpper().unicode());
    }
    return code;
}

void Gazetteer::loadTsv(const QString &tsv)
{
    static const QRegularExpression noteSeparators(QStringLiteral("[\\s,;:/()\"'.]+"));
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
        Entry entry {canonical, *type, true,
            note.contains(QLatin1String("ambiguous")) || note.contains(QLatin1String("also a"))
                || note.contains(QLatin1String("also an")) || note.contains(QLatin1String("also means"))
                || note.contains(QLatin1String("also the"))};
        entry.country = CountryCode::fromColumn(QStringView(fields.value(3)).trimmed());
        entry.river = note.startsWith(QLatin1String("river"));
        QStringList aliases {canonical};
        for (const QString &a : fields.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            aliases.append(a.trimmed());
        // German compounds join a product's words with hyphens ("737-Max-Jets", "Model-Y-Besitzer"):
        // the name is the compound's first part (annotation guide), written so.
        if (*type == EntityType::Product) {
            for (qsizetype k = 0, n = aliases.size(); k < n; ++k)
                if (aliases.at(k).contains(QLatin1Char(' ')))
                    aliases.append(QString(aliases.at(k)).replace(QLatin1Char(' '), QLatin1Char('-')));
        }
        // The note may name the forms that are ordinary words ("Zoll also means tariff", "bare
        // Allianz is ambiguous", "Linke/Linken are also adjective forms"): then only those are
        // ambiguous, and the entry's other one-word forms ("Zollverwaltung", "Linkspartei") are
        // plain names. A note naming none ("name is also an English word") covers all. Only an
        // ambiguous entry's note is read: most entries carry notes, and splitting every one cost
        // 3 % of the instructions of extracting twelve articles (the lists load per process).
        QSet<QString> noteWords;
        bool namesForms = false;
        if (entry.ambiguous) {
            for (const QString &w : note.split(noteSeparators, Qt::SkipEmptyParts))
                noteWords.insert(w);
            for (const QString &alias : std::as_const(aliases))
                namesForms = namesForms
                    || (!alias.contains(QLatin1Char(' ')) && noteWords.contains(alias.toLower()));
        }
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
            variant.ambiguous = entry.ambiguous && !alias.contains(QLatin1Char(' '))
                && (!namesForms || noteWords.contains(alias.toLower()));
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
        const QStringView key = text.folded(i);
        // A genitive "s" on the last word: "Nvidias", "Chinas", "NVIDIAs".
        if (key.size() > 3 && key.endsWith(QLatin1Char('s')) && text.at(i).kind == Token::Word) {
            const int g = child(node, Text::wordHash(QStringView(key).left(key.size() - 1)));
            if (g >= 0 && m_nodeEntry[size_t(g)] >= 0)
                best = Match {i + 1, m_nodeEntry[size_t(g)], true};
        }
        node = child(node, text.hash(i));
        if (node < 0)
            break;
        if (m_nodeEntry[size_t(node)] >= 0)
            best = Match {i + 1, m_nodeEntry[size_t(node)], false};
    }
    return best;
}

std::optional<int> Gazetteer::findExact(const QString &name) const
{
    const TokenizedText tokens(name, TokenizedText::Sentences::Whole);
    return findTokens(tokens, 0, tokens.size());
}

std::optional<Gazetteer::Match> Gazetteer::longestHyphenated(const TokenizedText &text, int first) const
{
    std::optional<Match> best;
    int node = child(0, text.hash(first));
    for (int i = first; node > 0;) {
        if (i > first && m_nodeEntry[size_t(node)] >= 0)
            best = Match {i + 1, m_nodeEntry[size_t(node)], false};
        if (i + 2 >= text.size() || !text.is(i + 1, u"-") || text.at(i + 1).spaceBefore
            || text.at(i + 2).spaceBefore || text.at(i + 2).kind != Token::Word)
            break;
        i += 2;
        node = child(node, text.hash(i));
    }
    return best;
}

std::optional<int> Gazetteer::findTokens(
    const TokenizedText &text, int first, int end, bool dropGenitive) const
{
    int node = 0;
    for (int i = first; i < end && node >= 0; ++i) {
        const QStringView key = text.folded(i);
        const bool strip = dropGenitive && i == end - 1 && key.size() > 3 && key.endsWith(QLatin1Char('s'));
        node = child(node, strip ? Text::wordHash(QStringView(key).left(key.size() - 1)) : text.hash(i));
    }
    if (node <= 0 || m_nodeEntry[size_t(node)] < 0)
        return std::nullopt;
    return m_nodeEntry[size_t(node)];
}

} // namespace Lagebild::Analysis
