// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/relations.h"

#include "analysis/makerclauses.h"
#include "analysis/parsedsentence.h"
#include "analysis/relationlexicon.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace Lagebild::Analysis {

namespace {

using Label = Syntax::DependencyLabel;
using WordClass = Syntax::WordClass;
using Modifier = RelationLexicon::Modifier;

bool isNamed(EntityType t)
{
    return t != EntityType::Quantity && t != EntityType::Date;
}

// "seit 2019", "im Jahr 2016": a year as the noun of a phrase of time.
bool isYear(QStringView w)
{
    return w.size() == 4 && (w.startsWith(u"19") || w.startsWith(u"20"))
        && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
}

bool isNominal(WordClass c)
{
    return c == WordClass::Noun || c == WordClass::ProperNoun || c == WordClass::Pronoun
        || c == WordClass::Other || c == WordClass::Numeral;
}

struct Collected
{
    std::vector<Relation> relations;
    QSet<QString> seen; // type, source, target
    /// Where set, the countries of sellers and markets it knows (domesticSale).
    const Gazetteer *gazetteer = nullptr;

    void add(RelationType type, const Mention &source, const Mention &target, float confidence,
        const Sentence &s, const TokenizedText &text, const QString &attributedTo)
    {
        if (source.canonical == target.canonical || confidence < relationThreshold)
            return;
        if (type == RelationType::Exports && domesticSale(source.canonical, target.canonical))
            type = RelationType::Supplies;
        const QString key = relationTypeName(type) + u'\t' + source.canonical + u'\t' + target.canonical;
        if (seen.contains(key))
            return;
        seen.insert(key);
        Relation r;
        r.type = type;
        r.source = source.canonical;
        r.target = target.canonical;
        r.sourceType = source.type;
        r.targetType = target.type;
        r.evidenceStart = s.start;
        r.evidenceEnd = s.end;
        while (r.evidenceEnd > r.evidenceStart && text.text().at(r.evidenceEnd - 1).isSpace())
            --r.evidenceEnd;
        r.attributedTo = attributedTo;
        r.confidence = confidence;
        relations.push_back(std::move(r));
    }

    /// A company's sales in its own country are no export (relations guide: `supplies` for a
    /// domestic company): "Die Telekom steigerte ihren Umsatz in Deutschland". Where the
    /// gazetteer knows both countries; a name it does not know keeps what the sentence said.
    [[nodiscard]] bool domesticSale(const QString &seller, const QString &market) const
    {
        if (!gazetteer)
            return false;
        const auto countryOf = [this](const QString &canonical) {
            const auto entry = gazetteer->findExact(canonical);
            return entry ? gazetteer->entry(*entry).country : Gazetteer::CountryCode {};
        };
        const Gazetteer::CountryCode country = countryOf(seller);
        return country.known() && country == countryOf(market);
    }

    /// A takeover or an ownership whose direction the sentence does not tell ("Kuka, das Midea
    /// übernommen hat"): kept aside until resolve().
    void addUnsure(RelationType type, const Mention &source, const Mention &target, float confidence,
        const Sentence &s, const TokenizedText &text, const QString &attributedTo)
    {
        Collected one;
        one.gazetteer = gazetteer;
        one.add(type, source, target, confidence, s, text, attributedTo);
        unsure.insert(unsure.end(), one.relations.begin(), one.relations.end());
    }

    /// The unsure ones take the direction another statement of the article gives the two (a
    /// takeover or an ownership, one deal: "die Midea-Tochter Kuka"); without one, nothing — no
    /// relation beats a reversed one.
    void resolve()
    {
        const auto stated = [this](const QString &source, const QString &target) {
            return std::any_of(relations.begin(), relations.end(), [&](const Relation &r) {
                return (r.type == RelationType::Acquires || r.type == RelationType::Owns)
                    && r.source == source && r.target == target;
            });
        };
        for (Relation &r : unsure) {
            if (!stated(r.source, r.target)) {
                if (!stated(r.target, r.source))
                    continue;
                std::swap(r.source, r.target);
                std::swap(r.sourceType, r.targetType);
            }
            const QString key = relationTypeName(r.type) + u'\t' + r.source + u'\t' + r.target;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            // In the order of the sentences, as the others.
            const auto at = std::upper_bound(relations.begin(), relations.end(), r.evidenceStart,
                [](int start, const Relation &x) { return start < x.evidenceStart; });
            relations.insert(at, std::move(r));
        }
        unsure.clear();
    }

    std::vector<Relation> unsure;
};

// What a row asks of its ends (relation-words.tsv conditions).
bool fitsTarget(const RelationLexicon::Word &row, const Mention &m)
{
    return !(row.productTarget && m.type != EntityType::Product)
        && !(row.actorTarget && m.type == EntityType::Product)
        && !(row.firmTarget && m.type != EntityType::Company && m.type != EntityType::Organization);
}

bool isAuthority(const RelationLexicon &lex, const Mention &m)
{
    return m.type == EntityType::Agency || m.type == EntityType::Location
        || (m.type == EntityType::Organization && lex.authorities.contains(m.canonical));
}

// With `swap` the row's source comes from its targets: an authority asked for is checked there
// ("Huawei steht auf der Entity List der USA").
bool fitsSource(const RelationLexicon &lex, const RelationLexicon::Word &row, const Mention &m)
{
    return m.type != EntityType::Product && !(row.personSource && m.type != EntityType::Person)
        && !(row.firmSource && m.type != EntityType::Company && m.type != EntityType::Organization)
        && !(row.authoritySource && !row.swap && !isAuthority(lex, m));
}

// --- Attribution by neighbours: "laut X", "X zufolge", "sagte X", "X sagte", "der Spiegel".

// A dateline names where the report comes from: "BERLIN (dpa-AFX) –", "Dortmund (ots) -", and
// places joined by slashes, the second maybe no name of its own ("Frankfurt/Main (dpa) –",
// "Kyoto/Köln (dpa) –"). The places open the sentence; a parenthesis or a dash follows them.
// Returns the token that closes the dateline, or -1.
int datelineEnd(const TokenizedText &text, const std::vector<const Mention *> &inSentence)
{
    if (inSentence.empty() || inSentence.front()->type != EntityType::Location)
        return -1;
    int t = text.tokenAt(inSentence.front()->start);
    if (t < 0 || (t != 0 && !text.at(t).sentenceStart))
        return -1;
    for (int places = 0; places < 4; ++places) {
        const auto place = std::find_if(inSentence.begin(), inSentence.end(),
            [&](const Mention *m) { return m->type == EntityType::Location && text.tokenAt(m->start) == t; });
        if (place != inSentence.end())
            t = text.tokenAt((*place)->end - 1) + 1;
        else if (places > 0 && t < text.size() && text.at(t).kind == Token::Word && text.at(t).upper)
            ++t;
        else
            return -1;
        if (text.is(t, u"(") || text.is(t, u"-") || text.is(t, u"–"))
            return t;
        if (!text.is(t, u"/"))
            return -1;
        ++t;
    }
    return -1;
}

// The first token after a dateline and its credit ("BERLIN (dpa-AFX) – Daimler expandiert …",
// "BERLIN (Dow Jones)-- Daimler …"): where the sentence's own clause begins; the sentence's first
// token when there is no dateline.
int afterDateline(
    const TokenizedText &text, const std::vector<const Mention *> &inSentence, const Sentence &s)
{
    int t = datelineEnd(text, inSentence);
    if (t < 0)
        return s.firstToken;
    if (text.is(t, u"(")) {
        while (t < s.endToken && !text.is(t, u")"))
            ++t;
        ++t;
    }
    while (t < s.endToken && text.at(t).kind == Token::Punct
        && (text.is(t, u"-") || text.is(t, u"–") || text.is(t, u"—") || text.is(t, u"--")))
        ++t;
    return t < s.endToken ? t : s.firstToken;
}

QSet<const Mention *> creditedByNeighbours(const TokenizedText &text,
    const std::vector<const Mention *> &inSentence, const Resources &r, QString &attributedTo)
{
    QSet<const Mention *> credited;
    const int dateline = datelineEnd(text, inSentence);
    for (const Mention *mention : inSentence) {
        if (dateline >= 0 && mention->type == EntityType::Location
            && text.tokenAt(mention->start) < dateline) {
            credited.insert(mention);
            continue;
        }
        if (mention->type != EntityType::Media && mention->type != EntityType::Person)
            continue;
        const int first = text.tokenAt(mention->start);
        const int last = text.tokenAt(mention->end - 1);
        const QString before = first > 0 ? text.folded(first - 1).toString() : QString();
        const QString after = last + 1 < text.size() ? text.folded(last + 1).toString() : QString();
        const RelationLexicon &lex = r.relations;
        const bool isCredited = lex.is(before, RelationLexicon::CreditBefore)
            || lex.is(after, RelationLexicon::CreditAfter) || r.speechVerbs.contains(before)
            || (mention->type == EntityType::Media && before == u"(") || r.speechVerbs.contains(after)
            || (mention->type == EntityType::Media && lex.is(before, RelationLexicon::Article));
        if (isCredited) {
            credited.insert(mention);
            if (attributedTo.isEmpty())
                attributedTo = mention->canonical;
        }
    }
    return credited;
}

// --- Appositions and compounds: leads and owns without a verb.

// "Siemens' Übernahme von Varian", "Bosch’ Werk": a name ending in a hissing sound takes a bare
// apostrophe as its genitive, right after the name and outside the mention — not the closing mark of
// a name quoted in single marks ('Siemens', ‚Siemens‘).
bool apostropheAfter(const TokenizedText &text, const Mention &m)
{
    const QString &t = text.text();
    if (m.end >= t.size() || m.length() < 2 || !(t[m.end] == u'\'' || t[m.end] == u'\u2019'))
        return false;
    const QChar last = t[m.end - 1].toLower();
    const bool hissing = last == u's' || last == u'x' || last == u'z' || last == u'\u00DF';
    const QChar before = m.start > 0 ? t[m.start - 1] : QChar();
    return hissing && before != u'\'' && before != u'\u2018' && before != u'\u201A';
}

bool endsInGenitive(const TokenizedText &text, const Mention &m)
{
    const QStringView surface = QStringView(text.text()).mid(m.start, m.length());
    if (apostropheAfter(text, m))
        return true;
    return surface.size() > 2 && (surface.endsWith(u's') || surface.endsWith(u'\''))
        && !m.canonical.endsWith(u's');
}

bool isActor(const Mention &m)
{
    return m.type != EntityType::Product && m.type != EntityType::Person;
}

// A verb whose own act takes its object ("genehmigt", "untersucht"), whatever else its clause
// holds: a noun of an act as that object is what it approves or examines ("einführen" takes none:
// "führte eine Lizenzpflicht ein" is the restriction's act). With `dative`, a dative object too
// ("stimmte der Übernahme zu").
bool actsOnObject(const RelationLexicon &lex, const QString &key, bool dative)
{
    const auto rows = lex.verbRows(key);
    return std::any_of(rows.begin(), rows.end(), [dative](const RelationLexicon::Word *row) {
        return row->withEnding.isEmpty() && !row->causative
            && std::any_of(
                row->targets.begin(), row->targets.end(), [dative](const RelationLexicon::Slot &slot) {
                    return slot.kind == RelationLexicon::Slot::Object
                        || (dative && slot.kind == RelationLexicon::Slot::Dative);
                });
    });
}

// A verb that acts on a deal as its object (approves, examines, restricts it) acts on both its
// parties; an act of its own ("übernimmt den Club") has its object alone.
bool actsOnDeal(RelationType type)
{
    return type == RelationType::Approves || type == RelationType::Investigates
        || relationFamily(type) == RelationType::Restricts;
}

// A company or an organisation: a supplier's or client's role word after a country names where a
// firm is from ("Deutschlands größter Zulieferer Bosch"), not whom it supplies.
bool isFirm(const Mention &m)
{
    return m.type == EntityType::Company || m.type == EntityType::Organization;
}

// The tokens between two mentions, folded, without hyphens.
QStringList between(const TokenizedText &text, const Mention &a, const Mention &b)
{
    QStringList out;
    for (int t = text.tokenAt(a.end - 1) + 1; t >= 0 && t < text.size() && text.at(t).start < b.start; ++t)
        out.append(text.folded(t).toString());
    return out;
}

// "Siemens' Tochter Mobility", "Siemens’ Chef Roland Busch": a name ending in an s sound takes
// its genitive as an apostrophe after it, a token of its own; the role word follows it.
bool apostropheGenitive(const TokenizedText &text, const Mention &a, const QStringList &mid)
{
    const QStringView surface = QStringView(text.text()).mid(a.start, a.length());
    const bool sibilant = surface.endsWith(u's') || surface.endsWith(u'x') || surface.endsWith(u'z')
        || surface.endsWith(u'ß');
    return sibilant && mid.size() == 2 && (mid[0] == u"'" || mid[0] == u"’")
        && text.at(text.tokenAt(a.end - 1) + 1).spaceBefore == false;
}

bool isPossessive(const RelationLexicon &lex, QStringView folded)
{
    return lex.is(folded, RelationLexicon::Possessive);
}

// "der frühere Siemens-Chef Joe Kaeser", "ehemaliger US-Präsident", "Ex-US-Präsident", "Ex-Chef":
// a role held once heads nothing now. `first` is the role phrase's first token (the role word, or
// the name or country joined to it by a hyphen); the word before it, or the one joined to it by a
// hyphen ("Ex-"), tells a past role.
bool heldOnce(const TokenizedText &text, const RelationLexicon &lex, int first, const Sentence &s)
{
    int t = first - 1;
    if (t > s.firstToken && text.is(t, u"-") && !text.at(t).spaceBefore && !text.at(first).spaceBefore)
        --t;
    // A past copula before the role is no attribute of it: "Dabei war Siemens-Chef Roland Busch".
    return t >= s.firstToken && text.at(t).kind == Token::Word && lex.is(text.hash(t), RelationLexicon::Past)
        && !lex.is(text.hash(t), RelationLexicon::Copula);
}

// "Anna Berg, Jan Ott und Eva Lutz", "A350 und A220": the second name follows the first in a list,
// joined by a comma or a coordinator and then at most `maxWords - 1` more words, none a comma or a
// coordinator (the next name's article and noun: "der Konzern Wingtech und die Firma Bosch").
bool listedNext(const TokenizedText &text, const RelationLexicon &lex, const Mention &first,
    const Mention &next, int maxWords = 1)
{
    const int from = text.tokenAt(first.end - 1) + 1;
    const int to = text.tokenAt(next.start);
    if (from < 0 || to <= from || to - from > maxWords)
        return false;
    const auto joins
        = [&](int t) { return text.is(t, u",") || lex.is(text.hash(t), RelationLexicon::Coordinator); };
    if (!joins(from))
        return false;
    for (int t = from + 1; t < to; ++t)
        if (joins(t))
            return false;
    return true;
}

// The relation a copular role word gives between the subject and the name in the role's phrase:
// "Euler ist Chef der Volksbank", "Müller ist Bosch-Chef" (a person heads the name), "AGI ist eine
// Tochter der Allianz", "Daihatsu ist eine Toyota-Tochter" (ownership, its direction the role
// word's; neither a person).
void addCopularRole(const RelationLexicon::Role &role, const Mention &subject, const Mention &named,
    float confidence, const Sentence &s, const TokenizedText &text, const QString &attributedTo,
    Collected &out)
{
    if (role.type == RelationType::Leads && subject.type == EntityType::Person)
        out.add(RelationType::Leads, subject, named, confidence, s, text, attributedTo);
    else if (role.type == RelationType::Owns && subject.type != EntityType::Person
        && named.type != EntityType::Person)
        out.add(RelationType::Owns, role.ownerFirst ? named : subject, role.ownerFirst ? subject : named,
            confidence, s, text, attributedTo);
}

// "US-Präsident Donald Trump": a country as the prefix of a role word is no mention of its own
// (annotation guide), yet the person heads it. The country comes from the gazetteer.
void readCountryRoles(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const Resources &r, const QString &attributedTo, Collected &out)
{
    for (const Mention *person : ms) {
        if (person->type != EntityType::Person)
            continue;
        const int roleToken = text.tokenAt(person->start) - 1;
        if (roleToken < s.firstToken + 2 || !text.is(roleToken - 1, u"-") || text.at(roleToken).spaceBefore
            || text.at(roleToken - 1).spaceBefore)
            continue;
        const auto *role = r.relations.role(text.folded(roleToken), text.folded(roleToken - 1));
        if (!role || role->type != RelationType::Leads)
            continue;
        const auto entry = r.gazetteer.findTokens(text, roleToken - 2, roleToken - 1);
        if (!entry || r.gazetteer.entry(*entry).type != EntityType::Location
            || heldOnce(text, r.relations, roleToken - 2, s))
            continue;
        Mention country;
        country.type = EntityType::Location;
        country.canonical = r.gazetteer.entry(*entry).canonical;
        out.add(RelationType::Leads, *person, country, 0.85f, s, text, attributedTo);
    }
    // "die Regierung von US-Präsident Joe Biden": a person's government is one AGENCY span
    // (annotation guide), yet the person in it heads the country before the role word. The person is
    // the span's words after the role word, at least two (a given name and a family name), all
    // capitalised.
    for (const Mention *body : ms) {
        if (body->type != EntityType::Agency)
            continue;
        const int first = text.tokenAt(body->start);
        const int last = text.tokenAt(body->end - 1);
        for (int roleToken = first + 2; roleToken + 2 <= last; ++roleToken) {
            if (!text.is(roleToken - 1, u"-") || text.at(roleToken).spaceBefore
                || text.at(roleToken - 1).spaceBefore)
                continue;
            const auto *role = r.relations.role(text.folded(roleToken), text.folded(roleToken - 1));
            if (!role || role->type != RelationType::Leads)
                continue;
            bool names = true;
            for (int t = roleToken + 1; t <= last && names; ++t)
                names = text.at(t).kind == Token::Word && text.at(t).upper;
            const auto entry = r.gazetteer.findTokens(text, roleToken - 2, roleToken - 1);
            if (!names || !entry || r.gazetteer.entry(*entry).type != EntityType::Location)
                break;
            Mention person;
            person.type = EntityType::Person;
            person.start = text.at(roleToken + 1).start;
            person.end = body->end;
            person.canonical = text.text().mid(person.start, person.end - person.start);
            Mention country;
            country.type = EntityType::Location;
            country.canonical = r.gazetteer.entry(*entry).canonical;
            out.add(RelationType::Leads, person, country, 0.85f, s, text, attributedTo);
            break;
        }
    }
}

// "US-Sanktionen gegen Huawei", "EU-Exportverbot für Chips von Nexperia": a country or union as the
// first part of a restriction noun imposes it, on the name in the phrase of the noun's preposition
// right after it. A country as a compound's first part is no mention (annotation guide); it comes
// from the gazetteer. Read without the parse, so a sentence with a word that negates, lifts, stops
// or only wants an act ("drohte mit US-Sanktionen") gives nothing.
void readCountryMeasures(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const Resources &r, const QString &attributedTo, Collected &out)
{
    const RelationLexicon &lex = r.relations;
    for (int n = s.firstToken + 2; n + 2 < s.endToken; ++n) {
        if (!text.at(n).upper || !text.is(n - 1, u"-") || text.at(n).spaceBefore
            || text.at(n - 1).spaceBefore)
            continue;
        if (!lex.endsLikeNoun(text.folded(n)))
            continue;
        const auto rows = lex.nounRows(text.folded(n).toString());
        if (rows.empty() || relationFamily(rows.front()->type) != RelationType::Restricts)
            continue;
        const QString preposition = text.folded(n + 1).toString();
        const bool slotted = std::any_of(rows.front()->targets.begin(), rows.front()->targets.end(),
            [&](const RelationLexicon::Slot &slot) {
                return slot.kind == RelationLexicon::Slot::Preposition && slot.preposition == preposition;
            });
        if (!slotted)
            continue;
        const auto entry = r.gazetteer.findTokens(text, n - 2, n - 1);
        if (!entry)
            continue;
        const Gazetteer::Entry &country = r.gazetteer.entry(*entry);
        if (country.type != EntityType::Location && country.type != EntityType::Organization)
            continue;
        // The name of the phrase: after at most two words (article, adjective, "Chips"), or a
        // "von" phrase on them ("für Chips von Nexperia").
        const Mention *target = nullptr;
        for (const Mention *m : ms) {
            const int first = text.tokenAt(m->start);
            if (first <= n + 1 || first > n + 5)
                continue;
            bool plain = true;
            for (int t = n + 2; t < first; ++t)
                plain = plain && text.at(t).kind == Token::Word
                    && !lex.is(text.hash(t), RelationLexicon::Coordinator);
            if (plain)
                target = m;
            break;
        }
        if (!target)
            continue;
        bool modified = false;
        for (int t = s.firstToken; t < s.endToken && !modified; ++t)
            modified = text.at(t).kind == Token::Word && lex.modifier(text.folded(t).toString()).has_value();
        if (modified)
            continue;
        std::vector<const Mention *> targets {target};
        // Names listed with it ("gegen Huawei und ZTE").
        for (auto at = std::find(ms.begin(), ms.end(), target); at + 1 != ms.end(); ++at) {
            const QStringList join = between(text, **at, **(at + 1));
            if (join.isEmpty() || join.size() > 2
                || (join[0] != u"," && !lex.is(join[0], RelationLexicon::Coordinator)))
                break;
            targets.push_back(*(at + 1));
        }
        Mention imposer;
        imposer.type = country.type;
        imposer.canonical = country.canonical;
        for (const Mention *t : targets)
            out.add(rows.front()->type, imposer, *t, 0.75f, s, text, attributedTo);
    }
}

// "Handelsministerin Gina Raimondo", "US-Handelsministerin Gina Raimondo": the holder of an office
// heads the body the role word names once its end is replaced ("…ministerin" → "…ministerium").
// The body is the one the article names (the most specific: with its country), or the country
// before the role word with that body ("US-Handelsministerium"); without either, nothing.
void readOffices(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const std::vector<Mention> &article, const Resources &r, const QString &attributedTo, Collected &out)
{
    for (const Mention *person : ms) {
        if (person->type != EntityType::Person)
            continue;
        const int roleToken = text.tokenAt(person->start) - 1;
        if (roleToken < s.firstToken || text.at(roleToken).kind != Token::Word)
            continue;
        const QStringView folded = text.folded(roleToken);
        const RelationLexicon::Office *office = r.relations.office(folded);
        if (!office)
            continue;
        const QString body = folded.chopped(office->role.size()).toString() + office->body;
        // "Kommissionspräsidentin Ursula von der Leyen": a row without a body word makes the
        // compound's first part the body ("kommissions" → "Kommission", its linking "s" dropped),
        // to be named in the article as the last word of an agency's name ("EU-Kommission", not
        // "Monopolkommission").
        const bool ownBody = office->body.isEmpty();
        const auto namesBody = [&](const QString &name) {
            if (!ownBody)
                return name.endsWith(body);
            for (const QStringView b :
                {QStringView(body), QStringView(body).chopped(body.endsWith(u's') ? 1 : 0)})
                if (b.size() >= 3 && name.endsWith(b)
                    && (name.size() == b.size() || name.at(name.size() - b.size() - 1) == u'-'
                        || name.at(name.size() - b.size() - 1) == u' '))
                    return true;
            return false;
        };
        const bool prefixed = roleToken >= s.firstToken + 2 && text.is(roleToken - 1, u"-")
            && !text.at(roleToken).spaceBefore && !text.at(roleToken - 1).spaceBefore;
        const QString prefix = prefixed ? text.view(roleToken - 2).toString() : QString();
        // "die frühere Bundeskanzlerin Angela Merkel", "der ehemalige US-Handelsminister": an office
        // held once heads nothing now.
        if (heldOnce(text, r.relations, roleToken - (prefixed ? 2 : 0), s))
            continue;
        // Of several bodies that fit ("US-Handelsministerium" and "chinesisches Handelsministerium"),
        // the one named last before the role word is the one the bare role word refers back to;
        // without one before it, the most specific.
        const Mention *named = nullptr;
        const Mention *before = nullptr;
        for (const Mention &m : article) {
            if (m.type != EntityType::Agency || !namesBody(Text::foldWord(m.canonical)))
                continue;
            if (prefixed && !m.canonical.startsWith(prefix + u'-'))
                continue;
            if (!named || m.canonical.size() > named->canonical.size())
                named = &m;
            if (m.start < person->start && (!before || m.start > before->start))
                before = &m;
        }
        if (before)
            named = before;
        Mention built;
        if (!named && prefixed && !ownBody) {
            const auto country = r.gazetteer.findTokens(text, roleToken - 2, roleToken - 1);
            const QStringView surface = text.view(roleToken);
            if (!country || r.gazetteer.entry(*country).type != EntityType::Location
                || Text::foldWord(surface.right(office->role.size())) != office->role)
                continue;
            built.type = EntityType::Agency;
            built.canonical = prefix + u'-' + surface.chopped(office->role.size()) + office->body;
            named = &built;
        }
        // "Bundeskanzler Olaf Scholz": a role word whose body is a name of its own in the gazetteer
        // ("Bundesregierung", not a generic "Handelsministerium") names that body also when the
        // article does not.
        if (!named && !prefixed && !ownBody) {
            const QStringView surface = text.view(roleToken);
            const QString own = surface.chopped(office->role.size()) + office->body;
            const auto entry = Text::foldWord(surface.right(office->role.size())) == office->role
                ? r.gazetteer.findExact(own)
                : std::nullopt;
            if (entry && r.gazetteer.entry(*entry).type == EntityType::Agency
                && r.gazetteer.entry(*entry).canonical == own) {
                built.type = EntityType::Agency;
                built.canonical = own;
                named = &built;
            }
        }
        // "der niederländische Wirtschaftsminister Vincent Karremans", "Chinas Handelsminister Wang
        // Wentao": a nationality adjective or a country's genitive right before the role word names
        // the country's body, where the gazetteer knows it under that name ("niederländisches
        // Wirtschaftsministerium", "Handelsministerium Chinas").
        // Held once also before the adjective: "der frühere niederländische Wirtschaftsminister".
        if (!named && !prefixed && !ownBody && roleToken - 1 >= s.firstToken
            && text.at(roleToken - 1).kind == Token::Word && !heldOnce(text, r.relations, roleToken - 1, s)) {
            const QStringView surface = text.view(roleToken);
            const QString own = surface.chopped(office->role.size()) + office->body;
            const QStringView qualifier = text.view(roleToken - 1);
            const QString foldedBefore = text.folded(roleToken - 1).toString();
            std::optional<int> entry;
            if (Text::foldWord(surface.right(office->role.size())) == office->role) {
                const bool nationality = !text.at(roleToken - 1).upper
                    && std::any_of(r.nationalities.begin(), r.nationalities.end(), [&](const QString &stem) {
                           return foldedBefore.startsWith(stem) && foldedBefore.size() - stem.size() <= 2;
                       });
                if (nationality) {
                    // The adjective's stem ends in "isch": "niederländischen" → "niederländisches".
                    const qsizetype stem = qualifier.lastIndexOf(u"isch");
                    if (stem > 0)
                        entry = r.gazetteer.findExact(qualifier.left(stem + 4) + u"es " + own);
                } else if (text.at(roleToken - 1).upper && qualifier.endsWith(u's')) {
                    entry = r.gazetteer.findExact(own + u' ' + qualifier);
                }
            }
            if (entry && r.gazetteer.entry(*entry).type == EntityType::Agency) {
                built.type = EntityType::Agency;
                built.canonical = r.gazetteer.entry(*entry).canonical;
                named = &built;
            }
        }
        // "Bundesbankpräsident Jens Weidmann", "Bundestagspräsidentin": the compound's first part
        // (a linking "s" dropped) is the body where it is a name of its own in the gazetteer.
        if (!named && !prefixed && ownBody) {
            // The surface role may be shorter than the folded one ("präsident", "praesident").
            const QStringView surface = text.view(roleToken);
            qsizetype roleLength = 0;
            for (qsizetype n = office->role.size();
                 n > office->role.size() - 3 && n < surface.size() && !roleLength; --n)
                if (Text::foldWord(surface.right(n)) == office->role)
                    roleLength = n;
            const QStringView first = surface.chopped(roleLength ? roleLength : surface.size());
            for (const QStringView b : {first, first.chopped(first.endsWith(u's') ? 1 : 0)}) {
                const auto entry = b.size() >= 3 ? r.gazetteer.findExact(b.toString()) : std::nullopt;
                if (entry && r.gazetteer.entry(*entry).type == EntityType::Agency
                    && r.gazetteer.entry(*entry).canonical == b) {
                    built.type = EntityType::Agency;
                    built.canonical = b.toString();
                    named = &built;
                    break;
                }
            }
        }
        if (named)
            out.add(RelationType::Leads, *person, *named, 0.8f, s, text, attributedTo);
    }
}

void readAppositions(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, const QString &attributedTo, Collected &out)
{
    // The products named after ms[from] that an owner's rule gave: listed ("die Marken Lay's und
    // Doritos") or named after their kind ("Huaweis Ascend-Chips 910B, 910C und 910D").
    const auto addListedProducts = [&](const Mention &owner, size_t from) {
        for (size_t j = from; j + 1 < ms.size() && ms[j + 1]->type == EntityType::Product; ++j) {
            const QStringList join = between(text, *ms[j], *ms[j + 1]);
            const bool kind = join.size() == 2 && join[0] == u"-" && lex.isProductNoun(join[1]);
            if (!kind && !listedNext(text, lex, *ms[j], *ms[j + 1]))
                break;
            out.add(RelationType::Owns, owner, *ms[j + 1], 0.8f, s, text, attributedTo);
        }
    };
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &a = *ms[k];
        const Mention &b = *ms[k + 1];
        const QStringList mid = between(text, a, b);
        // "Nvidia-Chef Jensen Huang", "Chinas Präsident Xi Jinping", "die Nvidia-Tochter Mellanox":
        // the role word right after the first name, the second name right after the role word.
        if ((mid.size() == 2 && mid[0] == u"-") || (mid.size() == 1 && endsInGenitive(text, a))
            || apostropheGenitive(text, a, mid)) {
            if (const auto *role = lex.role(mid.back(), mid.size() >= 2 ? mid[mid.size() - 2] : QString())) {
                // "die Nvidia-Tochter Mellanox", "der TSMC-Kunde Apple": the first name owns or
                // supplies the second; "der TikTok-Eigentümer ByteDance", "der BMW-Zulieferer
                // Bosch": the second the first.
                const bool tie = role->type == RelationType::Owns
                    ? isActor(a) && b.type != EntityType::Person
                    : (role->type == RelationType::Supplies || role->type == RelationType::PartnersWith)
                        && isFirm(a) && isFirm(b);
                if (role->type == RelationType::Leads && b.type == EntityType::Person && isActor(a)) {
                    if (!heldOnce(text, lex, text.tokenAt(a.start), s))
                        out.add(RelationType::Leads, b, a, 0.9f, s, text, attributedTo);
                } else if (tie && role->ownerFirst)
                    out.add(role->type, a, b, 0.85f, s, text, attributedTo);
                else if (tie)
                    out.add(role->type, b, a, 0.8f, s, text, attributedTo);
                continue;
            }
        }
        // "die Pepsico-Marke Lay's", "des Monsanto-Unkrautvernichters Roundup": a company joined to
        // a noun of a kind of product (relation-product-nouns.txt), the product's name right after,
        // or after "namens" or "vom Typ" ("Nvidia-Chips vom Typ RTX Pro 6000D"); products listed
        // after it too.
        const bool named = (mid.size() == 2) || (mid.size() == 3 && lex.is(mid[2], RelationLexicon::Naming))
            || (mid.size() == 4 && lex.is(mid[2], RelationLexicon::Of)
                && lex.is(mid[3], RelationLexicon::Kind));
        if (named && mid[0] == u"-" && isFirm(a) && b.type == EntityType::Product
            && lex.isProductNoun(mid[1])) {
            out.add(RelationType::Owns, a, b, 0.8f, s, text, attributedTo);
            addListedProducts(a, k + 1);
        }
        // "Snapdragon-Prozessoren von Qualcomm", "Snickers-Riegel und Whiskas-Katzenfutter von
        // Mars": a product joined to a noun of its kind, "von" (or a genitive article), the company.
        // Products coordinated before it, with their kind noun or without, belong to it too.
        if (a.type == EntityType::Product && isFirm(b) && mid.size() == 3 && mid[0] == u"-"
            && lex.isProductNoun(mid[1]) && lex.is(mid[2], RelationLexicon::Of)) {
            out.add(RelationType::Owns, b, a, 0.8f, s, text, attributedTo);
            for (size_t j = k; j-- > 0 && ms[j]->type == EntityType::Product;) {
                QStringList join = between(text, *ms[j], *ms[j + 1]);
                if (join.size() >= 2 && join[0] == u"-" && lex.isProductNoun(join[1]))
                    join.remove(0, 2);
                const bool joined = !join.isEmpty() && join.size() <= 2
                    && (lex.is(join[0], RelationLexicon::Coordinator) || join[0] == u",")
                    && (join.size() == 1 || lex.is(join[1], RelationLexicon::Article));
                if (!joined)
                    break;
                out.add(RelationType::Owns, b, *ms[j], 0.8f, s, text, attributedTo);
            }
        }
        // "Ascend 910B, dem wichtigsten KI-Prozessor von Huawei": the product, a comma, an
        // apposition of article, adjectives and a noun of a kind of product (a compound's parts
        // joined by hyphens), "von" or a genitive article, the company.
        // "Der H20 ist der wichtigste Chip von Nvidia": a copula instead of the comma.
        if (a.type == EntityType::Product && isFirm(b) && mid.size() >= 4 && mid.size() <= 8
            && (mid[0] == u"," || lex.is(mid[0], RelationLexicon::Copula))
            && lex.is(mid[1], RelationLexicon::Article) && lex.is(mid.back(), RelationLexicon::Of)
            && lex.isProductNoun(mid[mid.size() - 2])) {
            const int noun = text.tokenAt(b.start) - 2;
            bool plain = text.at(noun).upper;
            for (int t = text.tokenAt(a.end - 1) + 3; t < noun && plain; ++t) {
                const bool adjective = text.at(t).kind == Token::Word && !text.at(t).upper
                    && !lex.is(text.hash(t), RelationLexicon::Coordinator)
                    && lex.modifier(text.folded(t).toString()) != Modifier::Negation;
                const bool compoundPart
                    = text.is(t, u"-") || (text.at(t).kind == Token::Word && text.is(t + 1, u"-"));
                plain = adjective || compoundPart;
            }
            if (plain)
                out.add(RelationType::Owns, b, a, 0.8f, s, text, attributedTo);
        }
        // "Der H20 war Nvidias wichtigstes Produkt für China": a product, a copula, the company in
        // the genitive, adjectives and a noun of a kind of product (a compound's parts joined by
        // hyphens).
        if (a.type == EntityType::Product && isFirm(b) && mid.size() == 1
            && lex.is(mid[0], RelationLexicon::Copula) && endsInGenitive(text, b)) {
            for (int t = text.tokenAt(b.end - 1) + 1, words = 0; t < s.endToken && words < 6; ++t, ++words) {
                if (text.at(t).kind != Token::Word && !text.is(t, u"-"))
                    break;
                const bool compoundPart = text.is(t, u"-")
                    || (t + 1 < s.endToken && text.is(t + 1, u"-") && !text.at(t + 1).spaceBefore);
                if (compoundPart)
                    continue;
                if (text.at(t).upper) {
                    if (lex.isProductNoun(text.folded(t).toString()))
                        out.add(RelationType::Owns, b, a, 0.8f, s, text, attributedTo);
                    break;
                }
                const bool adjective = !lex.is(text.hash(t), RelationLexicon::Coordinator)
                    && lex.modifier(text.folded(t).toString()) != Modifier::Negation;
                if (!adjective)
                    break;
            }
        }
        // "RYU CEO Marcello Leone": the role word without its hyphen, between its body and its
        // head (a head only; a caption's "Klaus Müller, Sachbereichsleiter Katastrophenschutz"
        // names departments as often as bodies and is left alone).
        if (mid.size() == 1 && b.type == EntityType::Person && isActor(a) && !endsInGenitive(text, a)
            && text.at(text.tokenAt(b.start) - 1).upper)
            if (const auto *role = lex.role(mid.back(), text.folded(text.tokenAt(a.end - 1)));
                role && role->type == RelationType::Leads && !heldOnce(text, lex, text.tokenAt(a.start), s))
                out.add(RelationType::Leads, b, a, 0.8f, s, text, attributedTo);
        // "Jensen Huang, Chef von Nvidia", "ByteDance, Eigentümer von TikTok", "Mellanox, eine
        // Tochter von Nvidia", "Hermann Pelgrim, Oberbürgermeister der Stadt Schwäbisch Hall":
        // comma, article or adjectives, role word, "von"/"des"/"der", at most three words of the
        // second name's phrase, the second name.
        // "hat seine Sparte an Harman verkauft, eine Tochter von Samsung": the verbs that close the
        // clause (at most two lower-case words) may stand between the name and the apposition's
        // comma; so set apart, only an owner's role word is read.
        qsizetype closing = 0;
        for (int t = text.tokenAt(a.end - 1) + 1;
             closing < 2 && closing < mid.size() && text.at(t).kind == Token::Word && !text.at(t).upper
             && !lex.is(text.hash(t), RelationLexicon::Coordinator)
             && !lex.is(text.hash(t), RelationLexicon::Article);
             ++t)
            ++closing;
        const QStringList app
            = closing > 0 && closing < mid.size() && mid[closing] == u"," ? mid.mid(closing) : mid;
        const bool closed = app.size() < mid.size();
        if (app.size() >= 3 && app.size() <= 8 && app.front() == u",") {
            for (qsizetype at = 1; at + 1 < app.size() && at <= 3; ++at) {
                // Before the role word only its article and adjectives: "…, und der Präsident
                // der …" starts a second person.
                if (lex.is(app[at], RelationLexicon::Coordinator) || app[at] == u",")
                    break;
                const auto *role = lex.role(app[at], app[at - 1]);
                if (!role)
                    continue;
                const QString &link = app[at + 1];
                const bool linked = lex.is(link, RelationLexicon::Link);
                // "Peter Wennink, Chef des niederländischen Chip-Ausrüsters ASML": a hyphen
                // joining a compound's parts is no word of the phrase.
                const auto phraseWords = std::count_if(
                    app.begin() + at + 2, app.end(), [](const QString &w) { return w != u"-"; });
                const bool plainPhrase = phraseWords <= 3
                    && std::none_of(app.begin() + at + 2, app.end(), [&lex](const QString &w) {
                           return w == u"," || lex.is(w, RelationLexicon::Coordinator) || w == u"(";
                       });
                if (!linked || !plainPhrase || (closed && role->type != RelationType::Owns))
                    break;
                // "Joe Kaeser, früherer Chef von Siemens", "ehemaliger Eigentümer von": held once.
                if (std::any_of(app.begin() + 1, app.begin() + at,
                        [&lex](const QString &w) { return lex.is(w, RelationLexicon::Past); }))
                    break;
                if (role->type == RelationType::Leads && a.type == EntityType::Person && isActor(b))
                    out.add(RelationType::Leads, a, b, 0.85f, s, text, attributedTo);
                else if (role->type == RelationType::Owns && !role->ownerFirst
                    && a.type != EntityType::Product && b.type != EntityType::Person)
                    out.add(role->type, a, b, 0.85f, s, text, attributedTo);
                else if (role->type == RelationType::Owns && role->ownerFirst && isActor(b)) {
                    out.add(role->type, b, a, 0.85f, s, text, attributedTo);
                    // "CFM, ein Gemeinschaftsunternehmen von GE und Safran", "Ionity, die Tochter
                    // von BMW, Daimler und Ford": owners listed own it together. A comma may close
                    // the apposition, so the list must end with a coordinator.
                    size_t listEnd = k + 1;
                    bool coordinated = false;
                    // A name as a compound's first part is no owner: "von Nvidia und
                    // Intel-Partner".
                    const auto compoundPart = [&](const Mention &m) {
                        const int next = text.tokenAt(m.end - 1) + 1;
                        return next < text.size() && text.is(next, u"-") && !text.at(next).spaceBefore;
                    };
                    for (size_t j = k + 1; j + 1 < ms.size() && isActor(*ms[j + 1])
                         && listedNext(text, lex, *ms[j], *ms[j + 1]) && !compoundPart(*ms[j + 1]);
                         ++j) {
                        coordinated = lex.is(
                            text.hash(text.tokenAt(ms[j]->end - 1) + 1), RelationLexicon::Coordinator);
                        listEnd = j + 1;
                        if (coordinated)
                            break;
                    }
                    for (size_t j = k + 2; coordinated && j <= listEnd; ++j)
                        out.add(role->type, *ms[j], a, 0.8f, s, text, attributedTo);
                } else if ((role->type == RelationType::Supplies || role->type == RelationType::PartnersWith)
                    && isFirm(a) && isFirm(b))
                    out.add(role->type, role->ownerFirst ? b : a, role->ownerFirst ? a : b, 0.85f, s, text,
                        attributedTo);
                break;
            }
        }
        // "der Vorstandschef der Ethikbank, Klaus Euler", "der Geschäftsführer des Paketdiensts
        // DPD, Boris Winkelmann": the role word before the organisation, the person after a comma.
        // "der Großaktionär von Curevac, die Beteiligungsgesellschaft Dievini": an owner's role word
        // likewise, the owner after the comma, with its article and a noun that says what it is.
        const bool describedOwner = mid.size() >= 1 && mid.size() <= 3 && mid[0] == u","
            && (mid.size() == 1 || lex.is(mid[1], RelationLexicon::Article))
            && (mid.size() < 3 || !lex.is(mid[2], RelationLexicon::Coordinator));
        if (isActor(a)
            && ((b.type == EntityType::Person && mid.size() == 1 && mid[0] == u",")
                || (isActor(b) && describedOwner))) {
            const int first = text.tokenAt(a.start);
            for (int t = first - 1, skipped = 0; t >= s.firstToken && skipped <= 4; --t, ++skipped) {
                const QStringView f = text.folded(t);
                const auto *role = lex.role(f, t > s.firstToken ? text.folded(t - 1) : QStringView());
                if (role && role->type == RelationType::Leads && skipped > 0 && b.type == EntityType::Person
                    && mid.size() == 1) {
                    if (heldOnce(text, lex, t, s))
                        break;
                    out.add(RelationType::Leads, b, a, 0.85f, s, text, attributedTo);
                    // "Die Geschäftsführer der X GmbH, Anna Berg und Jan Ott": each person listed.
                    for (size_t j = k + 1; j + 1 < ms.size() && ms[j + 1]->type == EntityType::Person; ++j) {
                        if (!listedNext(text, lex, *ms[j], *ms[j + 1]))
                            break;
                        out.add(RelationType::Leads, *ms[j + 1], a, 0.8f, s, text, attributedTo);
                    }
                    break;
                }
                if (role && role->type == RelationType::Owns && !role->ownerFirst && skipped > 0
                    && b.type != EntityType::Product && a.type != EntityType::Person) {
                    out.add(RelationType::Owns, b, a, 0.8f, s, text, attributedTo);
                    break;
                }
                const bool link = lex.is(f, RelationLexicon::Link);
                // "der Chef des PC-Herstellers Lenovo, Yang Yuanqing": a hyphen inside a compound
                // of the organisation's noun joins its parts and counts as no word of its own.
                const bool joiner = text.is(t, u"-") && !text.at(t).spaceBefore && t + 1 < s.endToken
                    && !text.at(t + 1).spaceBefore && t > s.firstToken && text.at(t - 1).kind == Token::Word;
                if (joiner) {
                    --skipped;
                    continue;
                }
                // "der Chef des weltgrößten PC-Herstellers": an adjective right after the link.
                const bool adjective = text.at(t).kind == Token::Word && !text.at(t).upper && t > s.firstToken
                    && lex.is(text.folded(t - 1), RelationLexicon::Link)
                    && !lex.is(text.hash(t), RelationLexicon::Coordinator)
                    && lex.modifier(f.toString()) != Modifier::Negation;
                if (!link && !adjective && !(text.at(t).upper && text.at(t).kind == Token::Word))
                    break;
            }
        }
        // "Geschäftsführer Olaf Kramm von Fanuc Deutschland": role word, person, "von", organisation.
        // "die Geschäftsführer Anna Berg und Jan Ott von X": the role word before the first of
        // persons listed, the last one before "von" — each leads X.
        if (a.type == EntityType::Person && isActor(b) && mid.size() == 1
            && lex.is(mid[0], RelationLexicon::Link)) {
            size_t first = k;
            while (first > 0 && ms[first - 1]->type == EntityType::Person
                && listedNext(text, lex, *ms[first - 1], *ms[first]))
                --first;
            const int before = text.tokenAt(ms[first]->start) - 1;
            const auto *role = before >= s.firstToken ? lex.role(text.folded(before),
                                   before > s.firstToken ? text.folded(before - 1) : QStringView())
                                                      : nullptr;
            // "sagte Uniper-Chef Michael Lewis der Frankfurter Allgemeinen Zeitung": a role word
            // joined to a name by a hyphen names its body; what follows the person is no second one.
            const bool bodyNamed = before - 2 >= s.firstToken && text.is(before - 1, u"-")
                && std::any_of(ms.begin(), ms.end(), [&](const Mention *m) {
                       return m->start <= text.at(before - 2).start && text.at(before - 2).start < m->end;
                   });
            if (role && role->type == RelationType::Leads && !bodyNamed && !heldOnce(text, lex, before, s))
                for (size_t j = first; j <= k; ++j)
                    out.add(RelationType::Leads, *ms[j], b, j == k ? 0.85f : 0.8f, s, text, attributedTo);
        }
        // "Euler ist Chef der Volksbank Eisenberg"; "AGI ist eine hundertprozentige Tochter der
        // Allianz", "der Bund als Eigentümer der Bahn", "Daihatsu ist seit 2016 eine Tochter von
        // Toyota": copula (or "als"), at most four words (article, adjectives, a short phrase of
        // time), the role word, its link, the second name. Not a role denied ("ist keine Tochter
        // mehr", "nicht mehr") and no ownership held once ("war bis 2019 Tochter von", "eine
        // ehemalige Tochter").
        const auto gapWord = [&lex](const QString &w) {
            return w == u"," || lex.is(w, RelationLexicon::Coordinator) || w == u"("
                || lex.modifier(w) == Modifier::Negation;
        };
        if (a.type != EntityType::Product && isActor(b) && mid.size() >= 3 && mid.size() <= 7
            && lex.is(mid[0], RelationLexicon::Copula) && lex.is(mid.back(), RelationLexicon::Link)
            && std::none_of(mid.begin() + 1, mid.end() - 2, gapWord)) {
            const auto *role = lex.role(mid[mid.size() - 2], mid[mid.size() - 3]);
            const bool past = std::any_of(mid.begin(), mid.end() - 2,
                [&lex](const QString &w) { return lex.is(w, RelationLexicon::Past); });
            if (role && !(past && role->type == RelationType::Owns))
                addCopularRole(*role, a, b, 0.85f, s, text, attributedTo, out);
        }
        // "Daihatsu ist eine Toyota-Tochter", "Müller ist Bosch-Chef": copula, at most four words
        // (article, adjectives, a short phrase of time), the second name joined by a hyphen to the
        // role word, which ends the phrase (no name after it: "ist die Toyota-Tochter Hino" is an
        // apposition). Not denied, not held once ("war bis 2017 eine Opel-Tochter").
        if (a.type != EntityType::Product && isActor(b) && !mid.isEmpty() && mid.size() <= 5
            && lex.is(mid[0], RelationLexicon::Copula) && std::none_of(mid.begin() + 1, mid.end(), gapWord)
            && std::none_of(mid.begin(), mid.end(),
                [&lex](const QString &w) { return lex.is(w, RelationLexicon::Past); })) {
            const int hyphen = text.tokenAt(b.end - 1) + 1;
            const int roleToken = hyphen + 1;
            const int after = roleToken + 1;
            const bool ends = after >= s.endToken || text.at(after).kind != Token::Word
                || lex.is(text.hash(after), RelationLexicon::Coordinator);
            const auto *role = roleToken < s.endToken && text.folded(hyphen) == u"-"
                ? lex.role(text.folded(roleToken), text.folded(hyphen))
                : nullptr;
            if (role && ends)
                addCopularRole(*role, a, b, 0.8f, s, text, attributedTo, out);
        }
        // A product named with its maker: "der Mercedes-Benz EQS", "mehrere Airbus A350 und A220" —
        // the maker's name right before the product's, and the products listed after it.
        if (isFirm(a) && b.type == EntityType::Product && mid.isEmpty() && !endsInGenitive(text, a)) {
            out.add(RelationType::Owns, a, b, 0.8f, s, text, attributedTo);
            for (size_t j = k + 1; j + 1 < ms.size() && ms[j + 1]->type == EntityType::Product; ++j) {
                if (!listedNext(text, lex, *ms[j], *ms[j + 1]))
                    break;
                out.add(RelationType::Owns, a, *ms[j + 1], 0.8f, s, text, attributedTo);
            }
        }
        // A company's product: "Nvidias H20", "Nvidias Programmierplattform CUDA", "der H100 von
        // Nvidia", "A100 und H100 der Nvidia".
        if (isActor(a) && b.type == EntityType::Product && mid.size() <= 3 && endsInGenitive(text, a)
            && std::none_of(mid.begin(), mid.end(), [&lex](const QString &w) {
                   return w == u"," || lex.is(w, RelationLexicon::Coordinator) || w == u"("
                       || lex.is(w, RelationLexicon::AgentPreposition);
               })) {
            out.add(RelationType::Owns, a, b, mid.isEmpty() ? 0.85f : 0.8f, s, text, attributedTo);
            addListedProducts(a, k + 1);
        }
        // "das Abnehmmittel Wegovy des dänischen Pharmakonzerns Novo Nordisk": the product, the
        // genitive article (or "von"), adjectives, a noun of a maker (relation-makers.txt), the maker. No
        // operator or client: "die 737 MAX 9 der Fluggesellschaft Alaska Airlines" gives nothing.
        if (a.type == EntityType::Product && isFirm(b) && mid.size() >= 2 && mid.size() <= 4
            && lex.is(mid[0], RelationLexicon::Of) && lex.isMaker(mid.back())) {
            // Between article and noun only adjectives: small, no negation, no coordinator.
            const int noun = text.tokenAt(b.start) - 1;
            bool adjectives = text.at(noun).upper;
            for (int t = text.tokenAt(a.end - 1) + 2; t < noun && adjectives; ++t)
                adjectives = text.at(t).kind == Token::Word && !text.at(t).upper
                    && !lex.is(text.hash(t), RelationLexicon::Coordinator)
                    && lex.modifier(text.folded(t).toString()) != Modifier::Negation;
            if (adjectives)
                out.add(RelationType::Owns, b, a, 0.8f, s, text, attributedTo);
        }
        if (a.type == EntityType::Product && isActor(b) && mid.size() == 1
            && lex.is(mid[0], RelationLexicon::Of)) {
            out.add(RelationType::Owns, b, a, 0.85f, s, text, attributedTo);
            // Products coordinated before it belong to the same owner.
            for (size_t j = k; j-- > 0;) {
                const QStringList join = between(text, *ms[j], *ms[j + 1]);
                const bool joined = !join.isEmpty() && join.size() <= 2
                    && (lex.is(join[0], RelationLexicon::Coordinator) || join[0] == u",")
                    && (join.size() == 1 || lex.is(join[1], RelationLexicon::Article));
                if (ms[j]->type != EntityType::Product || !joined)
                    break;
                out.add(RelationType::Owns, b, *ms[j], 0.8f, s, text, attributedTo);
            }
        }
    }
}

