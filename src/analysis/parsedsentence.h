// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"
#include "syntax/syntaxmodel.h"

#include <QString>

#include <vector>

namespace Lagebild::Analysis {

class TokenizedText;
struct Sentence;

/// One sentence in the words the syntax model reads, parsed, with the sentence's named mentions
/// put on its words. The tokenizer splits at hyphens ("US-Behörden" is US, -, Behörden); the
/// parser, like the treebanks it learned from, reads such a compound as one word.
class ParsedSentence
{
public:
    ParsedSentence(
        const TokenizedText &text, const Sentence &sentence, const std::vector<const Mention *> &mentions);

    [[nodiscard]] int size() const { return int(m_words.size()); }
    [[nodiscard]] const Syntax::SyntaxWord &word(int w) const { return m_syntax[size_t(w)]; }
    [[nodiscard]] Syntax::WordClass wordClass(int w) const { return m_syntax[size_t(w)].tag.wordClass; }
    [[nodiscard]] Syntax::DependencyLabel label(int w) const { return m_syntax[size_t(w)].label; }
    [[nodiscard]] int head(int w) const { return m_syntax[size_t(w)].head; }
    [[nodiscard]] const std::vector<int> &children(int w) const { return m_children[size_t(w)]; }
    /// Folded form; a compound's parts joined without hyphens ("usbehoerden").
    [[nodiscard]] const QString &folded(int w) const { return m_words[size_t(w)].folded; }
    /// The folded form of the last part of a compound ("behoerden").
    [[nodiscard]] const QString &lastPart(int w) const { return m_words[size_t(w)].lastPart; }
    [[nodiscard]] int firstToken(int w) const { return m_words[size_t(w)].firstToken; }
    /// One past the word's last token.
    [[nodiscard]] int endToken(int w) const { return m_words[size_t(w)].endToken; }
    [[nodiscard]] int wordOfToken(int token) const;
    /// The mention a word stands for in the clause: the mention it belongs to, or, for a compound
    /// whose last part is not the name ("Nvidia-Chef"), none.
    [[nodiscard]] const Mention *mention(int w) const { return m_words[size_t(w)].mention; }
    /// The name a compound starts with when it does not end with one ("ASML" in "ASML-Lieferungen").
    [[nodiscard]] const Mention *compoundMention(int w) const { return m_words[size_t(w)].modifier; }
    /// The first child with this label, or -1.
    [[nodiscard]] int child(int w, Syntax::DependencyLabel label) const;
    /// The folded preposition of a phrase ("von" for "von den USA"; "zum" counts as "zu"), or empty.
    [[nodiscard]] QString preposition(int w) const;

private:
    struct Word
    {
        int firstToken = 0;
        int endToken = 0;
        QString folded;
        QString lastPart;
        const Mention *mention = nullptr;
        const Mention *modifier = nullptr;
    };
    void separateArticledNames();
    void objectsFromMisreadPhrases();
    void verbGroupsUnderAuxiliaries();
    void relativePronounsOffNames();
    void namesOutOfRelativeClauses();
    void listsOfNames();
    void objectsOfPresentPlurals();
    void likeSubjects();

    std::vector<Word> m_words;
    std::vector<Syntax::SyntaxWord> m_syntax;
    std::vector<std::vector<int>> m_children;
    int m_firstToken = 0;
    std::vector<int> m_wordOfToken; // by token - m_firstToken
};

} // namespace Lagebild::Analysis
