// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/resources.h"

#include "analysis/tokens.h"
#include "text/germanfolding.h"

#include <QDir>
#include <QFile>

namespace Lagebild::Analysis {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("analysis resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// Non-empty, non-comment lines, split at tabs.
std::vector<QStringList> rows(const QString &path)
{
    std::vector<QStringList> result;
    for (const QString &line : readResource(path).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        result.push_back(line.split(QLatin1Char('\t')));
    }
    return result;
}

QStringList foldedTokens(const QString &phrase)
{
    const TokenizedText tokens(phrase);
    QStringList out;
    for (int i = 0; i < tokens.size(); ++i)
        out.append(tokens.folded(i));
    return out;
}

} // namespace

const QSet<QString> &germanAbbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const QStringList &row : rows(QStringLiteral(":/analysis/abbreviations.txt")))
            s.insert(row.first().trimmed());
        return s;
    }();
    return set;
}

TokenClasses TokenClasses::compute(const TokenizedText &text, const Resources &resources)
{
    TokenClasses classes;
    classes.info.resize(size_t(text.size()));
    classes.gazetteerMatches.resize(size_t(text.size()));
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).kind == Token::Punct)
            continue;
        classes.gazetteerMatches[size_t(i)] = resources.gazetteer.longestMatch(text, i);
        if (text.at(i).kind == Token::Word)
            classes.info[size_t(i)] = resources.classify(text.folded(i), text.hash(i));
    }
    return classes;
}

WordInfo Resources::classify(const QString &folded, quint64 hash) const
{
    const auto it = words.find(hash);
    WordInfo info = it == words.end() ? WordInfo {} : it->second;
    if (capitalizedWords.contains(folded, hash))
        info.flags |= WordInfo::Capitalized;
    if (lowercaseWords.contains(folded, hash))
        info.flags |= WordInfo::Lowercase;
    return info;
}