// "Größte Einzelaktionäre von Mercedes-Benz sind BAIC und Geely", "Die wichtigsten TSMC-Kunden
// sind Apple und Nvidia", "Zu den Geldgebern von Zhipu zählen Alibaba und Tencent", "Die
// Anteilseigner von Ampere, der Finanzinvestor Carlyle und der Softwarekonzern Oracle, …": a
// (mostly plural) role word of a name — with its link ("von", "der") or as a compound's last part
// — then a copula or a verb of membership, or a comma, then the names listed take the role. After
// the verb at most four words (article, adjectives, a noun that says what they are, "unter
// anderem"); after the comma two (article and noun), and the list must close with a comma.
void readRoleLists(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, const QString &attributedTo, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &named = *ms[k];
        if (!isActor(named))
            continue;
        const int first = text.tokenAt(named.start);
        const int last = text.tokenAt(named.end - 1);
        const RelationLexicon::Role *role = nullptr;
        int verb = -1;
        // The link may stand before a noun that says what the name is (the name's first word when
        // the finder took it in) and lowercase adjectives before it ("Die Geschäftsführer der
        // führenden deutschen Parfümeriekooperation Y, A und B, …"): the noun capitalised and no
        // other name's, at most three adjectives, no coordinator or negation among them.
        int link = first - 1;
        if (link > s.firstToken && text.at(link).kind == Token::Word && text.at(link).upper
            && !lex.is(text.hash(link), RelationLexicon::Link)
            && (k == 0 || ms[k - 1]->end <= text.at(link).start))
            --link;
        for (int adjectives = 0; adjectives < 3 && link > s.firstToken && text.at(link).kind == Token::Word
             && !text.at(link).upper && !lex.is(text.hash(link), RelationLexicon::Link)
             && !lex.is(text.hash(link), RelationLexicon::Coordinator)
             && lex.modifier(text.folded(link).toString()) != Modifier::Negation;
             ++adjectives)
            --link;
        if (link - 1 >= s.firstToken && lex.is(text.hash(link), RelationLexicon::Link)
            && text.at(link - 1).kind == Token::Word) {
            role = lex.role(
                text.folded(link - 1), link - 2 >= s.firstToken ? text.folded(link - 2) : QStringView());
            verb = last + 1;
        } else if (last + 3 < s.endToken && text.is(last + 1, u"-") && !text.at(last + 1).spaceBefore
            && !text.at(last + 2).spaceBefore) {
            role = lex.role(text.folded(last + 2), text.folded(last + 1));
            verb = last + 3;
        }
        // "Der frühere Vorstandschef der Ethikbank, Klaus Euler": a role held once.
        const int roleFirst = verb == last + 1 ? link - 1 : first;
        if (!role || role->type == RelationType::PartnersWith || verb >= s.endToken
            || heldOnce(text, lex, roleFirst, s))
            continue;
        // "Ionity, die Tochter von BMW, Daimler und Ford": the role phrase is an apposition of the
        // name before it, and the names after the first are its other owners (readAppositions),
        // not what the first owns.
        if (verb == last + 1 && k > 0) {
            // Its article and adjectives ("ein gemeinsames Tochterunternehmen") before it.
            int before = roleFirst - 1;
            for (int words = 0; words < 3 && before > s.firstToken && text.at(before).kind == Token::Word
                 && !text.at(before).upper;
                 ++words)
                --before;
            if (text.is(before, u",") && text.tokenAt(ms[k - 1]->end - 1) == before - 1)
                continue;
        }
        const QStringView verbWord = text.folded(verb);
        const bool apposition = verbWord == u",";
        const bool listing = (lex.is(verbWord, RelationLexicon::Copula) && verbWord != u"als")
            || lex.is(verbWord, RelationLexicon::Among);
        if (!(apposition || listing) || lex.is(verbWord, RelationLexicon::Past))
            continue;
        const Mention &head = *ms[k + 1];
        const int headFirst = text.tokenAt(head.start);
        const int gap = headFirst - verb - 1;
        if (gap < 0 || gap > (apposition ? 2 : 4))
            continue;
        bool plain = true;
        for (int t = verb + 1; t < headFirst && plain; ++t) {
            const QString w = text.folded(t).toString();
            plain = text.at(t).kind == Token::Word && !lex.is(w, RelationLexicon::Coordinator)
                && lex.modifier(w) != Modifier::Negation && !lex.is(w, RelationLexicon::Past);
        }
        if (!plain || (apposition && gap > 0 && !lex.is(text.hash(verb + 1), RelationLexicon::Article)))
            continue;
        // The list: names joined by a comma or a coordinator, each with at most its article and noun.
        // Words after the joiner open with an article ("und der Konzern X"), so that a clause after
        // a single name ("Anna Berg, sprach in Berlin") lists nothing more.
        const auto nextListed = [&](const Mention &before, const Mention &next) {
            const int joiner = text.tokenAt(before.end - 1) + 1;
            return listedNext(text, lex, before, next, 3)
                && (joiner + 1 == text.tokenAt(next.start)
                    || lex.is(text.hash(joiner + 1), RelationLexicon::Article));
        };
        std::vector<const Mention *> listed {&head};
        for (size_t j = k + 1; j + 1 < ms.size() && nextListed(*ms[j], *ms[j + 1]); ++j)
            listed.push_back(ms[j + 1]);
        if (apposition) {
            const int after = text.tokenAt(listed.back()->end - 1) + 1;
            if (after >= s.endToken || !text.is(after, u","))
                continue;
        }
        for (const Mention *m : listed) {
            const Mention &source = role->ownerFirst ? named : *m;
            const Mention &target = role->ownerFirst ? *m : named;
            // A person heads or owns, never is owned; a supplier and its client are firms.
            const bool fits = role->type == RelationType::Leads
                ? m->type == EntityType::Person && !role->ownerFirst
                : role->type == RelationType::Supplies ? isFirm(*m) && isFirm(named)
                                                       : m->type != EntityType::Product && isActor(target);
            if (fits)
                out.add(role->type, source, target, 0.8f, s, text, attributedTo);
        }
    }
}

// "Biontech und dessen Partner Pfizer", "Siemens, sein Partner Bosch": a partner named after a
// possessive right before its role word is the partner of the name right before the possessive
// (with at most "und" or a comma between them).
void readOwnPartner(const TokenizedText &text, const std::vector<const Mention *> &ms, size_t k,
    int roleToken, const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    const int before = roleToken - 1;
    if (k == 0 || before <= s.firstToken || !isPossessive(lex, text.folded(before)))
        return;
    const Mention &partner = *ms[k];
    const Mention &owner = *ms[k - 1];
    const int ownerEnd = text.tokenAt(owner.end - 1);
    const int gap = before - ownerEnd - 1;
    const bool joined = gap == 0
        || (gap == 1
            && (text.is(ownerEnd + 1, u",")
                || lex.is(text.hash(ownerEnd + 1), RelationLexicon::Coordinator)));
    if (isFirm(owner) && isFirm(partner) && joined && owner.start >= s.start)
        out.add(RelationType::PartnersWith, owner, partner, 0.8f, s, text, QString());
}

// "Bosch, dessen Tochter BMW beliefert": a name right before a relation verb that takes an object
// and closes the clause (with at most its auxiliaries after it) is that verb's object, not the name
// of the role word before it — the daughter is unnamed. In the passive ("dessen Tochter Rexroth
// beliefert wird") the name is the subject, and the role's.
bool objectOfClosingVerb(
    const TokenizedText &text, const Mention &m, const Sentence &s, const RelationLexicon &lex)
{
    const int verb = text.tokenAt(m.end - 1) + 1;
    if (verb >= s.endToken || text.at(verb).kind != Token::Word || text.at(verb).upper)
        return false;
    const auto rows = lex.verbRows(text.folded(verb).toString());
    const bool takesObject = std::any_of(rows.begin(), rows.end(), [](const RelationLexicon::Word *row) {
        return std::any_of(row->targets.begin(), row->targets.end(), [](const RelationLexicon::Slot &slot) {
            return slot.kind == RelationLexicon::Slot::Object || slot.kind == RelationLexicon::Slot::Dative;
        });
    });
    if (!takesObject)
        return false;
    int t = verb + 1;
    for (; t < s.endToken && t <= verb + 2 && text.at(t).kind == Token::Word && !text.at(t).upper; ++t)
        if (lex.is(text.hash(t), RelationLexicon::PassiveAuxiliary))
            return false;
    return t >= s.endToken || text.at(t).kind != Token::Word;
}

// "E.ON bringt Tochter Uniper an die Börse", "Daimler expandiert mit seiner Tochter Moovel": a
// daughter named after its own possessive or bare role word belongs to the name the clause began
// with — when no other actor stands between them — or to the name right before its possessive.
void readOwnDaughters(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 1; k < ms.size(); ++k) {
        const Mention &daughter = *ms[k];
        const int roleToken = text.tokenAt(daughter.start) - 1;
        if (!isActor(daughter) || roleToken <= s.firstToken || text.at(roleToken).kind != Token::Word)
            continue;
        const auto *role = lex.role(text.folded(roleToken), text.folded(roleToken - 1));
        if (role && role->type == RelationType::PartnersWith) {
            readOwnPartner(text, ms, k, roleToken, s, lex, out);
            continue;
        }
        if (!role || role->type != RelationType::Owns || !role->ownerFirst)
            continue;
        // Before the role word: its compound's first part ("Mobilitäts-Tochter"), then a
        // possessive, or no article at all.
        int before = roleToken - 1;
        if (before > s.firstToken && text.is(before, u"-") && !text.at(roleToken).spaceBefore)
            before -= 2;
        if (before < s.firstToken)
            continue;
        const Mention &owner = *ms[k - 1];
        const int ownerEnd = text.tokenAt(owner.end - 1);
        const bool possessive = isPossessive(lex, text.folded(before));
        const bool bare = text.at(before).kind == Token::Word && !text.at(before).upper && before > ownerEnd;
        if (!isActor(owner) || ownerEnd >= before || !(possessive || bare) || owner.start < s.start)
            continue;
        // "Stellen in Frankreich fallen weg, in der Sparte Lyxor …": a place named before a bare
        // role word is where something happens, no owner.
        if (bare && owner.type == EntityType::Location)
            continue;
        // The owner is the sentence's first name, or opens the clause with no more than its
        // article before it; or the possessive follows it with at most "und" or a comma between
        // ("der Volksbank Eisenberg und ihrer Tochter Ethikbank", as "Biontech und dessen Partner").
        const int gap = before - ownerEnd - 1;
        const bool joined = possessive
            && (gap == 0
                || (gap == 1
                    && (text.is(ownerEnd + 1, u",")
                        || lex.is(text.hash(ownerEnd + 1), RelationLexicon::Coordinator))));
        // A dateline before the clause ("BERLIN (dpa-AFX) – Daimler expandiert mit seiner Tochter
        // …") is no part of it: the owner is then the first name after it.
        const int ownerFirst = text.tokenAt(owner.start);
        const int clauseFirst = afterDateline(text, ms, s);
        const bool firstAfterDateline = k >= 2 && clauseFirst > s.firstToken
            && text.tokenAt(ms[k - 2]->end - 1) < clauseFirst && ownerFirst >= clauseFirst
            && ownerFirst - clauseFirst <= 1;
        if (k - 1 > 0 && ownerFirst - s.firstToken > 1 && !joined && !firstAfterDateline)
            continue;
        if (possessive && objectOfClosingVerb(text, daughter, s, lex))
            continue;
        out.add(RelationType::Owns, owner, daughter, 0.8f, s, text, QString());
    }
}

// --- Belonging and roles stated in a clause, read by their words (issue 11: leads and owns).

// "zu", "zum", "zur": the preposition, or the preposition fused with an article (a final "m", "r"
// or "s": "zum", "zur", "beim", "ans").
bool isPrepositionOf(QStringView word, QStringView preposition)
{
    return word == preposition
        || (word.size() == preposition.size() + 1 && word.startsWith(preposition)
            && (word.back() == u'm' || word.back() == u'r' || word.back() == u's'));
}

// The preposition of an owning verb whose phrase names the owner ("gehört zu": relation-words.tsv,
// a `swap` row of `owns` with a plain pp slot), or empty.
QString belongingPreposition(const RelationLexicon &lex, QStringView folded)
{
    for (const RelationLexicon::Word *row : lex.verbRows(folded.toString())) {
        if (row->type != RelationType::Owns || !row->swap || !row->withEnding.isEmpty())
            continue;
        for (const RelationLexicon::Slot &slot : row->targets)
            if (slot.kind == RelationLexicon::Slot::Preposition && slot.inner.isEmpty())
                return slot.preposition;
    }
    return {};
}

// A word that may stand inside a short phrase before a name without changing whose it is: a
// lower-case word (an adjective, an adverb of time or degree) or a number ("seit 2019"), no
// coordinator and no negation.
bool plainWord(const TokenizedText &text, const RelationLexicon &lex, int t)
{
    if (text.at(t).kind == Token::Number)
        return true;
    return text.at(t).kind == Token::Word && !text.at(t).upper
        && !lex.is(text.hash(t), RelationLexicon::Coordinator)
        && lex.modifier(text.folded(t).toString()) != Modifier::Negation;
}

// "zu den Partnern von SAP", "Chef der Werke des Konzerns": a link or an article inside a phrase
// starts the phrase of another name, whose the first phrase is.
bool ofAnother(const RelationLexicon &lex, quint64 hash)
{
    return lex.is(hash, RelationLexicon::Link) || lex.is(hash, RelationLexicon::Article)
        || lex.is(hash, RelationLexicon::Of);
}

// Tokens [t, end) say what the names after them are: an article, adjectives and plain words, at
// most one noun (a compound's parts joined by hyphens count once), no role and no word that tells
// of another's ("zu 70 Prozent SAP" is a share, no description).
bool plainDescription(const TokenizedText &text, const RelationLexicon &lex, int t, int end)
{
    if (t < end && lex.is(text.hash(t), RelationLexicon::Article))
        ++t;
    int nouns = 0;
    for (; t < end; ++t) {
        if (text.is(t, u"-") && !text.at(t).spaceBefore)
            continue;
        if (text.at(t).kind == Token::Word && text.at(t).upper) {
            // A compound's part before its hyphen is no noun of its own.
            const bool part = t + 1 < end && text.is(t + 1, u"-");
            if (!part && (++nouns > 1 || lex.role(text.folded(t))))
                return false;
        } else if (text.at(t).kind != Token::Word || !plainWord(text, lex, t)
            || ofAnother(lex, text.hash(t))) {
            return false;
        }
    }
    return true;
}

// "Concur, die zu SAP gehört", "T-Head, das seit 2019 zum Alibaba-Konzern gehört", "Netto, der zum
// Handelskonzern Edeka gehört": a name, a comma, a relative pronoun that may be the subject, at most
// three plain words ("seit 2019", "mehrheitlich"), the preposition of a verb of belonging, the
// owner's article, adjectives and one noun saying what it is, the owner's name (also as a
// compound's first part: "zum Alibaba-Konzern"), and the verb closing the clause. The parse reads
// such a pronoun as the object as often as not; "gehören" takes none. Not a role ("zu den
// SAP-Kunden gehört"), not negated, not in the past ("die bis 2019 zu SAP gehörte").
void readBelongingClauses(const TokenizedText &text, const std::vector<const Mention *> &ms,
    const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &owned = *ms[k];
        const Mention &owner = *ms[k + 1];
        if (owned.type == EntityType::Person || owned.type == EntityType::Location
            || owner.type == EntityType::Product || owner.type == EntityType::Location)
            continue;
        const int comma = text.tokenAt(owned.end - 1) + 1;
        const int pronoun = comma + 1;
        const int ownerFirst = text.tokenAt(owner.start);
        if (pronoun >= ownerFirst || !text.is(comma, u",")
            || !lex.is(text.hash(pronoun), RelationLexicon::Article)
            || lex.is(text.hash(pronoun), RelationLexicon::NotNominative))
            continue;
        int verb = text.tokenAt(owner.end - 1) + 1;
        // "zum Alibaba-Konzern": the owner as a compound's first part, its last part no role.
        if (verb + 1 < s.endToken && text.is(verb, u"-") && !text.at(verb).spaceBefore
            && text.at(verb + 1).kind == Token::Word && text.at(verb + 1).upper
            && !text.at(verb + 1).spaceBefore && !lex.role(text.folded(verb + 1)))
            verb += 2;
        if (verb >= s.endToken || text.at(verb).kind != Token::Word || text.at(verb).upper
            || lex.is(text.hash(verb), RelationLexicon::Past))
            continue;
        const QString preposition = belongingPreposition(lex, text.folded(verb));
        if (preposition.isEmpty() || (verb + 1 < s.endToken && text.at(verb + 1).kind == Token::Word))
            continue;
        int at = pronoun + 1;
        while (at < ownerFirst && at - pronoun <= 4 && !isPrepositionOf(text.folded(at), preposition)
            && plainWord(text, lex, at))
            ++at;
        if (at >= ownerFirst || !isPrepositionOf(text.folded(at), preposition))
            continue;
        // After the preposition: its article, adjectives, at most one noun (compound parts joined
        // by hyphens), no role and no number ("zu 70 Prozent SAP" is a share, its owner a dative).
        if (plainDescription(text, lex, at + 1, ownerFirst))
            out.add(RelationType::Owns, owner, owned, 0.8f, s, text, QString());
    }
}

// The comma that opens a relative clause on the name ms[k]: right after it, after its seat
// ("Volkswagen aus Wolfsburg, Niedersachsen, zu dem …": a preposition and places, listed with
// commas), or after one or two small words that close the name's clause, where German puts a
// relative clause behind its verb ("an der Tochter X beteiligt, zu der …"). `first` gets the index
// of the first name after the places passed over. Or -1.
int relativeComma(const TokenizedText &text, const RelationLexicon &lex,
    const std::vector<const Mention *> &ms, size_t k, size_t &first)
{
    int t = text.tokenAt(ms[k]->end - 1) + 1;
    first = k + 1;
    if (first < ms.size() && ms[first]->type == EntityType::Location && text.at(t).kind == Token::Word
        && !text.at(t).upper && t + 1 == text.tokenAt(ms[first]->start)) {
        t = text.tokenAt(ms[first]->end - 1) + 1;
        ++first;
        while (first < ms.size() && ms[first]->type == EntityType::Location && text.is(t, u",")
            && t + 1 == text.tokenAt(ms[first]->start)
            && text.is(text.tokenAt(ms[first]->end - 1) + 1, u",")) {
            t = text.tokenAt(ms[first]->end - 1) + 1;
            ++first;
        }
        return text.is(t, u",") ? t : -1;
    }
    for (int closing = 0; closing < 3; ++closing, ++t) {
        if (text.is(t, u","))
            return t;
        if (text.at(t).kind != Token::Word || text.at(t).upper || !plainWord(text, lex, t)
            || lex.is(text.hash(t), RelationLexicon::Article))
            return -1;
    }
    return -1;
}

