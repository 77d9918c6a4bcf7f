// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Lagebild::Analysis {

/// A token of German news text. Hyphens are tokens of their own, so "H20-Chips" is
/// H20, -, Chips and a finder can take the name part of a compound.
struct Token
{
    enum Kind : quint8 { Word, Number, Punct };
    int start = 0;
    int end = 0;
    Kind kind = Word;
    bool upper = false; ///< starts with an upper-case letter
    bool allUpper = false; ///< two or more letters, all upper case ("NVIDIA", "BIS")
    bool hasDigit = false; ///< "H200", "7nm"
    bool spaceBefore = true; ///< false when glued to the previous token ("-" in "H20-Chips")
    bool sentenceStart = false;
    int sentence = 0;

    [[nodiscard]] int length() const { return end - start; }
};

struct Sentence
{
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int endToken = 0; ///< one past the last token
};

/// The text with its tokens, sentences, and folded token forms for lookups.
class TokenizedText
{
public:
    /// Split: sentences as German punctuation and ICU's rules end them. Whole: the text is one
    /// sentence, for names and phrases from word lists (a gazetteer's 9,000 aliases ran ICU's
    /// sentence iterator each, a fifth of the lists' load time).
    enum class Sentences { Split, Whole };
    explicit TokenizedText(const QString &text, Sentences sentences = Sentences::Split);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const std::vector<Token> &tokens() const { return m_tokens; }
    [[nodiscard]] const std::vector<Sentence> &sentences() const { return m_sentences; }
    [[nodiscard]] int size() const { return int(m_tokens.size()); }
    [[nodiscard]] const Token &at(int i) const { return m_tokens[size_t(i)]; }
    [[nodiscard]] QStringView view(int i) const
    {
        const Token &t = m_tokens[size_t(i)];
        return QStringView(m_text).mid(t.start, t.length());
    }
    /// Case- and umlaut-folded form (Text::foldWord), computed once per token. Punctuation
    /// stays as written.
    [[nodiscard]] QStringView folded(int i) const
    {
        const int start = m_foldedStart[size_t(i)];
        return QStringView(m_foldedText).mid(start, m_foldedStart[size_t(i) + 1] - start);
    }
    /// Text::wordHash of folded(i).
    [[nodiscard]] quint64 hash(int i) const { return m_hash[size_t(i)]; }
    [[nodiscard]] bool is(int i, QStringView text) const { return i >= 0 && i < size() && view(i) == text; }
    /// The token whose span contains `offset`, or -1.
    [[nodiscard]] int tokenAt(int offset) const
    {
        return offset >= 0 && size_t(offset) < m_tokenOfChar.size() ? m_tokenOfChar[size_t(offset)] : -1;
    }

private:
    void tokenize();
    void foldTokens();
    void splitSentences(Sentences sentences);

    QString m_text;
    std::vector<Token> m_tokens;
    // Per character of the text its token, or -1: the finders and the relation layer turn
    // mentions' offsets into tokens a few hundred thousand times per megabyte, and a binary
    // search over the tokens mispredicted a branch at nearly every step (2 % of `extract`).
    std::vector<int> m_tokenOfChar;
    // All folded tokens one after another, token i at [m_foldedStart[i], m_foldedStart[i + 1]):
    // one allocation per text rather than one per token (malloc and free were a seventh of
    // the analysis time).
    QString m_foldedText;
    std::vector<int> m_foldedStart;
    std::vector<quint64> m_hash;
    std::vector<Sentence> m_sentences;
};

} // namespace Lagebild::Analysis
