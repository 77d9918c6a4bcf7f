// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "analysis/hashset.h"

#include "analysis/bodycanonical.h"
#include "analysis/candidate.h"
#include "analysis/neradaptation.h"
#include "analysis/relations.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include "text/germanfolding.h"

#include <QSet>

#include <unordered_map>
#include <unordered_set>

#include <algorithm>
#include <functional>

namespace Lagebild::Analysis {

void FinderContext::add(int firstToken, int endToken, Mention mention, int priority)
{
    if (mention.end <= mention.start)
        return;
    candidates.push_back(Candidate {std::move(mention), priority, firstToken, endToken});
}

void FinderContext::addName(int firstToken, int endToken, EntityType type, int priority)
{
    Mention m;
    m.type = type;
    m.start = text.at(firstToken).start;
    m.end = text.at(endToken - 1).end;
    add(firstToken, endToken, std::move(m), priority);
}

namespace {

// Keeps the best candidates that do not overlap: priority first, then the longer span.
std::vector<Candidate> resolve(std::vector<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.mention.length() != b.mention.length())
            return a.mention.length() > b.mention.length();
        return a.mention.start < b.mention.start;
    });
    std::vector<Candidate> kept;
    std::vector<std::pair<int, int>> taken; // sorted spans
    for (Candidate &c : candidates) {
        auto it = std::lower_bound(taken.begin(), taken.end(), std::pair {c.mention.start, c.mention.end});
        const bool overlapsNext = it != taken.end() && it->first < c.mention.end;
        const bool overlapsPrev = it != taken.begin() && std::prev(it)->second > c.mention.start;
        if (overlapsNext || overlapsPrev)
            continue;
        taken.insert(it, {c.mention.start, c.mention.end});
        kept.push_back(std::move(c));
    }
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &a, const Candidate &b) { return a.mention.start < b.mention.start; });
    return kept;
}

// Spans already taken, sorted by start and never overlapping: an overlap test is a binary search.
class SpanSet
{
public:
    void insert(int start, int end)
    {
        auto it = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair {start, end});
        m_spans.insert(it, {start, end});
    }
    [[nodiscard]] bool overlaps(int start, int end) const
    {
        auto it = std::lower_bound(m_spans.begin(), m_spans.end(), std::pair {start, end});
        if (it != m_spans.end() && it->first < end)
            return true;
        return it != m_spans.begin() && std::prev(it)->second > start;
    }

private:
    std::vector<std::pair<int, int>> m_spans;
};

QString withoutGenitive(const QString &name)
{
    if (name.size() > 3
        && (name.endsWith(QLatin1Char('s')) || name.endsWith(QChar(0x2019) + QLatin1Char('s'))))
        return name.left(name.size() - (name.endsWith(QChar(0x2019) + QLatin1Char('s')) ? 2 : 1));
    return name;
}

// The name a list does not know, as the analyst would file it. A final "s" is a genitive only
// with evidence — the article names it without one elsewhere ("Nvidias" beside "Nvidia"), or a
// noun follows it as its possessor ("Baublies' Streik", "Meyers Firma") — never by itself:
// "Hermes", "Baublies", "Mercedes" end so. An adjective that opens the name takes its
// nominative after an article ("der Deutschen Börse" → "Deutsche Börse").
QString canonicalOfSurface(const TokenizedText &text, const Candidate &c, const QString &surface,
    const QSet<QString> &surfaces, const Resources &r)
{
    QString name = surface;
    const bool apostrophe = name.endsWith(QChar(0x2019)) || name.endsWith(u'\'');
    if (apostrophe)
        name.chop(1);
    const QString bare = withoutGenitive(name);
    if (bare != name) {
        const bool seenBare = surfaces.contains(bare);
        const bool possessor = c.endToken < text.size() && text.at(c.endToken).kind == Token::Word
            && text.at(c.endToken).upper && !text.at(c.endToken).sentenceStart;
        if (seenBare || possessor)
            name = bare;
    }
    const int first = c.firstToken;
    if (c.endToken - first >= 2 && first > 0 && text.at(first).upper && text.folded(first).endsWith(u"en")) {
        const bool inflected = r.enDeterminers.contains(text.hash(first - 1));
        const QStringView word = text.view(first);
        // Only an adjective: "Deutschen", "Europäischen" (a lower-case form exists), not "Siemens".
        if (inflected && nameAdjective(word, u"en", r))
            name.replace(0, word.size(), word.chopped(1).toString());
    }
    return name;
}

// Whether `abbreviation` can stand for `name`: the same first letter, and its letters in order
// among the name's ("KVK" in "Kreisverbindungskommando Ammerland", "BSI" in "Bundesamt für
// Sicherheit in der Informationstechnik").
bool abbreviates(QStringView abbreviation, QStringView name)
{
    if (abbreviation.size() < 2 || name.size() <= abbreviation.size()
        || abbreviation.front().toCaseFolded() != name.front().toCaseFolded())
        return false;
    qsizetype at = 0;
    for (const QChar c : abbreviation) {
        if (!c.isLetter())
            continue;
        while (at < name.size() && name[at].toCaseFolded() != c.toCaseFolded())
            ++at;
        if (at++ >= name.size())
            return false;
    }
    return true;
}

// Whether a word in parentheses after a name can be the abbreviation the article introduces for
// it: a capital first and another capital, small letters allowed ("KVK", "BaFin", "KfW", "DGfKM";
// not "Bonn"). abbreviates() then asks for its letters in the name.
bool introducedAbbreviation(QStringView word)
{
    if (word.size() < 2 || !word.front().isUpper())
        return false;
    return std::count_if(word.begin() + 1, word.end(), [](QChar ch) { return ch.isUpper(); }) >= 1;
}

// "das Kreisverbindungskommando Ammerland (KVK) … das KVK": an abbreviation introduced in
// parentheses names the same entity as the name before it, everywhere in the article.
void unifyAbbreviations(
    const TokenizedText &text, const std::vector<Candidate> &kept, std::vector<Mention> &mentions)
{
    QHash<QString, QString> longForm; // abbreviation's canonical → the name's canonical
    for (size_t k = 0; k + 1 < kept.size(); ++k) {
        const Candidate &name = kept[k];
        const Candidate &abbreviation = kept[k + 1];
        const Mention &n = mentions[k];
        const Mention &a = mentions[k + 1];
        if (n.type == EntityType::Quantity || n.type == EntityType::Date || a.type != n.type
            || abbreviation.firstToken != name.endToken + 1 || !text.is(name.endToken, u"(")
            || !text.is(abbreviation.endToken, u")") || abbreviation.endToken - abbreviation.firstToken != 1
            || !introducedAbbreviation(text.view(abbreviation.firstToken)) || a.canonical == n.canonical
            || !abbreviates(a.canonical, n.canonical))
            continue;
        longForm.insert(a.canonical, n.canonical);
    }
    if (longForm.isEmpty())
        return;
    for (Mention &m : mentions)
        if (const auto it = longForm.constFind(m.canonical); it != longForm.constEnd())
            m.canonical = *it;
}

// Whether a word is written like an abbreviation: a capital first and more capitals than small
// letters, two at least ("EPI", "DGfKM", "VfB"; not "Bonn" or "BaFin").
bool abbreviationShaped(QStringView word)
{
    if (word.isEmpty() || !word.front().isUpper())
        return false;
    int upper = 0;
    int lower = 0;
    for (const QChar ch : word) {
        upper += ch.isUpper() ? 1 : 0;
        lower += ch.isLower() ? 1 : 0;
    }
    return upper >= 2 && upper > lower;
}

