#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace Lagebild::Analysis {

/// A large, read-only set of folded words in one buffer with sorted offsets: the German
/// lexicon has 350,000 words, which as QStrings in a hash would take five times the memory.
class WordSet
{
public:
    /// Reads one word per line (lines starting with '#' skipped) and folds them (Text::foldWord).
    static WordSet fromResource(const QString &path);
    [[nodiscard]] bool contains(const QString &foldedWord) const;
    [[nodiscard]] size_t size() const { return m_offsets.size(); }

private:
    std::string m_buffer;
    std::vector<std::pair<quint32, quint32>> m_offsets; // (start, length), sorted by word
};

} // namespace Lagebild::Analysis