// "die Hyundai Motor Group, zu der Kia gehört", "Edeka, zu dem auch der Discounter Netto gehört",
// "das Studio, zu dem die Reihen A, B und C gehören", "die Brauerei Paulaner, an der der
// Heineken-Konzern beteiligt ist": a name, a comma, the preposition of an owning verb and a
// relative pronoun (no "dessen": "zu dessen Kunden"), at most three plain words ("auch",
// "mehrheitlich"), an article, adjectives and one noun saying what the names are (no role), the
// names (listed with commas and coordinators; the last also as a compound's first part), and the
// verb closing the clause, with at most a copula of the present after it. A `swap` row of `owns`
// ("gehört zu", "zählt zu") makes the name before the comma the owner of the clause's names, a
// plain one ("beteiligt an") the clause's names its owners. The parse hangs the pronoun's phrase
// on the wrong word as often as not. Not in the past ("zu dem bis 2019 X gehörte"), not negated.
void readOwnerClauses(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &head = *ms[k];
        if (head.type == EntityType::Person || head.type == EntityType::Location
            || head.type == EntityType::Product)
            continue;
        size_t first = k + 1;
        const int comma = relativeComma(text, lex, ms, k, first);
        if (comma < 0 || first >= ms.size())
            continue;
        const int preposition = comma + 1;
        const int pronoun = comma + 2;
        const int firstName = text.tokenAt(ms[first]->start);
        if (pronoun >= firstName || !text.is(comma, u",") || text.at(preposition).kind != Token::Word
            || text.at(preposition).upper
            || !(lex.is(text.hash(pronoun), RelationLexicon::Article)
                || lex.is(text.hash(pronoun), RelationLexicon::NotNominative))
            || lex.is(text.hash(pronoun), RelationLexicon::Possessive))
            continue;
        // Before the names: plain words, then an article, adjectives and at most one noun, no role.
        int t = pronoun + 1;
        while (t < firstName && t - pronoun <= 3 && plainWord(text, lex, t)
            && !lex.is(text.hash(t), RelationLexicon::Article))
            ++t;
        if (!plainDescription(text, lex, t, firstName))
            continue;
        // The names, listed: "A, B und C", also with what a further one is ("und die britische
        // Marke Bentley").
        std::vector<const Mention *> names {ms[first]};
        size_t j = first;
        int after = text.tokenAt(ms[j]->end - 1) + 1;
        while (j + 1 < ms.size() && after < text.tokenAt(ms[j + 1]->start)
            && (text.is(after, u",") || lex.is(text.hash(after), RelationLexicon::Coordinator))
            && (after + 1 == text.tokenAt(ms[j + 1]->start)
                || (lex.is(text.hash(after + 1), RelationLexicon::Article)
                    && plainDescription(text, lex, after + 1, text.tokenAt(ms[j + 1]->start))))) {
            names.push_back(ms[++j]);
            after = text.tokenAt(ms[j]->end - 1) + 1;
        }
        // "der Heineken-Konzern": the last name as a compound's first part, its last part no role.
        if (after + 1 < s.endToken && text.is(after, u"-") && !text.at(after).spaceBefore
            && text.at(after + 1).kind == Token::Word && text.at(after + 1).upper
            && !text.at(after + 1).spaceBefore && !lex.role(text.folded(after + 1)))
            after += 2;
        const int verb = after;
        if (verb >= s.endToken || text.at(verb).kind != Token::Word || text.at(verb).upper
            || lex.is(text.hash(verb), RelationLexicon::Past))
            continue;
        int close = verb + 1;
        if (close < s.endToken && text.at(close).kind == Token::Word) {
            if (!lex.is(text.hash(close), RelationLexicon::Copula)
                || lex.is(text.hash(close), RelationLexicon::Past))
                continue;
            ++close;
        }
        if (close < s.endToken && text.at(close).kind == Token::Word)
            continue;
        for (const RelationLexicon::Word *row : lex.verbRows(text.folded(verb).toString())) {
            if (row->type != RelationType::Owns || !row->withEnding.isEmpty())
                continue;
            const bool fits = std::any_of(
                row->targets.begin(), row->targets.end(), [&](const RelationLexicon::Slot &slot) {
                    return slot.kind == RelationLexicon::Slot::Preposition && slot.inner.isEmpty()
                        && text.folded(preposition) == slot.preposition;
                });
            if (!fits)
                continue;
            for (const Mention *name : names) {
                // An association's members are no property ("der Verband VDA, zu dem BMW zählt").
                if (row->swap && head.type == EntityType::Company)
                    out.add(RelationType::Owns, head, *name, 0.8f, s, text, QString());
                else if (!row->swap && name->type != EntityType::Product
                    && name->type != EntityType::Location)
                    out.add(RelationType::Owns, *name, head, 0.8f, s, text, QString());
            }
            break;
        }
    }
}

// "des zu Siemens gehörenden Start-ups Rydio", "den bereits zum Bosch-Konzern gehörenden
// Hersteller Rydio", "des zu Moovel gehörigen Dienstes X": an article or a possessive, at most two
// plain words, the preposition of a verb of belonging (a `swap` row of `owns`), its article,
// adjectives and at most one noun, the owner (also as a compound's first part), the verb's
// present participle ("-end-", or "-ig-" as in "gehörig") with an adjective's ending, adjectives
// and at most one noun saying what the owned is (no role), and the owned name. The parse reads the
// participle in a genitive or dative phrase as a verb of its own as often as not. Not negated, not
// a belonging held once ("des früher zu Siemens gehörenden").
void readBelongingAttributes(const TokenizedText &text, const std::vector<const Mention *> &ms,
    const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    // Adjectives, compound parts and at most one capitalised noun (no role) in [from, to).
    const auto describes = [&](int from, int to) {
        int nouns = 0;
        for (int t = from; t < to; ++t) {
            if (text.is(t, u"-") && !text.at(t).spaceBefore)
                continue;
            if (text.at(t).kind == Token::Word && text.at(t).upper) {
                const bool part = t + 1 < to && text.is(t + 1, u"-");
                if (!part && (++nouns > 1 || lex.role(text.folded(t))))
                    return false;
            } else if (!(text.at(t).kind == Token::Word && plainWord(text, lex, t)
                           && !ofAnother(lex, text.hash(t)) && !lex.is(text.hash(t), RelationLexicon::Past)))
                return false;
        }
        return true;
    };
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &owner = *ms[k];
        const Mention &owned = *ms[k + 1];
        if (owner.type == EntityType::Person || owner.type == EntityType::Location
            || owner.type == EntityType::Product || owned.type == EntityType::Person
            || owned.type == EntityType::Location)
            continue;
        const int ownerFirst = text.tokenAt(owner.start);
        int participle = text.tokenAt(owner.end - 1) + 1;
        // "zum Bosch-Konzern": the owner as a compound's first part, its last part no role.
        if (participle + 1 < s.endToken && text.is(participle, u"-") && !text.at(participle).spaceBefore
            && text.at(participle + 1).kind == Token::Word && text.at(participle + 1).upper
            && !text.at(participle + 1).spaceBefore && !lex.role(text.folded(participle + 1)))
            participle += 2;
        const int ownedFirst = text.tokenAt(owned.start);
        if (participle >= ownedFirst || text.at(participle).kind != Token::Word || text.at(participle).upper)
            continue;
        QStringView stem = text.folded(participle);
        bool inflected = false;
        for (const QStringView ending : {u"en", u"em", u"er", u"es", u"e"})
            if (stem.endsWith(ending)) {
                stem.chop(ending.size());
                inflected = true;
                break;
            }
        if (!inflected || !(stem.endsWith(u"end") || stem.endsWith(u"ig")))
            continue;
        const QString preposition = belongingPreposition(lex, text.folded(participle));
        if (preposition.isEmpty() || !describes(participle + 1, ownedFirst))
            continue;
        // Back from the owner to the preposition, then to the phrase's article.
        int at = ownerFirst - 1;
        while (at > s.firstToken && ownerFirst - at <= 4 && !isPrepositionOf(text.folded(at), preposition))
            --at;
        if (at <= s.firstToken || !isPrepositionOf(text.folded(at), preposition)
            || text.at(at).upper != false)
            continue;
        const int innerFirst
            = at + 1 < ownerFirst && lex.is(text.hash(at + 1), RelationLexicon::Article) ? at + 2 : at + 1;
        if (!describes(innerFirst, ownerFirst))
            continue;
        const auto opens = [&](int t) {
            return lex.is(text.hash(t), RelationLexicon::Article)
                || lex.is(text.hash(t), RelationLexicon::NotNominative) || isPossessive(lex, text.folded(t));
        };
        int opener = at - 1;
        while (opener > s.firstToken && at - opener <= 2 && !opens(opener) && plainWord(text, lex, opener)
            && !lex.is(text.hash(opener), RelationLexicon::Past))
            --opener;
        if (opener < s.firstToken || !opens(opener))
            continue;
        out.add(RelationType::Owns, owner, owned, 0.8f, s, text, QString());
    }
}

// "Mellanox ist eine Tochter des Chipkonzerns Nvidia", "Euler ist Chef der Genossenschaftsbank
// Volksbank Eisenberg": as "Euler ist Chef der Volksbank" (readAppositions), with adjectives and
// one noun saying what the second name is between the role's link and the name. The noun is no
// role of its own ("ist Chef der Tochter X"). Before the role word at most four words, none a
// comma, a coordinator, a negation or a word of a role held once.
void readDescribedCopularRoles(const TokenizedText &text, const std::vector<const Mention *> &ms,
    const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &a = *ms[k];
        const Mention &b = *ms[k + 1];
        const int copula = text.tokenAt(a.end - 1) + 1;
        int t = text.tokenAt(b.start) - 1;
        if (a.type == EntityType::Product || !isActor(b) || copula >= t
            || !lex.is(text.hash(copula), RelationLexicon::Copula))
            continue;
        // The noun, its compound's parts, then adjectives, back to the link.
        while (t > copula + 2 && text.is(t - 1, u"-") && !text.at(t - 1).spaceBefore)
            t -= 2;
        if (text.at(t).kind != Token::Word || !text.at(t).upper || lex.role(text.folded(t)))
            continue;
        --t;
        while (t > copula + 2 && !lex.is(text.hash(t), RelationLexicon::Link) && plainWord(text, lex, t)
            && text.at(t).kind == Token::Word)
            --t;
        const int link = t;
        const int roleToken = link - 1;
        if (roleToken <= copula || !lex.is(text.hash(link), RelationLexicon::Link)
            || text.at(roleToken).kind != Token::Word || roleToken - copula > 5)
            continue;
        const auto *role = lex.role(text.folded(roleToken), text.folded(roleToken - 1));
        bool plain = role != nullptr;
        for (int x = copula + 1; x < roleToken && plain; ++x)
            plain = !text.is(x, u",") && !text.is(x, u"(") && !lex.is(text.hash(x), RelationLexicon::Past)
                && !lex.is(text.hash(x), RelationLexicon::Coordinator)
                && lex.modifier(text.folded(x).toString()) != Modifier::Negation;
        if (plain && !lex.is(text.hash(copula), RelationLexicon::Past))
            addCopularRole(*role, a, b, 0.8f, s, text, QString(), out);
    }
}

// "Cambricon, dessen Siyuan-Beschleuniger …", "Huawei mit seiner Ascend-Reihe", "Nvidia, dessen
// Chip H20 …": a product with a possessive that can only stand for the name right before it — a
// relative "dessen"/"deren" after its comma, or "mit seiner" right after it — belongs to that
// company. The product is named joined by a hyphen to a noun of a kind of product
// (relation-product-nouns.txt) or after one; adjectives may stand before.
void readOwnProducts(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &owner = *ms[k];
        const Mention &product = *ms[k + 1];
        if (!isFirm(owner) || product.type != EntityType::Product)
            continue;
        const int ownerEnd = text.tokenAt(owner.end - 1);
        const int first = text.tokenAt(product.start);
        const int last = text.tokenAt(product.end - 1);
        int possessive = ownerEnd + 2;
        const bool relative = text.is(ownerEnd + 1, u",") && possessive < first
            && (text.folded(possessive) == u"dessen" || text.folded(possessive) == u"deren");
        const bool with = lex.is(text.hash(ownerEnd + 1), RelationLexicon::Instrument) && possessive < first
            && isPossessive(lex, text.folded(possessive)) && !relative;
        // "konkurriert mit Apple mit seiner Galaxy-Reihe": a name in a "mit" phrase of its own is
        // not whom the possessive stands for.
        int before = text.tokenAt(owner.start) - 1;
        while (before > s.firstToken && text.at(before).kind == Token::Word
            && (text.at(before).upper || lex.is(text.hash(before), RelationLexicon::Article)))
            --before;
        if (with && before >= s.firstToken && lex.is(text.hash(before), RelationLexicon::Instrument))
            continue;
        if (!relative && !with)
            continue;
        // "Siyuan-Beschleuniger": the product joined to its kind; "Chip H20": its kind before it.
        const bool joined = last + 2 < s.endToken && text.is(last + 1, u"-") && !text.at(last + 1).spaceBefore
            && lex.isProductNoun(text.folded(last + 2));
        int t = possessive + 1;
        int end = first;
        if (!joined) {
            end = first - 1;
            if (end <= possessive || !text.at(end).upper || !lex.isProductNoun(text.folded(end)))
                continue;
        }
        // Between the possessive and the product or its kind: adjectives, and a kind's compound
        // parts ("seinem China-Chip H20").
        bool plain = true;
        for (; t < end && plain; ++t) {
            const bool compoundPart = (text.is(t, u"-") && !text.at(t).spaceBefore)
                || (text.at(t).kind == Token::Word && text.is(t + 1, u"-") && !text.at(t + 1).spaceBefore);
            plain = compoundPart || (text.at(t).kind == Token::Word && plainWord(text, lex, t));
        }
        if (plain)
            out.add(RelationType::Owns, owner, product, 0.8f, s, text, QString());
    }
}

// "Das Start-up Isar Aerospace plant den zweiten Start seiner Rakete Spectrum", "Daikin liefert
// seine Wärmepumpe Altherma 3 aus": a product after a possessive ("sein", "ihr"; not "dessen"), or
// after "unter" with its kind ("unter der Marke Rougette"), at most adjectives and a noun of its
// kind (relation-product-nouns.txt) between them, belongs to the
// company that opens the clause — its first name but places, after a dateline or a colon, with at
// most four words (an article, adjectives, a noun saying what it is) before it, no compound's first
// part — when no other name but places and products stands between that company and the product.
void readClauseOwnProducts(const TokenizedText &text, const std::vector<const Mention *> &ms,
    const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 1; k < ms.size(); ++k) {
        const Mention &product = *ms[k];
        if (product.type != EntityType::Product)
            continue;
        int t = text.tokenAt(product.start) - 1;
        const bool kind = t > s.firstToken && text.at(t).upper && lex.isProductNoun(text.folded(t));
        if (kind)
            --t;
        // "bringt unter der Marke Rougette einen Grillkäse auf den Markt": a product its kind names
        // after "unter" is the clause's company's as well.
        const auto under = [&](int w) {
            return kind && text.folded(w) == u"unter" && lex.is(text.hash(w + 1), RelationLexicon::Article);
        };
        while (t > s.firstToken && !isPossessive(lex, text.folded(t)) && !under(t) && plainWord(text, lex, t)
            && text.at(t).kind == Token::Word)
            --t;
        if (t <= s.firstToken
            || (!under(t)
                && (!isPossessive(lex, text.folded(t)) || text.folded(t) == u"dessen"
                    || text.folded(t) == u"deren")))
            continue;
        const int possessive = t;
        int clauseFirst = afterDateline(text, ms, s);
        for (int c = clauseFirst; c < possessive; ++c)
            if (text.is(c, u":"))
                clauseFirst = c + 1;
        const Mention *owner = nullptr;
        bool others = false;
        for (size_t j = 0; j < k; ++j) {
            const Mention &m = *ms[j];
            if (text.tokenAt(m.start) < clauseFirst || m.type == EntityType::Location)
                continue;
            others = others || (owner && m.type != EntityType::Product);
            owner = owner ? owner : &m;
        }
        if (!owner || others || !isFirm(*owner) || text.tokenAt(owner->end - 1) >= possessive
            || text.tokenAt(owner->start) - clauseFirst > 4)
            continue;
        // "Siemens-Chef Roland Busch lobte seine Software …": a compound's first part opens no clause.
        if (const int next = text.tokenAt(owner->end - 1) + 1;
            text.is(next, u"-") && !text.at(next).spaceBefore)
            continue;
        bool plain = true;
        for (int w = clauseFirst; w < text.tokenAt(owner->start) && plain; ++w)
            plain = text.at(w).kind == Token::Word || text.is(w, u"-");
        if (plain)
            out.add(RelationType::Owns, *owner, product, 0.8f, s, text, QString());
    }
}

// "Cambricon, dessen Chef Chen Tianshi …", "Siemens und sein Vorstandschef Joe Kaeser": a person
// named after a possessive and a role word of a head (relation-roles.tsv) heads the name right
// before the possessive — a relative "dessen"/"deren" after its comma, or any possessive after
// "und". Adjectives may stand before the role word; not a role held once ("dessen früherer Chef").
void readOwnHeads(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &body = *ms[k];
        const Mention &head = *ms[k + 1];
        if (!isActor(body) || head.type != EntityType::Person)
            continue;
        const int bodyEnd = text.tokenAt(body.end - 1);
        const int possessive = bodyEnd + 2;
        const int roleToken = text.tokenAt(head.start) - 1;
        if (possessive >= roleToken || !isPossessive(lex, text.folded(possessive)))
            continue;
        const bool relative = text.is(bodyEnd + 1, u",")
            && (text.folded(possessive) == u"dessen" || text.folded(possessive) == u"deren");
        const bool joined = lex.is(text.hash(bodyEnd + 1), RelationLexicon::Coordinator);
        const auto *role = lex.role(text.folded(roleToken), text.folded(roleToken - 1));
        if (!(relative || joined) || !role || role->type != RelationType::Leads
            || heldOnce(text, lex, roleToken, s))
            continue;
        bool plain = true;
        for (int t = possessive + 1; t < roleToken && plain; ++t)
            plain = plainWord(text, lex, t) && text.at(t).kind == Token::Word
                && !lex.is(text.hash(t), RelationLexicon::Past);
        if (plain)
            out.add(RelationType::Leads, head, body, 0.8f, s, text, QString());
    }
}

// "Nestlé konzentriert sich unter dem neuen Konzernchef Philipp Navratil auf Kaffee", "Siemens will
// wachsen, sagte Konzernchef Roland Busch": a role word of a head that names no company
// (relation-generic-heads.txt) right before a person heads the one company the sentence names
// before it — none other in the sentence. Not as a compound's last part ("Siemens-Konzernchef" is
// read as a named role), not a role held once, not with a name of its own after the person
// ("Konzernchef X von Y").
void readGenericHeads(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    const Mention *company = nullptr;
    int companies = 0;
    for (const Mention *m : ms) {
        if (m->type == EntityType::Company && (!company || company->canonical != m->canonical)) {
            company = m;
            ++companies;
        }
    }
    if (companies != 1)
        return;
    for (const Mention *head : ms) {
        if (head->type != EntityType::Person || head->start < company->end)
            continue;
        const int roleToken = text.tokenAt(head->start) - 1;
        if (roleToken <= s.firstToken || roleToken < text.tokenAt(company->end - 1) + 1
            || text.at(roleToken).kind != Token::Word || !text.at(roleToken).upper
            || !lex.genericHeads.contains(text.folded(roleToken).toString())
            || (text.is(roleToken - 1, u"-") && !text.at(roleToken).spaceBefore)
            || heldOnce(text, lex, roleToken, s))
            continue;
        const int after = text.tokenAt(head->end - 1) + 1;
        if (after < s.endToken
            && (lex.is(text.hash(after), RelationLexicon::Link)
                || lex.is(text.hash(after), RelationLexicon::Of)))
            continue;
        out.add(RelationType::Leads, *head, *company, 0.8f, s, text, QString());
    }
}

bool startsWithAnyOf(QStringView w, const QStringList &starts)
{
    return std::any_of(starts.begin(), starts.end(), [w](const QString &x) { return w.startsWith(x); });
}

bool endsWithAnyOf(QStringView w, const QStringList &ends)
{
    return std::any_of(ends.begin(), ends.end(), [w](const QString &x) { return w.endsWith(x); });
}

const Mention *mentionStartingAt(const TokenizedText &text, const std::vector<const Mention *> &ms, int t)
{
    for (const Mention *m : ms)
        if (text.tokenAt(m->start) == t)
            return m;
    return nullptr;
}

bool insideMention(const TokenizedText &text, const std::vector<const Mention *> &ms, int t)
{
    return std::any_of(ms.begin(), ms.end(),
        [&](const Mention *m) { return text.at(t).start >= m->start && text.at(t).end <= m->end; });
}

// The clause a word stands in, read by its words: it ends at a comma or a semicolon, or a colon
// followed by a space (not "NXT:1980i"). First and last token.
std::pair<int, int> clauseAround(
    const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s, int t)
{
    const auto bound = [&](int x) {
        return !insideMention(text, ms, x)
            && (text.is(x, u",") || text.is(x, u";")
                || (text.is(x, u":") && x + 1 < s.endToken && text.at(x + 1).spaceBefore));
    };
    int first = t;
    while (first > s.firstToken && !bound(first - 1))
        --first;
    int last = t;
    while (last + 1 < s.endToken && !bound(last + 1))
        ++last;
    return {first, last};
}

// Whether the words from `first` on are one of `openers` (folded, space-separated: "nach denen").
bool opensWith(const TokenizedText &text, int first, int last, const QStringList &openers)
{
    return std::any_of(openers.begin(), openers.end(), [&](const QString &o) {
        const QStringList words = o.split(u' ');
        bool match = first + int(words.size()) <= last;
        for (int i = 0; match && i < int(words.size()); ++i)
            match = text.folded(first + i) == words.at(i);
        return match;
    });
}

// Whether a region's preposition stands in the three words before token `at` from `first` on: "in
// Länder außerhalb der EU" names no party.
bool inRegionPhrase(const TokenizedText &text, const RelationLexicon &lex, int first, int at)
{
    for (int y = std::max(first, at - 3); y < at; ++y)
        if (lex.regionPrepositions.contains(text.folded(y).toString()))
            return true;
    return false;
}

// A noun of a licence ("Ausfuhrgenehmigung"; relation-licence-duties.tsv), no part of a name.
bool isLicenceNoun(
    const TokenizedText &text, const std::vector<const Mention *> &ms, const RelationLexicon &lex, int t)
{
    const Token &k = text.at(t);
    if (k.kind != Token::Word || !k.upper)
        return false;
    // The last letter first: most words end in none of the nouns' ("lizenz", "genehmigung").
    const QStringView w = text.folded(t);
    return lex.licenceLastLetters.contains(w.back()) && endsWithAnyOf(w, lex.licenceNouns)
        && !insideMention(text, ms, t);
}

// A licence duty read by its words (relation-licence-duties.tsv): a clause with a noun of a licence
// and a word saying it is needed — "Ab Samstag benötigt ASML für die Lieferung seiner Systeme X und
// Y eine Genehmigung aus Den Haag", "… hatten die Niederlande Regeln veröffentlicht, nach denen für
// Anlagen von ASML eine Genehmigung erforderlich ist". The authority that grants the licence (a
// "von"/"aus" phrase or genitive right after the noun) or, in a clause of rules ("nach denen"), the
// authority of the clause before restricts the names of the clause. The parse reads such clauses
// in many ways (the licence hung on a place, a rule's clause on the noun before it), their words do
// not change. Not a licence denied or not needed ("keine"), one still to come for a deal ("braucht
// für die Übernahme noch die Genehmigung"), one wanted or announced, nor a region's name
// ("außerhalb der EU").
void readLicenceDuty(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, int licence, const QString &attributedTo, Collected &out)
{
    const auto [first, last] = clauseAround(text, ms, s, licence);
    bool needed = false;
    bool other = false; // a denial, a wish, a pending deal
    for (int t = first; t <= last && !other; ++t) {
        if (t == licence || text.at(t).kind != Token::Word)
            continue;
        const QStringView w = text.folded(t);
        if (!text.at(t).upper && startsWithAnyOf(w, lex.licenceNeeds)) {
            needed = true;
            continue;
        }
        if (const auto mod = lex.modifier(w.toString()); mod && !text.at(t).upper)
            other = *mod != RelationLexicon::Modifier::Receive;
        if (lex.is(text.hash(t), RelationLexicon::Future))
            other = true;
        if (text.at(t).upper && lex.endsLikeNoun(w))
            for (const RelationLexicon::Word *row : lex.nounRows(w.toString()))
                other = other || row->type == RelationType::Acquires;
    }
    if (!needed || other)
        return;
    // Who grants it: a name right after the noun, after "aus"/"von" or a genitive's article.
    const Mention *source = nullptr;
    int x = licence + 1;
    if (x < s.endToken && lex.is(text.hash(x), RelationLexicon::Giver))
        ++x;
    // An article, unless it opens the name ("aus Den Haag").
    if (x < s.endToken && !mentionStartingAt(text, ms, x) && lex.is(text.hash(x), RelationLexicon::Article))
        ++x;
    if (x > licence + 1 && x < s.endToken)
        source = mentionStartingAt(text, ms, x);
    // Else the author of the rules the clause states, named in the clause before it (first in
    // its clause or after an article: no phrase's name).
    if (!source && first > s.firstToken && text.is(first - 1, u",")
        && opensWith(text, first, last, lex.ruleOpeners)) {
        const int before = clauseAround(text, ms, s, first - 2).first;
        for (const Mention *m : ms) {
            const int at = text.tokenAt(m->start);
            if (at >= before && at < first - 1
                && (at == before || lex.is(text.hash(at - 1), RelationLexicon::Article)))
                source = m;
        }
    }
    if (!source || !isAuthority(lex, *source))
        return;
    for (const Mention *m : ms) {
        const int at = text.tokenAt(m->start);
        if (m != source && at >= first && at <= last && m->type != EntityType::Person
            && m->canonical != source->canonical && !inRegionPhrase(text, lex, first, at))
            out.add(RelationType::Restricts, *source, *m, 0.8f, s, text, attributedTo);
    }
}

// A licence an authority does not grant, read by its words (relation-licence-duties.tsv): a clause
// with a noun of a licence, a verb of granting and a negation ("weil Den Haag keine Ausfuhrlizenz
// erteilt") blocks the names of its clause, those of the negated clause its clause of reason
// explains ("Die Maschinen von ASML dürfen nicht nach China geliefert werden, weil …" → blocks ASML
// and China) and the noun phrase before a genitive relative pronoun ("ohne die Maschinen von ASML
// auskommen, für deren Ausfuhr nach China Den Haag keine Genehmigung erteilt" → ASML, China; not the
// subject before it). The one authority of the clause refuses; one wished or announced refuses
// nothing yet.
void readRefusedLicence(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, int licence, const QString &attributedTo, Collected &out)
{
    const auto negated = [&](int first, int last) {
        for (int t = first; t <= last; ++t)
            if (text.at(t).kind == Token::Word && !text.at(t).upper)
                if (const auto mod = lex.modifier(text.folded(t).toString());
                    mod && *mod == RelationLexicon::Modifier::Negation)
                    return true;
        return false;
    };
    const auto [first, last] = clauseAround(text, ms, s, licence);
    bool granting = false;
    bool refused = false;
    bool other = false; // a wish, an announcement, the future
    for (int t = first; t <= last && !other; ++t) {
        if (t == licence || text.at(t).kind != Token::Word || text.at(t).upper)
            continue;
        const QStringView w = text.folded(t);
        granting = granting || startsWithAnyOf(w, lex.licenceGrants);
        if (const auto mod = lex.modifier(w.toString())) {
            refused = refused || *mod == RelationLexicon::Modifier::Negation;
            other = *mod != RelationLexicon::Modifier::Negation;
        }
        other = other || lex.is(text.hash(t), RelationLexicon::Future);
    }
    if (!granting || !refused || other)
        return;
    const Mention *source = nullptr;
    int authorities = 0;
    for (const Mention *m : ms) {
        const int at = text.tokenAt(m->start);
        if (at >= first && at <= last && isAuthority(lex, *m)
            && !(at > first && lex.phrasePrepositions.contains(text.folded(at - 1).toString()))
            && (!source || source->canonical != m->canonical)) {
            source = m;
            ++authorities;
        }
    }
    if (authorities != 1)
        return;
    // The names blocked: the clause's own, and those of the clause it is about.
    std::vector<std::pair<int, int>> spans {{first, last}};
    if (first - 2 > s.firstToken && text.is(first - 1, u",")) {
        const int before = clauseAround(text, ms, s, first - 2).first;
        if (opensWith(text, first, last, lex.reasonOpeners) && negated(before, first - 2)) {
            spans.emplace_back(before, first - 2);
        } else if (opensWith(text, first, last, lex.whoseOpeners)) {
            int article = first - 2;
            while (article > before && !lex.is(text.hash(article), RelationLexicon::Article))
                --article;
            spans.emplace_back(article, first - 2);
        }
    }
    for (const Mention *m : ms) {
        const int at = text.tokenAt(m->start);
        for (const auto &[from, to] : spans)
            if (at >= from && at <= to && m->canonical != source->canonical && m->type != EntityType::Person
                && !inRegionPhrase(text, lex, from, at))
                out.add(RelationType::Blocks, *source, *m, 0.8f, s, text, attributedTo);
    }
}

// The licence nouns of a sentence read both ways: needed (readLicenceDuty), not granted
// (readRefusedLicence).
void readLicences(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, const QString &attributedTo, Collected &out)
{
    for (int licence = s.firstToken; licence < s.endToken; ++licence) {
        if (!isLicenceNoun(text, ms, lex, licence))
            continue;
        readLicenceDuty(text, ms, s, lex, licence, attributedTo, out);
        readRefusedLicence(text, ms, s, lex, licence, attributedTo, out);
    }
}

// A company's business in a country read by its words (relation-country-business.tsv), `exports` as
// the relations guide counts it: a noun of business joined to a country ("das China-Geschäft von
// Nvidia", "Für TSMC selbst ist das China-Geschäft überschaubar geworden") or a country named a
// market after "als" ("Für Qualcomm hat China als Absatzmarkt ein enormes Gewicht"). The company
// stands in a "von" phrase or genitive right after the compound, or in the "für" phrase opening
// the clause. Not denied ("kein"), past ("war"), nor a business given away ("verkauft das
// China-Geschäft von Siemens").
void readCountryBusiness(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const Resources &r, const QString &attributedTo, Collected &out)
{
    const RelationLexicon &lex = r.relations;
    for (int t = s.firstToken + 2; t < s.endToken; ++t) {
        // A hyphen or "als" before the word first: most words have neither.
        const Token &k = text.at(t);
        const Token &before = text.at(t - 1);
        if (k.kind != Token::Word || !k.upper
            || !(before.kind == Token::Punct ? text.is(t - 1, u"-")
                                             : before.end - before.start == 3 && text.is(t - 1, u"als")))
            continue;
        Mention place;
        const Mention *country = nullptr;
        if (endsWithAnyOf(text.folded(t), lex.businessNouns) && text.is(t - 1, u"-") && !k.spaceBefore
            && !text.at(t - 1).spaceBefore) {
            const auto entry = r.gazetteer.findTokens(text, t - 2, t - 1);
            if (!entry || r.gazetteer.entry(*entry).type != EntityType::Location)
                continue;
            place.type = EntityType::Location;
            place.canonical = r.gazetteer.entry(*entry).canonical;
            country = &place;
        } else if (text.is(t - 1, u"als") && endsWithAnyOf(text.folded(t), lex.marketNouns)) {
            for (const Mention *m : ms)
                if (m->type == EntityType::Location && text.tokenAt(m->end - 1) == t - 2)
                    country = m;
        }
        if (!country || insideMention(text, ms, t))
            continue;
        const auto [first, last] = clauseAround(text, ms, s, t);
        bool other = false;
        for (int x = first; x <= last && !other; ++x) {
            if (text.at(x).kind != Token::Word || text.at(x).upper)
                continue;
            const QStringView w = text.folded(x);
            const auto mod = lex.modifier(w.toString());
            other = (mod && *mod == RelationLexicon::Modifier::Negation)
                || lex.is(text.hash(x), RelationLexicon::Past) || startsWithAnyOf(w, lex.businessGone);
        }
        if (other)
            continue;
        const Mention *company = nullptr;
        // "das China-Geschäft von Nvidia", "des Konzerns Nvidia": after the compound.
        int x = t + 1;
        if (country == &place && x < s.endToken && lex.is(text.hash(x), RelationLexicon::Of))
            ++x;
        if (country == &place && x > t + 1 && x < s.endToken && !mentionStartingAt(text, ms, x)
            && lex.is(text.hash(x), RelationLexicon::Article))
            ++x;
        if (x > t + 1 && x < s.endToken)
            company = mentionStartingAt(text, ms, x);
        if (!company && lex.businessFrames.contains(text.folded(first).toString()) && first + 1 < t)
            company = mentionStartingAt(text, ms, first + 1);
        if (company && isFirm(*company))
            out.add(RelationType::Exports, *company, *country, 0.8f, s, text, attributedTo);
    }
}

// "Das Bundeswirtschaftsministerium unter Ministerin Katherina Reiche", "die Bundesregierung unter
// Kanzler Olaf Scholz", "die Deutsche Bank unter ihrem Vorstandschef X": a body's name, right after
// it a word of class `under` (relation-function-words.tsv), an article or a possessive and
// adjectives, a role word of a head (relation-roles.tsv, leads; also a bare one: the body is
// named), and the person — who heads the body. Not a role held once ("unter dem früheren Chef").
void readUnderHeads(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &body = *ms[k];
        const Mention &head = *ms[k + 1];
        if (!isActor(body) || body.type == EntityType::Person || body.type == EntityType::Location
            || head.type != EntityType::Person)
            continue;
        const int under = text.tokenAt(body.end - 1) + 1;
        const int roleToken = text.tokenAt(head.start) - 1;
        if (under >= roleToken || !lex.is(text.hash(under), RelationLexicon::Under)
            || text.at(roleToken).kind != Token::Word || !text.at(roleToken).upper
            || (text.is(roleToken - 1, u"-") && !text.at(roleToken).spaceBefore))
            continue;
        // An office's word names the body too ("Ministerin"): the body is named here.
        const auto *role = lex.role(text.folded(roleToken), text.folded(roleToken - 1));
        const bool office = std::any_of(lex.offices.begin(), lex.offices.end(),
            [&](const RelationLexicon::Office &o) { return text.folded(roleToken).endsWith(o.role); });
        if ((!role || role->type != RelationType::Leads) && !office)
            continue;
        bool plain = true;
        for (int t = under + 1; t < roleToken && plain; ++t)
            plain = text.at(t).kind == Token::Word && !text.at(t).upper
                && (lex.is(text.hash(t), RelationLexicon::Article) || isPossessive(lex, text.folded(t))
                    || plainWord(text, lex, t))
                && !lex.is(text.hash(t), RelationLexicon::Past);
        if (plain)
            out.add(RelationType::Leads, head, body, 0.8f, s, text, QString());
    }
}