// "Allianz Global Investors (AGI)", "European Payments Initiative (EPI)": an abbreviation the
// article introduces in parentheses after a name is of that name's type, there and wherever the
// bare word stands later, over the tagger's guess from the capitals alone (they look like an
// authority's: "BaFin", "SEC"); where no finder took it, it is a mention all the same. A list's
// reading of the word and the finders' surer ones stay; an ordinary word in capitals ("KI") is
// none; a person's parenthesis holds a party or a place ("Friedrich Merz (CDU)"), no short form.
void typeAbbreviationsByLongForm(
    const FinderContext &context, const QString &input, std::vector<Candidate> &kept)
{
    const TokenizedText &text = context.text;
    std::unordered_map<quint64, EntityType> types; // the abbreviation's word hash → the name's type
    std::vector<Candidate> added;
    for (size_t k = 0; k < kept.size(); ++k) {
        const Candidate &name = kept[k];
        const EntityType type = name.mention.type;
        const int a = name.endToken + 1;
        if (type == EntityType::Person || type == EntityType::Quantity || type == EntityType::Date
            || a + 1 >= text.size() || !text.is(name.endToken, u"(") || !text.is(a + 1, u")")
            || text.at(a).kind != Token::Word || !introducedAbbreviation(text.view(a))
            || !abbreviates(text.view(a), QStringView(input).mid(name.mention.start, name.mention.length())))
            continue;
        const bool found = k + 1 < kept.size() && kept[k + 1].firstToken == a;
        if (found && kept[k + 1].endToken != a + 1)
            continue;
        if (!found) {
            const Token &t = text.at(a);
            // A word no finder took becomes a mention only when it is written like an
            // abbreviation: "BaFin" is written like a name too, and no finder reading it says none.
            if ((k + 1 < kept.size() && kept[k + 1].firstToken <= a) || t.hasDigit || t.length() > 6
                || !abbreviationShaped(text.view(a)) || context.has(a, WordInfo::CommonAcronym))
                continue;
            Mention m;
            m.type = type;
            m.start = t.start;
            m.end = t.end;
            added.push_back(Candidate {m, Priority::Weak, a, a + 1});
        }
        types.emplace(text.hash(a), type);
    }
    if (types.empty())
        return;
    for (Candidate &c : kept) {
        if (c.endToken - c.firstToken != 1 || c.priority > Priority::Model || !c.mention.canonical.isEmpty()
            || c.mention.type == EntityType::Quantity || c.mention.type == EntityType::Date)
            continue;
        if (const auto it = types.find(text.hash(c.firstToken)); it != types.end())
            c.mention.type = it->second;
    }
    if (added.empty())
        return;
    kept.insert(kept.end(), added.begin(), added.end());
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &x, const Candidate &y) { return x.mention.start < y.mention.start; });
}

// "Builders Labourers Federation (BLF)", "Verkehrsbetriebe Hamburg-Holstein AG (VHH)",
// "Bundesamt für Sicherheit in der Informationstechnik (BSI)": a word in capitals in parentheses
// whose letters are the initials of the capitalised words right before it, one letter a word
// (words joined by hyphens count apart; small words between them and a legal form at the end
// count none), introduces a name of those words. Where no finder took them, the name and its
// abbreviation are an organisation of the kind the name's words say ("Bundesamt": AGENCY) or
// else the tagger likes best for its first word; a name that already is one keeps its reading
// (typeAbbreviationsByLongForm). Only the tagger's and the weaker finders' guesses inside the
// words or of the abbreviation alone give way.
void findNamesByTheirAbbreviation(
    const FinderContext &context, const NerAdaptation *adaptation, std::vector<Candidate> &kept)
{
    const TokenizedText &text = context.text;
    std::vector<Candidate> added;
    for (int a = 3; a + 1 < text.size(); ++a) {
        const Token &t = text.at(a);
        if (t.kind != Token::Word || !t.allUpper || t.hasDigit || t.length() < 2 || t.length() > 6
            || !text.is(a - 1, u"(") || !text.is(a + 1, u")") || context.has(a, WordInfo::CommonAcronym))
            continue;
        const QStringView letters = text.view(a);
        qsizetype next = letters.size() - 1; // the letter the next word back must open
        int first = a - 2;
        int k = a - 2;
        for (int form = a - 2; form > a - 6 && form > 0; --form) {
            if (legalFormAfter(context, form) == a - 1) {
                k = form - 1; // "… Hamburg-Holstein AG (VHH)"
                break;
            }
        }
        for (; k >= 0 && next >= 0 && text.at(k).sentence == text.at(a).sentence; --k) {
            const Token &w = text.at(k);
            if (w.kind == Token::Word && w.upper && !w.hasDigit) {
                if (w.allUpper || text.view(k).front().toCaseFolded() != letters[next].toCaseFolded())
                    break;
                --next;
                first = k;
                continue;
            }
            const bool joiner = text.is(k, u"-") && !w.spaceBefore;
            const bool small = w.kind == Token::Word && !w.upper && w.length() <= 4;
            if (!joiner && !small)
                break;
        }
        if (next >= 0 || a - 2 - first < 1 || (first > 0 && text.is(first - 1, u"-")))
            continue;
        const int end = a - 1; // the name's tokens are [first, end)
        const auto inside = [&](const Candidate &c) {
            return (c.firstToken >= first && c.endToken <= end) || (c.firstToken == a && c.endToken == a + 1);
        };
        const auto touches = [&](const Candidate &c) { return c.firstToken <= a && c.endToken > first; };
        if (std::any_of(kept.begin(), kept.end(), [&](const Candidate &c) {
                return touches(c)
                    && !(inside(c) && c.priority <= Priority::Model && c.mention.canonical.isEmpty());
            }))
            continue;
        std::erase_if(kept, [&](const Candidate &c) { return touches(c); });
        const TaggerInput input {text, context.info, context.gazetteerMatches, context.resources.gazetteer};
        const EntityType tagged
            = context.resources.tagger
                  .likeliestType(input, first,
                      {EntityType::Company, EntityType::Agency, EntityType::Organization, EntityType::Media},
                      adaptation)
                  .value_or(EntityType::Organization);
        const EntityType type = organizationType(context, first, end, tagged);
        for (const auto &[from, to] : {std::pair {first, end}, std::pair {a, a + 1}}) {
            Mention m;
            m.type = type;
            m.start = text.at(from).start;
            m.end = text.at(to - 1).end;
            added.push_back(Candidate {m, Priority::Weak, from, to});
        }
    }
    if (added.empty())
        return;
    kept.insert(kept.end(), added.begin(), added.end());
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &x, const Candidate &y) { return x.mention.start < y.mention.start; });
}

// Whether the word at a token is a noun's dative plural the lexicon lists only without its "n",
// "en" or "ern" ("Berichten", "Medienberichten", "Konzernkreisen"): that stem or a compound of it
// is a known noun, also with the plural's umlaut taken back ("Kochfeldabzügen": "Abzug",
// "Wahlkämpfen": "Kampf", "Häusern": "Haus"; folded, the umlaut is its digraph).
bool dativePlural(const FinderContext &context, int token)
{
    const QStringView folded = context.text.folded(token);
    if (folded.size() < 5 || !folded.endsWith(u'n'))
        return false;
    const auto noun = [&context](QStringView stem) {
        return context.resources.classify(Text::wordHash(stem)).has(WordInfo::Capitalized)
            || germanCompound(context.resources, stem);
    };
    // "Kreise·n", "Bericht·en" or "Häus·ern": the lexicon holds the plural or only the singular.
    for (const int ending : {1, 2, 3}) {
        if ((ending == 2 && !folded.endsWith(u"en")) || (ending == 3 && !folded.endsWith(u"ern")))
            continue;
        const QStringView stem = folded.chopped(ending);
        if (ending < 3 && noun(stem))
            return true;
        // The last umlaut of the stem, taken back ("abzueg" → "abzug", "haeus" → "haus").
        qsizetype at = -1;
        for (qsizetype k = stem.size() - 2; k >= 1 && at < 0; --k)
            if (stem[k + 1] == u'e' && (stem[k] == u'a' || stem[k] == u'o' || stem[k] == u'u'))
                at = k;
        if (at < 0)
            continue;
        // The singular, or its last part of five letters or more ("Kochfeld·abzug"): such a
        // plural's umlaut is in its head noun.
        const QString singular = stem.first(at + 1).toString() + stem.sliced(at + 2);
        if (noun(singular))
            return true;
        for (qsizetype split = 3; split + 5 <= singular.size() && split <= at; ++split)
            if (context.resources.classify(Text::wordHash(QStringView(singular).sliced(split)))
                    .has(WordInfo::Capitalized))
                return true;
    }
    return false;
}

