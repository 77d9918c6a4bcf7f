// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/tagger.h"

#include "syntax/tags.h"
#include "syntax/words.h"

#include <algorithm>

namespace Lagebild::Syntax {

namespace {

const WordFeatures &wordAt(const std::vector<WordFeatures> &words, int i)
{
    static const WordFeatures none = noWord();
    return i >= 0 && i < int(words.size()) ? words[size_t(i)] : none;
}

} // namespace

void Tagger::features(const LinearModel &m, const std::vector<WordFeatures> &words, int i, int previous,
    int beforePrevious, std::vector<quint32> &out)
{
    out.clear();
    const WordFeatures &w = wordAt(words, i);
    const WordFeatures &l1 = wordAt(words, i - 1);
    const WordFeatures &l2 = wordAt(words, i - 2);
    const WordFeatures &r1 = wordAt(words, i + 1);
    const WordFeatures &r2 = wordAt(words, i + 2);
    const quint64 p1 = quint64(previous + 1);
    const quint64 p2 = quint64(beforePrevious + 1);
    const quint32 f[] = {
        m.slot(1, 0),
        m.slot(2, w.lower),
        m.slot(3, w.suffix1),
        m.slot(4, w.suffix2),
        m.slot(5, w.suffix3),
        m.slot(6, w.suffix4),
        m.slot(7, w.prefix2),
        m.slot(8, w.shape),
        m.slot(9, l1.lower),
        m.slot(10, r1.lower),
        m.slot(11, l2.lower),
        m.slot(12, r2.lower),
        m.slot(13, l1.suffix3),
        m.slot(14, r1.suffix3),
        m.slot(15, r1.shape),
        m.slot(16, p1),
        m.slot(17, p1 * 64 + p2),
        m.slot(18, w.lower * 64 + p1),
        m.slot(19, w.suffix3 * 64 + p1),
        m.slot(20, w.shape * 64 + p1),
        m.slot(21, l1.lower * 31 + w.suffix2),
        m.slot(22, w.suffix2 * 31 + r1.lower),
    };
    out.assign(std::begin(f), std::end(f));
}

void Tagger::tag(const std::vector<WordFeatures> &words, std::vector<quint8> &tags) const
{
    tags.assign(words.size(), 0);
    const ClosedWords &closed = ClosedWords::bundled();
    // A form of a modal verb ("darf", "müsse", "könnte"; syntax-words.tsv) is a finite modal, a
    // closed class of German the tagger, having seen few of each form, reads as an adverb or a
    // noun; then the infinitive at the clause's end loses its subject and object. Inside the
    // sentence a capitalised form is the noun ("das Können") and keeps the model's reading.
    constexpr quint64 initialUpperShape = 1u << 0;
    constexpr quint64 firstShape = 1u << 5;
    // A capitalised hyphenated word ending in an English particle ("Start-up", "KI-Spin-off";
    // syntax-words.tsv) is a noun: the tagger reads the particle's word ("up", "off") and makes
    // it a preposition, a verb or a number, and the parse loses the noun's phrase.
    constexpr quint64 hyphenShape = 1u << 3;
    std::vector<quint8> modal(words.size(), FreeWord);
    for (size_t i = 0; i < words.size(); ++i) {
        const WordFeatures &w = words[i];
        if (((w.shape & initialUpperShape) == 0 || (w.shape & firstShape) != 0)
            && closed.is(w, ClosedWords::Modal))
            modal[i] = ModalWord;
        else if ((w.shape & initialUpperShape) != 0 && (w.shape & hyphenShape) != 0
            && closed.is(w, ClosedWords::HyphenNoun))
            modal[i] = NounWord;
    }
    tagFrom(words, modal, 0, -1, tags);
    // Word i takes the model's best reading among the tags that `fits`, the words after it tagged
    // again from there.
    const auto retag = [&](int i, const auto &fits) {
        std::vector<quint32> f;
        float scores[TagSet::size];
        features(m_model, words, i, i >= 1 ? tags[size_t(i - 1)] : -1, i >= 2 ? tags[size_t(i - 2)] : -1, f);
        m_model.score(f.data(), int(f.size()), scores);
        int best = -1;
        for (int t = 0; t < TagSet::size; ++t)
            if (fits(TagSet::tag(t)) && (best < 0 || scores[t] > scores[best]))
                best = t;
        if (best >= 0)
            tagFrom(words, modal, i, best, tags);
    };
    // A word in letters ending in -t is a numeral only as "acht", "hundert" and their compounds
    // (syntax-words.tsv): the tagger reads an unseen verb before a plural noun as a number
    // ("Washington wiederum warnt Firmen …" like "acht Firmen"). Such a word takes its best
    // reading that is no numeral.
    static const quint64 endsInT = [] {
        std::vector<WordFeatures> f;
        wordFeatures({QStringView(u"t")}, f);
        return f.front().suffix1;
    }();
    constexpr quint64 digitShape = 1u << 2;
    for (int i = 0; i < int(words.size()); ++i) {
        const WordFeatures &w = words[size_t(i)];
        if (TagSet::tag(tags[size_t(i)]).wordClass != WordClass::Numeral || (w.shape & digitShape)
            || w.suffix1 != endsInT || closed.is(w, ClosedWords::NumeralT))
            continue;
        retag(i, [](const Tag &t) { return t.wordClass != WordClass::Numeral; });
    }
    // A sentence adverb of syntax-words.tsv ("inzwischen", "zudem") is one, whatever the words
    // around it made the tagger read: its best reading that is an adverb.
    for (int i = 0; i < int(words.size()); ++i) {
        if (TagSet::tag(tags[size_t(i)]).wordClass == WordClass::Adverb
            || !closed.is(words[size_t(i)], ClosedWords::Adverb))
            continue;
        retag(i, [](const Tag &t) { return t.wordClass == WordClass::Adverb; });
    }
    // A word after a comma that opens a verb-final clause is a relative pronoun, never an article
    // ("die Modelle, die Nvidia entwickelt hatte"): a greedy tagger that saw "die Eigenname" as
    // article and noun a hundred times for each relative clause cannot tell, the clause's shape
    // can. Its case is the tagger's own best guess among the relative-pronoun tags.
    static const quint64 comma = [] {
        std::vector<WordFeatures> f;
        wordFeatures({QStringView(u",")}, f);
        return f.front().lower;
    }();
    std::vector<quint32> f;
    float scores[TagSet::size];
    for (int i = 1; i + 2 < int(words.size()); ++i) {
        // "…, an dem Stellantis 51 Prozent hält": a form of "der" after a comma and a preposition
        // opens one as well, whether the tagger read it as an article or a pronoun.
        const WordClass c = TagSet::tag(tags[size_t(i)]).wordClass;
        const bool afterComma = words[size_t(i - 1)].lower == comma && c == WordClass::Determiner;
        const bool afterPreposition = i >= 2 && words[size_t(i - 2)].lower == comma
            && TagSet::tag(tags[size_t(i - 1)]).wordClass == WordClass::Adposition
            && (c == WordClass::Determiner || c == WordClass::Pronoun)
            && closed.is(words[size_t(i)], ClosedWords::Relative);
        if (!(afterComma || afterPreposition) || !verbFinalClause(tags, i + 1))
            continue;
        features(m_model, words, i, tags[size_t(i - 1)], i >= 2 ? tags[size_t(i - 2)] : -1, f);
        m_model.score(f.data(), int(f.size()), scores);
        // A form of one case only ("den", "dem", "dessen"; syntax-words.tsv) has that case.
        const WordFeatures &w = words[size_t(i)];
        const GrammaticalCase only = closed.is(w, ClosedWords::RelativeAccusative)
            ? GrammaticalCase::Accusative
            : closed.is(w, ClosedWords::RelativeDative)   ? GrammaticalCase::Dative
            : closed.is(w, ClosedWords::RelativeGenitive) ? GrammaticalCase::Genitive
                                                          : GrammaticalCase::None;
        int best = -1;
        for (int t = 0; t < TagSet::size; ++t)
            if (TagSet::tag(t).wordClass == WordClass::RelativePronoun
                && TagSet::tag(t).grammaticalCase != GrammaticalCase::None
                && (only == GrammaticalCase::None || TagSet::tag(t).grammaticalCase == only)
                && (best < 0 || scores[t] > scores[best]))
                best = t;
        if (best < 0)
            continue;
        tagFrom(words, modal, i, best, tags);
    }
    // After a finite modal the verb that ends the clause is its infinitive ("Nvidia darf den H20
    // wieder nach China liefern"), though the tagger, seeing "liefern" as the plural it also is,
    // may read it finite: a clause holds one finite verb.
    for (int i = 0; i + 2 < int(words.size()); ++i) {
        const Tag t = TagSet::tag(tags[size_t(i)]);
        if (modal[size_t(i)] != ModalWord
            || (t.wordClass != WordClass::Verb && t.wordClass != WordClass::Auxiliary)
            || (t.verbForm != VerbForm::Finite && t.verbForm != VerbForm::Subjunctive))
            continue;
        int end = i + 1;
        while (end < int(words.size()) && TagSet::tag(tags[size_t(end)]).wordClass != WordClass::Punctuation)
            ++end;
        const int last = end - 1;
        const Tag l = TagSet::tag(tags[size_t(last)]);
        if (last <= i + 1 || l.wordClass != WordClass::Verb || l.verbForm != VerbForm::Finite)
            continue;
        bool single = true;
        for (int x = i + 1; x < last && single; ++x) {
            const Tag b = TagSet::tag(tags[size_t(x)]);
            single = !((b.wordClass == WordClass::Verb || b.wordClass == WordClass::Auxiliary)
                         && (b.verbForm == VerbForm::Finite || b.verbForm == VerbForm::Subjunctive))
                && b.wordClass != WordClass::CoordinatingConjunction
                && b.wordClass != WordClass::SubordinatingConjunction;
        }
        if (single)
            tagFrom(words, modal, last,
                TagSet::id(Tag {WordClass::Verb, GrammaticalCase::None, VerbForm::Infinitive}), tags);
    }
    // A finite verb whose clause ends in a participle or an infinitive is its auxiliary or modal
    // ("Volkswagen hat den Hersteller Navistar übernommen"): read as a main verb, it took the
    // clause's object from the participle.
    for (int i = 0; i + 1 < int(words.size()); ++i) {
        const Tag t = TagSet::tag(tags[size_t(i)]);
        if (t.wordClass != WordClass::Verb
            || (t.verbForm != VerbForm::Finite && t.verbForm != VerbForm::Subjunctive)
            || !endsInNonFinite(tags, i))
            continue;
        Tag aux = t;
        aux.wordClass = WordClass::Auxiliary;
        tagFrom(words, modal, i, TagSet::id(aux), tags);
    }
    // A finite form of "haben" opening a clause's verb bracket ("Huawei hat den Chip Ascend
    // entworfen") is closed by a participle: a finite verb cannot end a main clause whose finite
    // verb came before it. The tagger reads a strong participle in "-en" as the plural it looks
    // like, and then "hat" as the full verb. The auxiliary is forced first, the participle after
    // it: forcing a word re-tags the ones after it, so the other order would lose the participle.
    for (int i = 0; i + 2 < int(words.size()); ++i) {
        const Tag t = TagSet::tag(tags[size_t(i)]);
        if (!closed.is(words[size_t(i)], ClosedWords::Haben)
            || (t.wordClass != WordClass::Verb && t.wordClass != WordClass::Auxiliary)
            || (t.verbForm != VerbForm::Finite && t.verbForm != VerbForm::Subjunctive))
            continue;
        const int last = finiteClauseEnd(tags, i);
        if (last < 0)
            continue;
        if (t.wordClass == WordClass::Verb) {
            Tag aux = t;
            aux.wordClass = WordClass::Auxiliary;
            tagFrom(words, modal, i, TagSet::id(aux), tags);
        }
        const Tag l = TagSet::tag(tags[size_t(last)]);
        if (l.wordClass == WordClass::Verb && l.verbForm == VerbForm::Finite)
            tagFrom(words, modal, last,
                TagSet::id(Tag {WordClass::Verb, GrammaticalCase::None, VerbForm::Participle}), tags);
    }
}

int Tagger::finiteClauseEnd(const std::vector<quint8> &tags, int verb)
{
    const auto finiteVerb = [&tags](int x) {
        const Tag t = TagSet::tag(tags[size_t(x)]);
        return t.wordClass == WordClass::Verb && t.verbForm == VerbForm::Finite;
    };
    int end = verb + 1;
    while (end < int(tags.size()) && TagSet::tag(tags[size_t(end)]).wordClass != WordClass::Punctuation)
        ++end;
    // One clause: no other finite verb, no conjunction in between ("hat Kunden, die … kaufen" ends
    // at the comma already) — but "und" after the first of coordinated participles ends the first
    // ("hat den Chip entworfen und bei TSMC gefertigt").
    for (int x = verb + 1; x < end - 1; ++x) {
        const Tag b = TagSet::tag(tags[size_t(x)]);
        if (x > verb + 1 && finiteVerb(x)
            && TagSet::tag(tags[size_t(x + 1)]).wordClass == WordClass::CoordinatingConjunction)
            return x;
        if (((b.wordClass == WordClass::Verb || b.wordClass == WordClass::Auxiliary)
                && (b.verbForm == VerbForm::Finite || b.verbForm == VerbForm::Subjunctive))
            || b.wordClass == WordClass::CoordinatingConjunction
            || b.wordClass == WordClass::SubordinatingConjunction)
            return -1;
    }
    const int last = end - 1;
    return last > verb + 1 && finiteVerb(last) ? last : -1;
}

bool Tagger::endsInNonFinite(const std::vector<quint8> &tags, int verb)
{
    int end = verb + 1;
    while (end < int(tags.size()) && TagSet::tag(tags[size_t(end)]).wordClass != WordClass::Punctuation)
        ++end;
    // Another finite verb in between ("…, hat er gesagt und gelacht") makes it no single clause.
    for (int i = verb + 1; i < end - 1; ++i) {
        const Tag t = TagSet::tag(tags[size_t(i)]);
        if ((t.wordClass == WordClass::Verb || t.wordClass == WordClass::Auxiliary)
            && (t.verbForm == VerbForm::Finite || t.verbForm == VerbForm::Subjunctive))
            return false;
        if (t.wordClass == WordClass::CoordinatingConjunction
            || t.wordClass == WordClass::SubordinatingConjunction)
            return false;
    }
    if (end - 1 <= verb + 1)
        return false; // the participle right after the verb is no clause end ("hat gesagt")… yet
    const Tag last = TagSet::tag(tags[size_t(end - 1)]);
    return last.wordClass == WordClass::Verb
        && (last.verbForm == VerbForm::Participle || last.verbForm == VerbForm::Infinitive);
}

int Tagger::bestModalReading(const float *scores, const std::vector<quint8> &tags, int i)
{
    // Finite or subjunctive, unless it follows an infinitive in a clause that already has its
    // finite verb: then it is the infinitive standing for the participle ("hätte liefern können",
    // "wird bauen wollen"); a clause holds one finite verb.
    bool infinitive = i >= 1 && TagSet::tag(tags[size_t(i - 1)]).verbForm == VerbForm::Infinitive;
    if (infinitive) {
        bool finiteBefore = false;
        for (int x = i - 2; x >= 0 && !finiteBefore; --x) {
            const Tag t = TagSet::tag(tags[size_t(x)]);
            if (t.wordClass == WordClass::Punctuation)
                break;
            finiteBefore = (t.wordClass == WordClass::Verb || t.wordClass == WordClass::Auxiliary)
                && (t.verbForm == VerbForm::Finite || t.verbForm == VerbForm::Subjunctive);
        }
        infinitive = finiteBefore;
    }
    if (infinitive)
        return TagSet::id(Tag {WordClass::Auxiliary, GrammaticalCase::None, VerbForm::Infinitive});
    const int finite = TagSet::id(Tag {WordClass::Auxiliary, GrammaticalCase::None, VerbForm::Finite});
    const int subjunctive
        = TagSet::id(Tag {WordClass::Auxiliary, GrammaticalCase::None, VerbForm::Subjunctive});
    return scores[subjunctive] > scores[finite] ? subjunctive : finite;
}

void Tagger::tagFrom(const std::vector<WordFeatures> &words, const std::vector<quint8> &modal, int from,
    int forced, std::vector<quint8> &tags) const
{
    std::vector<quint32> f;
    float scores[TagSet::size];
    int previous = from >= 1 ? tags[size_t(from - 1)] : -1;
    int beforePrevious = from >= 2 ? tags[size_t(from - 2)] : -1;
    for (int i = from; i < int(words.size()); ++i) {
        int best = forced;
        if (i != from || forced < 0) {
            features(m_model, words, i, previous, beforePrevious, f);
            m_model.score(f.data(), int(f.size()), scores);
            best = int(std::max_element(scores, scores + TagSet::size) - scores);
            // A finite reading the model gives stays its own (tag() makes it an auxiliary where
            // the clause ends in an infinitive): forced to an auxiliary before that, the parser
            // hung it on the participle of a relative clause in between ("Damit dürfen die
            // Modelle, die Nvidia entwickelt hatte, nicht … geliefert werden").
            const Tag t = TagSet::tag(best);
            const bool finite = (t.wordClass == WordClass::Verb || t.wordClass == WordClass::Auxiliary)
                && (t.verbForm == VerbForm::Finite || t.verbForm == VerbForm::Subjunctive);
            if (modal[size_t(i)] == ModalWord && !finite)
                best = bestModalReading(scores, tags, i);
            if (modal[size_t(i)] == NounWord && t.wordClass != WordClass::Noun
                && t.wordClass != WordClass::ProperNoun) {
                for (int n = 0; n < TagSet::size; ++n)
                    if (TagSet::tag(n).wordClass == WordClass::Noun
                        && (TagSet::tag(best).wordClass != WordClass::Noun || scores[n] > scores[best]))
                        best = n;
            }
        }
        tags[size_t(i)] = quint8(best);
        beforePrevious = previous;
        previous = best;
    }
}

bool Tagger::verbFinalClause(const std::vector<quint8> &tags, int from)
{
    const auto classAt = [&tags](int i) { return TagSet::tag(tags[size_t(i)]).wordClass; };
    const auto verbal = [](WordClass c) {
        return c == WordClass::Verb || c == WordClass::Auxiliary || c == WordClass::InfinitiveMarker;
    };
    int end = from;
    while (end < int(tags.size()) && classAt(end) != WordClass::Punctuation)
        ++end;
    int firstVerb = from;
    while (firstVerb < end && !verbal(classAt(firstVerb)))
        ++firstVerb;
    // Words before the verbs (at least the clause's first phrase), then only verbs.
    if (firstVerb == from || firstVerb == end)
        return false;
    // A finite verb among them: "…, den Vertrag zu unterschreiben" is an infinitive, not a
    // relative clause. A participle alone at the end is a finite verb misread ("…, das Bayer mit
    // Regeneron vermarktet", "…, dem Greyhound gehört"): a participle needs its auxiliary.
    bool finite = false;
    for (int i = firstVerb; i < end; ++i) {
        const Tag t = TagSet::tag(tags[size_t(i)]);
        if (!verbal(t.wordClass) || t.wordClass == WordClass::InfinitiveMarker)
            return false;
        finite = finite || t.verbForm == VerbForm::Finite || t.verbForm == VerbForm::Subjunctive;
    }
    return finite
        || (end == firstVerb + 1 && TagSet::tag(tags[size_t(firstVerb)]).verbForm == VerbForm::Participle);
}

} // namespace Lagebild::Syntax