// "Jensen Huang, der seit 1993 Chef von Nvidia ist", "Mellanox, die seit 2019 eine Tochter des
// Konzerns Nvidia ist": a name, a comma, a relative pronoun that may be the subject, plain words
// ("seit 1993") and an article, the role word, its link, adjectives and at most one noun saying
// what the second name is, the second name, and a copula closing the clause (not a past one:
// "der bis 2019 Chef von Nvidia war"). Without the plain words it is an apposition
// (readAppositions).
void readRelativeCopularRoles(const TokenizedText &text, const std::vector<const Mention *> &ms,
    const Sentence &s, const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &a = *ms[k];
        const Mention &b = *ms[k + 1];
        const int comma = text.tokenAt(a.end - 1) + 1;
        const int pronoun = comma + 1;
        const int bFirst = text.tokenAt(b.start);
        const int copula = text.tokenAt(b.end - 1) + 1;
        if (a.type == EntityType::Product || !isActor(b) || pronoun >= bFirst || !text.is(comma, u",")
            || !lex.is(text.hash(pronoun), RelationLexicon::Article)
            || lex.is(text.hash(pronoun), RelationLexicon::NotNominative) || copula >= s.endToken
            || !lex.is(text.hash(copula), RelationLexicon::Copula)
            || lex.is(text.hash(copula), RelationLexicon::Past)
            || (copula + 1 < s.endToken && text.at(copula + 1).kind == Token::Word))
            continue;
        // The role word: the first capitalised word after the pronoun, with a link after it.
        int roleToken = pronoun + 1;
        while (roleToken < bFirst && roleToken - pronoun <= 5 && text.at(roleToken).kind != Token::Punct
            && !text.at(roleToken).upper
            && (plainWord(text, lex, roleToken) || lex.is(text.hash(roleToken), RelationLexicon::Article))
            && !lex.is(text.hash(roleToken), RelationLexicon::Past))
            ++roleToken;
        const int link = roleToken + 1;
        if (link >= bFirst || !text.at(roleToken).upper || text.at(roleToken).kind != Token::Word
            || !lex.is(text.hash(link), RelationLexicon::Link) || roleToken == pronoun + 1)
            continue;
        // The word before decides a role that needs one ("die auch größter Aktionär von X ist").
        const auto *role = lex.role(text.folded(roleToken), text.folded(roleToken - 1));
        bool plain = role != nullptr;
        int nouns = 0;
        for (int t = link + 1; t < bFirst && plain; ++t) {
            if (text.is(t, u"-") && !text.at(t).spaceBefore)
                continue;
            if (text.at(t).kind == Token::Word && text.at(t).upper) {
                const bool part = t + 1 < bFirst && text.is(t + 1, u"-");
                plain = part || (++nouns == 1 && !lex.role(text.folded(t)));
            } else {
                plain = text.at(t).kind == Token::Word && plainWord(text, lex, t)
                    && !ofAnother(lex, text.hash(t));
            }
        }
        if (plain)
            addCopularRole(*role, a, b, 0.8f, s, text, QString(), out);
    }
}

// "die Tochter Mobility von Siemens", "die Sparte Mobility des Siemens-Konzerns": a daughter's
// role word, her name, a link, the owner — as "Geschäftsführer Olaf Kramm von Fanuc" leads
// (readAppositions). Not a role held once ("die frühere Tochter Mobility von Siemens").
void readNamedDaughters(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, Collected &out)
{
    for (size_t k = 0; k + 1 < ms.size(); ++k) {
        const Mention &daughter = *ms[k];
        const Mention &owner = *ms[k + 1];
        const int roleToken = text.tokenAt(daughter.start) - 1;
        if (!isActor(daughter) || !isActor(owner) || roleToken < s.firstToken
            || text.at(roleToken).kind != Token::Word)
            continue;
        const auto *role = lex.role(
            text.folded(roleToken), roleToken > s.firstToken ? text.folded(roleToken - 1) : QStringView());
        const QStringList mid = between(text, daughter, owner);
        if (role && role->type == RelationType::Owns && role->ownerFirst && mid.size() == 1
            && lex.is(mid[0], RelationLexicon::Link) && !heldOnce(text, lex, roleToken, s))
            out.add(RelationType::Owns, owner, daughter, 0.8f, s, text, QString());
    }
}

// "Nvidia darf seinen für China entwickelten Rechenbeschleuniger H20 … liefern", "Huawei verkauft
// seine selbst entworfenen Chips Ascend 910B": a participle of developing or making between a
// possessive and the product right after its noun says the possessor developed or made it. Read by
// the words (the parse mostly takes the possessive for a noun of its own): the possessor is the
// sentence's first name, a firm, with no other actor before the possessive; the participle is a
// relation verb's with a product target, at most four words after the possessive (adverbs, a
// phrase: "für China", "eigens"), the product at most one noun after it. A "nicht" before the
// participle denies it.
void readOwnMade(const TokenizedText &text, const std::vector<const Mention *> &ms, const Sentence &s,
    const RelationLexicon &lex, const QString &attributedTo, Collected &out)
{
    if (ms.size() < 2 || !isFirm(*ms.front()))
        return;
    const Mention &maker = *ms.front();
    const int makerEnd = text.tokenAt(maker.end - 1);
    for (size_t k = 1; k < ms.size(); ++k) {
        const Mention &product = *ms[k];
        if (product.type != EntityType::Product)
            continue;
        const int first = text.tokenAt(product.start);
        for (int p = first - 1; p >= first - 2 && p > makerEnd; --p) {
            const Token &participle = text.at(p);
            if (participle.kind != Token::Word || participle.upper)
                continue;
            const auto rows = lex.verbRows(text.folded(p).toString());
            const auto made = std::find_if(rows.begin(), rows.end(), [](const RelationLexicon::Word *r) {
                return (r->type == RelationType::Develops || r->type == RelationType::Manufactures)
                    && r->productTarget && !r->causative && r->withEnding.isEmpty();
            });
            if (made == rows.end() || (p == first - 2 && !text.at(first - 1).upper))
                break;
            bool denied = false;
            int possessive = -1;
            for (int t = p - 1; t >= p - 4 && t > makerEnd && possessive < 0; --t) {
                if (text.is(t, u",") || text.at(t).kind == Token::Punct)
                    break;
                if (isPossessive(lex, text.folded(t)))
                    possessive = t;
                else if (lex.modifier(text.folded(t).toString()) == Modifier::Negation)
                    denied = true;
            }
            const bool otherActor = std::any_of(ms.begin() + 1, ms.begin() + long(k),
                [&](const Mention *m) { return isActor(*m) && text.tokenAt(m->start) < possessive; });
            if (possessive >= 0 && !denied && !otherActor)
                out.add((*made)->type, maker, product, 0.8f, s, text, attributedTo);
            break;
        }
    }
}

// --- Roles from the parse.

/// Which name a phrase gets from the name its compound starts with ("ASML-Lieferungen": ASML).
enum class Compounds : quint8 {
    Any,
    /// Not where the compound ends in a role word: "Vodafone-Kunden" are Vodafone's clients, not
    /// Vodafone itself, for a row that wants the phrase's own name.
    NoRoles,
    None,
};

class ClauseReader
{
public:
    ClauseReader(const TokenizedText &text, const ParsedSentence &p, const Resources &r,
        const QSet<const Mention *> &credited, const std::vector<const Mention *> &ends)
        : m_text(text), m_p(p), m_r(r), m_credited(credited), m_ends(ends)
    { }

    /// What a relative pronoun is in its clause, as far as grammar tells.
    enum class Role : quint8 { Unknown, Subject, Object };
    enum class Number : quint8 { Unknown, Singular, Plural };

    /// Names listed with one found ("ByteDance, Alibaba und Tencent") share its role, whatever
    /// the parse made of the list.
    /// "bezieht Gas vom US-Konzern Venture Global sowie aus Katar": a name joined to a slot's
    /// phrase by a coordinator and another preposition of the same row fills the role too (the
    /// parse hangs such a phrase anywhere; a preposition of no slot of the row stays apart).
    void addOtherPrepositions(const RelationLexicon::Word &row, const RelationLexicon::Slot &slot,
        std::vector<const Mention *> &found) const
    {
        for (size_t k = 0; k < found.size(); ++k) {
            const auto at = std::find(m_ends.begin(), m_ends.end(), found[k]);
            if (at == m_ends.end() || at + 1 == m_ends.end())
                continue;
            const Mention *next = *(at + 1);
            const QStringList join = between(m_text, **at, *next);
            if (join.size() != 2
                || !(join[0] == u"," || m_r.relations.is(join[0], RelationLexicon::Coordinator))
                || join[1] == slot.preposition || m_credited.contains(next)
                || std::find(found.begin(), found.end(), next) != found.end())
                continue;
            const bool ofRow
                = std::any_of(row.targets.begin(), row.targets.end(), [&](const RelationLexicon::Slot &o) {
                      return o.kind == RelationLexicon::Slot::Preposition && o.inner.isEmpty()
                          && o.preposition == join[1];
                  });
            if (ofRow)
                found.push_back(next);
        }
    }

    void addCoordinated(std::vector<const Mention *> &found) const
    {
        for (size_t k = 0; k < found.size(); ++k) {
            const auto at = std::find(m_ends.begin(), m_ends.end(), found[k]);
            if (at == m_ends.end())
                continue;
            // "Nicht nur BMW, sondern auch Daimler kauft …": the first member stands before the
            // one found.
            // "nicht nur an Alibaba, sondern auch an Tencent": the preposition repeated.
            QStringList back = at != m_ends.begin() ? between(m_text, **(at - 1), **at) : QStringList();
            if (!back.isEmpty() && m_text.tokenAt((*(at - 1))->start) > 0
                && back.back() == m_text.folded(m_text.tokenAt((*(at - 1))->start) - 1))
                back.removeLast();
            if (at != m_ends.begin() && notOnlyBefore(**(at - 1)) && correlated(back)
                && !m_credited.contains(*(at - 1))
                && std::find(found.begin(), found.end(), *(at - 1)) == found.end())
                found.push_back(*(at - 1));
            // "an BMW, an Audi und an Mercedes": members before the one found that repeat its
            // preposition.
            for (auto before = at; before != m_ends.begin() && repeatedPreposition(**(before - 1), **before);
                 --before) {
                const Mention *m = *(before - 1);
                if ((m->type == EntityType::Product) != (found[k]->type == EntityType::Product))
                    break;
                if (!m_credited.contains(m) && std::find(found.begin(), found.end(), m) == found.end())
                    found.push_back(m);
            }
            for (auto next = at; next + 1 != m_ends.end(); ++next) {
                QStringList join = between(m_text, **next, **(next + 1));
                if (correlated(join))
                    join = {QStringLiteral(",")};
                const bool listed = (!join.isEmpty() && join.size() <= 2
                                        && std::all_of(join.begin(), join.end(),
                                            [this](const QString &w) {
                                                return w == u"," || w == u"&"
                                                    || m_r.relations.is(w, RelationLexicon::Coordinator);
                                            }))
                    || repeatedPreposition(**next, **(next + 1));
                // A product listed after a company is what it makes, not a second company.
                const bool sameKind
                    = ((*(next + 1))->type == EntityType::Product) == (found[k]->type == EntityType::Product);
                if (!listed || !sameKind)
                    break;
                if (!m_credited.contains(*(next + 1))
                    && std::find(found.begin(), found.end(), *(next + 1)) == found.end())
                    found.push_back(*(next + 1));
            }
        }
    }

    /// Whether tokens [from, to) only say what the next name is: an article, adjectives (lower-case
    /// words with an adjective's ending, no possessive) and one noun ("vom norwegischen
    /// Staatskonzern", "US-Konzern" one noun with its hyphenated parts).
    [[nodiscard]] bool describesOnly(int from, int to) const
    {
        int nouns = 0;
        for (int t = from; t < to; ++t) {
            const Token &token = m_text.at(t);
            const QStringView f = m_text.folded(t);
            if (m_text.is(t, u"-") && !token.spaceBefore)
                continue;
            if (token.kind != Token::Word)
                return false;
            if (token.upper) {
                nouns += token.spaceBefore || t == from ? 1 : 0;
                continue;
            }
            if (m_r.relations.is(m_text.hash(t), RelationLexicon::Article))
                continue;
            if (isPossessive(m_r.relations, f)
                || !(f.endsWith(u'e') || f.endsWith(u"en") || f.endsWith(u"er") || f.endsWith(u"es")
                    || f.endsWith(u"em")))
                return false;
        }
        return nouns <= 1;
    }

    /// "an BMW, an Audi und an Mercedes", "vom US-Konzern Venture Global, vom norwegischen
    /// Staatskonzern Equinor": members of a list that repeat their preposition, each with what says
    /// what it is. Whether the words between names `a` and `b` join them so: a comma or a
    /// coordinator, then the preposition that stands before `a`'s phrase, then `b`'s description.
    [[nodiscard]] bool repeatedPreposition(const Mention &a, const Mention &b) const
    {
        const int aFirst = m_text.tokenAt(a.start);
        const int bFirst = m_text.tokenAt(b.start);
        int t = m_text.tokenAt(a.end - 1) + 1;
        bool joined = false;
        for (; t < bFirst
             && (m_text.is(t, u",") || m_r.relations.is(m_text.hash(t), RelationLexicon::Coordinator));
             ++t)
            joined = true;
        const int word = t < bFirst ? m_p.wordOfToken(t) : -1;
        if (!joined || word < 0 || m_p.wordClass(word) != WordClass::Adposition || m_text.at(t).upper
            || !describesOnly(t + 1, bFirst))
            return false;
        const QStringView preposition = m_text.folded(t);
        for (int x = aFirst - 1; x >= 0 && x >= aFirst - 6; --x)
            if (m_text.folded(x) == preposition)
                return describesOnly(x + 1, aFirst);
        return false;
    }

    /// ", sondern auch": the join of "nicht nur X, sondern auch Y".
    [[nodiscard]] bool correlated(const QStringList &join) const
    {
        if (join.isEmpty()
            || !m_r.relations.is(
                join.front() == u"," ? join.value(1) : join.front(), RelationLexicon::Correlative))
            return false;
        return std::all_of(join.begin(), join.end(), [this](const QString &w) {
            return w == u"," || m_r.relations.is(w, RelationLexicon::Correlative)
                || m_r.relations.is(w, RelationLexicon::Additive);
        });
    }

    /// "nicht nur X", "nicht nur Chips an X": a negation and a contrast word shortly before the
    /// name in its clause.
    [[nodiscard]] bool notOnlyBefore(const Mention &m) const
    {
        const int first = m_text.tokenAt(m.start);
        for (int t = first - 1; t >= 1 && t >= first - 6 && m_text.folded(t) != u","; --t)
            if (m_r.relations.is(m_text.hash(t), RelationLexicon::Contrast)
                && m_r.relations.modifier(m_text.folded(t - 1).toString()) == Modifier::Negation)
                return true;
        return false;
    }

    /// The verb's folded form with its separable particle in front ("stellte … ein" → "einstellte").
    QString verbKey(int v) const
    {
        int particle = -1;
        for (const int c : m_p.children(v))
            if (particle < 0 && m_p.label(c) == Label::VerbParticle && !articleReadAsParticle(v, c))
                particle = c;
        if (particle < 0 || particle < v)
            particle = strandedParticle(v);
        return particle >= 0 ? m_p.folded(particle) + m_p.folded(v)
                             : m_r.relations.withoutInfix(m_p.folded(v));
    }

    /// "entwickelte gemeinsam mit Bosch ein neues Projekt": a finite verb's separable particle ends
    /// its clause, so one the parse reads before an adjective or a noun is an article.
    [[nodiscard]] bool articleReadAsParticle(int v, int particle) const
    {
        const Syntax::VerbForm form = m_p.word(v).tag.verbForm;
        if (particle < v || particle + 1 >= m_p.size()
            || (form != Syntax::VerbForm::Finite && form != Syntax::VerbForm::Subjunctive))
            return false;
        const WordClass next = m_p.wordClass(particle + 1);
        return next == WordClass::Adjective || next == WordClass::Noun || next == WordClass::ProperNoun;
    }

    /// A finite verb's separable particle stands at the end of its clause ("gibt den H200 für China
    /// frei", "setzen den Eingriff aus"); the parse may hang it elsewhere, even with a phrase below
    /// it. The clause's last word, when it is such a particle (a preposition stands before its
    /// noun, never last), or -1.
    [[nodiscard]] int strandedParticle(int v) const
    {
        const Syntax::VerbForm form = m_p.word(v).tag.verbForm;
        if (form != Syntax::VerbForm::Finite && form != Syntax::VerbForm::Subjunctive)
            return -1;
        auto [first, end] = clause(v);
        Q_UNUSED(first);
        // "stellte die Lieferungen ein und meldete …": a conjunction before a second finite verb
        // ends the first main clause.
        for (int x = v + 2; x + 1 < end; ++x)
            if (m_p.wordClass(x) == WordClass::CoordinatingConjunction
                && m_p.word(x + 1).tag.verbForm == Syntax::VerbForm::Finite) {
                end = x;
                break;
            }
        while (end - 1 > v && m_p.wordClass(end - 1) == WordClass::Punctuation)
            --end;
        const int last = end - 1;
        if (last <= v || m_p.mention(last) || !m_r.relations.isSeparableParticle(m_p.folded(last)))
            return -1;
        return last;
    }

    std::optional<Modifier> modifierOf(int w) const
    {
        const QString key = verbKey(w);
        const std::optional<Modifier> m = m_r.relations.modifier(key);
        // "gibt die Übernahme von Tower auf" gives a deal up; "gibt eine Bestellung bei Airbus auf"
        // places an order.
        if (m == Modifier::Stop && m_r.relations.placesOrders(key))
            for (const int c : m_p.children(w))
                if (m_p.label(c) == Label::Object)
                    for (const RelationLexicon::Word *row : m_r.relations.nounRows(m_p.folded(c)))
                        if (relationFamily(row->type) == RelationType::Buys)
                            return std::nullopt;
        return m;
    }

    /// "nicht", "nie" on the verb, or "kein" on its object ("kaufte keine Chips").
    bool negated(int v) const
    {
        // "gibt … nicht frei": the parse may hang the negation on the separable particle.
        if (const int particle = strandedParticle(v); particle >= 0)
            for (const int c : m_p.children(particle))
                if (m_p.wordClass(c) == WordClass::Negation)
                    return true;
        for (const int c : m_p.children(v)) {
            if (m_p.wordClass(c) == WordClass::Negation
                || m_r.relations.modifier(m_p.folded(c)) == Modifier::Negation)
                return true;
            // "nicht mehr", "nicht länger": the parse hangs the negation on the adverb — but "nicht
            // nur" contrasts.
            if (m_p.label(c) == Label::AdverbialModifier
                && !m_r.relations.is(m_p.folded(c), RelationLexicon::Contrast))
                for (const int d : m_p.children(c))
                    if (d < c
                        && (m_p.wordClass(d) == WordClass::Negation
                            || m_r.relations.modifier(m_p.folded(d)) == Modifier::Negation))
                        return true;
            if (m_p.label(c) == Label::Object || m_p.label(c) == Label::IndirectObject
                || m_p.label(c) == Label::PassiveSubject)
                for (const int d : m_p.children(c))
                    if (d < c && m_r.relations.modifier(m_p.folded(d)) == Modifier::Negation)
                        return true;
            // "entwickelt den Chip X200 nicht": a "nicht" that closes the clause after the verb
            // negates the verb, though the parse hangs it on the phrase before it.
            if (c > v && c < m_p.size() - 1 && isNominal(m_p.wordClass(c)))
                for (const int d : m_p.children(c))
                    if (d > c && m_p.wordClass(d) == WordClass::Negation
                        && (d + 1 == m_p.size() || m_p.wordClass(d + 1) == WordClass::Punctuation))
                        return true;
        }
        // "weder X noch Y": a negating conjunction in the verb's clause denies every member, wherever
        // the parse hangs the list.
        const auto [first, end] = clause(v);
        for (int x = first; x < end; ++x)
            if (m_p.wordClass(x) == WordClass::CoordinatingConjunction
                && m_r.relations.modifier(m_p.folded(x)) == Modifier::Negation)
                return true;
        return negatedInVerbFinalClause(v);
    }

    /// "der Chip, den Huawei nicht selbst entwickelt hat": in a relative or subordinate clause
    /// the verb comes last, and a "nicht" before it negates the clause wherever the parse hangs it
    /// — but "nicht nur" contrasts, and a "nicht" before an adjective or article is the phrase's
    /// ("die nicht börsennotierte Tochter").
    [[nodiscard]] bool negatedInVerbFinalClause(int v) const
    {
        const WordClass c = m_p.wordClass(v);
        if (c != WordClass::Verb && c != WordClass::Auxiliary)
            return false;
        const int first = clause(v).first;
        const bool verbFinal = relativePronounAt(first)
            || (first > 0 && m_p.wordClass(first - 1) == WordClass::SubordinatingConjunction);
        if (!verbFinal)
            return false;
        for (int x = first; x < v; ++x) {
            if (m_p.wordClass(x) != WordClass::Negation)
                continue;
            const WordClass next = m_p.wordClass(x + 1);
            if (!m_r.relations.is(m_p.folded(x + 1), RelationLexicon::Contrast)
                && next != WordClass::Adjective && next != WordClass::Determiner)
                return true;
        }
        return false;
    }

    /// Wanted, planned, possible or demanded: a modal over the verb, or a verb of intent above it.
    bool hypothetical(int v) const
    {
        // The future ("wird … billigen") is announced, not done.
        if (m_p.word(v).tag.verbForm == Syntax::VerbForm::Infinitive)
            for (const int c : m_p.children(v)) {
                const QString &f = m_p.folded(c);
                if (m_p.label(c) == Label::Auxiliary && m_r.relations.is(f, RelationLexicon::Future))
                    return true;
            }
        for (int w = v, depth = 0; w >= 0 && depth < 3; w = m_p.head(w), ++depth) {
            // "prüft, ob Bayer Monsanto übernommen hat": a question, not a fact.
            if (whetherClause(w))
                return true;
            for (const int c : m_p.children(w)) {
                const Label l = m_p.label(c);
                if ((l == Label::Auxiliary || l == Label::AdverbialModifier || l == Label::Other)
                    && m_r.relations.modifier(m_p.folded(c)) == Modifier::Hypothetical)
                    return true;
            }
            if (w != v && (modifierOf(w) == Modifier::Hypothetical || modifierOf(w) == Modifier::Stop))
                return true;
            const Label l = m_p.label(w);
            // A "zu" infinitive depends on the verb above it ("drohte, … zu verbieten").
            const bool infinitiveClause = (l == Label::ClausalComplement || l == Label::AdverbialClause)
                && (m_p.child(w, Label::Marker) >= 0
                    || m_r.relations.contains(m_p.folded(w), RelationLexicon::InfinitiveParticle));
            if (l != Label::OpenComplement && l != Label::Conjunct && !infinitiveClause)
                break;
        }
        return false;
    }

    bool passive(int v) const
    {
        if (m_p.child(v, Label::PassiveAuxiliary) >= 0)
            return true;
        // "Das Bundeskartellamt untersucht, ob …": a present that looks like a participle, with no
        // auxiliary at all, opening an "ob" clause is active; the parse may read it as a passive.
        if (m_p.child(v, Label::PassiveSubject) >= 0)
            return !(m_p.word(v).tag.verbForm == Syntax::VerbForm::Participle
                && m_p.child(v, Label::Auxiliary) < 0
                && std::any_of(m_p.children(v).begin(), m_p.children(v).end(),
                    [this](int c) { return whetherClause(c); }));
        if (m_p.word(v).tag.verbForm != Syntax::VerbForm::Participle)
            return false;
        for (const int c : m_p.children(v)) {
            const QString &f = m_p.folded(c);
            if (m_p.label(c) == Label::Auxiliary && m_r.relations.is(f, RelationLexicon::PassiveAuxiliary))
                return true;
        }
        return false;
    }

    /// The subject of a verb; a coordinated or dependent verb shares its head's; a relative
    /// pronoun stands for the noun the clause describes. `inherited` tells the second cases.
    int subject(int v, bool &inherited) const
    {
        int s = m_p.child(v, Label::Subject);
        if (s < 0)
            s = m_p.child(v, Label::PassiveSubject);
        if (s < 0)
            s = subjectBeforeRelativeClause(v);
        if (s < 0 || m_r.relations.is(m_p.folded(s), RelationLexicon::Companion))
            if (const int c = subjectAfterCompanion(v); c >= 0)
                return c;
        if (s < 0 && m_p.head(v) >= 0
            && (m_p.label(v) == Label::Conjunct || m_p.label(v) == Label::OpenComplement)) {
            inherited = true;
            return subject(m_p.head(v), inherited);
        }
        // "Zudem hatte Siemens, der Technikkonzern, im Mai Altair übernommen": the parse may make the
        // perfect's auxiliary the verb and the participle a clause under it; the auxiliary's subject
        // is the participle's.
        if (const int h = m_p.head(v); s < 0 && h >= 0 && m_p.label(v) == Label::ClausalComplement
            && m_p.word(v).tag.verbForm == Syntax::VerbForm::Participle
            && m_r.relations.is(m_p.folded(h), RelationLexicon::PerfectAuxiliary))
            s = m_p.child(h, Label::Subject);
        // "Zudem hatte Novo Holdings, die Muttergesellschaft von Novo Nordisk, im Dezember Catalent
        // übernommen": the parse may hang the participle that closes the clause on the apposition
        // before it, as a clause describing it. A participle without an auxiliary of its own after
        // the apposition's closing comma is the clause's verb; its subject is the name the
        // apposition follows, the subject of the perfect's auxiliary.
        if (const int n = m_p.head(v); s < 0 && n >= 0 && n < v && m_p.label(v) == Label::ClauseModifier
            && m_p.word(v).tag.verbForm == Syntax::VerbForm::Participle && m_p.child(v, Label::Auxiliary) < 0
            && m_p.child(v, Label::PassiveAuxiliary) < 0 && isNominal(m_p.wordClass(n)))
            s = subjectBeforeApposition(n, v);
        if (s >= 0 && relativePronounAt(s) && m_p.label(v) == Label::ClauseModifier) {
            inherited = true;
            // "… von der Firma Kunlunxin gebaut, die den Chip P800 entwickelt hat": the parse may
            // hang a relative clause on the verb before it; the pronoun stands for the name right
            // before its comma, or before the verbs that close the clause before it (a relative
            // clause may follow them).
            const int h = m_p.head(v);
            if (h >= 0 && !isNominal(m_p.wordClass(h)) && s >= 2 && m_p.folded(s - 1) == u",") {
                int before = s - 2;
                while (before > 0
                    && (m_p.wordClass(before) == WordClass::Verb
                        || m_p.wordClass(before) == WordClass::Auxiliary))
                    --before;
                if (m_p.mention(before))
                    return seatHolder(before);
            }
            return h >= 0 ? seatHolder(h) : h;
        }
        // "Berlin genehmigt Verkauf …", a headline: the parse may make the name the root and the
        // verb right after it a clause on it (a present "genehmigt" tagged as a participle, with no
        // auxiliary); with nothing but the name before it, the name is the verb's subject.
        if (const int h = m_p.head(v); s < 0 && h >= 0 && h < v
            && (m_p.label(v) == Label::ClauseModifier || m_p.label(v) == Label::ClausalComplement)
            && m_p.label(h) == Label::Root && m_p.mention(h)
            && (m_p.word(v).tag.verbForm == Syntax::VerbForm::Finite
                || (m_p.word(v).tag.verbForm == Syntax::VerbForm::Participle
                    && m_p.child(v, Label::Auxiliary) < 0 && m_p.child(v, Label::PassiveAuxiliary) < 0))) {
            // "Siemens, der Münchner Technikkonzern, übernahm …": an apposition between commas
            // right after the name (no verb in it, so no relative clause) is the name's too; after
            // one the parse hangs the verb on the name as a clause or as a complement.
            int x = h + 1;
            while (x < v && m_p.mention(x) == m_p.mention(h))
                ++x;
            if (x == v && m_p.label(v) != Label::ClauseModifier)
                x = -1;
            if (x >= 0 && x < v - 2 && m_p.folded(x) == u"," && m_p.folded(v - 1) == u",") {
                bool apposition = true;
                for (int y = x + 1; y < v - 1 && apposition; ++y)
                    apposition = m_p.folded(y) != u"," && m_p.wordClass(y) != WordClass::Verb
                        && m_p.wordClass(y) != WordClass::Auxiliary
                        && m_p.wordClass(y) != WordClass::RelativePronoun;
                if (apposition)
                    x = v;
            }
            if (x == v)
                return h;
        }
        // "Zhipu, eine Ausgründung der Tsinghua-Universität, entwickelt die Modellfamilie GLM": after
        // such an apposition the parse may take the object after the verb for its subject.
        if (s > v)
            if (const int a = nameBeforeApposition(v); a >= 0)
                return a;
        return s;
    }

    /// "Zusammen mit Bosch hatte Siemens … vorgestellt", "Gemeinsam mit Bosch baut Siemens …": with
    /// a companion's phrase before the finite verb, the subject stands right after it; the parse
    /// may take it for an object and the adverb for the subject. The name there, or -1.
    [[nodiscard]] int subjectAfterCompanion(int v) const
    {
        int finite = -1;
        if (m_p.word(v).tag.verbForm == Syntax::VerbForm::Finite)
            finite = v;
        for (const int c : m_p.children(v))
            if (finite < 0 && c < v && m_p.label(c) == Label::Auxiliary
                && m_p.word(c).tag.verbForm == Syntax::VerbForm::Finite)
                finite = c;
        const int first = clause(v).first;
        if (finite < first + 3 || finite + 1 >= m_p.size()
            || !m_r.relations.is(m_p.folded(first), RelationLexicon::Companion)
            || m_p.folded(first + 1) != u"mit" || !m_p.mention(finite + 1)
            || !m_p.preposition(finite + 1).isEmpty())
            return -1;
        // The companion's phrase fills all of the place before the finite verb.
        for (int x = first + 2; x < finite; ++x)
            if (m_p.wordClass(x) == WordClass::Verb || m_p.wordClass(x) == WordClass::Auxiliary
                || m_p.folded(x) == u",")
                return -1;
        return finite + 1;
    }

    /// "Siemens, eine Ausgründung der TU München, entwickelt …": the name, when the parse made it
    /// the root and hung the verb `v` on it as a clause, with an apposition between commas (no
    /// verb or relative pronoun in it) between the two; or -1.
    [[nodiscard]] int nameBeforeApposition(int v) const
    {
        const int h = m_p.head(v);
        if (h < 0 || h >= v || m_p.label(h) != Label::Root || !m_p.mention(h)
            || (m_p.label(v) != Label::ClauseModifier && m_p.label(v) != Label::ClausalComplement)
            || !(m_p.word(v).tag.verbForm == Syntax::VerbForm::Finite
                || (m_p.word(v).tag.verbForm == Syntax::VerbForm::Participle
                    && m_p.child(v, Label::Auxiliary) < 0 && m_p.child(v, Label::PassiveAuxiliary) < 0)))
            return -1;
        int x = h + 1;
        while (x < v && m_p.mention(x) == m_p.mention(h))
            ++x;
        if (x >= v - 2 || m_p.folded(x) != u"," || m_p.folded(v - 1) != u",")
            return -1;
        for (int y = x + 1; y < v - 1; ++y)
            if (m_p.folded(y) == u"," || m_p.wordClass(y) == WordClass::Verb
                || m_p.wordClass(y) == WordClass::Auxiliary || m_p.wordClass(y) == WordClass::RelativePronoun)
                return -1;
        return h;
    }

    /// The name an apposition `n` between commas follows, when a comma between `n` and `v` closes
    /// the apposition and the name is the subject of a perfect's auxiliary ("Siemens, die Mutter von
    /// Bosch, … übernommen"); or -1.
    [[nodiscard]] int subjectBeforeApposition(int n, int v) const
    {
        int open = n - 1;
        while (open > 0 && m_p.folded(open) != u"," && m_p.head(open) == n)
            --open;
        if (open < 1 || m_p.folded(open) != u",")
            return -1;
        bool closed = false;
        for (int x = n + 1; x < v && !closed; ++x)
            closed = m_p.folded(x) == u"," && m_p.head(x) != n;
        const Mention *named = m_p.mention(open - 1);
        int name = open - 1;
        while (name > 0 && named && m_p.mention(name - 1) == named)
            --name;
        const int aux = m_p.head(name);
        if (!closed || !named || m_p.label(name) != Label::Subject || aux < 0 || aux != m_p.head(n)
            || !m_r.relations.is(m_p.folded(aux), RelationLexicon::PerfectAuxiliary))
            return -1;
        return name;
    }

    /// "vom Zulieferer Spirit Aerosystems aus Wichita, der sie für Boeing fertigt": a place in a
    /// phrase on a name of an actor is its seat, never an argument (relations guide); a relative
    /// clause after it describes the actor. Returns that actor's word, or w.
    [[nodiscard]] int seatHolder(int w) const
    {
        const Mention *m = m_p.mention(w);
        const int h = m_p.head(w);
        if (!m || m->type != EntityType::Location || m_p.preposition(w).isEmpty() || h < 0 || h >= w)
            return w;
        const auto holds = [this, m](int x) {
            const Mention *a = m_p.mention(x);
            return a && a != m && isActor(*a) && a->type != EntityType::Location;
        };
        if (holds(h))
            return h;
        for (const int c : m_p.children(h))
            if (c < w && m_p.preposition(c).isEmpty() && holds(c))
                return c;
        // "von der Vetter Pharma-Fertigung GmbH aus Ravensburg, die …": the parse may hang the name
        // on its seat; a name right before "aus" and the place holds the seat all the same.
        if (w >= 2 && m_p.folded(w - 1) == u"aus" && holds(w - 2))
            return w - 2;
        return w;
    }