// Whether the word at a token is a noun of a verb's separable particle and a noun the lexicon
// knows ("Zuspiel", "Ausgabe", "Vorstoß"; relation-particles.txt), the noun five letters at least:
// places end in short ones ("Freiberg", "Vorbach").
bool particleNoun(const FinderContext &context, int token)
{
    const QStringView folded = context.text.folded(token);
    for (const QString &particle : context.resources.relations.particles) {
        if (folded.size() < particle.size() + 5 || !folded.startsWith(particle))
            continue;
        if (context.resources.classify(Text::wordHash(folded.mid(particle.size())))
                .has(WordInfo::Capitalized))
            return true;
    }
    return false;
}

// Adds the one-word names at the tokens `found` (kept in order of their start) as weak names of
// the type `typeAt` gives each.
template<typename TypeAt>
void addOneWordNames(
    const TokenizedText &text, const std::vector<int> &found, TypeAt typeAt, std::vector<Candidate> &kept)
{
    if (found.empty())
        return;
    for (const int i : found) {
        Mention m;
        m.type = typeAt(i);
        m.start = text.at(i).start;
        m.end = text.at(i).end;
        kept.push_back(Candidate {m, Priority::Weak, i, i + 1});
    }
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &a, const Candidate &b) { return a.mention.start < b.mention.start; });
}

// "In Garze traf es …", "stammte aus Kratie", "fuhr nach Shigaraki": a capitalised word alone
// after a preposition of place (place-prepositions.txt) that no list, lexicon or finder knows is a
// place. Not a given name, role, cue or firm's word, no German compound or noun's dative plural
// ("nach Medienberichten", "aus Konzernkreisen") or common noun's ending ("nach Verbüßung"), not
// in mixed case ("in GIFs"), not the text's last word (a feed cut off: "in Münc"), not before a
// capitalised word (a genitive's noun or a longer name: "in Merkels Kabinett") or a glued mark,
// and not a word the article names otherwise elsewhere.
void findPlacesAfterPrepositions(const FinderContext &context, std::vector<Candidate> &kept)
{
    const TokenizedText &text = context.text;
    std::vector<int> found;
    HashSet named;
    bool namedFilled = false;
    for (int i = 1; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit || t.length() < 3
            || text.at(i - 1).sentence != t.sentence
            || !context.resources.placePrepositions.count(text.hash(i - 1))
            || context.has(i, WordInfo::Capitalized) || context.has(i, WordInfo::Lowercase)
            || context.has(i, WordInfo::GivenName) || context.has(i, WordInfo::PersonRole)
            || context.has(i, WordInfo::CompanyCue) || context.has(i, WordInfo::CompanySuffix)
            || context.has(i, WordInfo::ProductCue) || context.gazetteerAt(i))
            continue;
        if (i + 1 < text.size()
            && ((text.at(i + 1).kind == Token::Word && text.at(i + 1).sentence == t.sentence
                    && (text.at(i + 1).upper || text.at(i + 1).hasDigit))
                || (text.at(i + 1).kind == Token::Punct && !text.at(i + 1).spaceBefore
                    && !text.is(i + 1, u".") && !text.is(i + 1, u",") && !text.is(i + 1, u")")
                    && !text.is(i + 1, u";"))))
            continue;
        if (std::any_of(kept.begin(), kept.end(),
                [i](const Candidate &c) { return c.firstToken <= i && c.endToken > i; })
            || germanCompound(context, i) || dativePlural(context, i) || particleNoun(context, i))
            continue;
        // Cut off where the text ends ("… in Münc"), written in mixed case ("in GIFs"), or a
        // common noun's ending.
        const QStringView word = text.view(i);
        const QStringView folded = text.folded(i);
        if (i + 1 >= text.size()
            || std::count_if(word.begin(), word.end(), [](QChar ch) { return ch.isUpper(); }) > 1
            || std::any_of(context.resources.nonPlaceEndings.begin(), context.resources.nonPlaceEndings.end(),
                [folded](const QString &ending) { return folded.endsWith(ending); }))
            continue;
        if (!namedFilled) {
            for (const Candidate &c : kept)
                for (int k = c.firstToken; k < c.endToken; ++k)
                    named.insert(text.hash(k));
            namedFilled = true;
        }
        if (!named.count(text.hash(i)))
            found.push_back(i);
    }
    addOneWordNames(
        text, found, [](int) { return EntityType::Location; }, kept);
}

// Whether a word is a Roman numeral ("II", "XIV"): a ruler's or a sequel's number, no name.
bool romanNumeral(QStringView word)
{
    return std::all_of(
        word.begin(), word.end(), [](QChar ch) { return QStringView(u"IVXLCDM").contains(ch); });
}

// "innerhalb der EKD", "dem SOC einen Zuschuss", "seiner UMP": a word of two to five capitals
// after the definite article is a name, as only names take that article in capitals; ordinary
// words in capitals take any article ("ein SUV", "eine SMS") and the lexicon or the list of
// ordinary acronyms knows them ("das BIP", "die DNA"). Only a word the unlabelled text of the word
// classes never showed counts: the tagger knows nothing of it but its look, while a word with a
// class ("das EBIT", "das EHEC") it has judged by the company it keeps. Where no finder took such
// a word, it is an organisation of the kind the tagger likes best for it, and the article's other
// uses follow (the repeated-name step below). Not a compound's first part ("der SPD-Chef": the
// article is the compound's), not before a number (a line, a model, a fair's year: "die RB 42", "auf der
// CCW 2016"), not before a capitalised word, whose name or compound it opens ("dem FSV Mainz
// 05", "das ATB Tagesgeldkonto"), not in a headline in capitals, not a Roman numeral, not a
// list's word.
void findAcronymsAfterArticles(
    const FinderContext &context, const NerAdaptation *adaptation, std::vector<Candidate> &kept)
{
    const TokenizedText &text = context.text;
    const Resources &r = context.resources;
    std::vector<int> found;
    for (int i = 1; i < text.size(); ++i) {
        const Token &t = text.at(i);
        const Token &article = text.at(i - 1);
        if (t.kind != Token::Word || !t.allUpper || t.hasDigit || t.length() > 5 || article.allUpper
            || article.sentence != t.sentence || !r.definiteArticles.count(text.hash(i - 1))
            || context.has(i, WordInfo::CommonAcronym) || context.has(i, WordInfo::Capitalized)
            || context.has(i, WordInfo::Lowercase) || context.gazetteerAt(i) || romanNumeral(text.view(i))
            || context.word(i).cluster != 0)
            continue;
        if (i + 1 < text.size()
            && ((text.at(i + 1).kind == Token::Punct && !text.at(i + 1).spaceBefore && !text.is(i + 1, u".")
                    && !text.is(i + 1, u",") && !text.is(i + 1, u")"))
                || (text.at(i + 1).kind == Token::Word && text.at(i + 1).upper
                    && text.at(i + 1).sentence == t.sentence)
                || text.at(i + 1).kind == Token::Number || text.at(i + 1).hasDigit))
            continue;
        const auto covers = [&](const Candidate &c) { return c.firstToken <= i && c.endToken > i; };
        if (std::any_of(kept.begin(), kept.end(), covers))
            continue;
        found.push_back(i);
    }
    if (found.empty())
        return;
    const TaggerInput input {text, context.info, context.gazetteerMatches, r.gazetteer};
    addOneWordNames(
        text, found,
        [&](int i) {
            return r.tagger
                .likeliestType(input, i,
                    {EntityType::Company, EntityType::Agency, EntityType::Organization, EntityType::Media},
                    adaptation)
                .value_or(EntityType::Organization);
        },
        kept);
}

