// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/parsedsentence.h"

#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "syntax/words.h"

#include <algorithm>

namespace Lagebild::Analysis {

ParsedSentence::ParsedSentence(
    const TokenizedText &text, const Sentence &s, const std::vector<const Mention *> &mentions)
    : m_firstToken(s.firstToken), m_wordOfToken(size_t(s.endToken - s.firstToken), -1)
{
    // A name is one word to the parser, written as the placeholder it learned names as; a name
    // inside a hyphenated compound ("Nvidia-Chef") stays part of the compound.
    std::vector<const Mention *> nameAt(size_t(s.endToken - s.firstToken), nullptr);
    for (const Mention *m : mentions) {
        const int first = text.tokenAt(m->start);
        const int last = text.tokenAt(m->end - 1);
        if (first < s.firstToken || last < first || last >= s.endToken)
            continue;
        const bool gluedBefore = !text.at(first).spaceBefore && text.is(first - 1, u"-");
        const bool gluedAfter
            = last + 1 < s.endToken && !text.at(last + 1).spaceBefore && text.is(last + 1, u"-");
        if (gluedBefore || gluedAfter)
            continue;
        for (int t = first; t <= last; ++t)
            nameAt[size_t(t - s.firstToken)] = m;
    }
    // A slash or point between a word with a digit and a word or number glued to both, and that
    // word or number: the rest of a product's or a type's code.
    const auto separator = [&text](int t) { return text.is(t, u"/") || text.is(t, u"."); };
    const auto inCode = [&](int t) {
        const Word &before = m_words.back();
        if (separator(t))
            return t + 1 < s.endToken && !text.at(t + 1).spaceBefore && text.at(t + 1).kind != Token::Punct
                && text.at(t - 1).kind != Token::Punct
                && std::any_of(text.tokens().begin() + before.firstToken,
                    text.tokens().begin() + before.endToken,
                    [](const Token &k) { return k.hasDigit || k.kind == Token::Number; });
        return text.at(t).kind != Token::Punct && separator(t - 1) && before.endToken == t
            && before.firstToken < t - 1;
    };
    // Other words: tokens glued by hyphens join ("US-Behörden", "H20-Chips", "Nvidia-Chef").
    for (int t = s.firstToken; t < s.endToken; ++t) {
        const Mention *name = nameAt[size_t(t - s.firstToken)];
        bool glued = false;
        if (name) {
            glued = t > s.firstToken && nameAt[size_t(t - 1 - s.firstToken)] == name;
        } else if (!m_words.empty() && !text.at(t).spaceBefore && !m_words.back().mention) {
            const bool hyphen = text.is(t, u"-") && text.at(t - 1).kind != Token::Punct;
            const bool afterHyphen = text.is(t - 1, u"-") && m_words.back().firstToken < t - 1
                && text.at(t).kind != Token::Punct;
            glued = hyphen || afterHyphen;
        }
        // "vom Typ N175/6.X an RWE": a code glued by slashes and points is one word, a name's too.
        if (!glued && !m_words.empty() && !text.at(t).spaceBefore && inCode(t))
            glued = true;
        // "Die Deutsche Umwelthilfe (DUH) hat …": a name's short form in parentheses right after it
        // is the same name; the parser, which learned no such brackets, reads the name once.
        if (!glued && !m_words.empty() && m_words.back().mention && text.is(t, u"(") && t + 2 < s.endToken) {
            const Mention *inner = nameAt[size_t(t + 1 - s.firstToken)];
            if (inner && inner != m_words.back().mention
                && inner->canonical == m_words.back().mention->canonical
                && text.tokenAt(inner->start) == t + 1 && text.tokenAt(inner->end - 1) + 1 < s.endToken
                && text.is(text.tokenAt(inner->end - 1) + 1, u")")) {
                const int close = text.tokenAt(inner->end - 1) + 1;
                for (int x = t; x <= close; ++x)
                    m_wordOfToken[size_t(x - s.firstToken)] = int(m_words.size()) - 1;
                m_words.back().endToken = close + 1;
                t = close;
                continue;
            }
        }
        if (glued)
            m_words.back().endToken = t + 1;
        else
            m_words.push_back({t, t + 1, {}, {}, name, nullptr});
        m_wordOfToken[size_t(t - s.firstToken)] = int(m_words.size()) - 1;
    }
    std::vector<QStringView> views;
    views.reserve(m_words.size());
    for (Word &w : m_words) {
        // A German compound behaves as its last part: "H20-Chips" is read as "Chips". An English
        // particle ending a noun German took over is no part of its own: "KI-Start-up" is read
        // as "Start-up", not "up" (syntax-words.tsv). Before a name it stays the particle, which
        // the parser hangs on the name as a title ("das Start-up Mendix" is Mendix).
        int last = text.is(w.endToken - 1, u"-") ? w.firstToken : w.endToken - 1;
        const size_t index = size_t(&w - m_words.data());
        const bool beforeName = index + 1 < m_words.size() && m_words[index + 1].mention;
        if (!w.mention && !beforeName && last - 2 >= w.firstToken && text.is(last - 1, u"-")
            && Syntax::isParticleNoun(
                QStringView(text.text())
                    .mid(text.at(last - 2).start, text.at(last).end - text.at(last - 2).start)))
            last -= 2;
        const int start = text.at(last).start;
        views.push_back(w.mention ? Syntax::namePlaceholder()
                                  : QStringView(text.text()).mid(start, text.at(w.endToken - 1).end - start));
        for (int t = w.firstToken; t < w.endToken; ++t) {
            if (!text.is(t, u"-")) {
                w.folded += text.folded(t);
                w.lastPart = text.folded(t).toString();
            }
        }
    }
    // A compound stands for the name it ends with ("H20-Chips" is no name; "US-Behörden" may be
    // one of its own); "Nvidia" in "Nvidia-Chef" stands for nothing in the clause.
    for (const Mention *m : mentions) {
        for (Word &w : m_words) {
            const int lastStart = text.at(w.endToken - 1).start;
            const int firstStart = text.at(w.firstToken).start;
            if (!w.mention && lastStart >= m->start && lastStart < m->end)
                w.mention = m;
            else if (!w.mention && w.endToken - w.firstToken > 1 && firstStart >= m->start
                && firstStart < m->end)
                w.modifier = m;
        }
    }
    m_syntax = Syntax::SyntaxModel::bundled().analyse(views);
    separateArticledNames();
    // The verb group first: what hangs on a mended verb, a passive auxiliary among it, is what the
    // object repair asks about.
    verbGroupsUnderAuxiliaries();
    namesOutOfRelativeClauses();
    relativePronounsOffNames();
    listsOfNames();
    objectsOfPresentPlurals();
    likeSubjects();
    objectsFromMisreadPhrases();
    m_children.assign(m_words.size(), {});
    for (size_t w = 0; w < m_syntax.size(); ++w)
        if (m_syntax[w].head >= 0)
            m_children[size_t(m_syntax[w].head)].push_back(int(w));
}

// "Zudem hat die Europäische Union die Gazprom-Tochter Gazprom Neft mit Sanktionen belegt": the parse
// may hang a name with an article of its own as a compound on the next noun, though that noun has
// its own article between them — two noun phrases side by side. A name whose article is read in the
// nominative is then the subject of the noun's verb, and the noun, if the parse made it the subject,
// its object: where the article after it does not tell ("die"), German puts the subject first, as
// the labeller does. A name in another case, or a verb with a subject of its own, leaves the parse.
void ParsedSentence::separateArticledNames()
{
    using Syntax::DependencyLabel;
    using Syntax::GrammaticalCase;
    const int n = int(m_syntax.size());
    const auto determinerOf = [this, n](int w, int from, int to) {
        for (int d = from; d < to; ++d)
            if (d >= 0 && d < n && m_syntax[size_t(d)].head == w
                && m_syntax[size_t(d)].label == DependencyLabel::Determiner
                && m_syntax[size_t(d)].tag.wordClass == Syntax::WordClass::Determiner)
                return d;
        return -1;
    };
    for (int w = 0; w < n; ++w) {
        Syntax::SyntaxWord &name = m_syntax[size_t(w)];
        const int noun = name.head;
        // "hatte die Internetaufsicht CAC große Techkonzerne … angewiesen": a name hung before the
        // noun as its modifier is the same misreading (German puts no articled genitive before its
        // noun).
        bool modifier = name.label == DependencyLabel::NominalModifier;
        for (int c = 0; c < w && modifier; ++c)
            modifier = !(m_syntax[size_t(c)].head == w
                && (m_syntax[size_t(c)].label == DependencyLabel::CaseMarker
                    || m_syntax[size_t(c)].tag.wordClass == Syntax::WordClass::Adposition));
        if (!m_words[size_t(w)].mention || (name.label != DependencyLabel::Compound && !modifier)
            || noun <= w + 1 || m_syntax[size_t(noun)].tag.wordClass != Syntax::WordClass::Noun)
            continue;
        const DependencyLabel role = m_syntax[size_t(noun)].label;
        if (role != DependencyLabel::Subject && role != DependencyLabel::Object
            && role != DependencyLabel::Oblique)
            continue;
        const int own = determinerOf(w, w - 1, w);
        // The noun's own article, or (a plural without one) only adjectives of its own between.
        bool bare = true;
        for (int x = w + 1; x < noun && bare; ++x)
            bare = m_syntax[size_t(x)].tag.wordClass == Syntax::WordClass::Adjective
                && m_syntax[size_t(x)].head == noun;
        const bool nounsOwn = determinerOf(noun, w + 1, noun) >= 0 || bare;
        const int verb = m_syntax[size_t(noun)].head;
        if (own < 0 || !nounsOwn || verb < 0
            || m_syntax[size_t(own)].tag.grammaticalCase != GrammaticalCase::Nominative)
            continue;
        const Syntax::WordClass verbClass = m_syntax[size_t(verb)].tag.wordClass;
        if (verbClass != Syntax::WordClass::Verb && verbClass != Syntax::WordClass::Auxiliary)
            continue;
        // The verb keeps one subject: another than the noun leaves the parse as it is.
        bool otherSubject = false;
        for (int x = 0; x < n; ++x)
            otherSubject = otherSubject
                || (x != noun && m_syntax[size_t(x)].head == verb
                    && (m_syntax[size_t(x)].label == DependencyLabel::Subject
                        || m_syntax[size_t(x)].label == DependencyLabel::PassiveSubject));
        if (otherSubject)
            continue;
        name.head = verb;
        name.label = DependencyLabel::Subject;
        if (m_syntax[size_t(noun)].label == DependencyLabel::Subject)
            m_syntax[size_t(noun)].label = DependencyLabel::Object;
    }
}

// Two misreadings of a verb's object the labeller cannot repair, as it sees one word at a time:
// - "Bellevue Group erwirbt deutsche StarCapital AG und diversifiziert …": a noun phrase hung on the
//   verb as a conjunct, without a coordinator or comma of its own. A noun is no conjunct of a verb;
//   after the verb it is its object.
// - "So übernimmt der Messtechnikkonzern Keysight die Optical Solutions Group von Synopsys": a noun
//   phrase hung on the subject as its modifier, though its article is read in the accusative. A
//   modifier of a noun without a preposition is a genitive; one in the accusative is the verb's
//   object.
// Only where the verb has no object yet.
void ParsedSentence::objectsFromMisreadPhrases()
{
    using Syntax::DependencyLabel;
    using Syntax::WordClass;
    const int n = int(m_syntax.size());
    const auto hasChild = [this, n](int w, auto &&test) {
        for (int x = 0; x < n; ++x)
            if (m_syntax[size_t(x)].head == w && test(x))
                return true;
        return false;
    };
    const auto isVerb = [this](int v) {
        const WordClass c = m_syntax[size_t(v)].tag.wordClass;
        return c == WordClass::Verb || c == WordClass::Auxiliary;
    };
    // "hatte den chinesischen Antikörperspezialisten Biotheus gekauft": "den" before a noun in -en
    // is an accusative singular or a dative plural, and the parse may take the dative. A noun with
    // one name of its own right after it (no list) is one thing, singular: "den" is then the
    // accusative, and the noun, without a preposition, is the verb's object, not a phrase of it.
    const auto singularBeforeName = [this, n, &hasChild](int w) {
        const Mention *name = w + 1 < n ? m_words[size_t(w) + 1].mention : nullptr;
        if (!name || m_syntax[size_t(w) + 1].head != w || !hasChild(w, [this](int x) {
                return m_syntax[size_t(x)].label == DependencyLabel::Determiner
                    && m_words[size_t(x)].folded == u"den";
            }))
            return false;
        const int after = w + 2;
        if (after < n
            && (m_syntax[size_t(after)].tag.wordClass == WordClass::CoordinatingConjunction
                || m_words[size_t(after)].folded == u","))
            return false;
        return !hasChild(m_syntax[size_t(w)].head, [this](int x) {
            const DependencyLabel l = m_syntax[size_t(x)].label;
            return l == DependencyLabel::PassiveAuxiliary || l == DependencyLabel::PassiveSubject;
        });
    };
    for (int w = 0; w < n; ++w) {
        Syntax::SyntaxWord &word = m_syntax[size_t(w)];
        const WordClass c = word.tag.wordClass;
        if ((c != WordClass::Noun && c != WordClass::ProperNoun) || word.head < 0
            || (word.head >= w && word.label != DependencyLabel::Oblique))
            continue;
        const auto marker = [this](int x) {
            const WordClass k = m_syntax[size_t(x)].tag.wordClass;
            return k == WordClass::Adposition || k == WordClass::CoordinatingConjunction
                || k == WordClass::Punctuation;
        };
        int verb = -1;
        if (word.label == DependencyLabel::Conjunct && isVerb(word.head)) {
            verb = word.head;
        } else if (word.label == DependencyLabel::Oblique && isVerb(word.head) && singularBeforeName(w)) {
            verb = word.head;
        } else if (word.label == DependencyLabel::NominalModifier) {
            const Syntax::SyntaxWord &noun = m_syntax[size_t(word.head)];
            const bool accusative = hasChild(w, [this](int x) {
                return m_syntax[size_t(x)].label == DependencyLabel::Determiner
                    && m_syntax[size_t(x)].tag.grammaticalCase == Syntax::GrammaticalCase::Accusative;
            });
            if (accusative && noun.label == DependencyLabel::Subject && noun.head >= 0 && noun.head < w
                && isVerb(noun.head))
                verb = noun.head;
        }
        if (verb < 0 || hasChild(w, marker)
            || hasChild(verb, [this](int x) { return m_syntax[size_t(x)].label == DependencyLabel::Object; }))
            continue;
        word.head = verb;
        word.label = DependencyLabel::Object;
    }
}

// "Midea hat den Roboterbauer Kuka übernommen und verkauft Wärmepumpen": the parse may make the
// finite auxiliary the clause's verb and hang the participle (or, after the future's "wird", the
// infinitive) that closes the clause on it as a conjunct or a clause of its own. In German the verb
// group's last non-finite verb is the clause's verb; the auxiliary only carries tense and voice.
// The non-finite verb then takes the auxiliary's place and its dependents, and the auxiliary hangs
// on it, as the parse reads a verb group it gets right. Only where nothing opens a new clause
// between them (a coordinator, a subordinator or a finite verb) and the non-finite verb ends its
// clause (only verbs after it before a comma, a coordinator or the sentence's end).
void ParsedSentence::verbGroupsUnderAuxiliaries()
{
    using Syntax::DependencyLabel;
    using Syntax::VerbForm;
    using Syntax::WordClass;
    const RelationLexicon &lex = Resources::instance().relations;
    const int n = int(m_syntax.size());
    const auto isVerb = [this](int v) {
        const WordClass c = m_syntax[size_t(v)].tag.wordClass;
        return c == WordClass::Verb || c == WordClass::Auxiliary;
    };
    const auto isFinite = [this](int v) {
        const VerbForm f = m_syntax[size_t(v)].tag.verbForm;
        return f == VerbForm::Finite || f == VerbForm::Subjunctive;
    };
    for (int v = 0; v < n; ++v) {
        Syntax::SyntaxWord &verb = m_syntax[size_t(v)];
        const int aux = verb.head;
        const DependencyLabel l = verb.label;
        if (aux < 0 || aux >= v || m_syntax[size_t(v)].tag.wordClass != WordClass::Verb || !isVerb(aux)
            || !isFinite(aux)
            || (l != DependencyLabel::Conjunct && l != DependencyLabel::ClausalComplement
                && l != DependencyLabel::OpenComplement && l != DependencyLabel::Parataxis))
            continue;
        const QString &a = m_words[size_t(aux)].folded;
        const bool perfect = lex.is(a, RelationLexicon::PerfectAuxiliary);
        const bool passive = lex.is(a, RelationLexicon::PassiveAuxiliary);
        const bool future = lex.is(a, RelationLexicon::Future);
        const VerbForm form = verb.tag.verbForm;
        if (!((form == VerbForm::Participle && (perfect || passive))
                || (form == VerbForm::Infinitive && future)))
            continue;
        bool opened = false;
        for (int x = aux + 1; x < v && !opened; ++x) {
            const Syntax::SyntaxWord &w = m_syntax[size_t(x)];
            opened = (isVerb(x) && isFinite(x)) || w.tag.wordClass == WordClass::CoordinatingConjunction
                || w.tag.wordClass == WordClass::SubordinatingConjunction
                || w.label == DependencyLabel::Marker;
        }
        int after = v + 1;
        while (after < n && isVerb(after) && !isFinite(after))
            ++after;
        const bool closes = after >= n || m_syntax[size_t(after)].tag.wordClass == WordClass::Punctuation
            || m_syntax[size_t(after)].tag.wordClass == WordClass::CoordinatingConjunction;
        if (opened || !closes)
            continue;
        for (int x = 0; x < n; ++x)
            if (x != v && m_syntax[size_t(x)].head == aux)
                m_syntax[size_t(x)].head = v;
        verb.head = m_syntax[size_t(aux)].head;
        verb.label = m_syntax[size_t(aux)].label;
        m_syntax[size_t(aux)].head = v;
        m_syntax[size_t(aux)].label = passive && !perfect && form == VerbForm::Participle
            ? DependencyLabel::PassiveAuxiliary
            : DependencyLabel::Auxiliary;
    }
}

// "Den Kirin 9000S, der im Mate 60 Pro steckt, fertigt der Auftragsfertiger SMIC": the parse may
// hang the name before a relative clause on the clause's verb, though a relative clause's words
// stand between its comma and its verb. A name before the comma that opens such a clause (a
// relative pronoun after the comma, the verb closing the clause before the next comma, no finite
// verb between) belongs to the verb right after the clause's closing comma: its object when its
// article is never nominative ("Den"), else its subject where that verb has none.
void ParsedSentence::namesOutOfRelativeClauses()
{
    using Syntax::DependencyLabel;
    using Syntax::WordClass;
    const RelationLexicon &lex = Resources::instance().relations;
    const int n = int(m_syntax.size());
    const auto wordClass = [this](int w) { return m_syntax[size_t(w)].tag.wordClass; };
    const auto isVerb
        = [&](int w) { return wordClass(w) == WordClass::Verb || wordClass(w) == WordClass::Auxiliary; };
    for (int comma = 1; comma + 2 < n; ++comma) {
        const int pronoun = comma + 1;
        if (m_words[size_t(comma)].folded != u","
            || !(wordClass(pronoun) == WordClass::RelativePronoun
                || lex.is(m_words[size_t(pronoun)].folded, RelationLexicon::Article)))
            continue;
        int verb = -1;
        int close = pronoun + 1;
        for (; close < n && m_words[size_t(close)].folded != u","; ++close)
            if (isVerb(close))
                verb = verb < 0 ? close : verb;
        // The clause's verbs close it: only verbs from the first to the comma.
        if (verb < 0 || close + 1 >= n || !isVerb(close + 1))
            continue;
        bool verbFinal = true;
        for (int x = verb; x < close; ++x)
            verbFinal = verbFinal && isVerb(x);
        if (!verbFinal)
            continue;
        // The verb after the comma, or the participle its auxiliary stands for ("…, wird bei SMIC
        // gefertigt").
        int main = close + 1;
        const DependencyLabel mainLabel = m_syntax[size_t(main)].label;
        if ((mainLabel == DependencyLabel::Auxiliary || mainLabel == DependencyLabel::PassiveAuxiliary)
            && m_syntax[size_t(main)].head > main)
            main = m_syntax[size_t(main)].head;
        bool hasSubject = false;
        bool passive = false;
        for (int x = 0; x < n; ++x) {
            const DependencyLabel l = m_syntax[size_t(x)].label;
            hasSubject = hasSubject
                || (m_syntax[size_t(x)].head == main
                    && (l == DependencyLabel::Subject || l == DependencyLabel::PassiveSubject));
            passive = passive || (m_syntax[size_t(x)].head == main && l == DependencyLabel::PassiveAuxiliary);
        }
        for (int x = 0; x < comma; ++x) {
            Syntax::SyntaxWord &name = m_syntax[size_t(x)];
            // A noun counts as a name: "Das Leipziger Start-up Sdui, das …" with the name on the
            // noun.
            if ((!m_words[size_t(x)].mention && wordClass(x) != WordClass::Noun) || name.head < verb
                || name.head >= close)
                continue;
            bool notNominative = false;
            for (int d = 0; d < x; ++d)
                notNominative = notNominative
                    || (m_syntax[size_t(d)].head == x
                        && m_syntax[size_t(d)].label == DependencyLabel::Determiner
                        && lex.is(m_words[size_t(d)].folded, RelationLexicon::NotNominative));
            if (!notNominative && hasSubject)
                continue;
            name.head = main;
            name.label = notNominative ? DependencyLabel::Object
                : passive              ? DependencyLabel::PassiveSubject
                                       : DependencyLabel::Subject;
            hasSubject = hasSubject || !notNominative;
        }
    }
}

// "Der H20, den Nvidia eigens für China entwickelt hatte, …": the parse, having seen "den" before a
// noun as its article a hundred times for each relative clause, may hang a relative pronoun after a
// comma on the name after it as its article, and the name on the noun before the comma. A pronoun
// of the accusative or the dative (its form tells: syntax-words.tsv) opening a clause whose verbs
// close it is the object of the clause's verb, the name after it the verb's subject.
void ParsedSentence::relativePronounsOffNames()
{
    using Syntax::DependencyLabel;
    using Syntax::GrammaticalCase;
    using Syntax::WordClass;
    const int n = int(m_syntax.size());
    const auto isVerb = [this](int w) {
        const WordClass c = m_syntax[size_t(w)].tag.wordClass;
        return c == WordClass::Verb || c == WordClass::Auxiliary;
    };
    for (int comma = 1; comma + 3 < n; ++comma) {
        const int pronoun = comma + 1;
        const Syntax::SyntaxWord &p = m_syntax[size_t(pronoun)];
        // The name right after it, or a noun whose own article follows the pronoun ("…, den das
        // Unternehmen im Sommer übernommen hat"): a noun takes one article.
        const int name = p.head;
        const bool ownArticle = name == pronoun + 2 && m_syntax[size_t(pronoun + 1)].head == name
            && m_syntax[size_t(pronoun + 1)].tag.wordClass == WordClass::Determiner
            && (m_syntax[size_t(name)].tag.wordClass == WordClass::Noun || m_words[size_t(name)].mention);
        if (m_words[size_t(comma)].folded != u"," || p.label != DependencyLabel::Determiner
            || !((name == pronoun + 1 && m_words[size_t(name)].mention) || ownArticle))
            continue;
        // The tagger's relative pronoun, or an article of one case only the tagger kept where
        // more than the clause's verbs follow ("…, den Nvidia entwickelt hatte und dessen …").
        GrammaticalCase c = p.tag.grammaticalCase;
        if (p.tag.wordClass == WordClass::Determiner) {
            const Syntax::ClosedWords &closed = Syntax::ClosedWords::bundled();
            std::vector<Syntax::WordFeatures> f;
            Syntax::wordFeatures({QStringView(m_words[size_t(pronoun)].folded)}, f);
            c = closed.is(f.front(), Syntax::ClosedWords::RelativeAccusative) ? GrammaticalCase::Accusative
                : closed.is(f.front(), Syntax::ClosedWords::RelativeDative)   ? GrammaticalCase::Dative
                                                                              : GrammaticalCase::None;
        } else if (p.tag.wordClass != WordClass::RelativePronoun) {
            continue;
        }
        if (c != GrammaticalCase::Accusative && c != GrammaticalCase::Dative)
            continue;
        int verb = -1;
        int close = name + 1;
        // The clause ends at a comma, a full stop or a conjunction after its verbs ("…, den
        // Nvidia entwickelt hatte und dessen Absatz …").
        for (; close < n && m_words[size_t(close)].folded != u","
             && m_syntax[size_t(close)].tag.wordClass != WordClass::Punctuation
             && !(verb >= 0 && m_syntax[size_t(close)].tag.wordClass == WordClass::CoordinatingConjunction);
             ++close)
            if (isVerb(close))
                verb = verb < 0 ? close : verb;
        if (verb < 0)
            continue;
        bool verbFinal = true;
        // A list goes on with a conjunction before any verb ("…, den IWF und die EZB kritisiert").
        for (int x = name + 1; x < verb; ++x)
            verbFinal = verbFinal && m_syntax[size_t(x)].tag.wordClass != WordClass::CoordinatingConjunction;
        int main = -1;
        for (int x = verb; x < close; ++x) {
            verbFinal = verbFinal && isVerb(x);
            if (main < 0 && verbFinal && m_syntax[size_t(x)].tag.wordClass == WordClass::Verb)
                main = x;
        }
        if (!verbFinal)
            continue;
        if (main < 0)
            main = verb;
        m_syntax[size_t(pronoun)].tag.wordClass = WordClass::RelativePronoun;
        m_syntax[size_t(pronoun)].tag.grammaticalCase = c;
        m_syntax[size_t(pronoun)].head = main;
        m_syntax[size_t(pronoun)].label
            = c == GrammaticalCase::Accusative ? DependencyLabel::Object : DependencyLabel::IndirectObject;
        m_syntax[size_t(name)].head = main;
        m_syntax[size_t(name)].label = DependencyLabel::Subject;
        m_syntax[size_t(name)].tag.grammaticalCase = GrammaticalCase::Nominative;
        // "Nexperia gehört seit 2019 dem Konzern Wingtech, den die USA auf die Entity List gesetzt
        // hatten.": the parse may have hung the clause's verb on the main clause's verb and words
        // before the comma on the clause's verb. Those go back to the main clause's verb, and the
        // clause to the word before its comma.
        const int outer = m_syntax[size_t(main)].head;
        if (outer < 0 || outer >= comma || !isVerb(outer))
            continue;
        bool moved = false;
        for (int x = 0; x < comma; ++x)
            if (const int h = m_syntax[size_t(x)].head; h >= verb && h < close) {
                m_syntax[size_t(x)].head = outer;
                moved = true;
            }
        if (moved) {
            m_syntax[size_t(main)].head = comma - 1;
            m_syntax[size_t(main)].label = DependencyLabel::ClauseModifier;
        }
    }
}

// "Bosch hat Audi, den VDA und BMW beliefert", "Siemens hat Uniper, die Telekom und BMW
// beliefert": the parse may read the name after the comma and its article as an apposition, a
// second object or a relative clause. Names joined "A, (article) B und (article) C" are one list:
// B and C are conjuncts of A. Not where the verbs after C close a clause of their own with an
// auxiliary or, no auxiliary standing before A, a finite verb ("Nvidia, die AMD und Intel
// beliefert, …"), nor where persons and others would be listed together ("sagte Huang, Nvidia und
// AMD …").
void ParsedSentence::listsOfNames()
{
    using Syntax::DependencyLabel;
    using Syntax::WordClass;
    const RelationLexicon &lex = Resources::instance().relations;
    const int n = int(m_syntax.size());
    const auto wordClass = [this](int w) { return m_syntax[size_t(w)].tag.wordClass; };
    const auto article = [&](int w) {
        return w < n && (wordClass(w) == WordClass::Determiner || wordClass(w) == WordClass::RelativePronoun)
            && lex.is(m_words[size_t(w)].folded, RelationLexicon::Article);
    };
    const auto person = [this](int w) { return m_words[size_t(w)].mention->type == EntityType::Person; };
    for (int comma = 1; comma + 3 < n; ++comma) {
        const int a = comma - 1;
        if (m_words[size_t(comma)].folded != u"," || !m_words[size_t(a)].mention)
            continue;
        const int det = article(comma + 1) ? comma + 1 : -1;
        const int b = det >= 0 ? det + 1 : comma + 1;
        if (b + 2 >= n || !m_words[size_t(b)].mention
            || wordClass(b + 1) != WordClass::CoordinatingConjunction
            || !lex.is(m_words[size_t(b + 1)].folded, RelationLexicon::Coordinator))
            continue;
        const int c = article(b + 2) ? b + 3 : b + 2;
        if (c >= n || !m_words[size_t(c)].mention || person(a) != person(b) || person(a) != person(c))
            continue;
        bool auxiliaryBefore = false;
        for (int x = 0; x < a; ++x)
            auxiliaryBefore = auxiliaryBefore || wordClass(x) == WordClass::Auxiliary;
        bool ownClause = false;
        for (int x = c + 1;
             x < n && (wordClass(x) == WordClass::Verb || wordClass(x) == WordClass::Auxiliary); ++x)
            ownClause = ownClause || wordClass(x) == WordClass::Auxiliary
                || (!auxiliaryBefore && m_syntax[size_t(x)].tag.verbForm == Syntax::VerbForm::Finite);
        if (ownClause)
            continue;
        for (const int x : {b, c}) {
            m_syntax[size_t(x)].head = a;
            m_syntax[size_t(x)].label = DependencyLabel::Conjunct;
        }
        m_syntax[size_t(b + 1)].head = c;
        m_syntax[size_t(b + 1)].label = DependencyLabel::Coordinator;
        for (const int d : {det, c - 1})
            if (d >= 0 && d != b + 1) {
                m_syntax[size_t(d)].head = d == det ? b : c;
                m_syntax[size_t(d)].label = DependencyLabel::Determiner;
                m_syntax[size_t(d)].tag.wordClass = WordClass::Determiner;
            }
    }
}

// "Vaillant und Bosch beziehen wichtige Komponenten aus Asien": the tagger may read a present plural
// as the infinitive it looks like, and the parse then hangs the noun after it on it as a clause of
// its own. A verb read as an infinitive with a subject before it and neither an auxiliary, a modal
// nor "zu" of its own is the finite verb of its clause; a bare noun after it, with only adjectives
// and articles between, hung on it as a clause of its own is its object.
void ParsedSentence::objectsOfPresentPlurals()
{
    using Syntax::DependencyLabel;
    using Syntax::WordClass;
    const int n = int(m_syntax.size());
    for (int v = 0; v < n; ++v) {
        Syntax::SyntaxWord &verb = m_syntax[size_t(v)];
        if (verb.tag.wordClass != WordClass::Verb || verb.tag.verbForm != Syntax::VerbForm::Infinitive)
            continue;
        bool subject = false;
        bool own = false; // an auxiliary, a modal or "zu" that makes it an infinitive
        for (int c = 0; c < n; ++c) {
            if (m_syntax[size_t(c)].head != v)
                continue;
            const DependencyLabel l = m_syntax[size_t(c)].label;
            subject = subject || (c < v && l == DependencyLabel::Subject);
            own = own || l == DependencyLabel::Auxiliary || l == DependencyLabel::PassiveAuxiliary
                || l == DependencyLabel::Marker;
        }
        if (!subject || own || (verb.head >= 0 && verb.label != DependencyLabel::Root))
            continue;
        for (int c = v + 1; c < n; ++c) {
            const Syntax::SyntaxWord &x = m_syntax[size_t(c)];
            if (x.tag.wordClass == WordClass::Noun && x.head == v && x.label == DependencyLabel::Parataxis) {
                m_syntax[size_t(c)].label = DependencyLabel::Object;
                verb.tag.verbForm = Syntax::VerbForm::Finite;
                break;
            }
            if (x.tag.wordClass != WordClass::Adjective && x.tag.wordClass != WordClass::Determiner)
                break;
        }
    }
}

// "Lidl gehört wie Kaufland zur Schwarz-Gruppe", "Lidl, der wie Kaufland zur Schwarz-Gruppe gehört":
// a name after "wie" right behind the verb or its subject, hung on the verb, does what the subject
// does — a conjunct of the subject (not "so schnell wie Bosch": the word before "wie" is neither).
void ParsedSentence::likeSubjects()
{
    using Syntax::DependencyLabel;
    using Syntax::WordClass;
    const int n = int(m_syntax.size());
    for (int x = 2; x < n; ++x) {
        const int v = m_syntax[size_t(x)].head;
        const DependencyLabel l = m_syntax[size_t(x)].label;
        if (!m_words[size_t(x)].mention || m_words[size_t(x - 1)].folded != u"wie" || v < 0
            || (l != DependencyLabel::Conjunct && l != DependencyLabel::Oblique)
            || (m_syntax[size_t(v)].tag.wordClass != WordClass::Verb
                && m_syntax[size_t(v)].tag.wordClass != WordClass::Auxiliary))
            continue;
        int subject = -1;
        for (int c = 0; c < n; ++c)
            if (m_syntax[size_t(c)].head == v && m_syntax[size_t(c)].label == DependencyLabel::Subject)
                subject = c;
        if (subject < 0 || !(x - 2 == v || x - 2 == subject))
            continue;
        m_syntax[size_t(x)].head = subject;
        m_syntax[size_t(x)].label = DependencyLabel::Conjunct;
        m_syntax[size_t(x - 1)].head = x;
        m_syntax[size_t(x - 1)].label = DependencyLabel::Coordinator;
        m_syntax[size_t(x - 1)].tag.wordClass = WordClass::CoordinatingConjunction;
    }
}

int ParsedSentence::wordOfToken(int token) const
{
    const int k = token - m_firstToken;
    return k >= 0 && k < int(m_wordOfToken.size()) ? m_wordOfToken[size_t(k)] : -1;
}

int ParsedSentence::child(int w, Syntax::DependencyLabel label) const
{
    for (const int c : m_children[size_t(w)])
        if (m_syntax[size_t(c)].label == label)
            return c;
    return -1;
}

QString ParsedSentence::preposition(int w) const
{
    for (const int c : m_children[size_t(w)]) {
        if (m_syntax[size_t(c)].label != Syntax::DependencyLabel::CaseMarker
            && m_syntax[size_t(c)].tag.wordClass != Syntax::WordClass::Adposition)
            continue;
        if (c > w)
            continue; // prepositions stand before their noun ("zufolge" is not one of these)
        const QString &p = m_words[size_t(c)].folded;
        // Contractions of preposition and article.
        if (p == u"zum" || p == u"zur")
            return QStringLiteral("zu");
        if (p == u"im" || p == u"ins")
            return QStringLiteral("in");
        if (p == u"am" || p == u"ans")
            return QStringLiteral("an");
        if (p == u"vom")
            return QStringLiteral("von");
        if (p == u"beim")
            return QStringLiteral("bei");
        return p;
    }
    return {};
}

} // namespace Lagebild::Analysis