    /// "Exportverbot für Produkte aus Nexperias Werk im chinesischen Dongguan": a place after "im"
    /// (where something is, never where it goes) on a name, or on a noun right after a name in the
    /// genitive, is the site of what that name holds: the name is meant, not the place. Returns
    /// the name's word, or w ("in ein Werk im ungarischen Szeged" names no holder).
    [[nodiscard]] int siteHolder(int w) const
    {
        const Mention *m = m_p.mention(w);
        const int h = m_p.head(w);
        if (!m || m->type != EntityType::Location || h < 0 || h >= w || !isNominal(m_p.wordClass(h)))
            return w;
        bool locative = false;
        for (const int c : m_p.children(w))
            locative = locative || (c < w && m_r.relations.is(m_p.folded(c), RelationLexicon::Locative));
        if (!locative)
            return w;
        const auto holds = [this](int x) {
            const Mention *a = m_p.mention(x);
            return a && isActor(*a) && a->type != EntityType::Location;
        };
        if (holds(h))
            return h;
        // The genitive right before the noun, wherever the parse hangs it ("aus Boschs Werk" with
        // "Boschs" read as the phrase of "aus").
        if (h >= 1 && holds(h - 1) && endsInGenitive(m_text, *m_p.mention(h - 1)))
            return h - 1;
        return w;
    }

    /// "Der Kirin 9000S, der im Mate 60 Pro steckt, wird bei SMIC gefertigt": the parse may hang
    /// the subject of the main clause on the relative clause after it (the verb's relative clause,
    /// or the clause the verb is read as a conjunct of). A subject before that clause's relative
    /// pronoun and its comma is the verb's; or -1.
    [[nodiscard]] int subjectBeforeRelativeClause(int v) const
    {
        std::vector<int> clauses;
        for (const int c : m_p.children(v))
            if (m_p.label(c) == Label::ClauseModifier)
                clauses.push_back(c);
        if (m_p.label(v) == Label::Conjunct && m_p.head(v) >= 0)
            clauses.push_back(m_p.head(v));
        for (const int a : clauses) {
            const int rel = relativePronoun(a);
            if (rel < 1 || m_p.folded(rel - 1) != u",")
                continue;
            for (const int x : m_p.children(a))
                if (x < rel - 1 && (m_p.label(x) == Label::Subject || m_p.label(x) == Label::PassiveSubject))
                    return x;
        }
        return -1;
    }

    int agent(int v) const
    {
        if (const int a = m_p.child(v, Label::Agent); a >= 0)
            return a;
        for (const int c : m_p.children(v)) {
            const QString p = m_p.preposition(c);
            if (m_r.relations.is(p, RelationLexicon::AgentPreposition))
                return c;
        }
        return -1;
    }

    /// The mentions a phrase names: its own, a name in apposition ("der Konzern Nvidia"), and
    /// those of phrases coordinated with it ("Alibaba, Tencent und ByteDance").
    void phraseMentions(
        int w, std::vector<const Mention *> &out, int depth = 0, Compounds compounds = Compounds::Any) const
    {
        if (depth > 8)
            return;
        // Its own name, else a name in apposition ("die Alibaba-Tochter Ant Group" is Ant Group),
        // else the name its compound starts with ("ASML-Lieferungen").
        const Mention *m = m_p.mention(w);
        if (!m) {
            for (const int c : m_p.children(w)) {
                const Label l = m_p.label(c);
                const QString p = m_p.preposition(c);
                // A name with an article of its own after the noun is its genitive, not its
                // name: "das Werk der TU München" is no TU München.
                if (c > w && m_p.mention(c) && (p.isEmpty() || m_r.relations.is(p, RelationLexicon::Naming))
                    && !genitiveName(c)
                    && (l == Label::Flat || l == Label::Apposition || l == Label::Compound
                        || l == Label::NominalModifier)) {
                    m = m_p.mention(c);
                    break;
                }
            }
        }
        // "keine Nvidia-Chips vom Typ RTX Pro 6000D": the product a noun of kind names is the phrase's
        // own name, before the firm its compound starts with.
        if (!m)
            for (const int c : m_p.children(w))
                if (c > w && m_r.relations.is(m_p.folded(c), RelationLexicon::Kind))
                    for (const int d : m_p.children(c))
                        if (const Mention *named = m_p.mention(d);
                            d > c && named && named->type == EntityType::Product)
                            m = named;
        // "mehrere Zulieferer, darunter Bosch und Conti": a noun's members listed after it.
        if (!m_p.mention(w) && m_p.wordClass(w) == WordClass::Noun) {
            const size_t before = out.size();
            includedNames(w, out);
            if (out.size() > before)
                return;
        }
        // "hält 90 Prozent am britischen Chipdesigner Arm": a noun in a phrase with the name right
        // after it is that name's kind, wherever the parse hangs the name.
        if (!m && m_p.wordClass(w) == WordClass::Noun && w + 1 < m_p.size() && !m_p.preposition(w).isEmpty()
            && m_p.mention(w + 1) && !m_p.compoundMention(w))
            m = m_p.mention(w + 1);
        if (!m
            && (compounds == Compounds::Any
                || (compounds == Compounds::NoRoles && !m_r.relations.role(m_p.folded(w)))))
            m = m_p.compoundMention(w);
        // "liefert nicht an Alibaba, sondern an Tencent": a phrase the negation stands before is
        // denied — but "nicht nur Alibaba" is not.
        bool denied = false;
        for (const int c : m_p.children(w))
            denied = denied
                || (c < w && m_p.wordClass(c) == WordClass::Negation
                    && !m_r.relations.is(m_p.folded(c + 1), RelationLexicon::Contrast));
        if (m && !denied && !m_credited.contains(m) && std::find(out.begin(), out.end(), m) == out.end())
            out.push_back(m);
        // A conjunct with a preposition of its own is no member of the list ("gibt H200 für China
        // frei" misread as "H200 und China").
        for (const int c : m_p.children(w))
            if (m_p.label(c) == Label::Conjunct
                && (m_p.preposition(c).isEmpty() || m_p.preposition(c) == m_p.preposition(w)))
                phraseMentions(c, out, depth + 1, compounds);
    }

    /// The number of words of a list opener (relation-list-openers.tsv) at word `x`, 0 for none;
    /// `comma` tells one after a comma from one right after the noun.
    int listOpener(int x, bool comma) const
    {
        for (const RelationLexicon::ListOpener &o : m_r.relations.listOpeners) {
            if (!(comma ? o.afterComma : o.afterNoun) || x + int(o.words.size()) > m_p.size())
                continue;
            bool match = true;
            for (int i = 0; match && i < int(o.words.size()); ++i)
                match = m_p.folded(x + i) == o.words.at(i);
            if (match)
                return int(o.words.size());
        }
        return 0;
    }

    /// "mehrere Zulieferer, darunter Bosch und Conti, beliefern VW", "hat mehrere Anbieter verklagt,
    /// darunter die Versandapotheke Hims & Hers", "Kunden wie Apple und AMD": the names listed
    /// after an opener (relation-list-openers.tsv) right after the noun, or after the noun's phrase
    /// and its comma (or the verbs closing its clause, or a phrase of place, time or cause on the
    /// verb: "hat mehrere Konkurrenten wegen Patentverletzungen verklagt, darunter …"), stand for
    /// the noun. The list ends at a verb, a preposition or a comma that no article or name follows.
    void includedNames(int w, std::vector<const Mention *> &out) const
    {
        const auto within = [this](int x, int top) {
            for (int depth = 0; x >= 0 && depth < 6; x = m_p.head(x), ++depth)
                if (x == top)
                    return true;
            return false;
        };
        // A separable particle the tagger reads as a preposition or adverb closes the clause
        // too ("kauft mehrere Firmen auf, darunter …", "stellt Chips für Kunden her, darunter …").
        const auto verbal = [this](int x) {
            const WordClass c = m_p.wordClass(x);
            return c == WordClass::Verb || c == WordClass::Auxiliary || c == WordClass::Particle
                || c == WordClass::Negation || m_p.label(x) == Label::VerbParticle;
        };
        // A prepositional phrase or adverb on the noun's verb names no set the list could stand
        // for — but one with "mit" may ("beliefert Autobauer mit Teilen, darunter Bremsen").
        const int verb = m_p.head(w);
        const auto adverbial = [&](int x) {
            if (verb < 0)
                return false;
            for (const int c : m_p.children(verb)) {
                if (c == w)
                    continue;
                const Label l = m_p.label(c);
                const bool phrase = (l == Label::Oblique && !m_p.preposition(c).isEmpty()
                                        && !m_r.relations.is(m_p.preposition(c), RelationLexicon::Instrument))
                    || l == Label::AdverbialModifier;
                if (phrase && within(x, c))
                    return true;
            }
            return false;
        };
        int start = -1;
        if (const int n = listOpener(w + 1, false)) {
            start = w + 1 + n;
        } else {
            // The comma and the opener first (cheap), then what stands between.
            int x = w + 1;
            while (x < m_p.size() && m_p.folded(x) != u",")
                ++x;
            const int opener = x + 1 < m_p.size() ? listOpener(x + 1, true) : 0;
            if (opener == 0)
                return;
            for (int y = w + 1; y < x; ++y)
                if (!within(y, w) && !verbal(y) && !adverbial(y))
                    return;
            start = x + 1 + opener;
        }
        // An opener after another: "Kunden wie etwa Apple", "Kunden wie zum Beispiel Apple".
        while (const int n = start < m_p.size() ? listOpener(start, true) : 0)
            start += n;
        for (int y = start; y < m_p.size(); ++y) {
            if (const Mention *m = m_p.mention(y)) {
                if (!m_credited.contains(m) && std::find(out.begin(), out.end(), m) == out.end())
                    out.push_back(m);
                continue;
            }
            const WordClass c = m_p.wordClass(y);
            if (c == WordClass::Verb || c == WordClass::Auxiliary || c == WordClass::Adposition
                || c == WordClass::SubordinatingConjunction || c == WordClass::RelativePronoun)
                break;
            if (c == WordClass::Punctuation
                && (m_p.folded(y) != u"," || y + 1 >= m_p.size()
                    || !(m_p.mention(y + 1) || m_p.wordClass(y + 1) == WordClass::Determiner)))
                break;
        }
    }

    /// "die Übernahme der Sparte von Siemens", "die Akquisition des Terminals Jarrow von Shell": a
    /// deal's genitive is what it takes over, and a "von" phrase after that genitive names whom it
    /// is taken from — the seller, not the deal's target, wherever the parse hangs the phrase.
    void dropSellers(const RelationLexicon::Word &row, int noun, std::vector<const Mention *> &targets) const
    {
        if (!row.bySource || m_p.wordClass(noun) != WordClass::Noun)
            return;
        int genitive = -1;
        for (const int c : m_p.children(noun))
            if (genitive < 0 && c > noun && m_p.label(c) == Label::NominalModifier
                && m_p.preposition(c).isEmpty() && !m_p.mention(c))
                genitive = c;
        if (genitive < 0)
            return;
        std::erase_if(targets, [&](const Mention *m) {
            for (int x = genitive + 1; x < m_p.size(); ++x)
                if (m_p.mention(x) == m)
                    return m_r.relations.is(m_p.preposition(x), RelationLexicon::Of);
            return false;
        });
    }

    /// "kauft für acht Milliarden Euro Buderus", "übernimmt für etwa 14 Milliarden Tyco": the parse
    /// hangs a bare name that follows a price on the price's noun, as its apposition; an amount has
    /// no name of its own, so the name is the verb's object. The amount's noun is the noun of a
    /// phrase on the verb with a number on it.
    void objectAfterAmount(int verb, std::vector<int> &out) const
    {
        for (const int c : m_p.children(verb)) {
            if (m_p.label(c) != Label::Oblique || m_p.preposition(c).isEmpty())
                continue;
            bool amount = false;
            for (int x = c; x >= 0 && !amount; x = x == c ? m_p.child(c, Label::NominalModifier) : -1)
                amount = x >= 0 && m_p.child(x, Label::NumericModifier) >= 0;
            if (!amount)
                continue;
            for (const int x : m_p.children(c))
                if (x > c && m_p.label(x) == Label::Apposition && m_p.mention(x)
                    && m_p.preposition(x).isEmpty())
                    out.push_back(x);
        }
    }

    /// The words filling a slot of word `w`; `deeper` tells a phrase found inside the object.
    /// "hatte im vergangenen Jahr den Spezialisten Biotheus gekauft", "hatte in den Jahrzehnten
    /// davor bereits Swiss übernommen", "gehört seit 2019 dem Konzern Wingtech": the parse hangs an
    /// object that follows a phrase of time (its noun a word of time or a year) on the phrase's noun. A
    /// phrase there without a preposition or a genitive article ("im Jahr der Übernahme") is the verb's
    /// object (the tagger's case is no help: "den Spezialisten").
    void objectsAfterTime(int verb, std::vector<int> &out) const
    {
        const RelationLexicon &lex = m_r.relations;
        for (const int t : m_p.children(verb)) {
            if (m_p.label(t) != Label::Oblique || m_p.preposition(t).isEmpty()
                || !(lex.is(m_p.folded(t), RelationLexicon::Time)
                    || lex.is(m_p.lastPart(t), RelationLexicon::Time) || isYear(m_p.folded(t))))
                continue;
            for (const int c : m_p.children(t)) {
                const Label l = m_p.label(c);
                if (c < t || (l != Label::NominalModifier && l != Label::Apposition)
                    || !m_p.preposition(c).isEmpty())
                    continue;
                const auto &kids = m_p.children(c);
                if (std::any_of(kids.begin(), kids.end(), [&](int d) {
                        return d < c && m_p.label(d) == Label::Determiner
                            && lex.is(m_p.folded(d), RelationLexicon::Link);
                    }))
                    continue;
                out.push_back(c);
            }
        }
    }

    /// "gehört seit Anfang 2024 zum US-Konzern …", "gehört seit 2022 mehrheitlich dem Investor …":
    /// the parse may hang the verb's phrase on a phrase of time on the verb before it. Adds the
    /// words within such a phrase (two levels deep) that `fits` and follow it with only numbers,
    /// adverbs and adjectives between.
    template<typename Fits> void phrasesAfterTime(int verb, Fits fits, std::vector<int> &out) const
    {
        const RelationLexicon &lex = m_r.relations;
        for (const int t : m_p.children(verb)) {
            if (m_p.label(t) != Label::Oblique || m_p.preposition(t).isEmpty() || m_p.mention(t) || t < verb
                || !(lex.is(m_p.folded(t), RelationLexicon::Time)
                    || lex.is(m_p.lastPart(t), RelationLexicon::Time) || isYear(m_p.folded(t))))
                continue;
            const auto take = [&](int x) {
                if (x <= t || !fits(x))
                    return;
                for (int y = t + 1; y < span(x).first; ++y) {
                    const WordClass c = m_p.wordClass(y);
                    if (c != WordClass::Numeral && c != WordClass::Adverb && c != WordClass::Adjective)
                        return;
                }
                out.push_back(x);
            };
            for (const int c : m_p.children(t)) {
                take(c);
                for (const int d : m_p.children(c))
                    take(d);
            }
        }
    }

    /// Whether a name stands in apposition right after noun `x` ("den Spezialisten Vitesco").
    [[nodiscard]] bool appositionName(int x) const
    {
        for (const int c : m_p.children(x))
            if (c == x + 1 && m_p.label(c) == Label::Apposition && m_p.mention(c))
                return true;
        return false;
    }

    /// A noun of time that names no one ("Juli", "Woche", "2024"): in a phrase without a
    /// preposition it is an adverbial of time ("Ende Juli", "diese Woche").
    bool isTimeNoun(int x) const
    {
        const RelationLexicon &lex = m_r.relations;
        return !m_p.mention(x) && m_p.preposition(x).isEmpty()
            && (lex.is(m_p.folded(x), RelationLexicon::Time) || lex.is(m_p.lastPart(x), RelationLexicon::Time)
                || isYear(m_p.folded(x)));
    }

    /// An amount: a noun with a number ("70 Prozent"), or a word the amount hangs on ("mehr als
    /// 99 Prozent").
    bool isAmount(int x) const
    {
        if (m_p.child(x, Label::NumericModifier) >= 0)
            return true;
        const auto &kids = m_p.children(x);
        return std::any_of(kids.begin(), kids.end(), [&](int c) {
            return m_p.label(c) == Label::NominalModifier && m_p.child(c, Label::NumericModifier) >= 0;
        });
    }

    /// "gehört zu 70 Prozent TSMC", "gehört zu mehr als 99 Prozent dem Bund": the parse hangs the
    /// name after a share's amount on the amount or reads it as a compound on the verb. The phrase
    /// right after an amount (a noun with a number; its article and adjectives between), a name or
    /// a noun that says what the name after it is ("dem Autobauer Volkswagen"), the share's
    /// preposition at most four words before the amount and the phrase at most three heads below
    /// `verb`, is the verb's dative.
    void dativeAfterShare(int verb, std::vector<int> &out) const
    {
        const RelationLexicon &lex = m_r.relations;
        for (int a = 1; a + 1 < m_p.size(); ++a) {
            if (m_p.wordClass(a) != WordClass::Noun || m_p.child(a, Label::NumericModifier) < 0)
                continue;
            bool share = false;
            for (int b = std::max(0, a - 4); b < a && !share; ++b)
                share = lex.is(m_p.folded(b), RelationLexicon::Share);
            if (!share)
                continue;
            int n = a + 1;
            while (n < m_p.size() && !m_p.mention(n)
                && (m_p.wordClass(n) == WordClass::Determiner || m_p.wordClass(n) == WordClass::Adjective))
                ++n;
            if (n >= m_p.size() || !(m_p.mention(n) || m_p.wordClass(n) == WordClass::Noun)
                || m_p.label(n) == Label::Subject || !m_p.preposition(n).isEmpty())
                continue;
            int up = n;
            for (int steps = 0; up >= 0 && up != verb && steps < 3; ++steps)
                up = m_p.head(up);
            if (up == verb)
                out.push_back(n);
        }
    }

    std::vector<int> slotWords(int w, const RelationLexicon::Slot &slot, bool passive, bool &deeper) const
    {
        std::vector<int> out;
        const auto caseOf = [&](int c) { return m_p.word(c).tag.grammaticalCase; };
        switch (slot.kind) {
        case RelationLexicon::Slot::Object: {
            // The apposition of a subject before the verb is no object of it; the object after
            // the verb may then be read as the subject or as a bare oblique ("Siemens, eine
            // Ausgründung der TU München, entwickelt den Chip X200").
            const int appositionOf = passive ? -1 : nameBeforeApposition(w);
            for (const int c : m_p.children(w)) {
                const Label l = m_p.label(c);
                if (appositionOf >= 0 && c < w)
                    continue;
                // A passive has no accusative object: one the parse labels so is its subject
                // misread ("Offiziell wird die Ascend-Reihe … gefertigt").
                // An object with a preposition is a phrase the parse mislabelled ("den Spezialisten
                // Biotheus für bis zu 950 Millionen Dollar gekauft": "Dollar" is no object).
                if (!m_p.preposition(c).isEmpty())
                    continue;
                if (l == Label::Object || (passive && (l == Label::PassiveSubject || l == Label::Subject))) {
                    // "hatte Nvidia Ende Juli … einbestellt": a bare noun of time is an adverbial
                    // accusative, never the object; a name before it that the parse hangs on it
                    // is the verb's object (a genitive follows its noun).
                    if (isTimeNoun(c)) {
                        for (const int x : m_p.children(c))
                            if (x < c && m_p.mention(x) && m_p.preposition(x).isEmpty()
                                && (m_p.label(x) == Label::NominalModifier
                                    || m_p.label(x) == Label::Apposition))
                                out.push_back(x);
                        continue;
                    }
                    // "die Modelle, die Nvidia entwickelt hatte": the relative pronoun stands
                    // for the noun the clause describes.
                    if (relativePronounAt(c) && m_p.head(w) >= 0)
                        out.push_back(m_p.head(w));
                    else
                        out.push_back(c);
                }
            }
            // "schnappt sich die Agentur Conrad Caine": the parse takes the reflexive for the
            // object and the object after it for a dative; the reflexive names no one.
            if (const auto r = std::find_if(out.begin(), out.end(),
                    [this](int c) { return m_r.relations.is(m_p.folded(c), RelationLexicon::Reflexive); });
                r != out.end()) {
                const int reflexive = *r;
                out.erase(r);
                for (const int c : m_p.children(w))
                    if (out.empty() && c > reflexive && m_p.label(c) == Label::IndirectObject)
                        out.push_back(c);
            }
            if (passive && out.empty())
                if (const int x = subjectBeforeRelativeClause(w); x >= 0)
                    out.push_back(x);
            // "… beliefert die EU": a bare name the parse labels an oblique is the object; so is a
            // compound that starts with a name ("hatte H20-Chips im Wert von … bestellt"), also where
            // the parse makes the noun a clause of its own.
            // So is a bare noun with a name in apposition that the parse reads as a dative ("hatte
            // den Antriebsspezialisten Vitesco übernommen": a weak noun's "-en" is no case).
            for (const int c : m_p.children(w))
                if (out.empty() && !passive && m_p.preposition(c).isEmpty()
                    && ((m_p.label(c) == Label::Oblique
                            && (m_p.mention(c) || (m_p.wordClass(c) == WordClass::Noun && appositionName(c))))
                        || (m_p.compoundMention(c) && m_p.wordClass(c) == WordClass::Noun
                            && (m_p.label(c) == Label::Oblique || m_p.label(c) == Label::AdverbialClause))))
                    out.push_back(c);
            for (const int c : m_p.children(w))
                if (appositionOf >= 0 && out.empty() && c > w && m_p.preposition(c).isEmpty()
                    && (m_p.label(c) == Label::Subject
                        || (m_p.label(c) == Label::Oblique && isNominal(m_p.wordClass(c)))))
                    out.push_back(c);
            if (out.empty() && !passive)
                objectsAfterTime(w, out);
            if (out.empty() && !passive)
                objectAfterAmount(w, out);
            // "Berlin genehmigt Verkauf der Sparte an Carrier": the parse may hang a bare noun (of a
            // deal) on the phrase of its other party right after it — read so for a verb that acts
            // on its object (approves, examines) only.
            for (const int c : m_p.children(w))
                if (out.empty() && !passive && m_r.relations.is(m_p.preposition(c), RelationLexicon::Party)
                    && actsOnObject(m_r.relations, verbKey(w), false))
                    for (const int x : m_p.children(c))
                        if (x < c && m_p.label(x) == Label::NominalModifier && m_p.preposition(x).isEmpty()
                            && !m_p.mention(x) && m_p.wordClass(x) == WordClass::Noun)
                            out.push_back(x);
            break;
        }
        case RelationLexicon::Slot::Dative: {
            int objects = 0;
            for (const int c : m_p.children(w))
                objects += m_p.label(c) == Label::Object;
            bool firstObject = true;
            for (const int c : m_p.children(w)) {
                const Label l = m_p.label(c);
                // Of two objects the first is the dative ("genehmigte Alibaba den Kauf").
                const bool datival = l == Label::Object && objects > 1 && firstObject;
                if (l == Label::Object)
                    firstObject = false;
                if (l == Label::IndirectObject || datival
                    || (caseOf(c) == Syntax::GrammaticalCase::Dative && isNominal(m_p.wordClass(c))
                        && m_p.preposition(c).isEmpty() && l != Label::Subject
                        && l != Label::NominalModifier))
                    out.push_back(c);
            }
            if (out.empty())
                dativeAfterShare(w, out);
            if (out.empty())
                phrasesAfterTime(
                    w,
                    [&](int x) {
                        return caseOf(x) == Syntax::GrammaticalCase::Dative && isNominal(m_p.wordClass(x))
                            && m_p.preposition(x).isEmpty();
                    },
                    out);
            break;
        }
        case RelationLexicon::Slot::Subject: {
            bool inherited = false;
            if (const int s = subject(w, inherited); s >= 0)
                out.push_back(s);
            break;
        }
        case RelationLexicon::Slot::Preposition: {
            // "arbeitet gleichzeitig mit Bosch an …": the phrase right after such an adverb is the
            // adverb's own, though the parse hangs it on the verb.
            for (const int c : m_p.children(w))
                if (m_p.preposition(c) == slot.preposition
                    && !(span(c).first > 0
                        && m_r.relations.is(m_p.folded(span(c).first - 1), RelationLexicon::Apart)))
                    out.push_back(c);
            // "Zusammen mit Bosch hatte Siemens … vorgestellt", "vertreibt das Mittel zusammen mit
            // BASF", "Gemeinsam mit Bosch baut Siemens …": the parse may hang the phrase on the
            // adverb or particle right before it, or on the subject after it. Only after a word
            // that names a companion: "gleichzeitig mit Bosch" is the adverb's own phrase.
            if (out.empty()) {
                const auto [first, end] = clause(w);
                for (int a = first; a + 2 < end && out.empty(); ++a)
                    if (m_p.folded(a + 1) == slot.preposition
                        && m_r.relations.is(m_p.folded(a), RelationLexicon::Companion))
                        for (int c = a + 2; c < end; ++c)
                            if (m_p.preposition(c) == slot.preposition && span(c).first == a + 1)
                                out.push_back(c);
            }
            // "kooperierte im Januar mit Bosch": the parse may hang the phrase on the noun of a
            // phrase of time right before it, which takes no such phrase of its own.
            for (const int t : m_p.children(w))
                if (out.empty() && m_p.label(t) == Label::Oblique && !m_p.preposition(t).isEmpty()
                    && !m_p.mention(t)
                    && (m_r.relations.is(m_p.folded(t), RelationLexicon::Time)
                        || m_r.relations.is(m_p.lastPart(t), RelationLexicon::Time)))
                    for (const int c : m_p.children(t))
                        if (c > t && span(c).first == t + 1 && m_p.preposition(c) == slot.preposition)
                            out.push_back(c);
            if (out.empty() && m_p.wordClass(w) != WordClass::Noun)
                phrasesAfterTime(
                    w, [&](int x) { return m_p.preposition(x) == slot.preposition; }, out);
            if (!slot.inner.isEmpty()) {
                // "rät Kliniken von Käufen bei …" read with the phrase on the object; an amount the
                // parse labels an oblique of measure is the object too ("erzielte elf Prozent
                // seines Umsatzes mit Kunden in China").
                for (const int o : m_p.children(w))
                    if (out.empty()
                        && (m_p.label(o) == Label::Object
                            || (m_p.label(o) == Label::Oblique && m_p.preposition(o).isEmpty()
                                && m_p.child(o, Label::NumericModifier) >= 0)))
                        for (const int c : m_p.children(o))
                            if (m_p.preposition(c) == slot.preposition)
                                out.push_back(c);
                // "investiert rund vier Milliarden Euro in ein Werk im ungarischen Szeged": the parse
                // may hang the phrase deeper in the amount, on its currency.
                for (const int o : m_p.children(w))
                    if (out.empty() && m_p.label(o) == Label::Oblique && m_p.preposition(o).isEmpty()
                        && isNominal(m_p.wordClass(o)) && o >= 1 && isAmount(o - 1))
                        phrasesWithin(o, slot.preposition, out);
                return innerPhrases(w, out, slot.inner, deeper);
            }
            if (!out.empty())
                break;
            // "beschränkt den Verkauf von Prozessoren für KI nach China": the phrase hangs on the
            // object or deeper in it.
            // A noun's phrase may hang on its own complement ("Ausfuhrverbot für Gallium in die USA").
            // A bare noun the parse labels an oblique is an object too ("bezieht Gas von Gazprom").
            const bool noun = m_p.wordClass(w) == WordClass::Noun;
            for (const int o : m_p.children(w)) {
                const Label l = m_p.label(o);
                const bool bareOblique
                    = l == Label::Oblique && m_p.preposition(o).isEmpty() && isNominal(m_p.wordClass(o));
                if (!(l == Label::Object || bareOblique
                        || (passive && (l == Label::PassiveSubject || l == Label::Subject))
                        || (noun && l == Label::NominalModifier)))
                    continue;
                phrasesWithin(o, slot.preposition, out);
            }
            // "ermittelt nach Angaben aus Finanzkreisen gegen Ergo": the parse may hang the verb's
            // phrase on a source phrase put into the clause (its noun of class "report": "nach
            // Angaben"), or on the phrase that runs on right after one ("aus Finanzkreisen").
            if (out.empty() && !noun)
                for (const int o : m_p.children(w)) {
                    if (m_p.label(o) != Label::Oblique || m_p.preposition(o).isEmpty())
                        continue;
                    bool source = m_r.relations.is(m_p.folded(o), RelationLexicon::Report);
                    for (const int x : m_p.children(w))
                        source = source
                            || (x < o && m_p.label(x) == Label::Oblique && span(x).second + 1 == span(o).first
                                && m_r.relations.is(m_p.folded(x), RelationLexicon::Report));
                    if (!source)
                        continue;
                    for (const int c : m_p.children(o))
                        if (c > o && m_p.preposition(c) == slot.preposition)
                            out.push_back(c);
                }
            // "hat ein Verfahren gegen den amerikanischen Chipkonzern Qualcomm eröffnet": a phrase
            // of the row's preposition right after a noun is the noun's, wherever the parse hangs it
            // (its name bare, or after its article, adjectives and one noun that says what it is).
            if (out.empty() && noun && w + 2 < m_p.size() && m_p.wordClass(w + 1) == WordClass::Adposition
                && m_p.folded(w + 1) == slot.preposition)
                if (const int n = describedName(w + 2, m_p.size()); n >= 0)
                    out.push_back(n);
            deeper = !out.empty();
            break;
        }
        case RelationLexicon::Slot::Infinitive:
            // "rieten davon ab, Nvidia-Produkte zu kaufen": the object of the zu-infinitive under
            // the word (the parse often leaves a bare noun there without its label).
            for (const int c : m_p.children(w))
                if (zuInfinitive(c))
                    infinitiveObjects(c, out);
            deeper = !out.empty();
            break;
        case RelationLexicon::Slot::Genitive:
            // "die Zulassung der ersten A321XLR": a noun's genitive after it, with its article.
            for (const int c : m_p.children(w))
                if (c > w && m_p.label(c) == Label::NominalModifier && m_p.preposition(c).isEmpty()
                    && m_p.child(c, Label::Determiner) >= 0
                    && m_p.word(c).tag.grammaticalCase == Syntax::GrammaticalCase::Genitive)
                    out.push_back(c);
            break;
        case RelationLexicon::Slot::Act:
            break; // read by controlledAct: its targets are names, not words of one slot
        case RelationLexicon::Slot::Whether:
            // "prüft, ob Boeing gegen einen Vergleich verstoßen hat": the subject and the objects of
            // the clause "ob" opens.
            for (const int c : m_p.children(w)) {
                if (!whetherClause(c))
                    continue;
                bool inherited = false;
                if (const int x = subject(c, inherited); x >= 0 && !inherited)
                    out.push_back(x);
                // A bare name the parse labels an oblique is an object too ("ob Unicredit die
                // Commerzbank übernehmen darf").
                for (const int o : m_p.children(c))
                    if (m_p.label(o) == Label::Object || m_p.label(o) == Label::IndirectObject
                        || (m_p.label(o) == Label::Oblique && m_p.preposition(o).isEmpty() && m_p.mention(o)))
                        out.push_back(o);
            }
            break;
        }
        return out;
    }

    /// "wies ByteDance und Alibaba an, ihre Bestellungen bei Nvidia zu stornieren", "untersagte
    /// Siemens, Turbinen an Gazprom zu liefern": a verb that orders, urges or forbids an act
    /// restricts the one it addresses (its object, who would act) and what the act is about — the
    /// names of the zu-infinitive's objects, or of the phrases on them or on the infinitive.
    /// The act is a relation verb's or a stop's ("einzustellen", "zu verzichten"); with `stopped`
    /// it must be stopped or negated ("keine … mehr zu kaufen"): an order to buy restricts nothing,
    /// nor an act without relation words ("forderte die Niederlande auf, Exportkontrollen nicht zu
    /// missbrauchen").
    void controlledAct(int verb, bool stopped, bool any, std::vector<const Mention *> &targets) const
    {
        std::vector<int> acts;
        for (const int c : m_p.children(verb))
            if (zuInfinitive(c)) {
                acts.push_back(c);
                // "Tests einzustellen und Bestellungen zu stornieren": each conjunct is an act.
                for (const int d : m_p.children(c))
                    if (m_p.label(d) == Label::Conjunct && m_p.wordClass(d) == WordClass::Verb)
                        acts.push_back(d);
            }
        std::vector<const Mention *> found;
        for (const int a : acts) {
            const bool stop = modifierOf(a) == Modifier::Stop;
            const bool relationAct = stop || !m_r.relations.verbRows(verbKey(a)).empty();
            if (!any && !relationAct)
                continue;
            if (stopped && !stop && !negated(a))
                continue;
            std::vector<int> objects;
            infinitiveObjects(a, objects);
            std::vector<const Mention *> named;
            for (const int o : objects)
                namedBy(o, named);
            for (const int o : objects)
                for (const int c : m_p.children(o))
                    if (named.empty() && m_p.label(c) == Label::NominalModifier)
                        namedBy(c, named);
            for (const int c : m_p.children(a))
                if (named.empty() && !m_p.preposition(c).isEmpty())
                    namedBy(c, named);
            // Of an act no relation word names, a place is where it happens, not what is
            // forbidden ("untersagte Bayer, in Berlin Werke zu betreiben").
            if (!relationAct)
                std::erase_if(named, [](const Mention *m) { return m->type == EntityType::Location; });
            found.insert(found.end(), named.begin(), named.end());
        }
        if (found.empty())
            return;
        for (const int c : m_p.children(verb)) {
            const Label l = m_p.label(c);
            // A bare name the parse labels an oblique is addressed too ("hat Boeing untersagt, …").
            if (l == Label::Object || l == Label::IndirectObject
                || (l == Label::Oblique && m_p.preposition(c).isEmpty() && m_p.mention(c)))
                phraseMentions(c, targets);
        }
        std::erase_if(targets, [](const Mention *m) { return !isActor(*m); });
        for (const Mention *m : found)
            if (std::find(targets.begin(), targets.end(), m) == targets.end())
                targets.push_back(m);
    }

    /// The phrases with `preposition` below `root`, through up to three nouns.
    void phrasesWithin(int root, const QString &preposition, std::vector<int> &out) const
    {
        std::vector<std::pair<int, int>> stack {{root, 0}};
        while (!stack.empty()) {
            const auto [x, depth] = stack.back();
            stack.pop_back();
            for (const int c : m_p.children(x)) {
                if (m_p.preposition(c) == preposition)
                    out.push_back(c);
                else if (depth < 3 && isNominal(m_p.wordClass(c)))
                    stack.emplace_back(c, depth + 1);
            }
        }
    }

    /// The first and last word of the phrase `w` heads.
    [[nodiscard]] std::pair<int, int> span(int w) const
    {
        int first = w, last = w;
        for (const int c : m_p.children(w)) {
            const auto [f, l] = span(c);
            first = std::min(first, f);
            last = std::max(last, l);
        }
        return {first, last};
    }

    /// "hat Exportbeschränkungen für Maschinen nach Russland verhängt": the parse hangs a noun's
    /// complements on its verb when they follow the noun. The phrases with `preposition` in the
    /// phrases on `verb` that run on right after the noun's own (walked by phraseBeside), or none.
    [[nodiscard]] std::vector<int> besideNoun(int noun, int verb, const QString &preposition) const
    {
        std::vector<int> out;
        static_cast<void>(phraseBeside(noun, verb, [&](int c) {
            phrasesWithin(c, preposition, out);
            return false; // every phrase of the run, not the first
        }));
        return out;
    }

