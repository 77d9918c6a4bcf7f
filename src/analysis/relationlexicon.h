// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/entitytype.h"
#include "analysis/hashmap.h"
#include "analysis/hashset.h"
#include "core/relationtypes.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace Lagebild::Analysis {

/// What the relation reader knows of words, read from resources/analysis/relation-words.tsv,
/// relation-modifiers.tsv and relation-roles.tsv (the files explain their columns).
struct RelationLexicon
{
    /// Where a relation word finds its other end.
    struct Slot
    {
        enum Kind : quint8 { Object, Dative, Subject, Preposition, Infinitive, Act, Whether, Genitive };
        Kind kind = Object;
        QString preposition; ///< folded, for Preposition
        /// folded, for Preposition: the phrase's own complement with this preposition is the slot
        /// ("zum Verzicht auf Y", "von Käufen bei Y").
        QString inner;
    };

    struct Word
    {
        QString form; ///< folded start (verbs) or end (nouns)
        RelationType type = RelationType::Restricts;
        bool noun = false;
        std::vector<Slot> targets;
        bool productTarget = false; ///< the target must be a product
        bool actorTarget = false; ///< the target must not be a product
        /// The target must be a company or an organisation: a place one belongs to ("gehört zu
        /// Oberösterreich") is no owner.
        bool firmTarget = false;
        bool personSource = false;
        /// The source must be a company or an organisation: "Israel vertreibt die Bewohner" sells
        /// nothing.
        bool firmSource = false;
        /// The source must be a government, an authority or a country standing for one.
        bool authoritySource = false;
        /// The row reads the verb under a causative "lassen" only, and the others never ("lässt
        /// bei TSMC fertigen": the maker is the "bei" phrase, the subject the client).
        bool causative = false;
        bool swap = false; ///< source and target change places
        /// The target must be named by the phrase itself, not by a name it belongs to ("gehört
        /// zum Konzern X", but not "gehört zu den Kunden von X").
        bool named = false;
        /// The verb's accusative object, when it has one, is no abstract noun
        /// (relation-abstract-objects.txt): "liefert Chips", not "liefert das Argument".
        bool concreteObject = false;
        /// A noun's doer is its genitive or "von" phrase ("die Bestellungen von Lufthansa bei
        /// Airbus", "die Investitionen Chinas in Afrika"), whatever verb governs the noun.
        bool ofSource = false;
        /// A noun of a deal done ("die Übernahme von Kuka durch Midea", "Mideas Übernahme von
        /// Kuka"): its doer is its "durch" phrase or a genitive before it; without one, the
        /// company that is the subject of its clause, when the noun is in a phrase of means or
        /// time on the verb ("Bayer hat mit der Übernahme von Monsanto …").
        bool bySource = false;
        /// The noun counts only as a word of its own, never as a compound's end: "Kauf", not
        /// "Verkauf" or "Rückkauf".
        bool whole = false;
        /// A subject that is no name stands for the name it belongs to ("ein Viertel des Umsatzes
        /// von Infineon entfiel auf China").
        bool ownerSource = false;
        /// The verb takes no accusative ("gehören"): an object the parse reads in a clause where it
        /// finds no subject is the subject ("Zu Unicredit gehört die Hypovereinsbank").
        bool noAccusative = false;
        /// The act of the verb's zu-infinitive must be stopped or negated ("wies die Konzerne an,
        /// ihre Bestellungen zu stornieren", "forderte …, keine Chips mehr zu kaufen").
        bool stoppedAct = false;
        /// Any act of the verb's zu-infinitive is controlled, not only a relation verb's: what a
        /// ban forbids is forbidden whatever the act ("untersagte Boeing, die Produktion des 737
        /// MAX hochzufahren").
        bool anyAct = false;
        /// A noun read only as the predicate of a copula, as its clause's verb ("China ist ein
        /// wichtiger Markt für ASML": the subject and the noun's phrases are the ends).
        bool predicate = false;
        QString withEnding; ///< folded: a word of the clause must end so
        /// In the passive, phrases with these prepositions name the maker too ("wird beim Hersteller
        /// SMIC gefertigt").
        QStringList agentPrepositions;
    };

