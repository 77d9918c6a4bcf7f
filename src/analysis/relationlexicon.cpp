// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/relationlexicon.h"

#include "analysis/resources.h"
#include "text/germanfolding.h"

#include <algorithm>

namespace Lagebild::Analysis {

namespace {

RelationLexicon::Word parseWord(const QStringList &row)
{
    RelationLexicon::Word w;
    w.form = row.value(0).trimmed();
    if (const auto type = relationTypeFromName(row.value(1).trimmed()))
        w.type = *type;
    else
        qFatal("relation-words.tsv: unknown relation %s", qPrintable(row.value(1)));
    w.noun = row.value(2).trimmed() == u"noun";
    for (const QString &slot : row.value(3).trimmed().split(u',', Qt::SkipEmptyParts)) {
        RelationLexicon::Slot s;
        if (slot == u"obj")
            s.kind = RelationLexicon::Slot::Object;
        else if (slot == u"dat")
            s.kind = RelationLexicon::Slot::Dative;
        else if (slot == u"subj")
            s.kind = RelationLexicon::Slot::Subject;
        else if (slot == u"inf")
            s.kind = RelationLexicon::Slot::Infinitive;
        else if (slot == u"act")
            s.kind = RelationLexicon::Slot::Act;
        else if (slot == u"whether")
            s.kind = RelationLexicon::Slot::Whether;
        else if (slot == u"gen")
            s.kind = RelationLexicon::Slot::Genitive;
        else if (slot.startsWith(u"pp:"))
            s = {RelationLexicon::Slot::Preposition, slot.mid(3).section(u'>', 0, 0), slot.section(u'>', 1)};
        else
            qFatal("relation-words.tsv: unknown slot %s", qPrintable(slot));
        w.targets.push_back(s);
    }
    for (const QString &c : row.value(4).trimmed().split(u' ', Qt::SkipEmptyParts)) {
        if (c == u"target:product")
            w.productTarget = true;
        else if (c == u"target:actor")
            w.actorTarget = true;
        else if (c == u"target:firm")
            w.firmTarget = true;
        else if (c == u"source:person")
            w.personSource = true;
        else if (c == u"source:firm")
            w.firmSource = true;
        else if (c == u"source:authority")
            w.authoritySource = true;
        else if (c == u"causative")
            w.causative = true;
        else if (c == u"named")
            w.named = true;
        else if (c == u"object:concrete")
            w.concreteObject = true;
        else if (c == u"source:of")
            w.ofSource = true;
        else if (c == u"source:by")
            w.bySource = true;
        else if (c == u"whole")
            w.whole = true;
        else if (c == u"source:owner")
            w.ownerSource = true;
        else if (c == u"noaccusative")
            w.noAccusative = true;
        else if (c == u"swap")
            w.swap = true;
        else if (c == u"predicate")
            w.predicate = true;
        else if (c == u"act:stopped")
            w.stoppedAct = true;
        else if (c == u"act:any")
            w.anyAct = true;
        else if (c.startsWith(u"with:"))
            w.withEnding = c.mid(5);
        else if (c.startsWith(u"agent:"))
            w.agentPrepositions = c.mid(6).split(u'|');
        else
            qFatal("relation-words.tsv: unknown condition %s", qPrintable(c));
    }
    return w;
}

// `candidates` index `words` (longest form first) and hold every form that can match: those
// sharing the word's first letter (atEnd false) or last letter (atEnd true).
std::vector<const RelationLexicon::Word *> matching(const std::vector<RelationLexicon::Word> &words,
    const std::vector<int> &candidates, const QString &folded, bool atEnd)
{
    std::vector<const RelationLexicon::Word *> out;
    for (const int k : candidates) {
        const RelationLexicon::Word &w = words[size_t(k)];
        if (!out.empty() && w.form.size() < out.front()->form.size())
            break; // longest first: shorter forms are only tried when no longer one matched
        if (out.empty() || w.form == out.front()->form) {
            if (atEnd ? folded.endsWith(w.form) : folded.startsWith(w.form))
                out.push_back(&w);
        }
    }
    return out;
}

// Rows "kind<TAB>form" of a file of word lists, each kind's forms into its list; an unknown kind
// is an error in the shipped data.
void readKindLists(const QString &path, std::initializer_list<std::pair<QStringView, QStringList *>> kinds)
{
    for (const QStringList &row : resourceRows(path)) {
        const QString kind = row.value(0).trimmed();
        QStringList *list = nullptr;
        for (const auto &[name, into] : kinds)
            if (kind == name)
                list = into;
        if (!list)
            qFatal("%s: unknown kind %s", qPrintable(path), qPrintable(kind));
        list->push_back(row.value(1).trimmed());
    }
}

} // namespace

RelationLexicon RelationLexicon::load()
{
    RelationLexicon lexicon;
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-words.tsv"))) {
        Word w = parseWord(row);
        (w.noun ? lexicon.nouns : lexicon.verbs).push_back(std::move(w));
    }
    // Longest forms first; rows of one form keep their file order.
    const auto longestFirst = [](const Word &a, const Word &b) { return a.form.size() > b.form.size(); };
    std::stable_sort(lexicon.verbs.begin(), lexicon.verbs.end(), longestFirst);
    std::stable_sort(lexicon.nouns.begin(), lexicon.nouns.end(), longestFirst);
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-particles.txt")))
        lexicon.particles.push_back(row.value(0).trimmed());
    // Longer particles first, whatever the file's order: "zurück" before "zu" splits "zurückkaufen".
    std::stable_sort(lexicon.particles.begin(), lexicon.particles.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const Word &w : lexicon.verbs) {
        lexicon.verbStarts.push_back({w.form, {}, w.withEnding});
        for (const QString &p : lexicon.particles)
            if (w.form.startsWith(p) && w.form.size() > p.size() + 2)
                lexicon.verbStarts.push_back({w.form.mid(p.size()), p, w.withEnding});
    }
    for (size_t k = 0; k < lexicon.verbStarts.size(); ++k)
        lexicon.verbStartsByFirst[size_t(letterIndex(lexicon.verbStarts[k].start.front()))].push_back(int(k));
    for (size_t k = 0; k < lexicon.nouns.size(); ++k)
        lexicon.nounsByLast[size_t(letterIndex(lexicon.nouns[k].form.back()))].push_back(int(k));
    const auto byPair = [](std::vector<std::vector<int>> &index, const QString &form, int k, bool fromEnd) {
        index.resize(27 * 28);
        if (form.size() >= 2) {
            index[size_t(pairIndex(form, fromEnd))].push_back(k);
            return;
        }
        const int first = letterIndex(form.front()) * 28;
        for (int second = 0; second < 28; ++second)
            index[size_t(first + second)].push_back(k);
    };
    for (size_t k = 0; k < lexicon.verbStarts.size(); ++k)
        byPair(lexicon.verbStartsByFirstTwo, lexicon.verbStarts[k].start, int(k), false);
    for (size_t k = 0; k < lexicon.nouns.size(); ++k)
        byPair(lexicon.nounsByLastTwo, lexicon.nouns[k].form, int(k), true);
    for (size_t k = 0; k < lexicon.verbs.size(); ++k)
        lexicon.verbsByFirst[size_t(letterIndex(lexicon.verbs[k].form.front()))].push_back(int(k));
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-modifiers.tsv"))) {
        const QString kind = row.value(1).trimmed();
        const Modifier m = kind == u"negation" ? Modifier::Negation
            : kind == u"stop"                  ? Modifier::Stop
            : kind == u"lift"                  ? Modifier::Lift
            : kind == u"receive"               ? Modifier::Receive
                                               : Modifier::Hypothetical;
        lexicon.modifiers.insert(row.value(0).trimmed(), m);
        if (row.value(2).trimmed() == u"order")
            lexicon.orderPlacing.push_back(row.value(0).trimmed());
        if (m != Modifier::Negation)
            lexicon.verbModifiers.emplace_back(row.value(0).trimmed(), m);
    }
    for (size_t k = 0; k < lexicon.verbModifiers.size(); ++k)
        lexicon.verbModifiersByFirst[size_t(letterIndex(lexicon.verbModifiers[k].first.front()))].push_back(
            int(k));
    static const QHash<QString, FunctionWord> classes {{QStringLiteral("coordinator"), Coordinator},
        {QStringLiteral("article"), Article}, {QStringLiteral("link"), Link}, {QStringLiteral("of"), Of},
        {QStringLiteral("copula"), Copula}, {QStringLiteral("possessive"), Possessive},
        {QStringLiteral("credit-before"), CreditBefore}, {QStringLiteral("credit-after"), CreditAfter},
        {QStringLiteral("future"), Future}, {QStringLiteral("passive"), PassiveAuxiliary},
        {QStringLiteral("agent"), AgentPreposition}, {QStringLiteral("naming"), Naming},
        {QStringLiteral("instrument"), Instrument}, {QStringLiteral("infinitive"), InfinitiveParticle},
        {QStringLiteral("causative"), Causative}, {QStringLiteral("giver"), Giver},
        {QStringLiteral("contrast"), Contrast}, {QStringLiteral("correlative"), Correlative},
        {QStringLiteral("additive"), Additive}, {QStringLiteral("means"), Means},
        {QStringLiteral("whether"), Whether}, {QStringLiteral("party"), Party},
        {QStringLiteral("time"), Time}, {QStringLiteral("report"), Report},
        {QStringLiteral("reflexive"), Reflexive}, {QStringLiteral("past"), Past},
        {QStringLiteral("among"), Among}, {QStringLiteral("kind"), Kind},
        {QStringLiteral("not-nominative"), NotNominative}, {QStringLiteral("singular"), Singular},
        {QStringLiteral("plural"), Plural}, {QStringLiteral("not-accusative"), NotAccusative},
        {QStringLiteral("share"), Share}, {QStringLiteral("perfect"), PerfectAuxiliary},
        {QStringLiteral("locative"), Locative}, {QStringLiteral("companion"), Companion},
        {QStringLiteral("apart"), Apart}, {QStringLiteral("under"), Under}};
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-function-words.tsv"))) {
        quint64 bits = 0;
        for (const QString &name : row.value(1).split(QLatin1Char(','))) {
            const auto it = classes.constFind(name.trimmed());
            if (it == classes.constEnd())
                qFatal("relation-function-words.tsv: unknown class %s", qPrintable(name));
            bits |= it.value();
        }
        const QString word = row.value(0).trimmed();
        lexicon.functionWords[Text::wordHash(word)] |= bits;
        lexicon.functionWordList.emplace_back(word, bits);
    }
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-list-openers.tsv"))) {
        RelationLexicon::ListOpener opener;
        opener.words = row.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &where : row.value(1).split(QLatin1Char(','))) {
            if (where.trimmed() == u"comma")
                opener.afterComma = true;
            else if (where.trimmed() == u"noun")
                opener.afterNoun = true;
            else
                qFatal("relation-list-openers.tsv: unknown place %s", qPrintable(where));
        }
        if (opener.words.isEmpty())
            qFatal("relation-list-openers.tsv: a row without an opener");
        lexicon.listOpeners.push_back(std::move(opener));
    }
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-makers.txt")))
        lexicon.makerNouns.push_back(row.value(0).trimmed());
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-product-nouns.txt")))
        lexicon.productNouns.push_back(row.value(0).trimmed());
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-abstract-objects.txt")))
        lexicon.abstractObjects.insert(row.value(0).trimmed());
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-authorities.txt")))
        lexicon.authorities.insert(row.value(0).trimmed());
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-generic-heads.txt")))
        lexicon.genericHeads.insert(row.value(0).trimmed());
    readKindLists(QStringLiteral(":/analysis/relation-country-business.tsv"),
        {{u"business", &lexicon.businessNouns}, {u"market", &lexicon.marketNouns},
            {u"frame", &lexicon.businessFrames}, {u"gone", &lexicon.businessGone}});
    readKindLists(QStringLiteral(":/analysis/relation-licence-duties.tsv"),
        {{u"licence", &lexicon.licenceNouns}, {u"need", &lexicon.licenceNeeds},
            {u"region", &lexicon.regionPrepositions}, {u"opener", &lexicon.ruleOpeners},
            {u"grant", &lexicon.licenceGrants}, {u"reason", &lexicon.reasonOpeners},
            {u"whose", &lexicon.whoseOpeners}, {u"phrase", &lexicon.phrasePrepositions}});
    for (const QString &noun : lexicon.licenceNouns)
        if (!noun.isEmpty() && !lexicon.licenceLastLetters.contains(noun.back()))
            lexicon.licenceLastLetters.append(noun.back());
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-anaphors.tsv"))) {
        const quint64 hash = Text::wordHash(Text::foldWord(row.value(0).trimmed()));
        const QString kind = row.value(1).trimmed();
        if (kind == u"report" || kind == u"opener" || kind == u"definite") {
            (kind == u"report"          ? lexicon.reportWords
                    : kind == u"opener" ? lexicon.reportOpeners
                                        : lexicon.definiteArticles)
                .insert(hash);
            continue;
        }
        const auto type = typeFromName(kind);
        if (!type)
            qFatal("relation-anaphors.tsv: unknown type %s", qPrintable(kind));
        lexicon.anaphors[hash] = *type;
    }
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/relation-roles.tsv"))) {
        if (row.value(2).trimmed() == u"office") {
            // "=": the compound's first part is the body itself (relation-roles.tsv).
            const QString body = row.value(3).trimmed();
            lexicon.offices.push_back({row.value(0).trimmed(), body == u"=" ? QString() : body});
            continue;
        }
        Role r;
        r.type = relationTypeFromName(row.value(1).trimmed()).value_or(RelationType::Leads);
        if (r.type != RelationType::Owns && r.type != RelationType::Supplies
            && r.type != RelationType::PartnersWith && r.type != RelationType::InvestsIn)
            r.type = RelationType::Leads;
        r.ownerFirst = row.value(2).trimmed() == u"owner-first";
        if (const QString c = row.value(3).trimmed(); c.startsWith(u"after:"))
            r.after = c.mid(6);
        else if (!c.isEmpty())
            qFatal("relation-roles.tsv: unknown condition %s", qPrintable(c));
        lexicon.roles.insert(row.value(0).trimmed(), r);
        lexicon.roleHashes.insert(Text::wordHash(row.value(0).trimmed()));
    }
    return lexicon;
}