    /// "Ausgleichszölle von bis zu 35 Prozent auf Elektroautos aus China": the phrases that follow a
    /// noun one after the other, as German writes a noun's complements, read by their words where
    /// the parse hung them elsewhere. The names of the `inner` phrase right after a `preposition`
    /// phrase of the run (amounts and other phrases may stand before them), up to a comma, a verb
    /// or a coordinator; none where the run holds no such pair.
    [[nodiscard]] std::vector<int> chainedInner(int noun, const RelationLexicon::Slot &slot) const
    {
        std::vector<int> out;
        QString previous, current;
        for (int x = noun + 1; x < m_p.size(); ++x) {
            const WordClass c = m_p.wordClass(x);
            if (c == WordClass::Punctuation || c == WordClass::Verb || c == WordClass::Auxiliary
                || c == WordClass::CoordinatingConjunction)
                break;
            if (c == WordClass::Adposition) {
                if (!out.empty())
                    break;
                previous = current;
                current = m_p.folded(x);
                continue;
            }
            if (m_p.mention(x) && current == slot.inner && isPrepositionOf(previous, slot.preposition))
                out.push_back(x);
        }
        return out;
    }

    /// "zum Verzicht auf Y", "von Käufen bei Y": the phrases with `inner` on the phrases found, or
    /// after them beside them when the parse hung them there.
    /// The parse may also hang the inner phrase on the word `w` the slot is of, when the outer
    /// one hangs on its object ("große Techfirmen zum Verzicht auf die RTX Pro 6000D aufgefordert").
    std::vector<int> innerPhrases(
        int w, const std::vector<int> &outer, const QString &inner, bool &deeper) const
    {
        std::vector<int> out;
        for (const int o : outer) {
            for (const int c : m_p.children(o))
                if (m_p.preposition(c) == inner)
                    out.push_back(c);
            for (const int x : {m_p.head(o), w})
                for (const int c : m_p.children(x))
                    if (c > o && m_p.preposition(c) == inner
                        && std::find(out.begin(), out.end(), c) == out.end())
                        out.push_back(c);
        }
        deeper = !out.empty();
        return out;
    }

    /// The objects of a zu-infinitive: a bare noun the parse left unlabelled, or one it took for a
    /// subject, is one too — a zu-infinitive has no subject of its own ("…, Nvidias H200 zu
    /// importieren").
    void infinitiveObjects(int infinitive, std::vector<int> &out) const
    {
        for (const int o : m_p.children(infinitive)) {
            const Label l = m_p.label(o);
            const bool bare = (l == Label::Oblique || l == Label::Subject || l == Label::OpenComplement)
                && m_p.preposition(o).isEmpty() && isNominal(m_p.wordClass(o));
            if (l == Label::Object || bare)
                out.push_back(o);
        }
    }

    /// The product a name in the genitive stands before ("Nvidias H200"), or null: the object of
    /// an act permitted or dissuaded from is the product, its maker only the determiner.
    const Mention *ownedProduct(int w) const
    {
        const Mention *owner = m_p.mention(w);
        if (!owner || !endsInGenitive(m_text, *owner))
            return nullptr;
        for (const int c : m_p.children(w)) {
            const Mention *m = m_p.mention(c);
            const Label l = m_p.label(c);
            if (c > w && m && m->type == EntityType::Product && m_p.preposition(c).isEmpty()
                && (l == Label::Flat || l == Label::Apposition || l == Label::Compound
                    || l == Label::NominalModifier))
                return m;
        }
        return nullptr;
    }

    /// A row whose target is no product never takes a compound's first part ("kauft Nvidia-Chips"
    /// does not take Nvidia over); one whose target the phrase names itself not where the compound
    /// ends in a role word ("hat Vodafone-Kunden gewonnen" won no client Vodafone).
    static Compounds compoundsFor(const RelationLexicon::Word &row)
    {
        return row.actorTarget ? Compounds::None : row.named ? Compounds::NoRoles : Compounds::Any;
    }

    /// The names a phrase stands for; "für Nvidias H200" names the product, its maker being only its
    /// determiner.
    void namedBy(int w, std::vector<const Mention *> &targets, Compounds compounds = Compounds::Any) const
    {
        if (const Mention *product = ownedProduct(w))
            targets.push_back(product);
        else
            phraseMentions(w, targets, 0, compounds);
    }

    /// A clause opened by "ob" ("prüft, ob Boeing … verstoßen hat"): asked, not stated.
    [[nodiscard]] bool whetherClause(int c) const
    {
        const int marker = m_p.child(c, Label::Marker);
        return marker >= 0 && m_r.relations.is(m_p.folded(marker), RelationLexicon::Whether);
    }

    /// A clause of a zu-infinitive ("…, Chips zu kaufen", "einzukaufen").
    [[nodiscard]] bool zuInfinitive(int c) const
    {
        const Label l = m_p.label(c);
        return (l == Label::OpenComplement || l == Label::ClausalComplement || l == Label::AdverbialClause)
            && (m_p.child(c, Label::Marker) >= 0
                || m_r.relations.contains(m_p.folded(c), RelationLexicon::InfinitiveParticle));
    }

    /// "lässt den Chip bei TSMC fertigen": an infinitive under a form of "lassen".
    [[nodiscard]] bool causative(int v) const
    {
        if (m_p.word(v).tag.verbForm != Syntax::VerbForm::Infinitive)
            return false;
        for (const int c : m_p.children(v))
            if (c < v && m_r.relations.is(m_p.folded(c), RelationLexicon::Causative))
                return true;
        const int h = m_p.head(v);
        return h >= 0 && m_p.label(v) == Label::OpenComplement
            && m_r.relations.is(m_p.folded(h), RelationLexicon::Causative);
    }

    /// "Apple lässt den A18 bei TSMC fertigen", "Zudem lässt Bosch Chips bei GlobalFoundries
    /// herstellen", "hatte bei TSMC fertigen lassen", "der Chip, den Apple bei TSMC fertigen lässt":
    /// the parse reads a making verb under a form of "lassen" in many ways, so the clause is read by
    /// its shape. The verb (an infinitive's form) and a form of "lassen" stand in one clause; the
    /// maker is the name in a phrase of the causative rows' agent prepositions (the first listed
    /// first: "bei" before "von", which may name a product's owner); the client is the clause's
    /// first name of an actor without a preposition — or, where there is none, what the relative
    /// pronoun opening the clause stands for when it can be the subject; a product without a
    /// preposition, or what a pronoun in the accusative stands for, is what the maker makes.
    /// Returns whether the clause has that shape (then it is read here, found or not).
    bool readCausative(const std::vector<const RelationLexicon::Word *> &rows, int verb, const Sentence &s,
        const QString &attributedTo, Collected &out) const
    {
        std::vector<const RelationLexicon::Word *> causativeRows;
        for (const RelationLexicon::Word *row : rows)
            if (row->causative)
                causativeRows.push_back(row);
        const QString &form = m_p.folded(verb);
        if (causativeRows.empty() || !form.endsWith(u"en"))
            return false;
        const auto [first, end] = clause(verb);
        int lassen = -1;
        for (int x = first; x < end; ++x)
            if (x != verb && m_r.relations.is(m_p.folded(x), RelationLexicon::Causative))
                lassen = x;
        if (lassen < 0)
            return false;
        // Not the act: a negation, a modal or a verb of intent in the clause ("will … fertigen
        // lassen", "lässt nicht mehr bei TSMC fertigen").
        for (int x = first; x < end; ++x)
            if (m_p.wordClass(x) == WordClass::Negation || m_r.relations.modifier(m_p.folded(x)).has_value())
                return true;
        if (hypothetical(verb) || hypothetical(lassen))
            return true;
        std::vector<const Mention *> makers;
        for (const QString &preposition : causativeRows.front()->agentPrepositions)
            for (int x = first; x < end && makers.empty(); ++x)
                if (m_p.preposition(x) == preposition && isNominal(m_p.wordClass(x)))
                    phraseMentions(x, makers);
        std::erase_if(
            makers, [](const Mention *m) { return !isActor(*m) || m->type == EntityType::Product; });
        if (makers.empty())
            return true;
        addCoordinated(makers);
        const auto isMaker = [&makers](const Mention *m) {
            return std::find(makers.begin(), makers.end(), m) != makers.end();
        };
        std::vector<const Mention *> clients, products;
        const bool relative = first >= 1 && m_p.folded(first - 1) == u"," && relativePronounAt(first);
        for (int x = first; x < end; ++x) {
            const Mention *m = m_p.mention(x);
            if (!m || isMaker(m) || m_credited.contains(m) || !m_p.preposition(x).isEmpty())
                continue;
            // "Den A18 lässt Apple …": a name after an article never in the nominative is no subject
            // (a relative pronoun before it is no article: "den Apple … fertigen lässt").
            const bool notSubject = x > first && !(x - 1 == first && relative)
                && m_r.relations.is(m_p.folded(x - 1), RelationLexicon::NotNominative);
            if (m->type == EntityType::Product) {
                products.push_back(m);
            } else if (clients.empty() && isActor(*m) && !notSubject) {
                clients.push_back(m);
                addCoordinated(clients);
            }
        }
        if (relative) {
            const std::vector<const Mention *> antecedent = antecedentOf(first);
            const bool object
                = !clients.empty() || m_r.relations.is(m_p.folded(first), RelationLexicon::NotNominative);
            for (const Mention *m : antecedent) {
                if (object && m->type == EntityType::Product)
                    products.push_back(m);
                else if (!object && isActor(*m) && m->type != EntityType::Product && !isMaker(m))
                    clients.push_back(m);
            }
        }
        for (const RelationLexicon::Word *row : causativeRows) {
            const bool toProducts = row->productTarget;
            for (const Mention *maker : makers)
                for (const Mention *other : toProducts ? products : clients)
                    out.add(row->type, *maker, *other, 0.8f, s, m_text, attributedTo);
        }
        return true;
    }

    /// Tries a relation word's rows in order; the first with a source and a target gives relations.
    void readWord(const std::vector<const RelationLexicon::Word *> &rows, int trigger, int verb,
        const Sentence &s, const QString &attributedTo, Collected &out) const
    {
        if (hypothetical(verb) || (trigger != verb && modifierOf(verb) == Modifier::Hypothetical))
            return;
        if (trigger == verb && attributive(verb)) {
            readAttributive(rows, verb, m_p.head(verb), s, attributedTo, out);
            return;
        }
        if (const int noun = trigger == verb ? attributiveByForm(verb) : -1; noun >= 0) {
            readAttributive(rows, verb, noun, s, attributedTo, out);
            return;
        }
        if (trigger != verb && modifierOf(verb) == Modifier::Receive) {
            readReceived(*rows.front(), trigger, verb, s, attributedTo, out);
            return;
        }
        if (trigger == verb && readCausative(rows, verb, s, attributedTo, out))
            return;
        // A refused approval blocks ("weil Den Haag keine Ausfuhrlizenz erteilt"); other negated
        // acts say nothing.
        const bool refused = negated(verb) || (trigger != verb && negated(trigger));
        bool isPassive = passive(verb);
        // "Apple lässt bei TSMC fertigen": as in the passive, the maker is a phrase, not the subject.
        const bool isCausative = trigger == verb && causative(verb);
        bool inherited = false;
        int sourceWord = isPassive || isCausative ? agent(verb) : subject(verb, inherited);
        // "Die Ascend-Reihe wird beim Hersteller SMIC gefertigt": where a row names the maker by
        // another preposition in the passive.
        for (const RelationLexicon::Word *row : rows) {
            if (!(isPassive || isCausative) || sourceWord >= 0 || row->agentPrepositions.isEmpty())
                continue;
            for (const int c : m_p.children(verb))
                if (sourceWord < 0 && row->agentPrepositions.contains(m_p.preposition(c)))
                    sourceWord = c;
            // "lässt den A18 bei TSMC fertigen": the parse may hang the phrase on the object.
            for (const int o : m_p.children(verb))
                if (m_p.label(o) == Label::Object)
                    for (const int c : m_p.children(o))
                        if (sourceWord < 0 && row->agentPrepositions.contains(m_p.preposition(c)))
                            sourceWord = c;
        }
        std::vector<const Mention *> sources;
        // A relative clause ("die Modelle, die Nvidia entwickelt hatte"): the pronoun stands for
        // the names before its comma. When a name after the pronoun is the clause's subject
        // (pronounRole), the pronoun is its object and stands for these targets.
        std::vector<const Mention *> pronounTargets;
        // "Bosch, das BMW seit Jahren beliefert": the names after a pronoun that is the subject
        // are the clause's objects, wherever the parse hangs them.
        std::vector<const Mention *> relativeObjects;
        int relative = -1; // the pronoun opening the relative clause of the verb
        bool pronounSubject = false; // that pronoun is the clause's subject
        bool unsureDirection = false; // whether the pronoun is subject or object grammar does not tell
        // "…, an dem Stellantis 51 Prozent hält": a pronoun after a preposition stands for the names
        // before the comma in that preposition's slot; the clause's subject is its own.
        QString relativePreposition;
        std::vector<const Mention *> phraseTargets;
        // "…, an der Wingtech beteiligt ist": a participle under its auxiliary is the verb's word.
        const bool verbWord
            = trigger == verb || (m_p.head(trigger) == verb && m_p.wordClass(trigger) == WordClass::Verb);
        const int prepositional = verbWord ? prepositionalRelative(verb, relativePreposition) : -1;
        if (prepositional >= 0) {
            phraseTargets = antecedentOf(prepositional);
            isPassive = false;
            sourceWord = -1;
            for (const int c : m_p.children(verb))
                if (sourceWord < 0 && c > prepositional && m_p.label(c) == Label::Subject)
                    sourceWord = c;
            // "…, an dem Stellantis 21 Prozent hält": a name right after the pronoun is the clause's
            // subject, also when the parse hangs it on the pronoun, or makes the pronoun the subject
            // and the name's noun an object ("zu der auch der Nutzfahrzeugbauer Hino zählt").
            if (sourceWord < 0)
                sourceWord = describedName(prepositional + 1, verb);
            if (sourceWord < 0 && m_p.label(prepositional) == Label::Subject)
                sourceWord = prepositional; // its flat or apposed name is the subject's
        } else if (trigger == verb && (relative = relativeOf(verb)) >= 0) {
            const int rel = relative;
            const std::vector<const Mention *> antecedent = antecedentOf(rel);
            // "…, das BMW beliefert", "…, die den Autobauer BMW beliefert": a name opening the
            // clause after its pronoun.
            int other = describedName(rel + 1, verb);
            // The clause's own subject follows its pronoun: one before it is the main clause's,
            // misplaced by the parse ("Der Zulieferer Bosch, der den Motor X200 entwickelt hat").
            for (const int c : m_p.children(verb))
                if (other < 0 && c > rel && m_p.label(c) == Label::Subject)
                    other = c;
            Role role = other >= 0 ? pronounRole(rel, other, verb, antecedent) : Role::Subject;
            // "Comcast, der 2009 NBC Universal übernommen hat": a pronoun never in the accusative
            // is no object of a verb that takes an accusative and no dative.
            if (role == Role::Unknown && m_r.relations.is(m_p.folded(rel), RelationLexicon::NotAccusative)
                && takesAccusativeOnly(rows))
                role = Role::Subject;
            // Where grammar cannot tell, the reading below is the order of a main clause: a guess
            // that reverses a takeover or an ownership as often as not ("Kuka, das Midea 2016
            // übernommen hat"), so those wait for another statement of the article.
            unsureDirection = role == Role::Unknown && other >= 0;
            if (other >= 0 && (role == Role::Object || (role == Role::Unknown && antecedent.empty()))) {
                // The name is the subject and the pronoun the object. Where grammar cannot tell,
                // a pronoun that names no one ("Die Chips, die TSMC für Apple fertigt") leaves
                // the name the clause's only possible source.
                isPassive = false;
                sourceWord = other;
                pronounTargets = antecedent;
            } else if (!antecedent.empty() && (!isPassive || other >= 0)) {
                // The pronoun is the subject ("Bosch, der BMW beliefert"). Where grammar cannot
                // tell ("Bosch, das BMW beliefert": "das" is nominative or accusative, both names
                // singular), the reading of a main clause's order is taken: the first phrase, the
                // pronoun, is the subject, the name after it the object.
                sources = antecedent;
                // "Lidl, der wie Kaufland zur Schwarz-Gruppe gehört": a name joined to the pronoun
                // does what it does.
                for (const int c : m_p.children(rel))
                    if (const Mention *m = m_p.mention(c); m && m_p.label(c) == Label::Conjunct)
                        sources.push_back(m);
                if (other >= 0) {
                    isPassive = false; // a name without "von" in the clause: active
                    phraseMentions(other, relativeObjects);
                }
            } else if (other >= 0) {
                // The pronoun is the subject, its antecedent found by the parse if at all ("von der
                // Firma Kunlunxin gebaut, die den Chip P800 entwickelt hat"); the name after it is
                // its object, never a guessed subject.
                pronounSubject = true;
                phraseMentions(other, relativeObjects);
            }
        }
        // "Zu Unicredit gehört bereits die Münchner Hypovereinsbank": a verb without an accusative
        // has no object; one the parse reads where it finds no subject is the subject.
        if (sourceWord < 0 && !isPassive && !isCausative && trigger == verb && prepositional < 0
            && std::any_of(
                rows.begin(), rows.end(), [](const RelationLexicon::Word *row) { return row->noAccusative; }))
            sourceWord = m_p.child(verb, Label::Object);
        if (sources.empty() && sourceWord >= 0 && sourceWord != trigger)
            phraseMentions(sourceWord, sources);
        float confidence = 0.9f;
        if (sources.empty() && sourceWord >= 0 && !isPassive
            && std::any_of(rows.begin(), rows.end(),
                [](const RelationLexicon::Word *row) { return row->ownerSource; })) {
            ownerOf(sourceWord, sources);
            confidence = 0.8f;
        }
        if (sources.empty() && !isPassive && !isCausative && !pronounSubject) {
            // The parse found no subject with a name: the name next before the verb in its clause,
            // without a preposition, is the likeliest one — a guess, and scored as one.
            sourceWord = nameBefore(verb);
            if (sourceWord >= 0)
                phraseMentions(sourceWord, sources);
            confidence = 0.7f;
        }
        if (sources.empty())
            return;
        addCoordinated(sources);
        if (inherited)
            confidence -= 0.1f;
        // A source the tagger reads in the accusative or dative is a doubtful subject. A relative
        // pronoun's antecedent has its own clause's case ("von der Firma Kunlunxin …, die …
        // entworfen hat"): the pronoun's counts.
        int caseWord = sourceWord;
        if (const int pronoun = m_p.child(verb, Label::Subject);
            inherited && pronoun >= 0 && sourceWord < pronoun && relativePronounAt(pronoun))
            caseWord = pronoun;
        // Sources found by the clause's shape (a relative clause the parse broke up) have no
        // word of the parse: no case to doubt.
        const auto sourceCase
            = caseWord >= 0 ? m_p.word(caseWord).tag.grammaticalCase : Syntax::GrammaticalCase::None;
        if (!isPassive && !isCausative
            && (sourceCase == Syntax::GrammaticalCase::Accusative
                || sourceCase == Syntax::GrammaticalCase::Dative))
            confidence -= 0.2f;
        const Modifier lift = Modifier::Lift;
        for (const RelationLexicon::Word *row : rows) {
            if (row->causative != isCausative)
                continue;
            if (!row->withEnding.isEmpty() && !clauseHasWord(verb, row->withEnding)
                && !clauseHasWord(trigger, row->withEnding))
                continue;
            if (row->concreteObject && trigger == verb && hasAbstractObject(verb))
                continue;
            // "Die H800 hatte Nvidia eigens für China entworfen": German puts the object first as
            // readily as the subject; a product does not develop a company, so the roles turn.
            std::vector<const Mention *> agentsOfRow = sources;
            std::vector<const Mention *> productSubject;
            if (row->productTarget && !isPassive && !sources.empty()
                && std::all_of(sources.begin(), sources.end(),
                    [](const Mention *m) { return m->type == EntityType::Product; })) {
                // The object is a bare phrase, whichever object label the parse gives it: "für
                // China" is none, though the parse may call it one ("hatte Nvidia eigens für
                // China entworfen", Nvidia read as a dative).
                std::vector<const Mention *> objectActors;
                for (const int c : m_p.children(verb))
                    if ((m_p.label(c) == Label::Object || m_p.label(c) == Label::IndirectObject)
                        && m_p.preposition(c).isEmpty())
                        phraseMentions(c, objectActors);
                std::erase_if(objectActors, [](const Mention *m) { return !isActor(*m); });
                if (!objectActors.empty()) {
                    productSubject = sources;
                    agentsOfRow = objectActors;
                }
            }
            RelationType type = row->type;
            if (refused) {
                if (type != RelationType::Approves)
                    continue;
                type = RelationType::Blocks;
            }
            if (trigger != verb && modifierOf(verb) == lift) {
                if (relationFamily(type) != RelationType::Restricts)
                    continue;
                type = RelationType::Approves; // "hob die Sanktionen auf"
            } else if (trigger != verb && modifierOf(verb) == Modifier::Stop) {
                // "setzt den Eingriff bei Nexperia aus": a restriction suspended or ended is lifted;
                // "widerrief die Ausfuhrgenehmigung": an approval withdrawn blocks.
                if (relationFamily(type) == RelationType::Restricts)
                    type = RelationType::Approves;
                else if (type == RelationType::Approves)
                    type = RelationType::Blocks;
                else
                    continue;
            }
            std::vector<const Mention *> targets;
            bool deeper = false;
            for (const RelationLexicon::Slot &slot : row->targets) {
                if (slot.kind == RelationLexicon::Slot::Act) {
                    controlledAct(trigger, row->stoppedAct, row->anyAct, targets);
                    deeper = !targets.empty();
                    if (!targets.empty())
                        break;
                    continue;
                }
                if (!phraseTargets.empty() && slot.kind == RelationLexicon::Slot::Preposition
                    && slot.inner.isEmpty() && slot.preposition == relativePreposition) {
                    targets = phraseTargets;
                    // "Pfaffstätt, Oberösterreich, zu dem … gehören": a place one belongs to owns
                    // nothing; nor does an association its members ("der Verband der
                    // Automobilindustrie (VDA), zu dem auch BMW zählt"), as the reading of
                    // belonging attributes holds.
                    std::erase_if(targets, [row](const Mention *m) {
                        return !fitsTarget(*row, *m)
                            || (row->type == RelationType::Owns
                                && (m->type == EntityType::Location
                                    || (row->swap && m->type == EntityType::Organization)));
                    });
                    if (!targets.empty())
                        break;
                    continue;
                }
                if (!relativeObjects.empty()
                    && (slot.kind == RelationLexicon::Slot::Object
                        || slot.kind == RelationLexicon::Slot::Dative)) {
                    targets = relativeObjects;
                    addCoordinated(targets);
                    std::erase_if(targets, [row](const Mention *m) { return !fitsTarget(*row, *m); });
                    if (!targets.empty())
                        break;
                    continue;
                }
                if (!pronounTargets.empty()
                    && (slot.kind == RelationLexicon::Slot::Object
                        || slot.kind == RelationLexicon::Slot::Dative)) {
                    targets = pronounTargets;
                    std::erase_if(targets, [row](const Mention *m) { return !fitsTarget(*row, *m); });
                    if (!targets.empty())
                        break;
                    continue;
                }
                // A noun's phrases hang on the noun or on its verb; its dative on the verb.
                std::vector<int> words = slotWords(trigger, slot, isPassive && trigger == verb, deeper);
                if (words.empty() && trigger != verb && slot.kind != RelationLexicon::Slot::Object)
                    words = slotWords(verb, slot, false, deeper);
                if (words.empty() && trigger != verb && slot.kind == RelationLexicon::Slot::Preposition) {
                    words = besideNoun(trigger, verb, slot.preposition);
                    deeper = !words.empty();
                }
                if (words.empty() && trigger != verb && slot.kind == RelationLexicon::Slot::Preposition
                    && !slot.inner.isEmpty() && relationFamily(row->type) == RelationType::Restricts) {
                    words = chainedInner(trigger, slot);
                    deeper = !words.empty();
                }
                // "Die Chips, die TSMC für Apple fertigt": the parse may hang a phrase of a relative
                // clause on the noun before the clause; the phrases between the pronoun and the verb
                // are the verb's.
                if (words.empty() && relative >= 0 && slot.kind == RelationLexicon::Slot::Preposition
                    && slot.inner.isEmpty())
                    for (int x = relative + 1; x < verb; ++x)
                        if (m_p.preposition(x) == slot.preposition && isNominal(m_p.wordClass(x)))
                            words.push_back(x);
                // "kauft Nvidia-Produkte" buys from Nvidia; it does not take Nvidia over.
                // "Exportverbot für Produkte aus Nexperias Werk im chinesischen Dongguan": a place in
                // a phrase on a name, or on a noun a name determines, is its seat, never the slot's
                // end; the name stands for it. "in ein Werk im ungarischen Szeged" names no holder.
                for (const int w : words)
                    namedBy(slot.kind == RelationLexicon::Slot::Preposition ? siteHolder(w) : w, targets,
                        compoundsFor(*row));
                // "genehmigt Einstieg der Lufthansa bei ITA Airways": a deal the verb acts on named
                // through its genitive has its other party in its own phrase all the same.
                if (!targets.empty() && !row->named && actsOnDeal(row->type)
                    && (slot.kind == RelationLexicon::Slot::Object
                        || slot.kind == RelationLexicon::Slot::Dative)
                    && dealNouns(words)) {
                    std::vector<const Mention *> parties;
                    bool partiesDeeper = false; // the deal's parties are as near as its genitive
                    objectFallback(trigger, words, parties, partiesDeeper, true);
                    for (const Mention *m : parties)
                        if (std::find(targets.begin(), targets.end(), m) == targets.end())
                            targets.push_back(m);
                }
                // A noun of a deal the tagger takes for a dative ("genehmigt Einstieg der Lufthansa
                // bei …") is the object all the same.
                if (targets.empty() && !row->named
                    && (slot.kind == RelationLexicon::Slot::Object
                        || (slot.kind == RelationLexicon::Slot::Dative && dealNouns(words))))
                    objectFallback(trigger, words, targets, deeper, actsOnDeal(row->type));
                else if (targets.empty() && !row->named && slot.kind != RelationLexicon::Slot::Subject)
                    ownerFallback(words, targets, deeper);
                addCoordinated(targets);
                dropSellers(*row, trigger, targets);
                if (slot.kind == RelationLexicon::Slot::Preposition && slot.inner.isEmpty())
                    addOtherPrepositions(*row, slot, targets);
                std::erase_if(targets, [row](const Mention *m) { return !fitsTarget(*row, *m); });
                if (!targets.empty())
                    break;
                // A phrase of the slot's preposition on the verb itself fills the role, if
                // without a name ("verkaufte ihre Tochter Arriva an einen Finanzinvestor"):
                // later slots would only find the wrong phrase.
                // A share ("gehört zu mehr als 99 Prozent dem Bund") is no such phrase: its
                // owner is the dative after it.
                if (slot.kind == RelationLexicon::Slot::Preposition && trigger == verb && !words.empty()
                    && !deeper
                    && !(m_r.relations.is(slot.preposition, RelationLexicon::Share)
                        && std::all_of(words.begin(), words.end(), [this](int x) { return isAmount(x); })))
                    break;
            }
            if (!productSubject.empty())
                targets = productSubject;
            std::vector<const Mention *> agents = agentsOfRow;
            if (row->swap) {
                // The subject of a swapped row is the relation's target and its phrase the source:
                // "die Marke Hofer gehört zu Aldi" — a product may belong, never own.
                std::erase_if(agents, [row](const Mention *m) {
                    return !fitsTarget(*row, *m) || (row->personSource && m->type != EntityType::Person);
                });
                std::erase_if(targets, [](const Mention *m) { return m->type == EntityType::Product; });
            } else {
                std::erase_if(agents, [&](const Mention *m) { return !fitsSource(m_r.relations, *row, *m); });
            }
            if (row->swap && row->authoritySource)
                std::erase_if(targets, [&](const Mention *m) { return !isAuthority(m_r.relations, *m); });
            // "Die USA, die Niederlande und Japan haben sich verständigt": a joint act of a
            // coordinated subject binds its members to each other. A row that wants its partner
            // named in the phrase does not: "Huawei und Cambricon arbeiten mit Programmen von
            // Synopsys" work each with a third one's products, not with each other.
            if (type == RelationType::PartnersWith && targets.empty() && agents.size() >= 2 && !row->named) {
                for (size_t i = 0; i < agents.size(); ++i)
                    for (size_t j = i + 1; j < agents.size(); ++j)
                        out.add(type, *agents[i], *agents[j], confidence, s, m_text, attributedTo);
                return;
            }
            if (targets.empty() || agents.empty())
                continue;
            const bool deal = type == RelationType::Acquires || type == RelationType::Owns;
            for (const Mention *a : agents) {
                for (const Mention *t : targets) {
                    const float c = confidence - (deeper ? 0.1f : 0.0f);
                    if (unsureDirection && deal && productSubject.empty() && !row->swap)
                        out.addUnsure(type, *a, *t, c, s, m_text, attributedTo);
                    else if (row->swap)
                        out.add(type, *t, *a, c, s, m_text, attributedTo);
                    else
                        out.add(type, *a, *t, c, s, m_text, attributedTo);
                }
            }
            return;
        }
    }

    /// Whether `w` is `ancestor` or hangs below it.
    [[nodiscard]] bool below(int w, int ancestor) const
    {
        for (int up = w, steps = 0; up >= 0 && steps < m_p.size(); up = m_p.head(up), ++steps)
            if (up == ancestor)
                return true;
        return false;
    }

    /// A participle before the noun it describes ("die gebilligten Bestellungen").
    [[nodiscard]] bool attributive(int v) const
    {
        const int h = m_p.head(v);
        return m_p.label(v) == Label::AdjectivalModifier && h > v && isNominal(m_p.wordClass(h));
    }

    /// "das von Nvidia entwickelte H20", "der von Huawei gebaute Chip Ascend 910B": the tagger
    /// often reads a participle with an adjective's ending after an agent phrase as a finite verb
    /// (the preterite "entwickelte" has its form) and hangs the noun on it as the object. An
    /// article (or an adjective) right before the "von"/"durch" phrase, the phrase ending right
    /// before the word, and a noun or a name right after it (an adjective between) make it an
    /// attribute: a finite verb does not stand between an article's phrase and its noun. Returns
    /// the noun, or -1.
    [[nodiscard]] int attributiveByForm(int v) const
    {
        if (v + 1 >= m_p.size() || m_p.label(v) == Label::AdjectivalModifier)
            return -1;
        QStringView form = m_p.folded(v);
        bool inflected = false;
        for (const QStringView ending : {u"en", u"em", u"er", u"es", u"e"})
            if (form.endsWith(ending)) {
                form.chop(ending.size());
                inflected = true;
                break;
            }
        if (!inflected || !(form.endsWith(u't') || form.endsWith(u"en")))
            return -1;
        int noun = v + 1;
        if (m_p.wordClass(noun) == Syntax::WordClass::Adjective && noun + 1 < m_p.size())
            ++noun;
        if (!isNominal(m_p.wordClass(noun)))
            return -1;
        // The agent phrase on the word, or on another phrase of the attribute before it ("Der von
        // Nvidia für China entwickelte H20": the parse hangs "von Nvidia" on "China").
        for (int c = 0; c < v; ++c) {
            if (!below(c, v) || !m_r.relations.is(m_p.preposition(c), RelationLexicon::AgentPreposition))
                continue;
            // The phrase: its words right before and after c up to the word before v.
            int first = c;
            while (first > 0 && below(first - 1, c))
                --first;
            // Between the phrase and the word only the word's own adverbials: "die von Nvidia
            // eigens für China entwickelten Chips".
            bool ends = true;
            for (int w = c + 1; w < v && ends; ++w)
                ends = below(w, c) || below(w, v);
            const int before = first - 1;
            const auto opens = [this](int w) {
                const Syntax::WordClass k = m_p.wordClass(w);
                return k == Syntax::WordClass::Determiner || k == Syntax::WordClass::Adjective
                    || isPossessive(m_r.relations, m_p.folded(w));
            };
            if (ends && before >= 0 && opens(before))
                return noun;
        }
        return -1;
    }

    /// "die zum Google-Konzern gehörende Firma Sidewalk Labs", "der an Apple liefernde Hersteller
    /// TSMC": a present participle before a noun is active — the noun is its subject, the phrases
    /// on the participle of its row's prepositions name the other end. Rows that need a word of the
    /// clause (with:) or a cause are left to the verb.
    void readPresentAttributive(const std::vector<const RelationLexicon::Word *> &rows, int participle,
        const Sentence &s, const QString &attributedTo, Collected &out) const
    {
        std::vector<const Mention *> subjects;
        phraseMentions(m_p.head(participle), subjects);
        addCoordinated(subjects);
        for (const RelationLexicon::Word *row : rows) {
            if (row->causative || !row->withEnding.isEmpty())
                continue;
            std::vector<const Mention *> others;
            for (const RelationLexicon::Slot &slot : row->targets) {
                if (slot.kind != RelationLexicon::Slot::Preposition || !slot.inner.isEmpty())
                    continue;
                for (const int c : m_p.children(participle))
                    if (c < participle && m_p.preposition(c) == slot.preposition)
                        namedBy(c, others, compoundsFor(*row));
                if (!others.empty())
                    break;
            }
            addCoordinated(others);
            std::vector<const Mention *> agents = subjects;
            if (row->swap) {
                std::erase_if(agents, [row](const Mention *m) {
                    return !fitsTarget(*row, *m) || (row->personSource && m->type != EntityType::Person);
                });
                std::erase_if(others, [](const Mention *m) { return m->type == EntityType::Product; });
            } else {
                std::erase_if(agents, [&](const Mention *m) { return !fitsSource(m_r.relations, *row, *m); });
                std::erase_if(others, [row](const Mention *m) { return !fitsTarget(*row, *m); });
            }
            if (agents.empty() || others.empty())
                continue;
            for (const Mention *a : agents)
                for (const Mention *t : others)
                    if (a != t)
                        out.add(row->type, row->swap ? *t : *a, row->swap ? *a : *t, 0.8f, s, m_text,
                            attributedTo);
            return;
        }
    }