    /// Receive: a verb whose subject receives what its object noun names ("erhielt eine Lizenz"),
    /// so that the noun's act goes from its "von"/"aus" phrase or genitive to the subject.
    enum class Modifier : quint8 { Negation, Stop, Lift, Hypothetical, Receive };

    struct Role
    {
        RelationType type = RelationType::Leads;
        /// leads: the person named after the noun heads the one named before or in it;
        /// owns, ownerFirst: the one in or before the noun owns the one after it ("Nvidia-Tochter
        /// Mellanox"); owns, !ownerFirst: the one before the noun owns the one after ("ByteDance,
        /// Eigentümer von TikTok"); partners_with: the two are partners, either way ("der
        /// VW-Partner CATL"), and only the listed words count, no other compound of them;
        /// invests_in: the one named after the noun invests in the one before ("Zu den Geldgebern
        /// von Zhipu zählen Alibaba"), read only from such lists.
        bool ownerFirst = false;
        /// Folded start of the word that must stand right before the role word for it to count:
        /// "größter Aktionär" owns, a plain "Aktionär" holds too little (relation-roles.tsv).
        QString after;
    };

    /// A role word whose holder heads the body named by the word with its end replaced:
    /// "Handelsministerin Gina Raimondo" heads the "Handelsministerium".
    struct Office
    {
        QString role; ///< the folded end of the role word: "ministerin"
        QString body; ///< what replaces it: "ministerium"; empty: the first part is the body
    };