std::vector<const RelationLexicon::Word *> RelationLexicon::verbRows(const QString &folded) const
{
    if (folded.isEmpty())
        return {};
    return matching(verbs, verbsByFirst[size_t(letterIndex(folded.front()))], folded, false);
}

std::vector<const RelationLexicon::Word *> RelationLexicon::nounRows(const QString &folded) const
{
    if (folded.isEmpty())
        return {};
    std::vector<const Word *> rows
        = matching(nouns, nounsByLast[size_t(letterIndex(folded.back()))], folded, true);
    // "Verkauf" ends like "Kauf" but is no purchase: a row of a whole word matches that word only.
    std::erase_if(rows, [&folded](const Word *w) { return w->whole && w->form != folded; });
    return rows;
}

int RelationLexicon::pairIndex(QStringView folded, bool fromEnd)
{
    const qsizetype n = folded.size();
    const int first = letterIndex(fromEnd ? folded[n - 1] : folded[0]);
    const int second = n < 2 ? 27 : letterIndex(fromEnd ? folded[n - 2] : folded[1]);
    return first * 28 + second;
}

QString RelationLexicon::withoutInfix(const QString &folded) const
{
    for (const QString &p : particles)
        if (folded.size() > p.size() + 5 && folded.startsWith(p)
            && QStringView(folded).mid(p.size()).startsWith(u"zu"))
            return p + folded.mid(p.size() + 2);
    return folded;
}