// "Tieto Enator, der größte Computer-Dienstleister Nordeuropas", "Die Hamburg-Mannheimer, der
// offizielle Versicherer": a noun that says what a name is (name-cues.tsv) in an apposition after
// it, behind the comma, one or two determiners and lower-case words, types the name as it does
// before it ("der Versicherer Allianz"), over the tagger's guess from the name's look, and its
// other mentions the tagger found in the article with it. The lists' names, the finders' surer
// readings, persons with a given name and kin nouns ("Anna, die Tochter des Wirts") stay.
void typeNamesByApposition(const FinderContext &context, std::vector<Candidate> &kept)
{
    const TokenizedText &text = context.text;
    const Resources &r = context.resources;
    auto key = [&text](const Candidate &c) {
        quint64 k = 0x51ed27;
        for (int t = c.firstToken; t < c.endToken; ++t)
            k = (k ^ text.hash(t)) * 0x100000001b3ull;
        return k;
    };
    std::unordered_map<quint64, EntityType> typed;
    for (const Candidate &c : kept) {
        const EntityType type = c.mention.type;
        const int comma = c.endToken;
        if (c.priority > Priority::Model || !c.mention.canonical.isEmpty() || type == EntityType::Quantity
            || type == EntityType::Date || comma + 3 >= text.size() || !text.is(comma, u",")
            || (type == EntityType::Person && context.has(c.firstToken, WordInfo::GivenName)))
            continue;
        const int sentence = text.at(comma).sentence;
        int k = comma + 1;
        int determiners = 0;
        while (k < text.size() && determiners < 2 && r.determiners.count(text.hash(k))) {
            ++k;
            ++determiners;
        }
        if (determiners == 0)
            continue;
        // Lower-case words (adjectives, "nach eigenen Angaben" is too far) and a compound's first
        // parts before its head: "der größte Computer-Dienstleister".
        for (int words = 0; k < text.size() && words < 4; ++words) {
            const Token &t = text.at(k);
            const bool adjective = t.kind == Token::Word && !t.upper && !r.determiners.count(text.hash(k));
            const bool part = t.kind == Token::Word && t.upper && k + 1 < text.size() && text.is(k + 1, u"-")
                && !text.at(k + 1).spaceBefore;
            if (!adjective && !part && !text.is(k, u"-"))
                break;
            ++k;
        }
        if (k >= text.size() || text.at(k).sentence != sentence || text.at(k).kind != Token::Word
            || !text.at(k).upper || r.kinNouns.count(text.hash(k)) || context.has(k, WordInfo::PersonRole))
            continue;
        const std::optional<EntityType> cue = nameCueType(context, k);
        // The noun with a name of its own after it is that name's ("X, der Versicherer Allianz");
        // a place after it is its genitive ("der größte Versicherer Skandinaviens").
        const int after = k + 1;
        const bool named = after < text.size() && text.at(after).kind == Token::Word && text.at(after).upper
            && text.at(after).sentence == sentence
            && std::none_of(kept.begin(), kept.end(), [after](const Candidate &o) {
                   return o.firstToken == after && o.mention.type == EntityType::Location;
               });
        if (!cue || *cue == type || named)
            continue;
        typed.emplace(key(c), *cue);
    }
    if (typed.empty())
        return;
    for (Candidate &c : kept) {
        if (c.priority > Priority::Model || !c.mention.canonical.isEmpty()
            || c.mention.type == EntityType::Quantity || c.mention.type == EntityType::Date
            || (c.mention.type == EntityType::Person && context.has(c.firstToken, WordInfo::GivenName)))
            continue;
        if (const auto it = typed.find(key(c)); it != typed.end())
            c.mention.type = it->second;
    }
}

// A company named in full ("Tower Semiconductor", "Ampere Computing", "der Chipentwickler
// Veltrano Systems") goes by its first word after that ("Tower", "Ampere"), as the gold does.
// The short forms of an article's multi-word companies and their genitives, folded word hash →
// the company's canonical name. Left out are words that are names or words of their own: words in capitals (a
// headline's "MYNEWSDESK Seerene"), adjectives and other lower-case words ("Deutsche Bank"),
// given names ("Otto Group"), corporate and cue words ("Bank of China"), list names ("Hawaii
// Airlines"), a place's adjective ("Berliner Volksbank"), the first part of a hyphenated or "&"
// name ("Rhein-Main Research", "Hims & Hers") and a German noun opening a name the lists do not
// hold, mostly its head ("Restaurant Pagoni"). A word two companies share stands for neither.
std::unordered_map<quint64, QString> companyShortForms(const FinderContext &context,
    const std::vector<Candidate> &kept, const std::function<QString(const Candidate &)> &canonicalOf)
{
    const TokenizedText &text = context.text;
    const Gazetteer &gazetteer = context.resources.gazetteer;
    std::unordered_map<quint64, QString> forms;
    std::unordered_set<quint64> shared; // iterated below
    for (const Candidate &c : kept) {
        const int f = c.firstToken;
        if (c.mention.type != EntityType::Company || c.endToken - f < 2)
            continue;
        const Token &t = text.at(f);
        if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit
            || context.has(f, WordInfo::Lowercase) || context.has(f, WordInfo::GivenName)
            || context.has(f, WordInfo::CompanySuffix) || context.has(f, WordInfo::CompanyCue)
            || context.has(f, WordInfo::OrganizationHead)
            || (text.at(f + 1).kind == Token::Punct && !text.at(f + 1).spaceBefore) || text.is(f + 1, u"&")
            || gazetteer.findWord(text.hash(f)) || isPlaceAdjective(context, f)
            || (c.mention.canonical.isEmpty() && context.has(f, WordInfo::Capitalized)))
            continue;
        // The word and its genitive ("Towers"), so that a token needs one lookup.
        const QString canonical = canonicalOf(c);
        const QString genitive = text.folded(f).toString() + u's';
        for (const quint64 h : {text.hash(f), Text::wordHash(genitive)}) {
            const auto [it, inserted] = forms.emplace(h, canonical);
            if (!inserted && it->second != canonical)
                shared.insert(h);
        }
    }
    for (const quint64 h : shared)
        forms.erase(h);
    return forms;
}

// Whether the word at i stands alone as a name: not inside a hyphenated compound, no determiner
// before it ("das Haus", "der General") unless it opens a hyphenated compound, whose head takes
// the article ("die Ampere-Chips"), and no unknown capitalised word after it that would make it
// part of another name.
bool standsAlone(const FinderContext &context, int i)
{
    const TokenizedText &text = context.text;
    if (i > 0 && text.is(i - 1, u"-") && !text.at(i).spaceBefore)
        return false; // inside a compound: "Google-Cloud-Plattform"
    const int next = i + 1;
    const bool prefix = next + 1 < text.size() && text.is(next, u"-") && !text.at(next).spaceBefore
        && !text.at(next + 1).spaceBefore && text.at(next + 1).kind == Token::Word;
    if (i > 0 && !prefix && context.resources.determiners.count(text.hash(i - 1)))
        return false;
    return next >= text.size() || text.at(next).kind != Token::Word || !text.at(next).upper
        || text.at(next).sentence != text.at(i).sentence || context.has(next, WordInfo::Capitalized)
        || context.has(next, WordInfo::Lowercase);
}

} // namespace

Analyzer::Analyzer() : m_resources(Resources::instance()) { }

Analyzer::Analyzer(std::shared_ptr<const NerAdaptation> adaptation) : m_resources(Resources::instance())
{
    if (adaptation && adaptation->fits(m_resources.tagger))
        m_adaptation = std::move(adaptation);
}