    /// Classes of the function words the reader reads sentences by
    /// (resources/analysis/relation-function-words.tsv).
    enum FunctionWord : quint64 {
        Coordinator = 1u << 0,
        Article = 1u << 1,
        Link = 1u << 2,
        Of = 1u << 3,
        Copula = 1u << 4,
        Possessive = 1u << 5,
        CreditBefore = 1u << 6,
        CreditAfter = 1u << 7,
        Future = 1u << 8,
        PassiveAuxiliary = 1u << 9,
        AgentPreposition = 1u << 10,
        Naming = 1u << 11,
        Instrument = 1u << 12,
        InfinitiveParticle = 1u << 13,
        Causative = 1u << 14,
        Giver = 1u << 15,
        /// "nicht nur": the negation before it contrasts, it does not negate.
        Contrast = 1u << 16,
        /// "sondern" of "nicht nur X, sondern auch Y".
        Correlative = 1u << 17,
        /// "auch": adds a member after a correlative.
        Additive = 1u << 18,
        /// "mit", "nach", "infolge": a phrase whose noun of a deal is the clause subject's own act
        /// ("Bayer hat mit der Übernahme von Monsanto …", "nach dem Kauf von X").
        Means = 1u << 19,
        /// "zusammen", "gemeinsam": an adverb whose "mit" phrase names who acts with the subject;
        /// the parse may hang the verb's phrase on it ("Zusammen mit Bosch hat Siemens …").
        Companion = 1u << 20,
        /// "ob": the clause it opens is what a verb of examining looks into.
        Whether = 1u << 21,
        /// "an", "durch": the phrase of a deal's other party ("der Verkauf der Sparte an Carrier",
        /// "die Übernahme von Kuka durch Midea"), which a verb acting on the deal acts on too.
        Party = 1u << 22,
        /// "Jahr", "Dezember": the noun of a phrase of time. The parse hangs an object that follows
        /// one on it ("hatte im vergangenen Jahr den Spezialisten Biotheus gekauft").
        Time = 1u << 23,
        /// "Angaben", "Informationen": the noun of a source phrase put into a clause ("ermittelt
        /// nach Angaben aus Finanzkreisen gegen Ergo"); the parse hangs the verb's phrase after it
        /// on it.
        Report = 1u << 24,
        /// "sich": the parse may take it for the object ("schnappt sich die Agentur X").
        Reflexive = 1u << 25,
        /// "war", "ehemalige": a role held once, no longer ("war bis 2019 Tochter von").
        Past = 1u << 26,
        /// "zählen", "gehören": put the names after them among the holders of a plural role ("Zu den
        /// Geldgebern von Zhipu zählen Alibaba und Tencent").
        Among = 1u << 27,
        /// "Typ", "Typs": a noun of kind that names the product after it ("Nvidia-Chips vom Typ
        /// RTX Pro 6000D").
        Kind = 1u << 28,
        /// "den", "dem", "einen": a relative pronoun or a determiner never in the nominative — in
        /// a relative clause no subject ("Bosch, den BMW beliefert").
        NotNominative = 1u << 29,
        /// "das", "ist", "kann": singular whatever the ending says (a relative clause's subject
        /// agrees with its verb).
        Singular = 1u << 30,
        /// "sind": plural whatever the ending says.
        Plural = 1u << 31,
        /// "der", "dem", "dessen": a relative pronoun never in the accusative — never the object of
        /// a verb that takes an accusative ("Comcast, der NBC Universal übernommen hat").
        NotAccusative = 1ull << 32,
        /// "zu" of "gehört zu 70 Prozent TSMC": the preposition of a share held; the name right
        /// after the share's amount is the owner in the dative, however the parse hangs it.
        Share = 1ull << 33,
        /// "hatte", "hat": the auxiliary of the perfect. The parse may make it the clause's verb
        /// and the participle a clause under it ("hatte Siemens, der Technikkonzern, … übernommen");
        /// the participle's subject is then the auxiliary's.
        PerfectAuxiliary = 1ull << 34,
        /// "im": a preposition fused with a dative article, where something is, never where it
        /// goes ("Nexperias Werk im chinesischen Dongguan" is the site of Nexperia's plant).
        Locative = 1ull << 35,
        /// "gleichzeitig", "parallel": an adverb whose "mit" phrase names one who does the same
        /// apart, no party to the act ("arbeitet gleichzeitig mit Bosch an …"), wherever the parse
        /// hangs the phrase.
        Apart = 1ull << 36,
        /// "unter": right after a body's name and before a head's role word and name, it names the
        /// head ("das Bundeswirtschaftsministerium unter Ministerin Katherina Reiche").
        Under = 1ull << 37,
    };
    /// Whether the folded word is of the class. Looked up by its Text::wordHash, so that a
    /// token's view needs no copy (the reader asks this of most words of a parsed sentence).
    [[nodiscard]] bool is(QStringView folded, FunctionWord kind) const;
    /// The same for a word given by its Text::wordHash (TokenizedText::hash).
    [[nodiscard]] bool is(quint64 wordHash, FunctionWord kind) const
    {
        const quint64 *bits = functionWords.find(wordHash);
        return bits && (*bits & kind);
    }
    /// Whether the folded word contains a word of the class ("einzustellen" the particle "zu").
    [[nodiscard]] bool contains(QStringView folded, FunctionWord kind) const;