bool RelationLexicon::isSeparableParticle(const QString &folded) const
{
    return std::find(particles.begin(), particles.end(), folded) != particles.end();
}

bool RelationLexicon::endsLikeNoun(QStringView folded) const
{
    if (folded.isEmpty())
        return false;
    const auto &candidates = nounsByLastTwo[size_t(pairIndex(folded, true))];
    return std::any_of(
        candidates.begin(), candidates.end(), [&](int k) { return folded.endsWith(nouns[size_t(k)].form); });
}

std::optional<RelationLexicon::Modifier> RelationLexicon::modifier(const QString &folded) const
{
    if (const auto it = modifiers.constFind(folded); it != modifiers.constEnd())
        return it.value();
    if (folded.isEmpty())
        return std::nullopt;
    for (const int k : verbModifiersByFirst[size_t(letterIndex(folded.front()))])
        if (folded.startsWith(verbModifiers[size_t(k)].first))
            return verbModifiers[size_t(k)].second;
    return std::nullopt;
}

bool RelationLexicon::placesOrders(const QString &folded) const
{
    return std::any_of(orderPlacing.begin(), orderPlacing.end(),
        [&folded](const QString &start) { return folded.startsWith(start); });
}

const RelationLexicon::Role *RelationLexicon::role(QStringView folded, QStringView before) const
{
    for (qsizetype start = 0; start + 2 < folded.size(); ++start) {
        if (!roleHashes.contains(Text::wordHash(folded.mid(start))))
            continue;
        const auto it = roles.constFind(folded.mid(start).toString());
        // A partner's compounds are mostly no partnership ("Gesprächspartner", "Tarifpartner"):
        // only the listed words count. A word that needs one before it counts whole only.
        if (it != roles.constEnd() && (start == 0 || it->type != RelationType::PartnersWith)
            && (it->after.isEmpty() || (start == 0 && before.startsWith(it->after))))
            return &it.value();
    }
    return nullptr;
}

bool RelationLexicon::is(QStringView folded, FunctionWord kind) const
{
    return is(Text::wordHash(folded), kind);
}

bool RelationLexicon::contains(QStringView folded, FunctionWord kind) const
{
    return std::any_of(functionWordList.begin(), functionWordList.end(),
        [&](const auto &word) { return (word.second & kind) && folded.contains(word.first); });
}

const RelationLexicon::Office *RelationLexicon::office(QStringView folded) const
{
    for (const Office &o : offices)
        if (folded.size() > o.role.size() && folded.endsWith(o.role))
            return &o;
    return nullptr;
}

} // namespace Lagebild::Analysis
