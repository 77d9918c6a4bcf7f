// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "analysis/hashmap.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;

/// Known names from resources/gazetteer/*.tsv, matched as token sequences through one trie
/// keyed by folded tokens: one walk per text position, whatever the number of entries.
/// Folding makes "NVIDIA", "Nvidia" and "nvidia" one key; a final genitive "s" is accepted
/// on the last token ("Nvidias", "Pekings").
class Gazetteer
{
public:
    /// An ISO 3166 alpha-2 code ("DE") in two bytes: every entry carries one, towns included, and
    /// only a few readers compare them, so no string per entry.
    struct CountryCode
    {
        char letters[2] {};
        [[nodiscard]] bool known() const { return letters[0] != 0; }
        [[nodiscard]] bool operator==(const CountryCode &) const = default;
        /// The code of a TSV's country column; none unless it is two ASCII letters.
        [[nodiscard]] static CountryCode fromColumn(QStringView column);
    };

    struct Entry
    {
        QString canonical;
        EntityType type;
        bool capitalised = true; ///< the alias starts upper case: the text must too
        bool ambiguous = false; ///< the name is also an ordinary word (noted in the TSV)
        bool acronym = false; ///< written in capitals ("MIT", "BIS"): the text must be too
        /// A river (the note's first word): what tells towns of one name apart ("Halle (Saale)",
        /// "Dannenberg (Elbe)"), unlike a state or a region ("Graben (Bayern)", "Gramzow
        /// (Uckermark)"), which says where the town lies.
        bool river = false;
        /// Bit k: the alias's word k starts upper case, so the text's may not be lower case
        /// ("Die Grünen" is no match for "die grünen Wiesen"); words past 32 are not checked.
        quint32 upperWords = 0;
        CountryCode country {}; ///< the TSV's country column, none when empty
    };
    struct Match
    {
        int endToken = 0; ///< one past the last token
        int entry = -1;
        bool genitive = false;
    };

    /// Adds the alias to the trie and notes its capitalised words in the entry (upperWords).
    void addAlias(const QString &alias, int entry);
    int addEntry(Entry entry);
    /// Loads every TSV (canonical, type, aliases, country, note) under a resource folder.
    void loadTsv(const QString &tsv);

    /// The longest alias starting at token `first`, if any.
    [[nodiscard]] std::optional<Match> longestMatch(const TokenizedText &text, int first) const;
    [[nodiscard]] const Entry &entry(int index) const { return m_entries[size_t(index)]; }
    [[nodiscard]] int entryCount() const { return int(m_entries.size()); }
    /// The entry whose canonical name or alias is exactly this (folded), for canonicalisation.
    [[nodiscard]] std::optional<int> findExact(const QString &name) const;
    /// The same for tokens [first, end) of a text, optionally without a final genitive "s".
    [[nodiscard]] std::optional<int> findTokens(
        const TokenizedText &text, int first, int end, bool dropGenitive = false) const;
    /// The longest name of several words starting at token `first` whose words the text joins by
    /// hyphens ("Novo-Nordisk-Chef" for "Novo Nordisk"): one past its last token, with the entry.
    [[nodiscard]] std::optional<Match> longestHyphenated(const TokenizedText &text, int first) const;
    /// The entry whose name is one word, by Text::wordHash of the folded word.
    [[nodiscard]] std::optional<int> findWord(quint64 foldedHash) const
    {
        const int node = child(0, foldedHash);
        if (node <= 0 || m_nodeEntry[size_t(node)] < 0)
            return std::nullopt;
        return m_nodeEntry[size_t(node)];
    }

private:
    [[nodiscard]] int child(int node, quint64 tokenHash) const
    {
        const int *next = m_edges.find(edge(node, tokenHash));
        return next ? *next : -1;
    }
    [[nodiscard]] static quint64 edge(int node, quint64 tokenHash)
    {
        return tokenHash ^ (quint64(node) * 0x9e3779b97f4a7c15ull);
    }

    // The trie: node → entry, and (node, token hash) → child in one flat hash map (the trie is
    // asked about every token of every text).
    std::vector<int> m_nodeEntry {-1};
    HashMap<int> m_edges;
    std::vector<Entry> m_entries;
};

} // namespace Lagebild::Analysis