    std::vector<Word> verbs; ///< longest form first
    std::vector<Word> nouns; ///< longest form first
    QHash<QString, Modifier> modifiers;
    std::vector<Office> offices;
    /// Text::wordHash of a folded word → its FunctionWord classes.
    HashMap<quint64> functionWords;
    /// The same words as listed, for contains().
    std::vector<std::pair<QString, quint64>> functionWordList;
    std::vector<std::pair<QString, Modifier>> verbModifiers; ///< starts of the kinds but negation
    QStringList orderPlacing; ///< starts of the stops that place an order ("aufgeben")
    QHash<QString, Role> roles;
    /// Text::wordHash of every key of roles: role() tries each ending of a word and asks the
    /// table only for endings whose hash is here, without making a string for the rest.
    HashSet roleHashes;
    /// Folded ends of nouns that name a maker of products ("Pharmakonzerns", "Flugzeugbauer"):
    /// the name after one owns the product before its genitive ("das Mittel Wegovy des
    /// Pharmakonzerns Novo Nordisk"); an operator or client ("der Fluggesellschaft") does not.
    std::vector<QString> makerNouns;
    /// Words opening a list of names that stand for the plural noun before them ("mehrere
    /// Autobauer, darunter BMW und Audi", "Kunden wie Apple"; relation-list-openers.tsv).
    struct ListOpener
    {
        QStringList words; ///< folded
        bool afterComma = false; ///< after the noun's phrase and a comma
        bool afterNoun = false; ///< right after the noun
    };
    std::vector<ListOpener> listOpeners;
    /// Whether the folded noun ends in a maker noun (relation-makers.txt).
    [[nodiscard]] bool isMaker(QStringView folded) const
    {
        return std::any_of(makerNouns.begin(), makerNouns.end(),
            [folded](const QString &end) { return folded.endsWith(end); });
    }
    /// Folded ends of nouns that say what kind of product a maker's product is ("Marke",
    /// "Unkrautvernichter"), never what a client runs ("Jet"): "die Pepsico-Marke Lay's" → Pepsico
    /// owns Lay's (relation-product-nouns.txt).
    std::vector<QString> productNouns;
    [[nodiscard]] bool isProductNoun(QStringView folded) const
    {
        return std::any_of(productNouns.begin(), productNouns.end(),
            [folded](const QString &end) { return folded.endsWith(end); });
    }
    /// Nouns that, after a definite article and with no name after them, stand for an entity the
    /// sentence names ("das Unternehmen", "den Konzern"), by Text::wordHash of the folded word: the
    /// type the name must have (relation-anaphors.tsv).
    HashMap<EntityType> anaphors;
    /// The last words of a clause "wie X …" in which X reports ("wie RWE mitteilte"), by
    /// Text::wordHash (relation-anaphors.tsv, kind "report").
    HashSet reportWords;
    /// The word that opens such a clause ("wie"; kind "opener").
    HashSet reportOpeners;
    /// The definite articles before such a noun (relation-anaphors.tsv, kind "definite").
    HashSet definiteArticles;
    /// Folded nouns (a compound's last part) that make a verb of giving figurative as its object.
    QSet<QString> abstractObjects;
    /// Canonical names of organisations that act as authorities (relation-authorities.txt):
    /// "Europäische Union".
    QSet<QString> authorities;
    /// Folded role words of a head that name no company of their own ("Konzernchef"):
    /// relation-generic-heads.txt.
    QSet<QString> genericHeads;
    /// A company's business in a country (relation-country-business.tsv): folded ends of nouns
    /// joined to a country ("China-Geschäft"), of nouns of a market after "als", the prepositions
    /// of a clause's opening phrase that names the company ("Für TSMC …"), and starts of verbs that
    /// give the business away ("verkauft").
    QStringList businessNouns;
    QStringList marketNouns;
    QStringList businessFrames;
    QStringList businessGone;
    /// A licence duty read by its words (relation-licence-duties.tsv): folded ends of nouns of a
    /// licence ("Ausfuhrgenehmigung"), folded starts of words saying it is needed ("benötigt",
    /// "erforderlich"), prepositions of a region, whose phrase names no party ("außerhalb"), and
    /// the words opening a clause of rules ("nach denen").
    QStringList licenceNouns;
    QString licenceLastLetters; ///< the last letter of each of licenceNouns, a cheap test first
    QStringList licenceNeeds;
    QStringList regionPrepositions;
    /// Words (folded, space-separated) opening a clause that says what rules say ("nach denen").
    QStringList ruleOpeners;
    /// A licence not granted (relation-licence-duties.tsv): folded starts of verbs of granting
    /// ("erteilt"), the words opening a clause of reason ("weil") and a genitive relative clause
    /// ("für deren"); prepositions whose phrase names no one who refuses ("nach China").
    QStringList licenceGrants;
    QStringList reasonOpeners;
    QStringList whoseOpeners;
    QStringList phrasePrepositions;
    /// Separable particles (folded) a relation verb may carry in front, in file order: a longer
    /// particle before one it starts with ("zusammen" before "zu"; relation-particles.txt).
    std::vector<QString> particles;
    /// What makes a sentence worth parsing: a word starting like a verb form, or like one without
    /// its separable particle ("gib" of "freigib") when the particle stands later in the sentence
    /// ("gibt … frei"), and any word the row's condition asks for ("Liste").
    struct VerbStart
    {
        QString start;
        QString particle; ///< empty: the form as listed
        QString with;
    };
    std::vector<VerbStart> verbStarts;
    /// Indices into verbStarts by the first letter, into nouns by the last ('a'–'z', else 26): a
    /// word is compared only with the forms that can match it.
    std::array<std::vector<int>, 27> verbStartsByFirst;
    std::array<std::vector<int>, 27> nounsByLast;
    /// Indices into verbs by the first letter (longest form first, as verbs), and the verb
    /// modifiers by theirs: verbRows and modifier() run on every word of a parsed sentence.
    std::array<std::vector<int>, 27> verbsByFirst;
    std::array<std::vector<int>, 27> verbModifiersByFirst;
    static int letterIndex(QChar c) { return c >= u'a' && c <= u'z' ? c.unicode() - u'a' : 26; }
    /// The same by a word's first two letters (verb starts) or last two (nouns), for the tests
    /// whether any form matches, which run on every word of a sentence with two names: a tenth of
    /// the comparisons. A one-letter form stands under every second letter.
    std::vector<std::vector<int>> verbStartsByFirstTwo;
    std::vector<std::vector<int>> nounsByLastTwo;
    static int pairIndex(QStringView folded, bool fromEnd);