const Resources &Resources::instance()
{
    static const Resources resources = [] {
        Resources r;
        r.abbreviations = germanAbbreviations();
        r.capitalizedWords = WordSet::fromResource(QStringLiteral(":/lexicon/capitalized.txt"));
        r.lowercaseWords = WordSet::fromResource(QStringLiteral(":/lexicon/lowercase.txt"));
        const QDir gazetteers(QStringLiteral(":/gazetteer"));
        for (const QString &name : gazetteers.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
            r.gazetteer.loadTsv(readResource(gazetteers.filePath(name)));
        for (const QStringList &row : rows(QStringLiteral(":/gazetteer/given_names.txt")))
            r.givenNames.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/gazetteer/person_roles.txt")))
            r.personRoles.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/gazetteer/legal_forms.txt"))) {
            const TokenizedText form(row.first().trimmed());
            QStringList tokens;
            for (int k = 0; k < form.size(); ++k)
                tokens.append(form.view(k).toString());
            r.legalForms.push_back(tokens);
        }
        for (const QStringList &row : rows(QStringLiteral(":/analysis/organization-heads.txt")))
            r.organizationHeads.insert(Text::foldWord(row.first().trimmed()));
        std::sort(r.legalForms.begin(), r.legalForms.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        for (const QStringList &row : rows(QStringLiteral(":/analysis/agency-heads.txt"))) {
            const QString flag = row.value(1).trimmed();
            r.agencyHeads.push_back({Text::foldWord(row.first().trimmed()),
                flag == QLatin1String("generic") || flag == QLatin1String("exact"),
                flag == QLatin1String("exact")});
        }
        // Longest heads first, so "handelsministerium" is tried before "ministerium".
        std::sort(r.agencyHeads.begin(), r.agencyHeads.end(),
            [](const auto &a, const auto &b) { return a.noun.size() > b.noun.size(); });
        for (const QStringList &row : rows(QStringLiteral(":/analysis/company-suffixes.txt")))
            r.companySuffixes.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/analysis/nationalities.txt")))
            r.nationalities.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/analysis/company-cues.txt")))
            r.companyCues.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/analysis/product-cues.txt")))
            r.productCues.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/analysis/speech-verbs.txt")))
            r.speechVerbs.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : rows(QStringLiteral(":/analysis/approximators.tsv")))
            r.approximators.push_back(foldedTokens(row.first().trimmed()));
        std::sort(r.approximators.begin(), r.approximators.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        for (const QStringList &row : rows(QStringLiteral(":/analysis/units.tsv"))) {
            UnitWord u;
            const QString kind = row.value(1).trimmed();
            u.kind = kind == QLatin1String("scale") ? UnitWord::Scale
                : kind == QLatin1String("currency") ? UnitWord::Currency
                : kind == QLatin1String("percent")  ? UnitWord::Percent
                : kind == QLatin1String("time")     ? UnitWord::Time
                : kind == QLatin1String("factor")   ? UnitWord::Factor
                                                    : UnitWord::Physical;
            u.unit = row.value(2).trimmed();
            u.multiplier = row.value(3).trimmed().toDouble();
            const QString surface = row.first().trimmed();
            r.units.insert(surface, u);
            if (u.kind != UnitWord::Physical)
                r.unitsFolded.insert(Text::foldWord(surface), u);
        }
        for (const QStringList &row : rows(QStringLiteral(":/analysis/number-words.tsv"))) {
            NumberWord w;
            w.value = row.value(1).trimmed().toDouble();
            const QString kind = row.value(2).trimmed();
            w.kind = kind == QLatin1String("article") ? NumberWord::Article
                : kind == QLatin1String("fraction")   ? NumberWord::Fraction
                                                      : NumberWord::Number;
            r.numberWords.insert(Text::foldWord(row.first().trimmed()), w);
        }
        // $LAGEBILD_NER_MODEL lets lagebild-nertrain's output be tried without a rebuild.
        const QString model
            = qEnvironmentVariable("LAGEBILD_NER_MODEL", QStringLiteral(":/analysis/ner-model.tsv"));
        if (model != QLatin1String("none"))
            r.tagger = NerTagger::fromResource(model);
        auto mark
            = [&r](const QString &word, WordInfo::Flag flag) { r.words[Text::wordHash(word)].flags |= flag; };
        for (const QString &w : std::as_const(r.givenNames))
            mark(w, WordInfo::GivenName);
        for (const QString &w : std::as_const(r.personRoles))
            mark(w, WordInfo::PersonRole);
        for (const QString &w : std::as_const(r.speechVerbs))
            mark(w, WordInfo::SpeechVerb);
        for (const QString &w : std::as_const(r.productCues))
            mark(w, WordInfo::ProductCue);
        for (const QString &w : std::as_const(r.companyCues))
            mark(w, WordInfo::CompanyCue);
        for (const QString &w : std::as_const(r.companySuffixes))
            mark(w, WordInfo::CompanySuffix);
        for (const QString &w : std::as_const(r.organizationHeads))
            mark(w, WordInfo::OrganizationHead);
        for (auto it = r.numberWords.cbegin(); it != r.numberWords.cend(); ++it)
            mark(it.key(), WordInfo::NumberWord);
        for (auto it = r.unitsFolded.cbegin(); it != r.unitsFolded.cend(); ++it)
            mark(it.key(), WordInfo::UnitWord);
        for (const QStringList &row : rows(QStringLiteral(":/analysis/common-acronyms.txt")))
            mark(Text::foldWord(row.first().trimmed()), WordInfo::CommonAcronym);
        for (const char *p :
            {"vergangenen", "letzten", "vergangenes", "letztes", "vorigen", "voriges", "kommenden",
                "naechsten", "kommendes", "naechstes", "laufenden", "diesem", "dieses", "laufende", "vorjahr",
                "gestern", "heute", "morgen", "vorgestern", "vor", "letzte", "vergangene", "vorige",
                "kommende", "naechste", "fruehjahr", "fruehling", "sommer", "herbst", "winter"})
            mark(QString::fromLatin1(p), WordInfo::DateWord);
        for (const char *p :
            {"im", "am", "seit", "ab", "bis", "von", "vor", "vom", "zum", "anfang", "mitte", "ende"})
            mark(QString::fromLatin1(p), WordInfo::DatePreposition);
        const std::pair<const char *, int> months[]
            = {{"januar", 1}, {"jaenner", 1}, {"jan", 1}, {"februar", 2}, {"feb", 2}, {"maerz", 3},
                {"april", 4}, {"apr", 4}, {"mai", 5}, {"juni", 6}, {"jun", 6}, {"juli", 7}, {"jul", 7},
                {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"oktober", 10},
                {"okt", 10}, {"november", 11}, {"nov", 11}, {"dezember", 12}, {"dez", 12}};
        for (const auto &[name, number] : months)
            r.words[Text::wordHash(QString::fromLatin1(name))].month = qint8(number);
        const std::pair<const char *, int> days[] = {{"montag", 1}, {"dienstag", 2}, {"mittwoch", 3},
            {"donnerstag", 4}, {"freitag", 5}, {"samstag", 6}, {"sonnabend", 6}, {"sonntag", 7}};
        for (const auto &[name, number] : days)
            r.words[Text::wordHash(QString::fromLatin1(name))].weekday = qint8(number);
        const std::pair<const char *, int> ordinals[] = {{"ersten", 1}, {"erste", 1}, {"zweiten", 2},
            {"zweite", 2}, {"dritten", 3}, {"dritte", 3}, {"vierten", 4}, {"vierte", 4}};
        for (const auto &[name, number] : ordinals)
            r.words[Text::wordHash(QString::fromLatin1(name))].ordinal = qint8(number);
        return r;
    }();
    return resources;
}

} // namespace Lagebild::Analysis