    /// "die von Peking gebilligten H200-Bestellungen": a past participle before a noun is a passive
    /// — the noun (or the name its compound starts with) is what was done, its "von"/"durch" phrase
    /// who did it. One without an agent says nothing of two names; a present participle is read by
    /// readPresentAttributive.
    void readAttributive(const std::vector<const RelationLexicon::Word *> &rows, int participle, int noun,
        const Sentence &s, const QString &attributedTo, Collected &out) const
    {
        QStringView stem = m_p.folded(participle);
        for (const QStringView ending : {u"en", u"em", u"er", u"es", u"e"})
            if (stem.endsWith(ending)) {
                stem.chop(ending.size());
                break;
            }
        if (stem.endsWith(u"nd") && !negated(participle) && !negated(noun)) { // "gehörend", "liefernd"
            readPresentAttributive(rows, participle, s, attributedTo, out);
            return;
        }
        // "die nicht gebilligten Käufe", "keine gebilligten Käufe": the parse may hang the
        // negation on the noun.
        if (!(stem.endsWith(u't') || stem.endsWith(u"en")) || negated(participle) || negated(noun))
            return;
        int agentWord = -1;
        for (const int c : m_p.children(participle))
            if (agentWord < 0 && m_r.relations.is(m_p.preposition(c), RelationLexicon::AgentPreposition))
                agentWord = c;
        // "Der von Nvidia für China entwickelte H20": the parse may hang the agent phrase on another
        // phrase of the attribute, between the noun's article and the participle.
        for (int c = 0; agentWord < 0 && c < participle; ++c)
            if (below(c, participle)
                && m_r.relations.is(m_p.preposition(c), RelationLexicon::AgentPreposition))
                agentWord = c;
        if (agentWord < 0)
            return;
        std::vector<const Mention *> sources;
        phraseMentions(agentWord, sources);
        addCoordinated(sources);
        for (const RelationLexicon::Word *row : rows) {
            const bool takesObject = std::any_of(row->targets.begin(), row->targets.end(),
                [](const RelationLexicon::Slot &slot) { return slot.kind == RelationLexicon::Slot::Object; });
            if (row->causative || row->swap || !row->withEnding.isEmpty() || !takesObject)
                continue;
            std::vector<const Mention *> targets;
            bool deeper = false;
            phraseMentions(noun, targets);
            if (targets.empty())
                ownerFallback({noun}, targets, deeper);
            addCoordinated(targets);
            std::erase_if(targets, [row](const Mention *m) { return !fitsTarget(*row, *m); });
            std::vector<const Mention *> agents = sources;
            std::erase_if(agents, [&](const Mention *m) { return !fitsSource(m_r.relations, *row, *m); });
            if (targets.empty() || agents.empty())
                continue;
            for (const Mention *a : agents)
                for (const Mention *t : targets)
                    out.add(row->type, *a, *t, deeper ? 0.7f : 0.8f, s, m_text, attributedTo);
            return;
        }
    }

    /// The government, country or union a restriction noun names as its author: its genitive
    /// ("die Exportkontrollen der USA", "Pekings Exportverbot"), or null.
    const Mention *imposerOf(int noun) const
    {
        for (const int c : m_p.children(noun)) {
            const Mention *m = m_p.mention(c);
            if (!m || m_credited.contains(m) || m_p.label(c) != Label::NominalModifier
                || !m_p.preposition(c).isEmpty())
                continue;
            const bool authority = m->type == EntityType::Agency || m->type == EntityType::Location
                || m->type == EntityType::Organization; // the EU
            const bool genitive = c > noun
                ? m_p.word(c).tag.grammaticalCase == Syntax::GrammaticalCase::Genitive
                : endsInGenitive(m_text, *m);
            if (authority && genitive)
                return m;
        }
        return nullptr;
    }

    /// The actor a noun of an act names as its doer in its genitive or "von" phrase ("die
    /// Bestellungen von Lufthansa bei Airbus", "Chinas Investitionen in Afrika"), or null.
    const Mention *doerOf(int noun) const
    {
        for (const int c : m_p.children(noun)) {
            const Mention *m = m_p.mention(c);
            if (!m || m_credited.contains(m) || !isActor(*m) || m_p.label(c) != Label::NominalModifier)
                continue;
            const QString p = m_p.preposition(c);
            const bool genitive = c > noun
                ? m_p.word(c).tag.grammaticalCase == Syntax::GrammaticalCase::Genitive
                : endsInGenitive(m_text, *m);
            if ((p.isEmpty() && genitive)
                || (!p.isEmpty() && m_r.relations.is(p, RelationLexicon::Of)
                    && m_r.relations.is(p, RelationLexicon::AgentPreposition)))
                return m;
        }
        return nullptr;
    }

    /// A restriction noun with its author named on it: the target is in the noun's phrases
    /// ("gegen China"); the verb around it may still want, negate or lift it.
    void readMeasure(const RelationLexicon::Word &row, int noun, int verb, const Mention &imposer,
        const Sentence &s, const QString &attributedTo, Collected &out) const
    {
        RelationType type = row.type;
        const bool restriction = relationFamily(type) == RelationType::Restricts;
        if (negated(noun))
            return;
        if (verb >= 0) {
            if (hypothetical(verb) || negated(verb) || modifierOf(verb) == Modifier::Hypothetical)
                return;
            // A stopped order is none ("stornierte die Bestellungen von …"); a lifted restriction
            // approves.
            if (modifierOf(verb) == Modifier::Lift || modifierOf(verb) == Modifier::Stop) {
                if (!restriction)
                    return;
                type = RelationType::Approves;
            }
        }
        std::vector<const Mention *> targets;
        bool deeper = false;
        for (const RelationLexicon::Slot &slot : row.targets) {
            if (slot.kind != RelationLexicon::Slot::Preposition)
                continue;
            // The parse may hang the phrase on the verb ("kritisierte die Sanktionen der EU gegen …");
            // a doer's act has its target on the noun ("Die Investitionen von BASF gingen in China
            // zurück" invest nothing in China).
            std::vector<int> words = slotWords(noun, slot, false, deeper);
            if (words.empty() && verb >= 0 && restriction)
                words = slotWords(verb, slot, false, deeper);
            if (words.empty() && verb >= 0 && restriction) {
                words = besideNoun(noun, verb, slot.preposition);
                deeper = !words.empty();
            }
            if (words.empty() && restriction && !slot.inner.isEmpty()) {
                words = chainedInner(noun, slot);
                deeper = !words.empty();
            }
            for (const int w : words)
                phraseMentions(w, targets);
            if (targets.empty())
                ownerFallback(words, targets, deeper);
            addCoordinated(targets);
            std::erase(targets, &imposer);
            std::erase_if(targets, [&row](const Mention *m) { return !fitsTarget(row, *m); });
            if (!targets.empty())
                break;
        }
        for (const Mention *t : targets)
            out.add(type, imposer, *t, deeper ? 0.7f : 0.8f, s, m_text, attributedTo);
    }

    /// The doer a noun of a deal names (source:by): its "durch" phrase, on the noun or hung by the
    /// parse on the verb right after the noun's phrase ("die Übernahme von Kuka durch Midea"), or
    /// a name in the genitive before it ("Mideas Übernahme von Kuka"); or -1.
    [[nodiscard]] int dealDoer(int noun, int verb) const
    {
        const auto byPhrase = [this](int c) {
            const QString p = m_p.preposition(c);
            return !p.isEmpty() && m_r.relations.is(p, RelationLexicon::AgentPreposition)
                && !m_r.relations.is(p, RelationLexicon::Of);
        };
        // "Mideas Übernahme von Kuka": the parse may take the genitive for the head and the noun for
        // its apposition.
        // "Siemens' Übernahme von Varian": the apostrophe is a word of its own between them.
        if (const int h = m_p.head(noun); m_p.label(noun) == Label::Apposition && m_p.mention(h)
            && (h == noun - 1 || (h == noun - 2 && apostropheAfter(m_text, *m_p.mention(h))))
            && endsInGenitive(m_text, *m_p.mention(h)))
            return h;
        for (const int c : m_p.children(noun)) {
            const Mention *m = m_p.mention(c);
            if (c > noun && byPhrase(c))
                return c;
            if (c < noun && m && m_p.preposition(c).isEmpty() && endsInGenitive(m_text, *m))
                return c;
            // The parse may hang it on the noun's own phrase ("von Kuka durch Midea").
            for (const int d : m_p.children(c))
                if (c > noun && d > c && byPhrase(d))
                    return d;
        }
        if (const int c = phraseBeside(noun, verb, byPhrase); c >= 0)
            return c;
        // "gibt die Übernahme von Kuka durch Midea frei": the parse may hang the phrase that runs
        // on right after the noun's on a word of the verb's (its particle).
        const int next = span(noun).second + 1;
        if (next < m_p.size() && m_p.label(next) == Label::CaseMarker)
            if (const int h = m_p.head(next); h > noun && byPhrase(h) && span(h).first == next)
                return h;
        return -1;
    }

    /// The first phrase on `verb` that `fits`, among the phrases that run on right after the
    /// phrase of `noun` (the parse hangs a noun's complements on its verb at times), or -1.
    template<typename Fits> [[nodiscard]] int phraseBeside(int noun, int verb, const Fits &fits) const
    {
        if (verb < 0 || noun < 0)
            return -1;
        int next = span(noun).second + 1;
        for (const int c : m_p.children(verb)) {
            if (c <= noun || m_p.preposition(c).isEmpty())
                continue;
            const auto [first, last] = span(c);
            if (first != next)
                break;
            if (fits(c))
                return c;
            next = last + 1;
        }
        return -1;
    }

    /// Whether a noun of a deal says the deal was done and by whom: with a doer named on it
    /// ("die Übernahme von Kuka durch Midea", "Mideas Übernahme von Kuka"), or in a phrase of
    /// means or time on its verb ("Bayer hat mit der Übernahme von Monsanto …"). `doer` is
    /// dealDoer(noun, verb).
    [[nodiscard]] bool statesDeal(int noun, int verb, int doer) const
    {
        if (verb < 0)
            return false;
        const QString p = m_p.preposition(noun);
        return doer >= 0
            || (m_p.label(noun) == Label::Oblique && !p.isEmpty()
                && m_r.relations.is(p, RelationLexicon::Means));
    }

    /// "Die Kartellbehörde hat die Übernahme von Ansys durch Synopsys genehmigt", "Die Übernahme
    /// von Kuka durch Midea wurde gebilligt": an approval given — not negated, wanted, to come or
    /// only announced — lets the deal stand, so its doer acquires (docs/relations-guide.md: the
    /// approval names both parties, and the deal is done). `phrase` is the deal's noun phrase.
    [[nodiscard]] bool approvedDeal(int phrase, int verb) const
    {
        const Label l = m_p.label(phrase);
        if (!(l == Label::Object || (passive(verb) && (l == Label::PassiveSubject || l == Label::Subject))))
            return false;
        const auto rows = m_r.relations.verbRows(verbKey(verb));
        if (rows.empty() || rows.front()->type != RelationType::Approves
            || !rows.front()->withEnding.isEmpty())
            return false;
        return !(hypothetical(verb) || negated(verb) || modifierOf(verb).has_value());
    }

    /// A deal done (statesDeal): the doer acquires the "von" phrase, the genitive or the name the
    /// noun's compound starts with. A deal its verb negates, wants, stops, examines or blocks
    /// ("prüft die Übernahme von Kuka durch Midea") is pending or failed, one approved is done
    /// (approvedDeal); one that is only an object ("lehnt die Übernahme der Commerzbank durch
    /// Unicredit ab") is judged, not done. Without a doer on the noun, the clause's subject, a company, did
    /// the deal in a phrase of means or time ("nach dem Kauf von X"), whatever the verb's mood. `doer` is
    /// dealDoer(noun, verb).
    void readDeal(const RelationLexicon::Word &row, int noun, int verb, int doer, const Sentence &s,
        const QString &attributedTo, Collected &out) const
    {
        if (negated(noun))
            return;
        for (const int c : m_p.children(noun)) // "die geplante Übernahme", "die gescheiterte …"
            if (const auto m = modifierOf(c); c < noun && m && *m != Modifier::Receive)
                return;
        // The phrase the noun stands in: the genitive's, when the parse hung the noun on it.
        const int phrase = doer >= 0 && doer == m_p.head(noun) ? doer : noun;
        if (phrase != noun)
            verb = m_p.head(phrase);
        if (verb < 0)
            return;
        const Label l = m_p.label(phrase);
        const QString p = m_p.preposition(phrase);
        const bool inPhrase
            = l == Label::Oblique && !p.isEmpty() && m_r.relations.is(p, RelationLexicon::Means);
        // "Bayer will mit der Übernahme von Monsanto wachsen", "werden mit der Übernahme … zum größten
        // Händler": a deal as the means of the verb's act shares its mood and tense; one before it
        // ("nach dem Kauf von X") is done whatever the verb says.
        if (inPhrase && m_r.relations.is(p, RelationLexicon::Instrument)) {
            if (hypothetical(verb) || negated(verb) || modifierOf(verb) == Modifier::Hypothetical)
                return;
            for (const int c : m_p.children(verb))
                if ((m_p.label(c) == Label::Auxiliary || m_p.label(c) == Label::Copula)
                    && m_r.relations.is(m_p.folded(c), RelationLexicon::Future))
                    return;
            if (m_r.relations.is(m_p.folded(verb), RelationLexicon::Future))
                return;
        }
        std::vector<const Mention *> sources;
        float confidence = 0.8f;
        if (doer >= 0) {
            const bool subjectOf = l == Label::Subject || l == Label::PassiveSubject;
            const bool approved = approvedDeal(phrase, verb);
            if (!(subjectOf || inPhrase || approved))
                return;
            if (!inPhrase && !approved
                && (hypothetical(verb) || negated(verb) || modifierOf(verb).has_value()
                    || (passive(verb) && actsOnObject(m_r.relations, verbKey(verb), false))))
                return;
            phraseMentions(doer, sources);
        } else {
            bool inherited = false;
            if (!inPhrase || passive(verb))
                return;
            const int subjectWord = subject(verb, inherited);
            if (subjectWord >= 0)
                phraseMentions(subjectWord, sources);
            // "die Rechtsrisiken, die sich Bayer mit der Übernahme von Monsanto eingehandelt hat":
            // the parse found no subject with a name; the name next before the noun in its clause,
            // without a preposition, is the likeliest one — a guess, and scored as one.
            if (sources.empty()) {
                if (const int x = nameBefore(noun); x >= 0)
                    phraseMentions(x, sources);
                inherited = true;
            }
            std::erase_if(sources, [](const Mention *m) { return m->type != EntityType::Company; });
            if (inherited)
                confidence -= 0.1f;
        }
        addCoordinated(sources);
        std::vector<const Mention *> targets;
        for (const int c : m_p.children(noun)) {
            const QString q = m_p.preposition(c);
            const bool genitive = c > noun && q.isEmpty() && m_p.label(c) == Label::NominalModifier;
            if (genitive
                || (q == row.targets.front().preposition
                    && row.targets.front().kind == RelationLexicon::Slot::Preposition))
                namedBy(c, targets);
        }
        if (targets.empty())
            if (const Mention *m = m_p.compoundMention(noun); m && !m_credited.contains(m))
                targets.push_back(m);
        addCoordinated(targets);
        std::erase_if(targets, [&row](const Mention *m) { return !fitsTarget(row, *m); });
        for (const Mention *a : sources)
            for (const Mention *t : targets)
                if (a != t && isActor(*a))
                    out.add(row.type, *a, *t, confidence, s, m_text, attributedTo);
    }

    /// "Nvidia erhielt von der US-Regierung eine Lizenz", "BMW bekam eine Genehmigung aus Peking":
    /// the subject receives the act the noun names; who grants it stands in a "von"/"aus" phrase on
    /// the noun or the verb, or in the noun's genitive. A licence not received was refused: it blocks.
    void readReceived(const RelationLexicon::Word &row, int noun, int verb, const Sentence &s,
        const QString &attributedTo, Collected &out) const
    {
        RelationType type = row.type;
        if (negated(verb) || negated(noun)) {
            if (type != RelationType::Approves)
                return;
            type = RelationType::Blocks;
        }
        bool inherited = false;
        const int subjectWord = subject(verb, inherited);
        if (subjectWord < 0 || passive(verb))
            return;
        std::vector<const Mention *> receivers;
        phraseMentions(subjectWord, receivers);
        addCoordinated(receivers);
        std::vector<const Mention *> givers;
        for (const int x : {noun, verb})
            for (const int c : m_p.children(x)) {
                const QString p = m_p.preposition(c);
                const bool genitive = x == noun && p.isEmpty() && m_p.label(c) == Label::NominalModifier;
                if (genitive || (!p.isEmpty() && m_r.relations.is(p, RelationLexicon::Giver)))
                    phraseMentions(c, givers);
            }
        addCoordinated(givers);
        const float confidence = inherited ? 0.7f : 0.8f;
        for (const Mention *giver : givers)
            for (const Mention *receiver : receivers) {
                if (!isActor(*giver) || receiver->type == EntityType::Product)
                    continue;
                // "hat einen Großauftrag für Gasturbinen aus den USA erhalten": an order from a
                // country is the firm's sale there (exports; supplies at home).
                if (type == RelationType::Buys && giver->type == EntityType::Location && isFirm(*receiver))
                    out.add(RelationType::Exports, *receiver, *giver, confidence, s, m_text, attributedTo);
                else
                    out.add(type, *giver, *receiver, confidence, s, m_text, attributedTo);
            }
    }

    /// Whether the word after a name at the start of a clause can be the clause's verb: a verb by
    /// the tagger, or a small word that is no article, preposition, conjunction or adjective (the
    /// tagger may read "wirbt" as an adverb).
    [[nodiscard]] bool opensClause(int x) const
    {
        const WordClass c = m_p.wordClass(x);
        if (c == WordClass::Verb || c == WordClass::Auxiliary)
            return true;
        const Token &t = m_text.at(m_p.firstToken(x));
        return t.kind == Token::Word && !t.upper && !m_p.mention(x)
            && (c == WordClass::Adverb || c == WordClass::Noun || c == WordClass::Other);
    }

    /// "Nvidia … seinen China-Chip H20": a product with a possessive belongs to the subject of
    /// its clause.
    void readPossessives(const Sentence &s, const QString &attributedTo, Collected &out) const
    {
        for (int w = 0; w < m_p.size(); ++w) {
            const Mention *product = m_p.mention(w);
            if (!product || product->type != EntityType::Product)
                continue;
            int possessive = -1;
            const int nounHead = m_p.head(w);
            for (const int x : {w, nounHead}) {
                const Label l = m_p.label(w);
                const bool sameNounPhrase = l == Label::Apposition || l == Label::Flat || l == Label::Compound
                    || (l == Label::NominalModifier && m_p.preposition(w).isEmpty());
                if (x < 0 || (x == nounHead && !sameNounPhrase))
                    continue;
                for (const int c : m_p.children(x))
                    if (c < w && isPossessive(m_r.relations, m_p.folded(c)))
                        possessive = c;
            }
            if (possessive < 0)
                continue;
            int verb = m_p.head(w);
            while (verb >= 0 && m_p.wordClass(verb) != WordClass::Verb
                && m_p.wordClass(verb) != WordClass::Auxiliary)
                verb = m_p.head(verb);
            if (verb < 0)
                continue;
            bool inherited = false;
            const int subjectWord = passive(verb) ? agent(verb) : subject(verb, inherited);
            if (subjectWord < 0)
                continue;
            std::vector<const Mention *> owners;
            phraseMentions(subjectWord, owners);
            // "Microsoft bietet … an, Oracle wirbt mit seiner Cloud-Plattform OCI": a firm that opens
            // a clause of its own after a comma, between the subject the parse found and the
            // possessive, is whose the product is.
            for (int x = possessive - 1; x > subjectWord; --x) {
                const Mention *m = m_p.mention(x);
                if (m && isFirm(*m) && std::find(owners.begin(), owners.end(), m) == owners.end()
                    && m_p.folded(x - 1) == u"," && x + 1 < possessive && opensClause(x + 1)) {
                    owners.assign(1, m);
                    break;
                }
            }
            // A government, an authority or a country has no product line of its own: "die
            // Regierung erwägt, Nvidia den Verkauf seines H200 zu erlauben" — the possessive then
            // stands for the company the verb addresses before it.
            std::erase_if(owners, [](const Mention *m) { return !isFirm(*m); });
            if (owners.empty()) {
                inherited = true;
                for (const int c : m_p.children(verb))
                    if (c < w && (m_p.label(c) == Label::Object || m_p.label(c) == Label::IndirectObject))
                        phraseMentions(c, owners);
                std::erase_if(owners, [](const Mention *m) { return !isFirm(*m); });
            }
            for (const Mention *owner : owners)
                out.add(
                    RelationType::Owns, *owner, *product, inherited ? 0.75f : 0.8f, s, m_text, attributedTo);
        }
    }

    /// Whether one of the words is a noun of a deal (source:by: "Übernahme", "Einstieg").
    [[nodiscard]] bool dealNouns(const std::vector<int> &words) const
    {
        return std::any_of(words.begin(), words.end(), [this](int w) {
            if (m_p.mention(w) || m_p.wordClass(w) != WordClass::Noun)
                return false;
            const auto rows = m_r.relations.nounRows(m_p.folded(w));
            return !rows.empty() && rows.front()->bySource;
        });
    }

    /// An object that is no name may stand for one: "die Übernahme des Konzerns Mellanox",
    /// "den Verkauf von X"; a verb of permission has its object in the infinitive ("erlaubte
    /// den Konzernen, den H200 zu importieren").
    void objectFallback(int trigger, const std::vector<int> &objects, std::vector<const Mention *> &targets,
        bool &deeper, bool parties) const
    {
        ownerFallback(objects, targets, deeper);
        // "genehmigte den Verkauf der Sparte von Viessmann an Carrier", "prüft die Übernahme von
        // Kuka durch Midea": the verb acts on the deal and so on both its parties (the fields
        // gold's reading of docs/relations-guide.md) — the one it is about, through up to three
        // genitives, and the one its "an" or "durch" phrase names.
        for (const int o : objects) {
            if (!parties || m_p.mention(o))
                continue;
            std::vector<const Mention *> owners;
            if (targets.empty())
                ownerOf(o, owners);
            // Its doer: a "durch" phrase, wherever the parse hung it, or a genitive before the noun.
            if (const int d = dealDoer(o, trigger); d >= 0)
                namedBy(d, owners);
            // The buyer, a firm (an "an" phrase may name a place: "am Standort Augsburg"), on the
            // noun or hung by the parse on the verb right after it.
            const auto buyer = [this](int c) {
                return m_r.relations.is(m_p.preposition(c), RelationLexicon::Party)
                    && !m_r.relations.is(m_p.preposition(c), RelationLexicon::AgentPreposition);
            };
            std::vector<const Mention *> buyers;
            for (const int c : m_p.children(o)) {
                if (c > o && buyer(c))
                    namedBy(c, buyers);
                // "den Verkauf der Osram-Sparte an Bosch": the parse may hang it on the genitive.
                if (c > o && m_p.label(c) == Label::NominalModifier && m_p.preposition(c).isEmpty())
                    for (const int d : m_p.children(c))
                        if (d > c && buyer(d))
                            namedBy(d, buyers);
            }
            if (const int c = phraseBeside(o, trigger, buyer); buyers.empty() && c >= 0)
                namedBy(c, buyers);
            // … or the parse hung the noun on the buyer's phrase ("Verkauf der Sparte an Carrier").
            if (const int h = m_p.head(o);
                buyers.empty() && h > o && m_p.label(o) == Label::NominalModifier && buyer(h))
                if (const Mention *m = m_p.mention(h))
                    buyers.push_back(m);
            // The one the deal's own word names in its phrase ("Einstieg der Lufthansa bei ITA
            // Airways": "bei"), when the genitive is its doer.
            for (const RelationLexicon::Word *row : m_r.relations.nounRows(m_p.folded(o))) {
                if (!row->bySource)
                    continue;
                for (const RelationLexicon::Slot &slot : row->targets) {
                    if (slot.kind != RelationLexicon::Slot::Preposition || !slot.inner.isEmpty())
                        continue;
                    std::vector<int> phrases; // on the noun or on its phrases ("von X bei Y")
                    phrasesWithin(o, slot.preposition, phrases);
                    std::erase_if(phrases, [o](int c) { return c < o; });
                    // Or hung by the parse on the verb right after the noun's phrase.
                    const auto fits = [&](int c) { return m_p.preposition(c) == slot.preposition; };
                    if (const int c = phraseBeside(o, trigger, fits); phrases.empty() && c >= 0)
                        phrases.push_back(c);
                    if (phrases.empty())
                        phrases = besideNoun(o, trigger, slot.preposition);
                    for (const int c : phrases)
                        namedBy(c, buyers);
                }
                break;
            }
            for (const Mention *m : buyers)
                if (isFirm(*m))
                    owners.push_back(m);
            for (const Mention *m : owners)
                if (std::find(targets.begin(), targets.end(), m) == targets.end())
                    targets.push_back(m);
        }
        for (const int c : m_p.children(trigger)) {
            const Label l = m_p.label(c);
            if (l != Label::OpenComplement && l != Label::ClausalComplement && l != Label::AdverbialClause)
                continue;
            std::vector<int> inner;
            if (zuInfinitive(c))
                infinitiveObjects(c, inner);
            else
                for (const int o : m_p.children(c))
                    if (m_p.label(o) == Label::Object)
                        inner.push_back(o);
            for (const int o : inner)
                namedBy(o, targets);
        }
        deeper = deeper || !targets.empty();
    }

    /// "ein Viertel des Umsatzes von Infineon": the name a phrase that is no name belongs to,
    /// through up to three genitives or "von" phrases.
    void ownerOf(int phrase, std::vector<const Mention *> &out) const
    {
        std::vector<int> level {phrase};
        bool deeper = false;
        for (int depth = 0; depth < 3 && out.empty() && !level.empty(); ++depth) {
            ownerFallback(level, out, deeper);
            std::vector<int> next;
            for (const int o : level)
                for (const int c : m_p.children(o)) {
                    const QString p = m_p.preposition(c);
                    if (m_p.label(c) == Label::NominalModifier && !m_p.mention(c)
                        && (p.isEmpty() || m_r.relations.is(p, RelationLexicon::Of)))
                        next.push_back(c);
                }
            level = std::move(next);
        }
    }

    /// "für sämtliche Belichtungsmaschinen von ASML": a phrase that is no name stands for the
    /// name it belongs to (a "von" phrase or a genitive).
    void ownerFallback(
        const std::vector<int> &phrases, std::vector<const Mention *> &targets, bool &deeper) const
    {
        for (const int o : phrases) {
            for (const int c : m_p.children(o)) {
                const QString p = m_p.preposition(c);
                if (m_p.label(c) == Label::NominalModifier
                    && (p.isEmpty() || m_r.relations.is(p, RelationLexicon::Of)))
                    namedBy(c, targets);
            }
            // "für den Kauf von Siltronic" with the "von" phrase hung beside the noun: the phrase
            // right after it.
            const int h = m_p.head(o);
            if (h < 0)
                continue;
            // "auf der Entity List der USA": a noun of two words the parse split, the preposition on
            // the first, the genitive on the second.
            if (h == o + 1 && m_p.wordClass(h) == WordClass::Noun)
                for (const int c : m_p.children(h)) {
                    const QString p = m_p.preposition(c);
                    if (c > h && m_p.label(c) == Label::NominalModifier
                        && (p.isEmpty() || m_r.relations.is(p, RelationLexicon::Of)))
                        namedBy(c, targets);
                }
            for (const int c : m_p.children(h)) {
                const QString p = m_p.preposition(c);
                if (c <= o || p.isEmpty() || !m_r.relations.is(p, RelationLexicon::Of))
                    continue;
                int start = c;
                for (const int d : m_p.children(c))
                    start = std::min(start, d);
                if (start == o + 1)
                    namedBy(c, targets);
            }
        }
        deeper = deeper || !targets.empty();
    }

    /// The words of the clause around `w`: up to a comma, colon, semicolon, dash, quote or
    /// subordinating conjunction either side.
    [[nodiscard]] std::pair<int, int> clause(int w) const
    {
        const auto boundary = [&](int x) {
            const WordClass c = m_p.wordClass(x);
            if (c == WordClass::SubordinatingConjunction)
                return true;
            if (c != WordClass::Punctuation)
                return false;
            const QString &f = m_p.folded(x);
            return f != u"." || x + 1 < m_p.size();
        };
        int first = w, end = w + 1;
        while (first > 0 && !boundary(first - 1))
            --first;
        while (end < m_p.size() && !boundary(end))
            ++end;
        return {first, end};
    }

    /// The nearest word before `verb` in its clause that names an actor and has no preposition.
    /// A relative pronoun; the tagger reads one after a comma as a demonstrative at times ("ein
    /// Prozessor namens Kirin 9000S, den der Auftragsfertiger SMIC hergestellt hat"): an article's
    /// form after a comma that opens a verb-final clause is one too (no verb before its head, none
    /// but auxiliaries after it).
    [[nodiscard]] bool relativePronounAt(int w) const
    {
        const WordClass c = m_p.wordClass(w);
        if (c == WordClass::RelativePronoun)
            return true;
        const int h = m_p.head(w);
        if (c != WordClass::Pronoun || w == 0 || m_p.folded(w - 1) != u"," || h <= w
            || !m_r.relations.is(m_p.folded(w), RelationLexicon::Article))
            return false;
        const auto verbal = [this](int x) {
            return m_p.wordClass(x) == WordClass::Verb || m_p.wordClass(x) == WordClass::Auxiliary;
        };
        if (!verbal(h))
            return false;
        for (int x = w + 1; x < h; ++x)
            if (verbal(x))
                return false;
        const int end = clause(h).second;
        for (int x = h + 1; x < end; ++x)
            if (!verbal(x) && m_p.wordClass(x) != WordClass::Punctuation)
                return false;
        return true;
    }

    /// "Die Sanktionen, die die EU gegen Russland verhängt hat", "die Exportkontrollen, die
    /// Washington gegen China verhängt hatte": a noun of a relation whose relative clause opens with
    /// its pronoun, then a name, and closes with its verbs states the relation through that clause
    /// — the name its source, the names in the row's prepositional slots inside the clause its
    /// targets. Read by the clause's shape: the parse breaks such clauses up more often than not
    /// (the pronoun an indirect object, the phrase of the target flat on the name). The pronoun is
    /// the object: a noun of an act does not impose, and a name after a pronoun in the accusative
    /// ("die den Autobauer BMW …") or a list the singular verb does not agree with leaves it the
    /// subject. Not negated, wished or to come; a lifted restriction approves. Whether it read one.
    bool readObjectRelative(const RelationLexicon::Word &row, int noun, const Sentence &s,
        const QString &attributedTo, Collected &out) const
    {
        const RelationLexicon &lex = m_r.relations;
        const int rel = noun + 2;
        if (rel + 2 >= m_p.size() || m_p.folded(noun + 1) != u",")
            return false;
        const WordClass rc = m_p.wordClass(rel);
        if (!(rc == WordClass::RelativePronoun
                || ((rc == WordClass::Pronoun || rc == WordClass::Determiner)
                    && lex.is(m_p.folded(rel), RelationLexicon::Article)))
            || m_p.word(rel).tag.grammaticalCase == Syntax::GrammaticalCase::Genitive)
            return false;
        const auto verbal = [this](int x) {
            return m_p.wordClass(x) == WordClass::Verb || m_p.wordClass(x) == WordClass::Auxiliary;
        };
        int group = -1;
        int end = rel + 1;
        for (; end < m_p.size() && m_p.wordClass(end) != WordClass::Punctuation; ++end)
            if (group < 0 && verbal(end))
                group = end;
        if (group < 0)
            return false;
        for (int x = group; x < end; ++x)
            if (!verbal(x))
                return false;
        const int name = describedName(rel + 1, group);
        if (name < 0)
            return false;
        int first = rel + 1;
        while (first < name && m_p.wordClass(first) == WordClass::Adverb)
            ++first;
        if (!lex.is(m_p.folded(rel), RelationLexicon::NotNominative) && first < name
            && m_p.wordClass(first) == WordClass::Determiner
            && lex.is(m_p.folded(first), RelationLexicon::NotNominative))
            return false;
        std::vector<const Mention *> sources;
        phraseMentions(name, sources);
        addCoordinated(sources);
        const QString &finite = m_p.folded(end - 1);
        if (sources.size() > 1 && (lex.is(finite, RelationLexicon::Singular) || finite.endsWith(u't')))
            return false;
        std::erase_if(sources, [&](const Mention *m) { return !fitsSource(lex, row, *m); });
        if (sources.empty())
            return false;
        for (int x = rel + 1; x < end; ++x) {
            const QString &f = m_p.folded(x);
            if (lex.modifier(f) == Modifier::Hypothetical || lex.modifier(f) == Modifier::Negation
                || lex.is(f, RelationLexicon::Future)
                || (m_p.wordClass(x) == WordClass::Negation && x + 1 < end
                    && !lex.is(m_p.folded(x + 1), RelationLexicon::Contrast)))
                return false;
        }
        RelationType type = row.type;
        if (const std::optional<Modifier> m = modifierOf(group); m.has_value()) {
            if (!(m == Modifier::Lift || m == Modifier::Stop)
                || relationFamily(type) != RelationType::Restricts)
                return false;
            type = RelationType::Approves; // "die Sanktionen, die die USA aufgehoben haben"
        }
        std::vector<const Mention *> targets;
        for (const RelationLexicon::Slot &slot : row.targets) {
            if (slot.kind != RelationLexicon::Slot::Preposition || !slot.inner.isEmpty())
                continue;
            for (int x = name + 1; x < group; ++x)
                if (m_p.mention(x) && m_p.preposition(x) == slot.preposition)
                    phraseMentions(x, targets);
            addCoordinated(targets);
            std::erase_if(targets, [&](const Mention *m) {
                return !fitsTarget(row, *m) || std::find(sources.begin(), sources.end(), m) != sources.end();
            });
            if (!targets.empty())
                break;
        }
        if (targets.empty())
            return false;
        for (const Mention *source : sources)
            for (const Mention *t : targets)
                out.add(type, *source, *t, 0.8f, s, m_text, attributedTo);
        return true;
    }

    /// The relative pronoun opening the verb's clause, or -1.
    [[nodiscard]] int relativePronoun(int verb) const
    {
        for (const int c : m_p.children(verb))
            if (c < verb && relativePronounAt(c))
                return c;
        return -1;
    }