namespace {

// Whether the words around a one-word name say it is a person's (see the caller).
bool listedFamilyNameInPersonContext(const FinderContext &context, int token, bool genitive)
{
    const TokenizedText &text = context.text;
    if (text.at(token).sentenceStart
        || (genitive && token + 1 < text.size() && text.at(token + 1).upper
            && text.at(token + 1).sentence == text.at(token).sentence))
        return true;
    const int before = token - 1;
    return (before >= 0
               && (context.has(before, WordInfo::SpeechVerb)
                   || context.resources.relations.is(text.hash(before), RelationLexicon::CreditBefore)))
        || context.has(token + 1, WordInfo::SpeechVerb);
}

// "Pinnick, Tabor und Gaskill", "Gönültas und Piskin", "Tacoma, Shawn und Mary Ella Simmons":
// the members of a list that a coordinator closes (relation-function-words.tsv "coordinator") are of a kind,
// so where one is a person, a capitalised word no list, lexicon or finder knows standing alone as
// another member is a person too; so with places ("Alfter, Swisttal und Wachtberg", "Dresden,
// Spitzbergen oder …") and companies ("der Marken Bosch, Siemens und Neff"). Members are joined by
// commas and the one coordinator before the last ("Finch, und Biggi" too); a word taken by a
// finder, a German compound, a word in mixed case, a word after a determiner, a capitalised word,
// a particle, an initial or a hyphen ("Koskimäki-Huhtala") is no member, and ends the list
// ("Müller, Chef von Tabor und …").
void findNamesInLists(const FinderContext &context, std::vector<Candidate> &kept, EntityType type)
{
    const TokenizedText &text = context.text;
    const Resources &r = context.resources;
    const auto separatorAt = [&](int k) {
        return k > 0 && k < text.size()
            && (text.is(k, u",") || r.relations.is(text.hash(k), RelationLexicon::Coordinator));
    };
    // A member that vouches for the others: a person a finder or the tagger found (not a sentence's
    // first word guessed by its place); a place or company the lists hold as one, or the tagger's in
    // a list of three members at least, where a guess from one word's look alone ("Ebbelwei und
    // Bembel", "Gönültas und Piskin") has the others' company to back it.
    const auto listed = [&](const Candidate &c) {
        const auto &match = context.gazetteerAt(c.firstToken);
        return type == EntityType::Person
            || (match && match->endToken == c.endToken
                && context.resources.gazetteer.entry(match->entry).type == type);
    };
    const auto anchor
        = [&](const Candidate &c) { return c.mention.type == type && c.priority != Priority::OpeningPerson; };
    bool any = false;
    for (const Candidate &c : kept)
        any = any || (anchor(c) && (separatorAt(c.endToken) || separatorAt(c.firstToken - 1)));
    if (!any)
        return;
    // The kept candidate covering token k, if any (kept is sorted and without overlaps).
    const auto coveringAt = [&](int k) -> const Candidate * {
        auto it = std::upper_bound(
            kept.begin(), kept.end(), k, [](int token, const Candidate &c) { return token < c.firstToken; });
        if (it == kept.begin())
            return nullptr;
        --it;
        return it->firstToken <= k && it->endToken > k ? &*it : nullptr;
    };
    const auto unknownAlone = [&](int k, int sentence) {
        if (k <= 0 || k + 1 >= text.size())
            return false;
        const Token &t = text.at(k);
        if (t.kind != Token::Word || !t.upper || t.allUpper || t.hasDigit || t.length() < 3
            || t.sentence != sentence || context.has(k, WordInfo::Capitalized)
            || context.has(k, WordInfo::Lowercase) || context.has(k, WordInfo::PersonRole)
            || context.has(k, WordInfo::CompanyCue) || context.has(k, WordInfo::CompanySuffix)
            || context.has(k, WordInfo::ProductCue) || context.has(k, WordInfo::CommonAcronym)
            || context.gazetteerAt(k) || coveringAt(k))
            return false;
        const Token &next = text.at(k + 1);
        if ((next.kind == Token::Word && next.upper && next.sentence == sentence)
            || (next.kind == Token::Punct && !next.spaceBefore && !text.is(k + 1, u".")
                && !text.is(k + 1, u",")))
            return false;
        // Not the end of a longer name: after a capitalised word, a particle or an initial ("Channing
        // Tatum", "de los Lobitos", "W. Fesenko"), nor after a determiner.
        const Token &before = text.at(k - 1);
        if ((before.kind == Token::Word && before.upper) || isNameParticle(context, k - 1)
            || (text.is(k - 1, u"-") && !t.spaceBefore) || r.determiners.count(text.hash(k - 1))
            || (text.is(k - 1, u".") && k >= 2 && text.at(k - 2).length() <= 2))
            return false;
        const QStringView word = text.view(k);
        return std::count_if(word.begin(), word.end(), [](QChar ch) { return ch.isUpper(); }) == 1
            && !germanCompound(context, k);
    };
    struct Member
    {
        int first, end;
        bool unknown;
    };
    std::vector<int> found;
    for (const Candidate &c : kept) {
        if (!anchor(c))
            continue;
        const int sentence = text.at(c.firstToken).sentence;
        // Walk the members right and left of the person; `coordinated` marks the separator before
        // each member on the right, after each on the left.
        std::vector<Member> right, left;
        std::vector<bool> rightJoin, leftJoin;
        for (int k = c.endToken; separatorAt(k) && text.at(k).sentence == sentence;) {
            bool coordinator = !text.is(k, u",");
            int m = k + 1;
            if (!coordinator && separatorAt(m) && !text.is(m, u",")) { // ", und"
                coordinator = true;
                ++m;
            }
            if (m >= text.size())
                break;
            Member member {m, m + 1, true};
            if (const Candidate *o = coveringAt(m); o && o->firstToken == m && o->mention.type == type)
                member = {o->firstToken, o->endToken, false};
            else if (!unknownAlone(m, sentence))
                break;
            right.push_back(member);
            rightJoin.push_back(coordinator);
            if (coordinator)
                break;
            k = member.end;
        }
        for (int k = c.firstToken - 1; separatorAt(k) && text.at(k).sentence == sentence;) {
            bool coordinator = !text.is(k, u",");
            int m = k - 1;
            if (coordinator && text.is(m, u",")) // ", und"
                --m;
            if (m <= 0)
                break;
            Member member {m, m + 1, true};
            if (const Candidate *o = coveringAt(m); o && o->endToken == m + 1 && o->mention.type == type)
                member = {o->firstToken, o->endToken, false};
            else if (!unknownAlone(m, sentence))
                break;
            left.push_back(member);
            leftJoin.push_back(coordinator);
            k = member.first - 1;
        }
        // One coordinator, before the last member: on the right it ends the walk; on the left, a
        // second one or any on the left with one on the right breaks the list there.
        const bool rightCoordinated = !rightJoin.empty() && rightJoin.back();
        if (std::count(rightJoin.begin(), rightJoin.end(), true) == 0 && !rightJoin.empty())
            continue; // commas only after the person: no list it closes ("Müller, Tabor sagte …")
        size_t leftKept = 0;
        bool leftCoordinated = false;
        for (; leftKept < left.size(); ++leftKept) {
            if (leftJoin[leftKept]) {
                if (rightCoordinated || leftCoordinated)
                    break;
                leftCoordinated = true;
            }
        }
        if (!rightCoordinated && !leftCoordinated)
            continue;
        // Without a coordinator on the right, the person is the last member: only "und" before it.
        if (!rightCoordinated && (left.empty() || !leftJoin.front()))
            continue;
        if (right.size() + leftKept < 2 && !listed(c))
            continue;
        for (const Member &m : right)
            if (m.unknown)
                found.push_back(m.first);
        for (size_t n = 0; n < leftKept; ++n)
            if (left[n].unknown)
                found.push_back(left[n].first);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    addOneWordNames(
        text, found, [type](int) { return type; }, kept);
}

// Names the verbs of business type: a one-word name the tagger or a rule read as a person, or an
// unknown capitalised word no finder took, is a company as the subject of a verb only firms do
// ("Jarrow beliefert Volkswagen", "Bell meldet Insolvenz an", "meldete Bell Insolvenz an"), or on
// one side of a deal's verb with a company on the other ("Siemens übernimmt Varian", "Bell kauft
// Huber": people do not buy people). A person the article names in full or with a role, a given
// name and a listed person stay persons (resources/analysis/company-verbs.tsv).
void retypeFirmsByVerbs(const FinderContext &context, std::vector<Candidate> &kept,
    const std::unordered_map<quint64, std::pair<EntityType, QString>> &surnames)
{
    const TokenizedText &text = context.text;
    const Resources &r = context.resources;
    bool anyVerb = false;
    for (int i = 1; i < text.size() && !anyVerb; ++i)
        anyVerb = context.has(i, WordInfo::CompanyVerb);
    if (!anyVerb)
        return;
    std::vector<int> covering(size_t(text.size()), -1); // token → kept index
    for (size_t k = 0; k < kept.size(); ++k)
        for (int t = kept[k].firstToken; t < kept[k].endToken && t < text.size(); ++t)
            covering[size_t(t)] = int(k);
    // A one-word name read as a person without a given name, role or full name in the article, or
    // as a place by the tagger's guess alone ("meldete Bell Insolvenz an").
    const auto bare = [&](const Candidate &c) {
        const int i = c.firstToken;
        return c.endToken - i == 1 && c.mention.canonical.isEmpty()
            && (c.mention.type == EntityType::Person
                || (c.mention.type == EntityType::Location && c.priority == Priority::Model))
            && c.priority <= Priority::Model && !surnames.count(text.hash(i))
            && !context.has(i, WordInfo::GivenName) && !context.has(i - 1, WordInfo::GivenName)
            && !context.has(i - 1, WordInfo::PersonRole);
    };
    // Such names elsewhere in the article: their repetitions are only found later.
    HashSet bareNames;
    for (const Candidate &c : kept)
        if (bare(c))
            bareNames.insert(text.hash(c.firstToken));
    enum class Side { None, Company, Person, Unknown };
    // What the one-word name at token i is; `alone` says no capitalised word before it joins it.
    const auto sideAt = [&](int i, int verb) {
        if (i < 0 || i >= text.size() || text.at(i).sentence != text.at(verb).sentence
            || text.at(i).kind != Token::Word || !text.at(i).upper)
            return Side::None;
        if (const int k = covering[size_t(i)]; k >= 0) {
            const Candidate &c = kept[size_t(k)];
            if (c.mention.type == EntityType::Company)
                return Side::Company;
            return bare(c) ? Side::Person : Side::None;
        }
        // A word no finder took: unknown to the German lexicon and no compound of its words
        // ("SoftBank kauft Serverchip-Hersteller"), no given name or ordinary acronym, standing alone.
        const bool alone = text.at(i).sentenceStart || !text.at(i - 1).upper
            || text.at(i - 1).sentence != text.at(i).sentence;
        if (alone && bareNames.count(text.hash(i)) && !context.has(i - 1, WordInfo::GivenName)
            && !context.has(i - 1, WordInfo::PersonRole))
            return Side::Person;
        const bool unknown = alone && !text.at(i).hasDigit && !context.has(i, WordInfo::Capitalized)
            && !context.has(i, WordInfo::Lowercase) && !context.has(i, WordInfo::GivenName)
            && !context.has(i, WordInfo::CommonAcronym) && !context.has(i, WordInfo::PersonRole)
            && !context.gazetteerAt(i) && !germanCompound(context, i);
        return unknown ? Side::Unknown : Side::None;
    };
    std::vector<int> firms; // tokens that name a company
    for (int v = 1; v < text.size(); ++v) {
        if (!context.has(v, WordInfo::CompanyVerb))
            continue;
        const auto rows = r.companyVerbs.equal_range(text.hash(v));
        for (auto row = rows.first; row != rows.second; ++row) {
            const Resources::CompanyVerb &verb = row->second;
            const auto follows
                = [&](int i) { return verb.next == 0 || (i < text.size() && text.hash(i) == verb.next); };
            if (!verb.deal) {
                // "Bell meldet Insolvenz an", and the subject after the verb: "meldete Bell Insolvenz an".
                if (follows(v + 1) && sideAt(v - 1, v) != Side::None && sideAt(v - 1, v) != Side::Company)
                    firms.push_back(v - 1);
                else if (verb.next != 0 && follows(v + 2) && sideAt(v + 1, v) != Side::None
                    && sideAt(v + 1, v) != Side::Company)
                    firms.push_back(v + 1);
                continue;
            }
            if (!follows(v + 1))
                continue;
            const int subject = v - 1;
            const int object = verb.next == 0 ? v + 1 : v + 2;
            const Side a = sideAt(subject, v);
            const Side b = sideAt(object, v);
            if (a == Side::None || b == Side::None)
                continue;
            if ((a == Side::Person || a == Side::Unknown) && (b == Side::Company || b == Side::Person))
                firms.push_back(subject);
            if ((b == Side::Person || b == Side::Unknown) && (a == Side::Company || a == Side::Person))
                firms.push_back(object);
        }
    }
    if (firms.empty())
        return;
    HashSet retyped;
    for (const int i : firms) {
        retyped.insert(text.hash(i));
        if (const int k = covering[size_t(i)]; k >= 0) {
            kept[size_t(k)].mention.type = EntityType::Company;
            continue;
        }
        Mention m;
        m.type = EntityType::Company;
        m.start = text.at(i).start;
        m.end = text.at(i).end;
        covering[size_t(i)] = int(kept.size());
        kept.push_back(Candidate {m, Priority::Weak, i, i + 1});
    }
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &a, const Candidate &b) { return a.mention.start < b.mention.start; });
    // The name holds for the article: its other bare mentions read as a person are the company too.
    for (Candidate &c : kept) {
        if (bare(c) && retyped.count(text.hash(c.firstToken)))
            c.mention.type = EntityType::Company;
    }
}
} // namespace

