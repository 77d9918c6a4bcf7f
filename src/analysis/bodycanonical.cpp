// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical names of bodies whose head noun the article inflects: "auf der Entity List des
// Handelsministeriums" files under "Handelsministerium" as "das Handelsministerium" does, so an
// entity list, timeline or network shows one entity, not two.

#include "analysis/bodycanonical.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

struct HeadAt
{
    int token = 0;
    int ending = 0; ///< letters of the case ending after the head
    Resources::GenitiveHead::Gender gender = Resources::GenitiveHead::Gender::Neuter;
};

// The listed head this folded word is or ends in, with `ending` letters after it.
const Resources::GenitiveHead *headOf(const Resources &r, QStringView folded, qsizetype ending)
{
    const QStringView stem = folded.chopped(ending);
    for (const Resources::GenitiveHead &head : r.genitiveHeads)
        if (stem == head.noun || (stem.size() > head.noun.size() && Text::hasSuffix(stem, head.noun)))
            return &head;
    return nullptr;
}

// Whether a lower-case word the German lexicon does not know follows in the name: then it is
// a foreign one, and its head's -es or -s is a plural ("National Institutes of Health").
bool foreignAfter(const TokenizedText &text, const Resources &r, int from, int end)
{
    for (int k = from; k < end; ++k)
        if (text.at(k).kind == Token::Word && !text.at(k).upper
            && !(r.lexicon.lists(text.hash(k)) & Resources::lowercaseList))
            return true;
    return false;
}

// The name's head: the first listed head before any lower-case word, which opens what follows
// it ("Bundesverbandes der Deutschen Industrie"; in "Freunde des Instituts" the institute is
// not the head). A compound's first part glued by a hyphen ("Rats-Vorsitz") is none.
std::optional<HeadAt> headAt(const TokenizedText &text, const Resources &r, int first, int end)
{
    for (int i = first; i < end; ++i) {
        const Token &t = text.at(i);
        if (t.kind == Token::Word && !t.upper)
            return std::nullopt;
        if (t.kind != Token::Word || t.allUpper || (text.is(i + 1, u"-") && !text.at(i + 1).spaceBefore))
            continue;
        const QStringView folded = text.folded(i);
        if (const auto *head = headOf(r, folded, 0))
            return HeadAt {i, 0, head->gender};
        for (const QString &ending : r.headCaseEndings) {
            if (folded.size() <= ending.size() || !Text::hasSuffix(folded, ending)
                || !text.view(i).endsWith(ending, Qt::CaseInsensitive))
                continue;
            if (const auto *head = headOf(r, folded, ending.size())) {
                if (foreignAfter(text, r, i + 1, end))
                    return std::nullopt;
                return HeadAt {i, int(ending.size()), head->gender};
            }
        }
    }
    return std::nullopt;
}

} // namespace

bool nameAdjective(QStringView word, QStringView ending, const Resources &r)
{
    if (word.size() <= 5 || !word.endsWith(ending))
        return false;
    const QStringView stem = word.chopped(ending.size());
    return std::any_of(r.nameAdjectiveStems.begin(), r.nameAdjectiveStems.end(),
        [stem](const QString &end) { return stem.endsWith(end); });
}

std::optional<QString> bodyNominative(
    const TokenizedText &text, const QString &input, const Resources &r, int first, int end)
{
    const auto head = headAt(text, r, first, end);
    if (!head)
        return std::nullopt;
    const int start = text.at(first).start;
    QString name = input.mid(start, text.at(end - 1).end - start);
    bool changed = head->ending > 0;
    name.remove(text.at(head->token).end - head->ending - start, head->ending);
    // After an article the adjectives are weak ("des Europäischen", "der Deutsche"); the name
    // stands without one, strong and in the nominative ("Europäisches", "Deutscher").
    const bool weak = first > 0 && r.weakDeterminers.contains(text.hash(first - 1));
    const QString strong = head->gender == Resources::GenitiveHead::Gender::Masculine ? QStringLiteral("er")
                                                                                      : QStringLiteral("es");
    // Only a run of adjectives from the name's start to its head: "Robert Koch-Instituts" keeps its words.
    bool adjectives = weak && head->token > first;
    for (int k = first; k < head->token && adjectives; ++k)
        adjectives = text.at(k).upper
            && (nameAdjective(text.view(k), u"en", r) || nameAdjective(text.view(k), u"e", r));
    // A word in a weak ending that is no adjective known as such ("des Ständigen Ausschusses")
    // would keep it beside a nominative head, a form that is neither the name nor its surface:
    // then the name stays as written. Words glued by a hyphen ("Heinrich-Heine-Instituts") are
    // the name's own.
    for (int k = first; weak && !adjectives && k < head->token; ++k) {
        const QStringView word = text.view(k);
        if (text.at(k).kind == Token::Word && text.at(k).upper && !text.at(k).allUpper
            && !(text.is(k + 1, u"-") && !text.at(k + 1).spaceBefore)
            && !(k > first && text.is(k - 1, u"-") && !text.at(k).spaceBefore)
            && (word.endsWith(u"en") || word.endsWith(u"e")))
            return std::nullopt;
    }
    for (int j = head->token - 1; adjectives && j >= first; --j) {
        const qsizetype weakEnding = text.view(j).endsWith(u"en") ? 2 : 1;
        name.replace(text.at(j).end - weakEnding - start, weakEnding, strong);
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    return name.simplified();
}

} // namespace Lagebild::Analysis