    static RelationLexicon load();
    /// Verb rows whose form starts `folded`, in file order, from the longest matching form.
    [[nodiscard]] std::vector<const Word *> verbRows(const QString &folded) const;
    [[nodiscard]] std::vector<const Word *> nounRows(const QString &folded) const;
    /// A zu-infinitive of a separable verb without its "zu" ("zusammenzuarbeiten" →
    /// "zusammenarbeiten", "freizugeben" → "freigeben"); other words as they are.
    [[nodiscard]] QString withoutInfix(const QString &folded) const;
    /// Whether the folded word is a separable particle a relation verb may have left at the end
    /// of its clause ("gibt … frei", "setzt … aus").
    [[nodiscard]] bool isSeparableParticle(const QString &folded) const;
    /// Whether the folded word ends like a relation noun: a cheap test before nounRows.
    [[nodiscard]] bool endsLikeNoun(QStringView folded) const;
    /// How a word changes a relation: whole words for negation, word starts for the others
    /// ("stoppte", "eingestellt", "dürften").
    [[nodiscard]] std::optional<Modifier> modifier(const QString &folded) const;
    /// Whether the folded verb is a stop that places an order when its object is one ("gibt eine
    /// Bestellung auf"; relation-modifiers.tsv, third column "order").
    [[nodiscard]] bool placesOrders(const QString &folded) const;
    /// The role noun `folded` is or ends with ("konzernchef" → chef); `before` is the folded word
    /// right before it, which a role word that needs one must follow ("größter Aktionär").
    [[nodiscard]] const Role *role(QStringView folded, QStringView before = {}) const;
    /// The office the folded word ends in ("handelsministerin" → ministerin/ministerium).
    [[nodiscard]] const Office *office(QStringView folded) const;
};

} // namespace Lagebild::Analysis