AnalysisResult Analyzer::analyze(const QString &input, QDate published) const
{
    const TokenizedText text(input);
    std::vector<Candidate> candidates;
    TokenClasses classes = TokenClasses::compute(text, m_resources);
    FinderContext context {text, m_resources, published, candidates, std::move(classes.gazetteerMatches),
        std::move(classes.info)};
    context.adaptation = m_adaptation.get();
    findDates(context);
    findQuantities(context);
    findGazetteerNames(context);
    findAgencies(context);
    findPersons(context);
    findCompanies(context);
    findProducts(context);
    findOrganizations(context);
    findNamesByModel(context);
    findInvertedSubjects(context);
    findPlacesAfterAdjectives(context);
    findPlaceQualifiers(context);
    findCompanyDivisions(context);
    findNamesAfterCues(context);
    findProductsAfterMakers(context);
    std::vector<Candidate> kept = resolve(std::move(candidates));
    // A model number glued to its series by a colon is one product ("NXT:2050i", as ASML writes
    // its scanners): the name tagger joins no parts over a colon, so a finder found the series and
    // the number apart, or the series alone.
    for (Candidate &c : kept) {
        const int colon = c.endToken;
        if (c.mention.type != EntityType::Product || colon + 1 >= text.size() || !text.is(colon, u":")
            || text.at(colon).spaceBefore || text.at(colon + 1).spaceBefore
            || !(text.at(colon + 1).hasDigit || text.at(colon + 1).kind == Token::Number))
            continue;
        auto number = std::find_if(kept.begin(), kept.end(),
            [&](const Candidate &o) { return o.firstToken <= colon + 1 && o.endToken > colon + 1; });
        if (number != kept.end()
            && (number->mention.type != EntityType::Product || number->firstToken != colon + 1))
            continue;
        const int end = number != kept.end() ? number->endToken : colon + 2;
        if (number != kept.end())
            number->endToken = number->firstToken; // emptied, dropped below
        c.endToken = end;
        c.mention.end = text.at(end - 1).end;
        c.mention.canonical.clear();
    }
    std::erase_if(kept, [](const Candidate &c) { return c.endToken <= c.firstToken; });
    // An initial or a ruler's number ending a person's name keeps its period ("Nico G.", "Claudia
    // B.", as reports of courts and police shorten names; "Elisabeth II.", "Benedikt XVI.", German
    // writing the ordinal with its period), also where it ends the sentence. The finders end the
    // name at the letter, as they end it before a full stop, or before it: the tagger's "Nico"
    // takes the initial after it.
    const auto initialAt = [&text](int k) {
        const Token &t = text.at(k);
        return k + 1 < text.size() && t.kind == Token::Word && t.upper
            && (t.length() == 1 || (t.allUpper && romanNumeral(text.view(k)))) && text.is(k + 1, u".")
            && !text.at(k + 1).spaceBefore;
    };
    for (size_t n = 0; n < kept.size(); ++n) {
        Candidate &c = kept[n];
        const int last = c.endToken - 1;
        if (c.mention.type != EntityType::Person || c.endToken >= text.size())
            continue;
        int end = 0;
        if (last > c.firstToken && initialAt(last))
            end = c.endToken + 1;
        else if (initialAt(c.endToken) && text.at(c.endToken).spaceBefore && !text.at(last).allUpper
            && text.at(c.endToken).sentence == text.at(c.firstToken).sentence
            && (n + 1 == kept.size() || kept[n + 1].firstToken > c.endToken + 1))
            end = c.endToken + 2;
        if (end == 0)
            continue;
        c.endToken = end;
        c.mention.end = text.at(end - 1).end;
    }
    // A double-barrelled family name is the person's whole ("Tina Theune-Meyer", "Michèle
    // Alliot-Marie"): the tagger reads no name across a hyphen, so it ends a name of given name and
    // family name before it. The word glued after the hyphen joins where no list, lexicon or finder
    // knows it, or where it is a given name, and no compound goes on after it ("Olaf Scholz-Ära",
    // "Tabarz-Cabarz" after a one-word name stay as they were).
    for (size_t n = 0; n < kept.size(); ++n) {
        Candidate &c = kept[n];
        const int hyphen = c.endToken, word = c.endToken + 1;
        if (c.mention.type != EntityType::Person || c.endToken - c.firstToken < 2 || word + 1 >= text.size()
            || !text.is(hyphen, u"-") || text.at(hyphen).spaceBefore || text.at(word).spaceBefore
            || text.at(word).kind != Token::Word || !text.at(word).upper || text.at(word).allUpper
            || text.at(word).hasDigit || text.at(word).sentence != text.at(c.firstToken).sentence
            || (n + 1 < kept.size() && kept[n + 1].firstToken <= word)
            || (text.is(word + 1, u"-") && !text.at(word + 1).spaceBefore) || context.gazetteerAt(word))
            continue;
        if (!context.has(word, WordInfo::GivenName)
            && (context.has(word, WordInfo::Capitalized) || context.has(word, WordInfo::Lowercase)
                || context.has(word, WordInfo::PersonRole) || germanCompound(context, word)))
            continue;
        c.endToken = word + 1;
        c.mention.end = text.at(word).end;
        c.mention.canonical.clear();
    }
    // A person's name right before an institution's word, or the tagger's name ending in one, is
    // the institution's or the place's named after the person ("Dave Matthews Band", "Lee
    // Strasberg Theatre", "Hudson River"; person-cues.tsv "institution"), no person's mention.
    const auto institution = [&](int k) {
        return text.at(k).kind == Token::Word && text.at(k).upper
            && context.resources.personInstitutions.count(text.hash(k));
    };
    std::erase_if(kept, [&](const Candidate &c) {
        if (c.mention.type != EntityType::Person)
            return false;
        const int next = c.endToken;
        return (c.endToken - c.firstToken >= 2 && institution(c.endToken - 1))
            || (next < text.size() && text.at(next).spaceBefore
                && text.at(next).sentence == text.at(c.firstToken).sentence && institution(next));
    });

    // Names found once by context hold for the whole article: "Huang" after "Jensen Huang",
    // "Nordlicht Research" after "das Beratungshaus Nordlicht Research".
    // Keyed by token hashes (Text::wordHash), which the tokenizer computed already.
    std::unordered_map<quint64, std::pair<EntityType, QString>> surnames; // surname → type, full name
    std::unordered_map<quint64, std::pair<EntityType, QString>> names; // token sequence → type, canonical
    HashSet nameStarts; // first tokens of those names
    auto sequenceKey = [&text](int first, int end) {
        quint64 key = 0x51ed27;
        for (int k = first; k < end; ++k)
            key = (key ^ text.hash(k)) * 0x100000001b3ull + quint64(k - first);
        return key;
    };
    auto canonicalOf = [&input](const Candidate &c) {
        return c.mention.canonical.isEmpty() ? input.mid(c.mention.start, c.mention.length())
                                             : c.mention.canonical;
    };
    // A person is sure of a surname when named in full or after a role ("Senator Henkel").
    for (const Candidate &c : kept) {
        if (c.mention.type == EntityType::Person
            && (c.endToken - c.firstToken >= 2 || context.has(c.firstToken - 1, WordInfo::PersonRole)))
            surnames.emplace(text.hash(c.endToken - 1), std::pair {EntityType::Person, canonicalOf(c)});
    }
    // That surname holds over the tagger's or a rule's other reading of the bare word elsewhere
    // ("Müller" after "Thomas Müller"). Names the lists hold keep their type: "Porsche" after
    // "Wolfgang Porsche" is mostly the carmaker.
    for (Candidate &c : kept) {
        const EntityType type = c.mention.type;
        if (c.endToken - c.firstToken != 1 || c.priority > Priority::Model || !c.mention.canonical.isEmpty()
            || type == EntityType::Person || type == EntityType::Quantity || type == EntityType::Date)
            continue;
        if (const auto sn = surnames.find(text.hash(c.firstToken)); sn != surnames.end()) {
            c.mention.type = EntityType::Person;
            c.mention.canonical = sn->second.second;
            continue;
        }
        // A listed person's family name alone is that person, not the place the tagger guesses
        // from its look ("Zuckerberg": -berg), where the words around it say a person: it opens
        // the sentence, stands in the genitive ("Zuckerbergs Firma"), beside a verb of saying or
        // after "laut". Places bear such names too ("Der Rhein führt Hochwasser", "in Hudson",
        // "der Haltestelle Goldberg").
        if (type != EntityType::Location || c.priority != Priority::Model)
            continue;
        const QStringView word = text.folded(c.firstToken);
        const int *entry = m_resources.listedFamilyNames.find(text.hash(c.firstToken));
        const bool genitive = !entry && word.endsWith(u's');
        if (genitive)
            entry = m_resources.listedFamilyNames.find(Text::wordHash(word.chopped(1)));
        if (entry && listedFamilyNameInPersonContext(context, c.firstToken, genitive)) {
            c.mention.type = EntityType::Person;
            c.mention.canonical = m_resources.gazetteer.entry(*entry).canonical;
        }
    }
    // A one-word product a rule found ("der Skoda Elroq", "das Präparat Zepbound") is that product
    // where the tagger alone read the bare word as a person or place ("vom Elroq", "Der Elroq
    // basiert …").
    HashSet products;
    for (const Candidate &c : kept)
        if (c.mention.type == EntityType::Product && c.endToken - c.firstToken == 1
            && c.priority >= Priority::Cue && text.at(c.firstToken).kind == Token::Word
            && !text.at(c.firstToken).hasDigit)
            products.insert(text.hash(c.firstToken));
    for (Candidate &c : kept)
        if (c.endToken - c.firstToken == 1 && c.priority == Priority::Model && c.mention.canonical.isEmpty()
            && (c.mention.type == EntityType::Person || c.mention.type == EntityType::Location)
            && products.count(text.hash(c.firstToken)))
            c.mention.type = EntityType::Product;
    retypeFirmsByVerbs(context, kept, surnames);
    // Before the long forms type their abbreviations: "der AGI" after "Allianz Global Investors
    // (AGI)" is a name by its article and of its long form's type.
    findNamesByTheirAbbreviation(context, m_adaptation.get(), kept);
    findAcronymsAfterArticles(context, m_adaptation.get(), kept);
    typeAbbreviationsByLongForm(context, input, kept);
    typeNamesByApposition(context, kept);
    findPlacesAfterPrepositions(context, kept);
    for (const EntityType type : {EntityType::Person, EntityType::Location, EntityType::Company})
        findNamesInLists(context, kept, type);
    // A company's short form holds over the tagger's guess for the bare word ("Tower" after
    // "Tower Semiconductor" is no person).
    const auto shortForms = companyShortForms(context, kept, canonicalOf);
    auto shortFormAt = [&](int i) {
        const auto it = shortForms.find(text.hash(i));
        return it != shortForms.end() && standsAlone(context, i) ? &it->second : nullptr;
    };
    if (!shortForms.empty()) {
        for (Candidate &c : kept) {
            if (c.endToken - c.firstToken != 1 || c.priority > Priority::Model
                || !c.mention.canonical.isEmpty() || c.mention.type == EntityType::Quantity
                || c.mention.type == EntityType::Date)
                continue;
            if (const QString *canonical = shortFormAt(c.firstToken)) {
                c.mention.type = EntityType::Company;
                c.mention.canonical = *canonical;
            }
        }
    }
    for (const Candidate &c : kept) {
        const EntityType type = c.mention.type;
        if (type == EntityType::Quantity || type == EntityType::Date || c.priority == Priority::OpeningPerson)
            continue;
        names.emplace(sequenceKey(c.firstToken, c.endToken), std::pair {type, canonicalOf(c)});
        nameStarts.insert(text.hash(c.firstToken));
    }
    // A sentence's first word taken for a person by its place alone is what the article names it
    // elsewhere ("… in Rojava einzudringen. Rojava ist …"); otherwise a person's name from there on.
    for (Candidate &c : kept) {
        if (c.priority != Priority::OpeningPerson)
            continue;
        const quint64 key = sequenceKey(c.firstToken, c.endToken);
        if (const auto found = names.find(key); found != names.end()) {
            c.mention.type = found->second.first;
            c.mention.canonical = found->second.second;
            continue;
        }
        names.emplace(key, std::pair {c.mention.type, canonicalOf(c)});
        nameStarts.insert(text.hash(c.firstToken));
    }
    std::vector<Candidate> extra;
    SpanSet taken;
    for (const Candidate &c : kept)
        taken.insert(c.mention.start, c.mention.end);
    auto isCovered = [&](int start, int end) { return taken.overlaps(start, end); };
    for (int i = 0; i < text.size(); ++i) {
        const Token &t = text.at(i);
        if (t.kind != Token::Word || !t.upper)
            continue;
        const QStringView key = text.folded(i);
        auto sn = surnames.find(text.hash(i));
        if (sn == surnames.end() && key.endsWith(QLatin1Char('s')))
            sn = surnames.find(Text::wordHash(QStringView(key).left(key.size() - 1)));
        if (sn != surnames.end() && !isCovered(t.start, t.end)) {
            Mention m;
            m.type = sn->second.first;
            m.canonical = sn->second.second;
            m.start = t.start;
            m.end = t.end;
            extra.push_back(Candidate {m, Priority::Person, i, i + 1});
            taken.insert(t.start, t.end);
            continue;
        }
        if (const QString *canonical = shortForms.empty() ? nullptr : shortFormAt(i);
            canonical && !isCovered(t.start, t.end)) {
            Mention m;
            m.type = EntityType::Company;
            m.canonical = *canonical;
            m.start = t.start;
            m.end = t.end;
            extra.push_back(Candidate {m, Priority::Weak, i, i + 1});
            taken.insert(t.start, t.end);
            continue;
        }
        // repeated multi-word names found by context
        if (!nameStarts.count(text.hash(i))) {
            // A one-word company's genitive, the "s" inside the span ("Nscales Rechenzentrum" after
            // "das Start-up Nscale"), when the lexicon knows no such word ("Unternehmens"); lists
            // derive their names' genitives themselves.
            if (key.size() > 3 && key.endsWith(u's') && !isCovered(t.start, t.end)
                && !context.has(i, WordInfo::Capitalized) && !context.has(i, WordInfo::Lowercase)) {
                const quint64 stem = Text::wordHash(key.chopped(1));
                const auto found
                    = nameStarts.count(stem) ? names.find((0x51ed27 ^ stem) * 0x100000001b3ull) : names.end();
                if (found != names.end() && found->second.first == EntityType::Company) {
                    Mention m;
                    m.type = EntityType::Company;
                    m.canonical = found->second.second;
                    m.start = t.start;
                    m.end = t.end;
                    extra.push_back(Candidate {m, Priority::Weak, i, i + 1});
                    taken.insert(t.start, t.end);
                }
            }
            continue;
        }
        for (int len = 4; len >= 1; --len) {
            if (i + len > text.size())
                continue;
            const auto found = names.find(sequenceKey(i, i + len));
            if (found == names.end())
                continue;
            const auto *it = &found->second;
            const int start = t.start, end = text.at(i + len - 1).end;
            if (isCovered(start, end))
                break;
            if (it->first == EntityType::Location && i + len < text.size() && text.is(i + len, u"-")
                && !text.at(i + len).spaceBefore)
                break; // compound prefix
            Mention m;
            m.type = it->first;
            m.canonical = it->second;
            m.start = start;
            m.end = end;
            extra.push_back(Candidate {m, Priority::Weak, i, i + len});
            taken.insert(start, end);
            i += len - 1;
            break;
        }
    }
    kept.insert(kept.end(), extra.begin(), extra.end());
    std::sort(kept.begin(), kept.end(),
        [](const Candidate &a, const Candidate &b) { return a.mention.start < b.mention.start; });

    AnalysisResult result;
    result.mentions.reserve(kept.size());
    QSet<QString> surfaces;
    for (const Candidate &c : kept)
        surfaces.insert(input.mid(c.mention.start, c.mention.length()).simplified());
    for (Candidate &c : kept) {
        Mention &m = c.mention;
        if (m.canonical.isEmpty()) {
            const QString surface = input.mid(m.start, m.length()).simplified();
            if (m.type == EntityType::Quantity || m.type == EntityType::Date) {
                m.canonical = surface;
            } else if (auto known = m_resources.gazetteer.findTokens(text, c.firstToken, c.endToken)) {
                m.canonical = m_resources.gazetteer.entry(*known).canonical;
            } else if (auto bare = m_resources.gazetteer.findTokens(text, c.firstToken, c.endToken, true)) {
                m.canonical = m_resources.gazetteer.entry(*bare).canonical;
            } else if (auto body = m.type == EntityType::Agency || m.type == EntityType::Organization
                    ? bodyNominative(text, input, m_resources, c.firstToken, c.endToken)
                    : std::nullopt) {
                m.canonical = *body;
            } else {
                m.canonical = m.type == EntityType::Agency
                    ? surface
                    : canonicalOfSurface(text, c, surface, surfaces, m_resources);
            }
        }
        result.mentions.push_back(std::move(m));
    }
    unifyAbbreviations(text, kept, result.mentions);
    result.relations = findRelations(text, result.mentions, m_resources);
    result.sentences.reserve(text.sentences().size());
    for (const Sentence &s : text.sentences())
        result.sentences.emplace_back(s.start, s.end);
    return result;
}

} // namespace Lagebild::Analysis
