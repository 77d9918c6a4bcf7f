// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/tokens.h"

#include "analysis/resources.h"
#include "text/germanfolding.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace Lagebild::Analysis {

namespace {

bool isWordCharBeyondAscii(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Asked for every character of a text: inline, with ASCII answered here (letters and digits; no
// marks) — QChar::isMark is a call into Qt's tables.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        const char16_t lower = u | 0x20;
        return (u >= u'0' && u <= u'9') || (lower >= u'a' && lower <= u'z');
    }
    return isWordCharBeyondAscii(c);
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x200B);
}

} // namespace

TokenizedText::TokenizedText(const QString &text, Sentences sentences) : m_text(text)
{
    tokenize();
    splitSentences(sentences);
}

void TokenizedText::tokenize()
{
    const QString &s = m_text;
    const int n = int(s.size());
    m_tokens.reserve(size_t(n / 5));
    bool space = true;
    for (int i = 0; i < n;) {
        const QChar c = s.at(i);
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        space = false;
        if (c.isDigit()) {
            // 421.000 / 4,5 / 1.234,56: separators count when a digit follows.
            int j = i + 1;
            while (j < n) {
                const QChar d = s.at(j);
                if (d.isDigit()) {
                    ++j;
                } else if ((d == QLatin1Char('.') || d == QLatin1Char(',')) && j + 1 < n
                    && s.at(j + 1).isDigit()) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (j < n && isWordChar(s.at(j))) { // 7nm, 6000D, 910C: one word token
                while (j < n && isWordChar(s.at(j)))
                    ++j;
                t.kind = Token::Word;
            } else {
                t.kind = Token::Number;
            }
            t.end = j;
        } else if (isWordChar(c)) {
            int j = i + 1;
            while (j < n) {
                const QChar d = s.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if ((d == QLatin1Char('\'') || d == QChar(0x2019)) && j + 1 < n
                    && s.at(j + 1).isLetter() && j + 2 < n && !s.at(j + 2).isLetter()) {
                    break; // Nvidia's: keep the apostrophe out, the suffix is its own token
                } else {
                    break;
                }
            }
            t.kind = Token::Word;
            t.end = j;
        } else {
            t.kind = Token::Punct;
            t.end = i + (c.isHighSurrogate() && i + 1 < n ? 2 : 1);
        }
        const QStringView v = QStringView(s).mid(t.start, t.end - t.start);
        int letters = 0, uppers = 0;
        for (const QChar ch : v) {
            if (ch.isLetter()) {
                ++letters;
                uppers += ch.isUpper();
            } else if (ch.isDigit()) {
                t.hasDigit = true;
            }
        }
        t.upper = !v.isEmpty() && v.front().isUpper();
        t.allUpper = letters >= 2 && uppers == letters;
        m_tokens.push_back(t);
        i = t.end;
    }
    m_tokenOfChar.assign(size_t(n), -1);
    for (size_t k = 0; k < m_tokens.size(); ++k)
        std::fill(m_tokenOfChar.begin() + m_tokens[k].start, m_tokenOfChar.begin() + m_tokens[k].end, int(k));
    foldTokens();
}

void TokenizedText::foldTokens()
{
    // One buffer with room for the worst case, written through a pointer, cut to size at the end.
    m_foldedText.resize(Text::foldedRoomPerUnit * m_text.size());
    char16_t *const begin = reinterpret_cast<char16_t *>(m_foldedText.data());
    char16_t *dst = begin;
    m_foldedStart.reserve(m_tokens.size() + 1);
    m_hash.reserve(m_tokens.size());
    for (const Token &t : m_tokens) {
        m_foldedStart.push_back(int(dst - begin));
        const QStringView word = QStringView(m_text).mid(t.start, t.length());
        if (t.kind == Token::Punct) {
            std::copy(word.utf16(), word.utf16() + word.size(), dst);
            dst += word.size();
        } else {
            dst += Text::foldWordTo(word, dst);
        }
    }
    m_foldedText.resize(dst - begin);
    m_foldedStart.push_back(int(m_foldedText.size()));
    for (int i = 0; i < size(); ++i)
        m_hash.push_back(Text::wordHash(folded(i)));
}

void TokenizedText::splitSentences(Sentences sentences)
{
    // ICU's German sentence rules with CLDR's abbreviation suppressions, then our own list
    // and ordinals ("14. Oktober"), which ICU still breaks after.
    std::vector<int> breaks;
    if (sentences == Sentences::Whole) {
        breaks.push_back(int(m_text.size()));
    } else {
        // Building the iterator (rules, suppressions) costs more than running it on an
        // article: one per thread, reused.
        UErrorCode status = U_ZERO_ERROR;
        thread_local std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale("de", "DE", "ss=standard"), status));
        if (it) {
            const icu::UnicodeString alias(
                false, reinterpret_cast<const UChar *>(m_text.utf16()), int32_t(m_text.size()));
            it->setText(alias);
            for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next())
                breaks.push_back(int(b));
        } else {
            breaks.push_back(int(m_text.size()));
        }
    }
    const auto &abbreviations = germanAbbreviations();
    auto keepsSentence = [&](int boundary) {
        // The last token before the boundary and the first after it.
        const int next = [&] {
            auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), boundary,
                [](const Token &t, int o) { return t.start < o; });
            return it == m_tokens.end() ? -1 : int(it - m_tokens.begin());
        }();
        if (next <= 1)
            return false;
        // A line break always ends a sentence (headlines, list items).
        for (int k = m_tokens[size_t(next - 1)].end; k < m_tokens[size_t(next)].start; ++k) {
            if (m_text.at(k) == QLatin1Char('\n'))
                return false;
        }
        const int period = next - 1;
        if (view(period) != QLatin1String("."))
            return false;
        const int before = period - 1;
        if (m_tokens[size_t(before)].end != m_tokens[size_t(period)].start)
            return false;
        const QStringView word = view(before);
        const Token &following = m_tokens[size_t(next)];
        if (!following.upper && m_tokens[size_t(next)].kind == Token::Word && !following.hasDigit)
            return true; // lower case goes on: "z. B. die", "ca. drei"
        if (m_tokens[size_t(before)].kind == Token::Number)
            return word.size() <= 2 && following.kind != Token::Punct; // "14. Oktober", not "… 2025."
        if (word.size() == 1 && m_tokens[size_t(before)].upper)
            return true; // initials: "J. D. Vance"
        if (!abbreviations.contains(word.toString()))
            return false;
        // "… 3 Mio. Der Konzern": an article or pronoun after the abbreviation starts a sentence.
        static const QStringList starters {QStringLiteral("der"), QStringLiteral("die"),
            QStringLiteral("das"), QStringLiteral("ein"), QStringLiteral("eine"), QStringLiteral("er"),
            QStringLiteral("sie"), QStringLiteral("es"), QStringLiteral("wir"), QStringLiteral("dies"),
            QStringLiteral("diese"), QStringLiteral("dieser"), QStringLiteral("doch"), QStringLiteral("aber"),
            QStringLiteral("auch"), QStringLiteral("damit"), QStringLiteral("dabei"),
            QStringLiteral("zudem")};
        return !(following.upper && starters.contains(folded(next)));
    };
    int start = 0;
    for (const int b : breaks) {
        if (b < int(m_text.size()) && keepsSentence(b))
            continue;
        Sentence sentence;
        sentence.start = start;
        sentence.end = b;
        m_sentences.push_back(sentence);
        start = b;
    }
    if (m_sentences.empty() || m_sentences.back().end < int(m_text.size()))
        m_sentences.push_back({start, int(m_text.size()), 0, 0});
    size_t t = 0;
    for (size_t si = 0; si < m_sentences.size(); ++si) {
        Sentence &sentence = m_sentences[si];
        sentence.firstToken = int(t);
        bool first = true;
        while (t < m_tokens.size() && m_tokens[t].start < sentence.end) {
            m_tokens[t].sentence = int(si);
            if (first && m_tokens[t].kind == Token::Word) {
                m_tokens[t].sentenceStart = true;
                first = false;
            } else if (first && m_tokens[t].kind != Token::Punct) {
                first = false;
            }
            ++t;
        }
        sentence.endToken = int(t);
    }
}

} // namespace Lagebild::Analysis