    /// The relative pronoun opening the verb's clause: the parse's, else the one the clause's shape
    /// shows ("Die Chips, die TSMC für Apple fertigt": the parse may read "die TSMC" as one
    /// phrase). By its shape, the clause's first word after its comma is a relative pronoun or an
    /// article's form, the verb stands among the verbs that end the clause, and no verb stands
    /// before them, nor an auxiliary of the verb before the comma; a pronoun in the genitive
    /// ("dessen Tochter") is no argument of the verb. Or -1.
    [[nodiscard]] int relativeOf(int verb) const
    {
        if (const int rel = relativePronoun(verb); rel >= 0)
            return rel;
        const auto [first, end] = clause(verb);
        if (first < 1 || first + 1 >= verb || m_p.folded(first - 1) != u",")
            return -1;
        const WordClass c = m_p.wordClass(first);
        if (!(c == WordClass::RelativePronoun
                || ((c == WordClass::Pronoun || c == WordClass::Determiner)
                    && m_r.relations.is(m_p.folded(first), RelationLexicon::Article)))
            || m_p.word(first).tag.grammaticalCase == Syntax::GrammaticalCase::Genitive)
            return -1;
        // An article may open the next member of a list in a verb-final clause instead ("weil die
        // USA, die Niederlande und Japan Exporte beschränken"): after a comma inside a clause a
        // conjunction opened, an article stays one.
        if (c == WordClass::Determiner && first >= 2) {
            const int before = clause(first - 2).first;
            if (before > 0 && m_p.wordClass(before - 1) == WordClass::SubordinatingConjunction)
                return -1;
        }
        const auto verbal = [this](int x) {
            return m_p.wordClass(x) == WordClass::Verb || m_p.wordClass(x) == WordClass::Auxiliary;
        };
        int group = verb;
        while (group - 1 > first && verbal(group - 1))
            --group;
        for (int x = first + 1; x < group; ++x)
            if (verbal(x))
                return -1;
        for (int x = verb + 1; x < end; ++x)
            if (!verbal(x) && m_p.wordClass(x) != WordClass::Punctuation)
                return -1;
        // A participle whose auxiliary stands before the comma ends the clause around the list it
        // holds ("haben sich die USA, die Niederlande und Japan … verständigt").
        for (const int x : m_p.children(verb))
            if (x < first && (m_p.label(x) == Label::Auxiliary || m_p.label(x) == Label::PassiveAuxiliary))
                return -1;
        return first;
    }

    /// The number of the finite verb that ends the relative clause of `verb` (the last of its
    /// verbs, "entwickelt hatte"): "-t", "-te" singular, "-en", "-ern", "-eln" plural (the third
    /// person, as news writes), the forms whose ending does not tell as listed.
    [[nodiscard]] Number finiteNumber(int verb) const
    {
        const int end = clause(verb).second;
        int finite = verb;
        while (finite + 1 < end
            && (m_p.wordClass(finite + 1) == WordClass::Verb
                || m_p.wordClass(finite + 1) == WordClass::Auxiliary))
            ++finite;
        const QString &f = m_p.folded(finite);
        if (m_r.relations.is(f, RelationLexicon::Plural))
            return Number::Plural;
        if (m_r.relations.is(f, RelationLexicon::Singular))
            return Number::Singular;
        if (f.endsWith(u"en") || f.endsWith(u"ern") || f.endsWith(u"eln"))
            return Number::Plural;
        if (f.endsWith(u't') || f.endsWith(u"te"))
            return Number::Singular;
        return Number::Unknown;
    }

    /// Whether the relative pronoun `rel` is the subject of its clause or the object, the name
    /// phrase `other` after it being the other. German marks it in the form only in part: "den",
    /// "dem" are no subject; "das" and "die" are nominative or accusative, "der" nominative or (of
    /// the feminine) dative. Then the other phrase's determiner ("den Autobauer BMW": no subject; "der
    /// Autobauer", read nominative by the tagger: the subject), the verb's agreement ("Bosch, das
    /// BMW und Audi beliefern": the plural verb is not the singular pronoun's; "Bosch und Conti,
    /// die BMW beliefert") and, last, what a product cannot be ("die Chips A300 und B300, die AMD
    /// entwickelt hatte": a product develops nothing) tell it. Unknown where none does.
    [[nodiscard]] Role pronounRole(
        int rel, int other, int verb, const std::vector<const Mention *> &antecedent) const
    {
        const RelationLexicon &lex = m_r.relations;
        if (lex.is(m_p.folded(rel), RelationLexicon::NotNominative))
            return Role::Object;
        int first = rel + 1;
        while (first < other && m_p.wordClass(first) == WordClass::Adverb)
            ++first;
        if (first < other
            && (m_p.wordClass(first) == WordClass::Determiner || isPossessive(lex, m_p.folded(first)))) {
            if (lex.is(m_p.folded(first), RelationLexicon::NotNominative))
                return Role::Subject;
            if (m_p.word(first).tag.grammaticalCase == Syntax::GrammaticalCase::Nominative)
                return Role::Object;
        }
        if (const Number verbNumber = finiteNumber(verb); verbNumber != Number::Unknown) {
            const Number pronoun = lex.is(m_p.folded(rel), RelationLexicon::Singular) ? Number::Singular
                : antecedent.size() > 1                                               ? Number::Plural
                                                                                      : Number::Unknown;
            std::vector<const Mention *> others;
            phraseMentions(other, others);
            addCoordinated(others);
            const Number otherNumber = others.size() > 1 ? Number::Plural : Number::Unknown;
            const bool pronounAgrees = pronoun == Number::Unknown || pronoun == verbNumber;
            const bool otherAgrees = otherNumber == Number::Unknown || otherNumber == verbNumber;
            if (!pronounAgrees && otherAgrees)
                return Role::Object;
            if (pronounAgrees && !otherAgrees)
                return Role::Subject;
        }
        if (!antecedent.empty() && std::all_of(antecedent.begin(), antecedent.end(), [](const Mention *m) {
                return m->type == EntityType::Product;
            }))
            return Role::Object;
        return Role::Unknown;
    }

    /// Whether a row of the verb takes an accusative object and none a dative: a relative pronoun
    /// never in the accusative is then no object.
    [[nodiscard]] static bool takesAccusativeOnly(const std::vector<const RelationLexicon::Word *> &rows)
    {
        bool accusative = false;
        for (const RelationLexicon::Word *row : rows)
            for (const RelationLexicon::Slot &slot : row->targets) {
                if (slot.kind == RelationLexicon::Slot::Dative)
                    return false;
                accusative = accusative || slot.kind == RelationLexicon::Slot::Object;
            }
        return accusative;
    }

    /// "…, an dem Stellantis 51 Prozent hält", "…, zu dem auch Netto gehört": the relative pronoun
    /// after the preposition that opens the verb's clause, or -1; `preposition` gets the preposition.
    [[nodiscard]] int prepositionalRelative(int verb, QString &preposition) const
    {
        const int first = clause(verb).first;
        if (first < 1 || first + 1 >= verb || m_p.folded(first - 1) != u","
            || m_p.wordClass(first) != WordClass::Adposition
            || m_p.wordClass(first + 1) != WordClass::RelativePronoun)
            return -1;
        preposition = m_p.folded(first);
        return first + 1;
    }

    /// "…, an dem Stellantis 21 Prozent hält", "…, zu dem auch der Discounter Netto gehört", "…, an
    /// der die Firma Wingtech beteiligt ist": the name opening a relative clause at `w` (before its
    /// verb), bare or after adverbs and one noun that says what it is, with its article and
    /// adjectives; or -1. One noun only, right before the name: a name in a phrase of the noun is
    /// not this subject.
    [[nodiscard]] int describedName(int w, int verb) const
    {
        while (w < verb && m_p.wordClass(w) == WordClass::Adverb)
            ++w;
        if (w < verb && m_p.mention(w))
            return w;
        if (w < verb && m_p.wordClass(w) == WordClass::Determiner
            && m_r.relations.is(m_p.folded(w), RelationLexicon::Article))
            ++w;
        while (w < verb && m_p.wordClass(w) == WordClass::Adjective && !m_p.mention(w))
            ++w;
        if (w < verb && m_p.mention(w))
            return w; // "die chinesische Wingtech"
        if (w + 1 < verb && m_p.wordClass(w) == WordClass::Noun && !m_p.mention(w) && m_p.mention(w + 1))
            return w + 1;
        return -1;
    }

    /// The names a relative pronoun stands for: the phrase right before its comma, with the names
    /// listed before it ("die Modelle A800 und H800, die …").
    [[nodiscard]] std::vector<const Mention *> antecedentOf(int pronoun) const
    {
        std::vector<const Mention *> out;
        // "…, an dem Stellantis 51 Prozent hält": a preposition may stand between comma and pronoun.
        const int comma = pronoun >= 1 && m_p.folded(pronoun - 1) == u"," ? pronoun - 1
            : pronoun >= 3 && m_p.wordClass(pronoun - 1) == WordClass::Adposition
                && m_p.folded(pronoun - 2) == u","
            ? pronoun - 2
            : -1;
        if (comma < 1)
            return out;
        int before = comma - 1;
        // "dass im Inneren ein Prozessor namens Kirin 9000S steckt, den SMIC hergestellt hat": a
        // relative clause moved behind the verb that ends a subordinate clause describes the name
        // right before that verb (one without a preposition of its own).
        if (const WordClass c = m_p.wordClass(before); c == WordClass::Verb || c == WordClass::Auxiliary) {
            const int first = clause(before).first;
            int x = before;
            while (x > first
                && (m_p.wordClass(x) == WordClass::Verb || m_p.wordClass(x) == WordClass::Auxiliary))
                --x;
            const QString p = m_p.preposition(x);
            if (first > 0 && m_p.wordClass(first - 1) == WordClass::SubordinatingConjunction && x < before
                && m_p.mention(x) && (p.isEmpty() || m_r.relations.is(p, RelationLexicon::Naming)))
                before = x;
        }
        before = seatHolder(before);
        const Mention *last = m_p.mention(before);
        // "der B30A, eine abgespeckte Blackwell-Variante, die …": an apposition that is no name
        // stands for the name it describes.
        if (!last && m_p.label(comma - 1) == Label::Apposition && m_p.head(comma - 1) >= 0)
            last = m_p.mention(m_p.head(comma - 1));
        // "zur Toyota-Gruppe, zu der auch Hino zählt": a compound that starts with a name stands
        // for it, as a phrase does ("ASML-Lieferungen") — unless its last part is a role word that
        // names someone else ("die Nvidia-Tochter, die …" is the daughter, "der Siemens-Chef" a
        // person).
        if (!last && m_p.wordClass(before) == WordClass::Noun && !m_r.relations.role(m_p.lastPart(before)))
            last = m_p.compoundMention(before);
        if (!last || m_credited.contains(last))
            return out;
        out.push_back(last);
        const auto at = std::find(m_ends.begin(), m_ends.end(), last);
        for (auto k = at; k != m_ends.end() && k != m_ends.begin(); --k) {
            const QStringList join = between(m_text, **(k - 1), **k);
            const bool listed = !join.isEmpty() && join.size() <= 2
                && std::all_of(join.begin(), join.end(), [this](const QString &w) {
                       return w == u"," || m_r.relations.is(w, RelationLexicon::Coordinator)
                           || m_r.relations.is(w, RelationLexicon::Article);
                   });
            if (!listed || ((*(k - 1))->type == EntityType::Product) != (last->type == EntityType::Product))
                break;
            out.push_back(*(k - 1));
        }
        return out;
    }

    /// A name with an article of its own hung on a noun without a preposition is the noun's
    /// genitive, neither its name nor its clause's subject: "das Werk der TU München".
    [[nodiscard]] bool genitiveName(int c) const
    {
        return m_p.label(c) == Label::NominalModifier && m_p.preposition(c).isEmpty()
            && m_p.child(c, Label::Determiner) >= 0 && m_p.head(c) >= 0
            && m_p.wordClass(m_p.head(c)) == WordClass::Noun;
    }

    [[nodiscard]] int nameBefore(int verb) const
    {
        const auto [first, end] = clause(verb);
        Q_UNUSED(end);
        for (int x = verb - 1; x >= first; --x) {
            const Mention *m = m_p.mention(x);
            if (!m || !isActor(*m) || m_credited.contains(m) || genitiveName(x))
                continue;
            const bool afterPreposition = x > first
                && (m_p.wordClass(x - 1) == WordClass::Adposition
                    || (x > first + 1 && m_p.wordClass(x - 1) == WordClass::Determiner
                        && m_p.wordClass(x - 2) == WordClass::Adposition));
            // "Parallel dazu hat Siemens beim Landgericht Berlin Klage … eingereicht": a name in a
            // phrase is no subject; the one before it may be.
            if (!afterPreposition)
                return x;
        }
        return -1;
    }

    /// Whether a word on `w` or one level below starts or ends with `part` ("schwarze Liste",
    /// "grünes Licht").
    /// "Huawei liefert Peking das Argument, …": the verb gives no goods.
    bool hasAbstractObject(int verb) const
    {
        const auto &children = m_p.children(verb);
        return std::any_of(children.begin(), children.end(), [&](int c) {
            return m_p.label(c) == Label::Object && m_r.relations.abstractObjects.contains(m_p.lastPart(c));
        });
    }

    bool clauseHasWord(int w, const QString &part) const
    {
        // A name is never the word asked for ("Türkei" is no "Tür").
        const auto has = [&](int x) {
            return !m_p.mention(x) && (m_p.lastPart(x).endsWith(part) || m_p.lastPart(x).startsWith(part));
        };
        for (const int c : m_p.children(w)) {
            if (has(c))
                return true;
            for (const int cc : m_p.children(c))
                if (has(cc))
                    return true;
        }
        return false;
    }

    /// The speaker of a clause under a verb of saying ("Der Konzern erklärte, die Behörde habe …"),
    /// found by walking up from the relation word.
    const Mention *speaker(int v) const
    {
        for (int w = v, depth = 0; w >= 0 && depth < 4; ++depth) {
            const Label l = m_p.label(w);
            const int h = m_p.head(w);
            if (h < 0 || (l != Label::ClausalComplement && l != Label::Parataxis && l != Label::Conjunct))
                return nullptr;
            if (m_r.speechVerbs.contains(m_p.folded(h)) || m_r.speechVerbs.contains(verbKey(h))) {
                bool inherited = false;
                const int s = subject(h, inherited);
                return s >= 0 ? m_p.mention(s) : nullptr;
            }
            w = h;
        }
        return nullptr;
    }

private:
    const TokenizedText &m_text;
    const ParsedSentence &m_p;
    const Resources &m_r;
    const QSet<const Mention *> &m_credited;
    const std::vector<const Mention *> &m_ends;
};

// --- Definite descriptions that stand for a name of the sentence (relation-anaphors.tsv).

// A lower-case word with an adjective's ending ("schwedische", "neuen").
bool isAdjective(const TokenizedText &text, int t)
{
    const QStringView f = text.folded(t);
    return text.at(t).kind == Token::Word && !text.at(t).upper && f.size() > 3
        && (f.endsWith(u'e') || f.endsWith(u"en") || f.endsWith(u"er") || f.endsWith(u"es")
            || f.endsWith(u"em"));
}

// An anaphor's canonical name until it is resolved: no name starts with a control character, and
// the token index keeps those of different sentences apart in Collected::seen.
constexpr QChar anaphorMark(0x1);

// "Das Unternehmen übernahm …, wie RWE mitteilte", "…, der eine Anleihe von RWE gezeichnet hatte
// und damit in den Konzern investierte": a noun of relation-anaphors.tsv after a definite article
// and at most two adjectives ("der schwedische Konzern"), no part of a name, with no name or hyphen right
// after it (that is an apposition or a compound: "der Konzern Wingtech", "Konzern-Chef"). It is read as an
// end like a name; which name it stands for is decided per relation (resolveAnaphors). Only in a sentence
// that names something of its type and one more name, so that the relation can have two named ends.
std::vector<Mention> findAnaphors(const TokenizedText &text, const Sentence &s,
    const std::vector<const Mention *> &inSentence, const RelationLexicon &lex)
{
    std::vector<Mention> out;
    if (inSentence.size() < 2)
        return out;
    size_t next = 0; // the first mention of the sentence not ending before token t
    for (int t = s.firstToken + 1; t < s.endToken; ++t) {
        const Token &token = text.at(t);
        while (next < inSentence.size() && inSentence[next]->end <= token.start)
            ++next;
        const EntityType *type = token.upper ? lex.anaphors.find(text.hash(t)) : nullptr;
        if (!type)
            continue;
        // "der schwedische Konzern": up to two adjectives between article and noun.
        int article = t - 1;
        while (article > s.firstToken && t - article <= 2 && isAdjective(text, article))
            --article;
        if (!lex.definiteArticles.contains(text.hash(article)))
            continue;
        const bool inName = next < inSentence.size() && inSentence[next]->start <= token.start;
        const bool nameAfter = next < inSentence.size() && t + 1 < s.endToken
            && inSentence[next]->start == text.at(t + 1).start;
        const bool glued = t + 1 < s.endToken && !text.at(t + 1).spaceBefore && text.is(t + 1, u"-");
        const bool ofType = std::any_of(
            inSentence.begin(), inSentence.end(), [type](const Mention *m) { return m->type == *type; });
        if (inName || nameAfter || glued || !ofType)
            continue;
        Mention m;
        m.start = token.start;
        m.end = token.end;
        m.type = *type;
        m.canonical = anaphorMark + QString::number(t);
        out.push_back(std::move(m));
    }
    return out;
}

// "…, wie RWE am Montag mitteilte", "wie Bosch bekannt gab": the name the sentence reports from —
// right after the opener "wie" (or after it and an article), its clause closed by a word of
// reporting (relation-anaphors.tsv). Null when none.
const Mention *reporter(const TokenizedText &text, const Sentence &s,
    const std::vector<const Mention *> &inSentence, const RelationLexicon &lex)
{
    for (const Mention *m : inSentence) {
        int before = text.tokenAt(m->start) - 1;
        if (before > s.firstToken && lex.definiteArticles.contains(text.hash(before)))
            --before;
        if (before < s.firstToken || !lex.reportOpeners.contains(text.hash(before)))
            continue;
        int t = text.tokenAt(m->end - 1) + 1;
        while (t < s.endToken && text.at(t).kind == Token::Word)
            ++t;
        if (t - 1 > text.tokenAt(m->end - 1) && lex.reportWords.contains(text.hash(t - 1)))
            return m;
    }
    return nullptr;
}

// Puts into the relations added from relations[first] on the name each anaphor stands for: of the sentence's
// names of its type other than the relation's other end (a clause's subject is not its own object: "X
// investierte in den Konzern"), the only one, or of several the one the sentence reports from. Without one
// the relation is dropped — the relations guide counts no end named only in another sentence. An anaphor
// costs 0.1 of confidence.
void resolveAnaphors(std::vector<Relation> &relations, size_t first, QSet<QString> *seen,
    const std::vector<const Mention *> &inSentence, const Mention *reported, const Collected &out)
{
    std::vector<Relation> kept;
    for (size_t k = first; k < relations.size(); ++k) {
        Relation r = relations[k];
        // "…, sagte der Konzern": a description as the speaker is no name to credit; it stands
        // for one of the ends, which the extract contract does not name as who reports it.
        if (r.attributedTo.startsWith(anaphorMark))
            r.attributedTo.clear();
        const bool anaphoricSource = r.source.startsWith(anaphorMark);
        const bool anaphoricTarget = r.target.startsWith(anaphorMark);
        if (anaphoricSource || anaphoricTarget) {
            if (anaphoricSource && anaphoricTarget)
                continue;
            const QString &other = anaphoricSource ? r.target : r.source;
            const EntityType type = anaphoricSource ? r.sourceType : r.targetType;
            const Mention *only = nullptr;
            bool several = false;
            for (const Mention *m : inSentence) {
                if (m->type != type || m->canonical == other || (only && only->canonical == m->canonical))
                    continue;
                several = several || only;
                only = only ? only : m;
            }
            if (several)
                only
                    = reported && reported->type == type && reported->canonical != other ? reported : nullptr;
            if (!only)
                continue;
            (anaphoricSource ? r.source : r.target) = only->canonical;
            r.confidence -= 0.1f;
            if (r.confidence < relationThreshold)
                continue;
            if (r.type == RelationType::Exports && out.domesticSale(r.source, r.target))
                r.type = RelationType::Supplies;
            const QString key = relationTypeName(r.type) + u'\t' + r.source + u'\t' + r.target;
            if (seen && seen->contains(key))
                continue;
            if (seen)
                seen->insert(key);
            // Who reports it is no end of it (extract contract).
            if (r.attributedTo == r.source || r.attributedTo == r.target)
                r.attributedTo.clear();
        }
        kept.push_back(std::move(r));
    }
    relations.resize(first);
    relations.insert(
        relations.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
}

// Worth parsing: a lower-case word starting like a relation verb (its particle, if it was split off,
// later in the sentence), a capitalised word ending like a relation noun, each with the word its
// row asks for; or a possessive right before a product ("seinen China-Chip H20"). Returns the
// last such token, or -1.
int lastRelationWord(const TokenizedText &text, const Sentence &s, const std::vector<const Mention *> &ends,
    const RelationLexicon &lex)
{
    const auto present = [&](const QString &part, int from) {
        if (part.isEmpty())
            return true;
        for (int t = from; t < s.endToken; ++t) {
            const QStringView f = text.folded(t);
            if (Text::hasPrefix(f, part) || Text::hasSuffix(f, part))
                return true;
        }
        return false;
    };
    const auto particleAfter = [&](const QString &particle, int t) {
        for (int u = t + 1; u < s.endToken; ++u)
            if (text.folded(u) == particle)
                return true;
        return false;
    };
    int last = -1;
    for (int t = s.firstToken; t < s.endToken; ++t) {
        const Token &token = text.at(t);
        if (token.kind != Token::Word)
            continue;
        const QStringView f = text.folded(t);
        if (isPossessive(lex, f)) {
            for (const Mention *m : ends) {
                const int first = text.tokenAt(m->start);
                if (m->type == EntityType::Product && first > t && first - t <= 4)
                    last = t;
            }
        }
        // German writes nouns capitalised and verbs not (but at the start of a sentence).
        if (f.isEmpty())
            continue;
        if (!token.upper || token.sentenceStart) {
            // "zusammenzuarbeiten", "freizugeben": the separable verb without its "zu".
            const QString whole
                = f.size() > 7 && f.indexOf(u"zu", 2) >= 0 ? lex.withoutInfix(f.toString()) : QString();
            const auto startsHere = [&](QStringView word, bool particleFree) {
                for (const int k :
                    lex.verbStartsByFirstTwo[size_t(RelationLexicon::pairIndex(word, false))]) {
                    const RelationLexicon::VerbStart &v = lex.verbStarts[size_t(k)];
                    if ((particleFree && !v.particle.isEmpty()) || !Text::hasPrefix(word, v.start))
                        continue;
                    if ((v.particle.isEmpty() || particleAfter(v.particle, t))
                        && present(v.with, s.firstToken))
                        return true;
                }
                return false;
            };
            if (startsHere(f, false) || (!whole.isEmpty() && startsHere(whole, true)))
                last = t;
        }
        if (token.upper) {
            for (const int k : lex.nounsByLastTwo[size_t(RelationLexicon::pairIndex(f, true))]) {
                const RelationLexicon::Word &n = lex.nouns[size_t(k)];
                if (Text::hasSuffix(f, n.form) && present(n.withEnding, s.firstToken)) {
                    last = t;
                    break;
                }
            }
        }
    }
    return last;
}

} // namespace

std::vector<Relation> findRelations(
    const TokenizedText &text, const std::vector<Mention> &mentions, const Resources &r)
{
    Collected out;
    out.gazetteer = &r.gazetteer;
    size_t m = 0;
    for (const Sentence &s : text.sentences()) {
        std::vector<const Mention *> inSentence;
        while (m < mentions.size() && mentions[m].start < s.end) {
            if (mentions[m].start >= s.start && isNamed(mentions[m].type))
                inSentence.push_back(&mentions[m]);
            ++m;
        }
        if (inSentence.empty())
            continue;
        QString attributedTo;
        QSet<const Mention *> credited = creditedByNeighbours(text, inSentence, r, attributedTo);
        // "Bosch beliefert BMW, wie Siemens am Montag mitteilte": who reports is no end.
        const Mention *reported = reporter(text, s, inSentence, r.relations);
        if (reported && !credited.contains(reported)) {
            credited.insert(reported);
            if (attributedTo.isEmpty())
                attributedTo = reported->canonical;
        }
        std::vector<const Mention *> ends;
        for (const Mention *x : inSentence)
            if (!credited.contains(x))
                ends.push_back(x);
        // A person with a country's office needs no second name ("US-Präsident Donald Trump"). The
        // office is the writer's word, also of the one who speaks ("US-Präsident Donald Trump
        // bestätigte …"), as with readOffices.
        readCountryRoles(text, inSentence, s, r, QString(), out);
        readCountryMeasures(text, ends, s, r, attributedTo, out);
        readCountryBusiness(text, ends, s, r, attributedTo, out);
        // An office is the writer's word too, also of the one quoted ("Handelsministerin Gina
        // Raimondo erklärte, …").
        readOffices(text, inSentence, s, mentions, r, QString(), out);
        // Appositions name who someone is — the writer's words, also about the one quoted
        // ("…, sagte Frank Bohmann, Geschäftsführer des Verbandes HBL").
        if (inSentence.size() >= 2) {
            readAppositions(text, inSentence, s, r.relations, QString(), out);
            readOwnDaughters(text, inSentence, s, r.relations, out);
            readOwnMade(text, ends, s, r.relations, attributedTo, out);
            readRoleLists(text, inSentence, s, r.relations, QString(), out);
            readBelongingClauses(text, inSentence, s, r.relations, out);
            readOwnerClauses(text, inSentence, s, r.relations, out);
            for (const ClauseRelation &c : readMakerClauses(text, ends, s, r.relations))
                out.add(c.type, *c.source, *c.target, 0.8f, s, text, attributedTo);
            readBelongingAttributes(text, inSentence, s, r.relations, out);
            readDescribedCopularRoles(text, inSentence, s, r.relations, out);
            readOwnProducts(text, inSentence, s, r.relations, out);
            readClauseOwnProducts(text, inSentence, s, r.relations, out);
            readOwnHeads(text, inSentence, s, r.relations, out);
            readGenericHeads(text, inSentence, s, r.relations, out);
            readLicences(text, ends, s, r.relations, attributedTo, out);
            readUnderHeads(text, inSentence, s, r.relations, out);
            readRelativeCopularRoles(text, inSentence, s, r.relations, out);
            readNamedDaughters(text, inSentence, s, r.relations, out);
        }
        // "das Unternehmen", "den Konzern": ends of the clauses read from the parse, resolved
        // after the sentence is read (the readers above read names only).
        const std::vector<Mention> anaphors = findAnaphors(text, s, inSentence, r.relations);
        if (!anaphors.empty()) {
            for (const Mention &a : anaphors)
                ends.push_back(&a);
            std::sort(ends.begin(), ends.end(),
                [](const Mention *a, const Mention *b) { return a->start < b->start; });
        }
        if (ends.size() < 2)
            continue;
        const int lastWord = ends.size() < 2 ? -1 : lastRelationWord(text, s, ends, r.relations);
        if (lastWord < 0)
            continue;
        // The parse ends with the clause that holds the last name or relation word: what follows
        // ("…, nachdem die Kurse gefallen waren") holds no end of a relation and costs as much.
        Sentence parsedPart = s;
        // "Mainz (Reuters) – Der Mainzer Impfstoffhersteller Biontech … übernimmt …": a dateline and
        // its credit are no part of the clause; read with it, the parse takes the place for the
        // subject.
        if (const int first = afterDateline(text, inSentence, s); first > s.firstToken) {
            parsedPart.firstToken = first;
            parsedPart.start = text.at(first).start;
        }
        const int lastEnd = std::max(lastWord, text.tokenAt(ends.back()->end - 1));
        for (int t = lastEnd + 1; t < s.endToken; ++t) {
            if (text.is(t, u",") || text.is(t, u";") || text.is(t, u":")) {
                parsedPart.endToken = t;
                break;
            }
        }
        // "Staat als Großaktionär: Washington übernimmt zehn Prozent an Intel": a headline's topic
        // before a colon is no part of the clause after it, and read with it the parse loses the
        // clause's subject. Where nothing named stands before the colon and the relation word
        // follows it, the clause after the colon is parsed alone. Headlines and sub-headlines only
        // (no closing punctuation): in running text the part before a colon is mostly who speaks or
        // what frames the rest ("Der Minister kündigte an: …").
        // A place after "in", "nach", "aus" before the colon is where the headline's topic happens,
        // no name of the clause ("Spatenstich in Dresden: TSMC baut mit Bosch, Infineon und NXP").
        int firstName = text.tokenAt(inSentence.front()->start);
        for (const Mention *topic : inSentence) {
            firstName = text.tokenAt(topic->start);
            if (topic->type != EntityType::Location || firstName - 1 <= s.firstToken
                || !r.placePrepositions.count(text.hash(firstName - 1)))
                break;
        }
        const int lastToken = s.endToken - 1;
        const bool headline
            = !(text.is(lastToken, u".") || text.is(lastToken, u"!") || text.is(lastToken, u"?")
                || text.is(lastToken, u"…") || text.is(lastToken, u"“") || text.is(lastToken, u"\"")
                || text.is(lastToken, u"»") || text.is(lastToken, u"«") || text.is(lastToken, u")"));
        if (headline && lastWord > firstName) {
            for (int t = firstName - 1; t > s.firstToken; --t) {
                if (text.is(t, u":")) {
                    parsedPart.firstToken = t + 1;
                    parsedPart.start = text.at(t + 1).start;
                    break;
                }
            }
        }
        const size_t firstRelation = out.relations.size();
        const size_t firstUnsure = out.unsure.size();
        const ParsedSentence parsed(text, parsedPart, ends);
        const ClauseReader reader(text, parsed, r, credited, ends);
        reader.readPossessives(s, attributedTo, out);
        const RelationLexicon &lex = r.relations;
        for (int w = 0; w < parsed.size(); ++w) {
            if (parsed.mention(w))
                continue;
            const WordClass c = parsed.wordClass(w);
            std::vector<const RelationLexicon::Word *> rows;
            int verb = w;
            const Mention *imposer = nullptr;
            bool deal = false;
            int doer = -1; // a deal's doer (dealDoer), found once for statesDeal and readDeal
            if (c == WordClass::Noun) {
                rows = lex.nounRows(parsed.folded(w));
                verb = parsed.head(w);
                const Label l = parsed.label(w);
                // "die Exportkontrollen der USA gegen China": the restriction's author is named on it,
                // whatever the verb around it.
                if (!rows.empty() && relationFamily(rows.front()->type) == RelationType::Restricts)
                    imposer = reader.imposerOf(w);
                else if (!rows.empty() && rows.front()->ofSource
                    && !(verb >= 0 && reader.modifierOf(verb) == Modifier::Receive))
                    imposer = reader.doerOf(w); // "erhielt Bestellungen von Lufthansa": the giver's
                if (!imposer && !rows.empty() && rows.front()->bySource) {
                    doer = reader.dealDoer(w, verb);
                    deal = reader.statesDeal(w, verb, doer);
                }
                // "China ist ein wichtiger Markt für ASML": a noun predicated by a copula is its
                // clause's verb — its subject and phrases are the row's.
                // Not a state that was ("China war ein großer Markt für ASML").
                const int copula
                    = !rows.empty() && rows.front()->predicate ? parsed.child(w, Label::Copula) : -1;
                const bool predicate = !imposer && !deal && copula >= 0
                    && !lex.is(parsed.folded(copula), RelationLexicon::Past);
                if (predicate)
                    verb = w;
                // A noun states a relation through the verb it is the object of ("verhängte
                // Sanktionen gegen …") or, in the passive, the subject of ("Sanktionen wurden … verhängt").
                if (!imposer && !deal && !predicate) {
                    if (!rows.empty() && rows.front()->predicate)
                        continue; // such a row reads nothing else
                    // "Die Sanktionen, die die EU gegen Russland verhängt hat": the noun's relative
                    // clause states the relation, whatever the noun is in its own clause.
                    if (!rows.empty() && reader.readObjectRelative(*rows.front(), w, s, attributedTo, out))
                        continue;
                    // The parse may hang a bare object on an adverb or adjective of the clause
                    // ("hatte grundsätzlich grünes Licht … gegeben"): the verb above governs it.
                    bool climbed = false;
                    if (!rows.empty() && verb >= 0 && parsed.preposition(w).isEmpty()
                        && (parsed.wordClass(verb) == WordClass::Adverb
                            || parsed.wordClass(verb) == WordClass::Adjective)
                        && parsed.label(verb) == Label::AdverbialModifier && parsed.head(verb) >= 0) {
                        verb = parsed.head(verb);
                        climbed = true;
                    }
                    if (rows.empty() || verb < 0
                        || !(parsed.wordClass(verb) == WordClass::Verb
                            || parsed.wordClass(verb) == WordClass::Auxiliary))
                        continue;
                    // "Peking antwortete mit einem Ausfuhrverbot für … in die USA": a restriction
                    // imposed by way of the verb.
                    const bool imposedWith = l == Label::Oblique
                        && r.relations.is(parsed.preposition(w), RelationLexicon::Instrument)
                        && relationFamily(rows.front()->type) == RelationType::Restricts;
                    // A bare noun the parse labels an oblique is an object ("erhielt Bestellungen von
                    // Lufthansa").
                    const bool bareOblique = l == Label::Oblique && parsed.preposition(w).isEmpty();
                    if (!(l == Label::Object || climbed || imposedWith || bareOblique
                            || (reader.passive(verb) && (l == Label::PassiveSubject || l == Label::Subject))))
                        continue;
                    // "hat … eine Genehmigung widerrufen" read as "hat" with the participle below it:
                    // the participle governs the noun.
                    for (const int x : parsed.children(verb))
                        if (x > w && parsed.label(x) == Label::OpenComplement
                            && parsed.wordClass(x) == WordClass::Verb)
                            verb = x;
                    // "gibt die Übernahme von Kuka frei", "untersucht die Übernahme": the act the
                    // verb approves or examines is not its subject's.
                    if ((l == Label::Object || bareOblique)
                        && actsOnObject(lex, reader.verbKey(verb), bareOblique))
                        continue;
                }
                // "stellte die Bestellungen ein": a stop is read with the noun (only a revoked
                // approval says something: it blocks).
            } else if (c == WordClass::Verb || c == WordClass::Auxiliary || c == WordClass::Adjective
                || c == WordClass::Adverb || c == WordClass::Other) {
                rows = lex.verbRows(reader.verbKey(w));
                // "Opel, der lange zu GM gehörte": a tie of the past owns nothing now.
                if (lex.is(parsed.folded(w), RelationLexicon::Past))
                    std::erase_if(rows,
                        [](const RelationLexicon::Word *row) { return row->type == RelationType::Owns; });
            }
            if (rows.empty())
                continue;
            QString attribution = attributedTo;
            QSet<const Mention *> withSpeaker = credited;
            if (const Mention *who = reader.speaker(verb)) {
                attribution = who->canonical;
                withSpeaker.insert(who);
            }
            const ClauseReader clause(text, parsed, r, withSpeaker, ends);
            if (deal)
                clause.readDeal(*rows.front(), w, verb, doer, s, attribution, out);
            else if (imposer)
                clause.readMeasure(*rows.front(), w, verb, *imposer, s, attribution, out);
            else
                clause.readWord(rows, w, verb, s, attribution, out);
        }
        if (!anaphors.empty()) {
            resolveAnaphors(out.relations, firstRelation, &out.seen, inSentence, reported, out);
            // Collected::resolve() checks the unsure ones against `seen` itself.
            resolveAnaphors(out.unsure, firstUnsure, nullptr, inSentence, reported, out);
        }
    }
    out.resolve();
    return std::move(out.relations);
}

} // namespace Lagebild::Analysis
