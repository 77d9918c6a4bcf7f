// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/resources.h"

#include "analysis/tokens.h"
#include "syntax/syntaxmodel.h"
#include "text/asciiwordhash.h"
#include "text/germanfolding.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <future>
#include <iterator>
#include <unordered_map>
#include <utility>

namespace Lagebild::Analysis {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("analysis resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

// Non-empty, non-comment lines, split at tabs.
std::vector<QStringList> resourceRows(const QString &path)
{
    std::vector<QStringList> result;
    for (const QString &line : readResource(path).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        result.push_back(line.split(QLatin1Char('\t')));
    }
    return result;
}

namespace {

QStringList foldedTokens(const QString &phrase)
{
    const TokenizedText tokens(phrase, TokenizedText::Sentences::Whole);
    QStringList out;
    for (int i = 0; i < tokens.size(); ++i)
        out.append(tokens.folded(i).toString());
    return out;
}

// resources/analysis/word-clusters.tsv (lagebild-wordclusters): "word<TAB>fine<TAB>coarse" lines of
// folded words. Read from the bytes: the file has tens of thousands of lines. $LAGEBILD_WORD_CLUSTERS
// lets lagebild-wordclusters' output be tried without a rebuild.
void loadWordClusters(Resources &r)
{
    QFile file(
        qEnvironmentVariable("LAGEBILD_WORD_CLUSTERS", QStringLiteral(":/analysis/word-clusters.tsv")));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray all = file.readAll();
    for (qsizetype at = 0; at < all.size();) {
        qsizetype end = all.indexOf('\n', at);
        if (end < 0)
            end = all.size();
        const QByteArrayView line(all.constData() + at, end - at);
        at = end + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        const qsizetype tab = line.indexOf('\t');
        const qsizetype tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
        if (tab2 < 0)
            continue;
        // The words are folded already; most are ASCII and hashed from the bytes, without a QString.
        const QByteArrayView word = line.first(tab);
        const std::optional<quint64> asciiHash = Text::asciiFoldedWordHash(word);
        WordInfo &info = r.words[asciiHash ? *asciiHash : Text::wordHash(QString::fromUtf8(word))];
        info.cluster = quint16(line.sliced(tab + 1, tab2 - tab - 1).toInt() + 1);
        info.coarseCluster = quint8(line.sliced(tab2 + 1).toInt() + 1);
    }
}

// A named day's date in date-words.tsv: "12-24" (month and day) or "easter+49" (days from Easter
// Sunday, month -1).
void parseHoliday(const QString &value, qint8 &month, qint8 &day)
{
    static const QRegularExpression fixed(QStringLiteral(R"(^(\d{2})-(\d{2})$)"));
    static const QRegularExpression easter(QStringLiteral(R"(^easter([+-]\d+)$)"));
    if (const auto m = fixed.match(value); m.hasMatch()) {
        month = qint8(m.capturedView(1).toInt());
        day = qint8(m.capturedView(2).toInt());
    } else if (const auto e = easter.match(value); e.hasMatch()) {
        month = -1;
        day = qint8(e.capturedView(1).toInt());
    } else {
        qFatal("date-words.tsv: bad holiday %s", qPrintable(value));
    }
}

// resources/analysis/date-words.tsv: month and weekday names, ordinals, deictic and relative
// words, periods and prepositions of temporal expressions (the file documents its classes).
void loadDateWords(Resources &r)
{
    static const QHash<QString, WordInfo::Period> periods {{QStringLiteral("week"), WordInfo::Week},
        {QStringLiteral("month"), WordInfo::Month}, {QStringLiteral("quarter"), WordInfo::Quarter},
        {QStringLiteral("half"), WordInfo::Half}, {QStringLiteral("year"), WordInfo::Year},
        {QStringLiteral("fiscalquarter"), WordInfo::FiscalQuarter},
        {QStringLiteral("eventday"), WordInfo::EventDay}, {QStringLiteral("halfof"), WordInfo::HalfOf},
        {QStringLiteral("span"), WordInfo::Span}, {QStringLiteral("decade"), WordInfo::Decade}};
    static const QHash<QString, WordInfo::Glue> glues {{QStringLiteral("article"), WordInfo::Article},
        {QStringLiteral("in"), WordInfo::In}, {QStringLiteral("inthe"), WordInfo::InThe},
        {QStringLiteral("contraction"), WordInfo::Contraction}, {QStringLiteral("to"), WordInfo::To},
        {QStringLiteral("and"), WordInfo::And},
        {QStringLiteral("clockpreposition"), WordInfo::ClockPreposition},
        {QStringLiteral("clock"), WordInfo::Clock}, {QStringLiteral("plural"), WordInfo::PluralPeriod},
        {QStringLiteral("toward"), WordInfo::Toward}, {QStringLiteral("onto"), WordInfo::Onto},
        {QStringLiteral("at"), WordInfo::At}, {QStringLiteral("after"), WordInfo::After}};
    std::vector<std::pair<QString, int>> weekdays;
    QStringList daytimes;
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/date-words.tsv"))) {
        const QString word = Text::foldWord(row.value(0).trimmed());
        const QString kind = row.value(1).trimmed();
        const QString value = row.value(2).trimmed();
        if (kind == QLatin1String("ordinal")) {
            for (const char *ending : {"e", "en", "er", "es", "em"}) {
                WordInfo &info = r.words[Text::wordHash(QString(word + QLatin1String(ending)))];
                info.ordinal = qint8(value.toInt());
            }
            continue;
        }
        if (kind == QLatin1String("holiday") && word.contains(QLatin1Char(' '))) {
            // "Tag der Deutschen Einheit": its first word opens it, the others must follow.
            const QStringList words = foldedTokens(row.value(0).trimmed());
            Resources::HolidayPhrase phrase;
            for (qsizetype k = 1; k < words.size(); ++k)
                phrase.rest.push_back(Text::wordHash(words.at(k)));
            parseHoliday(value, phrase.month, phrase.day);
            r.words[Text::wordHash(words.first())].holidayPhrase = true;
            std::vector<Resources::HolidayPhrase> &phrases = r.holidayPhrases[Text::wordHash(words.first())];
            phrases.push_back(std::move(phrase));
            std::stable_sort(phrases.begin(), phrases.end(),
                [](const auto &a, const auto &b) { return a.rest.size() > b.rest.size(); });
            continue;
        }
        WordInfo &info = r.words[Text::wordHash(word)];
        if (kind == QLatin1String("month")) {
            info.month = qint8(value.toInt());
            if (row.value(3).trimmed() == QLatin1String("abbreviation"))
                info.flags |= WordInfo::MonthAbbreviation;
        } else if (kind == QLatin1String("weekday")) {
            info.weekday = qint8(value.toInt());
            weekdays.emplace_back(word, value.toInt());
        } else if (kind == QLatin1String("day")) {
            info.flags |= WordInfo::DeicticDay | WordInfo::DateWord;
            info.dayOffset = qint8(value.toInt());
        } else if (kind == QLatin1String("relative")) {
            info.flags |= WordInfo::RelativeWord | WordInfo::DateWord;
            info.relative = qint8(value.toInt());
        } else if (kind == QLatin1String("season")) {
            info.flags |= WordInfo::Season | WordInfo::DateWord;
            info.seasonMonth = qint8(value.toInt());
        } else if (kind == QLatin1String("part")) {
            info.flags |= WordInfo::DatePart | WordInfo::DatePreposition | WordInfo::DateWord;
            if (!value.isEmpty())
                info.decadeYear = qint8(value.toInt());
        } else if (kind == QLatin1String("preposition")) {
            info.flags |= WordInfo::DatePreposition;
        } else if (kind == QLatin1String("period")) {
            info.period = periods.value(value);
        } else if (kind == QLatin1String("yearnoun")) {
            info.yearNoun = true;
            if (value == QLatin1String("fiscal"))
                info.flags |= WordInfo::FiscalYear | WordInfo::DateWord;
        } else if (kind == QLatin1String("daytime")) {
            info.flags |= WordInfo::Daytime;
            daytimes.append(word);
        } else if (kind == QLatin1String("shifted")) {
            const QStringList parts = value.split(QLatin1Char(' '));
            info.flags |= WordInfo::DateWord;
            info.shifted = periods.value(parts.value(0));
            info.shiftOffset = qint8(parts.value(1).toInt());
        } else if (kind == QLatin1String("onset")) {
            if (value == QLatin1String("future"))
                info.flags |= WordInfo::FutureOnset;
            else if (value == QLatin1String("since"))
                info.flags |= WordInfo::PastOnset;
            else if (value == QLatin1String("until"))
                info.flags |= WordInfo::FutureOnset | WordInfo::UntilOnset;
        } else if (kind == QLatin1String("tense")) {
            if (value == QLatin1String("past"))
                info.flags |= WordInfo::PastTense;
            else if (value == QLatin1String("future")) {
                info.tense = WordInfo::Future;
                if (const QString particle = row.value(3).trimmed(); !particle.isEmpty())
                    r.futureParticles[Text::wordHash(word)] = Text::wordHash(Text::foldWord(particle));
            } else if (value == QLatin1String("perfect"))
                info.tense = WordInfo::Perfect;
            else if (value == QLatin1String("perfectatend"))
                info.tense = WordInfo::PerfectAtEnd;
            else if (value == QLatin1String("futurewithinfinitive"))
                info.tense = WordInfo::FutureWithInfinitive;
            else
                qFatal("date-words.tsv: bad tense %s", qPrintable(value));
        } else if (kind == QLatin1String("ago")) {
            info.flags |= WordInfo::Ago | WordInfo::DateWord;
        } else if (kind == QLatin1String("eventoffset")) {
            info.flags |= WordInfo::EventOffset;
        } else if (kind == QLatin1String("glue")) {
            if (!glues.contains(value))
                qFatal("date-words.tsv: unknown glue %s", qPrintable(value));
            info.glue = glues.value(value);
            if (info.glue == WordInfo::ClockPreposition)
                info.flags |= WordInfo::DateWord; // "um 14 Uhr" starts a time of day
        } else if (kind == QLatin1String("approximator")) {
            info.flags |= WordInfo::DateApproximator;
        } else if (kind == QLatin1String("weekend")) {
            info.flags |= WordInfo::Weekend | WordInfo::DateWord;
        } else if (kind == QLatin1String("same")) {
            info.flags |= WordInfo::Anaphoric;
        } else if (kind == QLatin1String("holiday")) {
            parseHoliday(value, info.holidayMonth, info.holidayDay);
        } else if (kind == QLatin1String("rangestart")) {
            info.flags |= WordInfo::RangeStart;
        } else {
            qFatal("date-words.tsv: unknown class %s", qPrintable(kind));
        }
    }
    // "Mittwochabend", "Dienstagmorgen": a weekday fused with a part of the day is that weekday.
    for (const auto &[day, number] : weekdays)
        for (const QString &time : std::as_const(daytimes))
            r.words[Text::wordHash(QString(day + time))].weekday = qint8(number);
}

// The flags of name-cues.tsv's third column; one table both reads them and rejects unknown ones.
constexpr std::pair<QLatin1String, bool Resources::NameCue::*> nameCueFlags[] = {
    {QLatin1String("exact"), &Resources::NameCue::exact},
    {QLatin1String("inside"), &Resources::NameCue::inside},
    {QLatin1String("place"), &Resources::NameCue::withPlace},
    {QLatin1String("after"), &Resources::NameCue::after},
    {QLatin1String("compound"), &Resources::NameCue::compound},
    {QLatin1String("definite"), &Resources::NameCue::definite},
    {QLatin1String("facility"), &Resources::NameCue::facility},
    {QLatin1String("nouns"), &Resources::NameCue::nouns},
    {QLatin1String("unnamed"), &Resources::NameCue::unnamed},
};

void setNameCueFlag(Resources::NameCue &cue, const QString &name)
{
    const auto *entry = std::find_if(
        std::begin(nameCueFlags), std::end(nameCueFlags), [&name](const auto &e) { return e.first == name; });
    if (entry == std::end(nameCueFlags))
        qFatal("name-cues.tsv: unknown flag %s", qPrintable(name));
    cue.*(entry->second) = true;
}

// name-cues.tsv: each cue with each ending, by the hash the finder looks up.
void readNameCues(Resources &r)
{
    const std::vector<QStringList> rows = resourceRows(QStringLiteral(":/analysis/name-cues.tsv"));
    QStringList endings {QString()};
    for (const QStringList &row : rows) {
        if (row.first().startsWith(QLatin1Char('-')))
            endings.append(row.first().mid(1).trimmed());
        else if (row.first().startsWith(QLatin1Char('+')))
            r.nameCueConjunctions.insert(Text::wordHash(Text::foldWord(row.first().mid(1).trimmed())));
        else if (row.first().startsWith(QLatin1Char('=')))
            r.nameCueLinks.insert(Text::wordHash(Text::foldWord(row.first().mid(1).trimmed())));
    }
    for (const QStringList &row : rows) {
        if (row.first().startsWith(QLatin1Char('-')) || row.first().startsWith(QLatin1Char('+'))
            || row.first().startsWith(QLatin1Char('=')) || row.size() < 2)
            continue;
        Resources::NameCue cue;
        const QString type = row.at(1).trimmed();
        cue.type = typeFromName(type);
        if (!cue.type && type != QLatin1String("-"))
            qFatal("name-cues.tsv: unknown type %s", qPrintable(type));
        if (cue.type == EntityType::Agency)
            cue.type.reset(); // the agency finder's: the descriptor belongs inside the span
        const QStringList flags = row.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &flag : flags)
            setNameCueFlag(cue, flag.trimmed());
        const QString word = Text::foldWord(row.first().trimmed());
        for (const QString &ending : std::as_const(endings)) {
            const QString form = word + ending;
            cue.ending = quint8(ending.size());
            r.nameCues[Text::wordHash(form)] = cue;
            r.nameCueTails.insert(Text::wordHash(QStringView(form).right(std::min(int(form.size()), 4))));
            r.longestNameCue = std::max(r.longestNameCue, int(form.size()));
        }
    }
    // The kin nouns of person-cues.tsv precede nothing but persons: PERSON cues, whole words with
    // the endings ("Tante Li Wei", "der Tanten Mei und Lin"), one list for both finders.
    for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/person-cues.tsv"))) {
        // A word that also names a firm's subsidiary or parent ("mit seiner Tochter Moovel") is none.
        if (row.value(1).trimmed() != QLatin1String("kin") || row.value(2).trimmed() == QLatin1String("firm"))
            continue;
        Resources::NameCue cue;
        cue.type = EntityType::Person;
        cue.exact = true;
        const QString word = Text::foldWord(row.first().trimmed());
        for (const QString &ending : std::as_const(endings)) {
            const QString form = word + ending;
            // A listed cue's own form stays its ("cousine" is a kin row of its own).
            if (r.nameCues.find(Text::wordHash(form)))
                continue;
            cue.ending = quint8(ending.size());
            r.nameCues[Text::wordHash(form)] = cue;
            r.nameCueTails.insert(Text::wordHash(QStringView(form).right(std::min(int(form.size()), 4))));
            r.longestNameCue = std::max(r.longestNameCue, int(form.size()));
        }
    }
}

} // namespace

const QSet<QString> &germanAbbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/abbreviations.txt")))
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
            classes.info[size_t(i)] = resources.classify(text.hash(i));
    }
    return classes;
}

WordInfo Resources::classify(quint64 hash) const
{
    const WordInfo *known = words.find(hash);
    WordInfo info = known ? *known : WordInfo {};
    const quint8 lists = lexicon.lists(hash);
    if (lists & capitalizedList)
        info.flags |= WordInfo::Capitalized;
    if (lists & lowercaseList)
        info.flags |= WordInfo::Lowercase;
    return info;
}

const Resources &Resources::instance()
{
    static const Resources resources = [] {
        Resources r;
        // The German lexicon (a table made at build time, wordset.h) and the parser's weights are
        // read on a second thread while this one reads everything else: nothing below asks the
        // lexicon, and `extract` of a few files is mostly start-up.
        std::future<WordSet> lexicon = std::async(std::launch::async, [] {
            Syntax::SyntaxModel::bundled();
            std::optional<WordSet> words = WordSet::fromTable(QStringLiteral(":/lexicon/words.table"));
            if (!words)
                qFatal("analysis resource :/lexicon/words.table is missing from the build or damaged");
            return std::move(*words);
        });
        r.abbreviations = germanAbbreviations();
        for (const QString &abbreviation : std::as_const(r.abbreviations))
            if (abbreviation.front().isUpper())
                r.capitalizedAbbreviations.insert(Text::wordHash(Text::foldWord(abbreviation)));
        const QDir gazetteers(QStringLiteral(":/gazetteer"));
        for (const QString &name : gazetteers.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
            r.gazetteer.loadTsv(readResource(gazetteers.filePath(name)));
        // Listed persons' family names, where one person alone has it and no list holds the word
        // alone (analyzer.cpp: "Zuckerberg" is no place).
        std::unordered_map<quint64, int> familyNames;
        for (int k = 0; k < r.gazetteer.entryCount(); ++k) {
            const Gazetteer::Entry &entry = r.gazetteer.entry(k);
            if (entry.type != EntityType::Person)
                continue;
            const qsizetype space = entry.canonical.lastIndexOf(QLatin1Char(' '));
            if (space < 0)
                continue;
            const quint64 hash = Text::wordHash(Text::foldWord(QStringView(entry.canonical).mid(space + 1)));
            if (!r.gazetteer.findWord(hash))
                familyNames[hash] = familyNames.count(hash) ? -1 : k;
        }
        for (const auto &[hash, entry] : familyNames)
            if (entry >= 0)
                r.listedFamilyNames[hash] = entry;
        for (const QStringList &row : resourceRows(QStringLiteral(":/gazetteer/given_names.txt")))
            r.givenNames.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/gazetteer/person_roles.txt")))
            r.personRoles.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/gazetteer/legal_forms.txt"))) {
            const TokenizedText form(row.first().trimmed(), TokenizedText::Sentences::Whole);
            QStringList tokens;
            for (int k = 0; k < form.size(); ++k)
                tokens.append(form.view(k).toString());
            r.legalForms.push_back(tokens);
            if (!tokens.isEmpty())
                r.legalFormStarts.insert(Text::wordHash(tokens.first()));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/organization-heads.txt"))) {
            const QString word = Text::foldWord(row.first().trimmed());
            const QString flag = row.value(1).trimmed();
            if (flag == QLatin1String("case-ending")) {
                r.headCaseEndings.append(word);
                continue;
            }
            const QStringList flags = flag.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (flags.contains(QLatin1String("compound")))
                r.organizationCompoundHeads.append(word);
            if (flags.contains(QLatin1String("firm"))) {
                r.organizationFirmHeads.insert(Text::wordHash(word));
                continue; // a company's word, no organisation's head
            }
            if (flags.contains(QLatin1String("named"))) {
                r.organizationNamedHeads.insert(Text::wordHash(word));
                continue; // only after a person's name: no head of its own
            }
            r.organizationHeads.insert(word);
            if (flags.contains(QLatin1String("place")))
                r.organizationPlaceHeads.insert(Text::wordHash(word));
        }
        std::sort(r.headCaseEndings.begin(), r.headCaseEndings.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/genitive-heads.tsv")))
            r.genitiveHeads.push_back({Text::foldWord(row.first().trimmed()),
                row.value(1).trimmed() == QLatin1String("m") ? Resources::GenitiveHead::Gender::Masculine
                                                             : Resources::GenitiveHead::Gender::Neuter});
        std::sort(r.genitiveHeads.begin(), r.genitiveHeads.end(),
            [](const auto &a, const auto &b) { return a.noun.size() > b.noun.size(); });
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/club-designators.txt")))
            r.clubDesignators.insert(Text::wordHash(Text::foldWord(row.first().trimmed())));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/name-complements.txt"))) {
            const QString word = Text::foldWord(row.first().trimmed());
            const QString flag = row.value(1).trimmed();
            if (flag == QLatin1String("no-field"))
                r.headsWithoutField.append(word);
            else if (flag == QLatin1String("joins"))
                r.fieldJoiners.insert(Text::wordHash(word));
            else if (flag == QLatin1String("genitive"))
                r.genitiveArticles.insert(Text::wordHash(word));
            else if (flag == QLatin1String("adjective-ending"))
                r.adjectiveEndings.append(word);
            else
                r.nameComplements.insert(Text::wordHash(word));
        }
        std::sort(r.legalForms.begin(), r.legalForms.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/agency-heads.txt"))) {
            const QString flag = row.value(1).trimmed();
            // The state's word is no head of a compound or a tagged name ("Staatenbund", "der Bund
            // Naturschutz"): it is looked up alone.
            if (flag == QLatin1String("state")) {
                r.stateHeads.insert(Text::wordHash(Text::foldWord(row.first().trimmed())));
                continue;
            }
            r.agencyHeads.push_back({Text::foldWord(row.first().trimmed()),
                flag == QLatin1String("generic") || flag == QLatin1String("exact"),
                flag == QLatin1String("exact"), flag == QLatin1String("seat")});
        }
        // Longest heads first, so "handelsministerium" is tried before "ministerium".
        std::sort(r.agencyHeads.begin(), r.agencyHeads.end(),
            [](const auto &a, const auto &b) { return a.noun.size() > b.noun.size(); });
        for (size_t k = 0; k < r.agencyHeads.size(); ++k) {
            const QString &noun = r.agencyHeads[k].noun;
            if (!noun.isEmpty())
                r.agencyHeadsByLast[Resources::lastLetterBucket(noun)].push_back(int(k));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/company-suffixes.txt")))
            r.companySuffixes.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/nationalities.txt")))
            r.nationalities.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/origin-adjectives.tsv")))
            (row.value(1).trimmed() == QLatin1String("not") ? r.noOriginAdjectiveEndings
                                                            : r.originAdjectiveEndings)
                .append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/company-cues.txt"))) {
            r.companyCues.append(Text::foldWord(row.first().trimmed()));
            r.companyCuesByLast[size_t(Resources::lastLetter(r.companyCues.back()))].append(
                r.companyCues.back());
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/company-verbs.tsv"))) {
            const QString next = row.value(2).trimmed();
            r.companyVerbs.emplace(Text::wordHash(Text::foldWord(row.first().trimmed())),
                Resources::CompanyVerb {next.isEmpty() ? 0 : Text::wordHash(Text::foldWord(next)),
                    row.value(1).trimmed() == QLatin1String("deal")});
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/edition-words.txt")))
            r.editionWords.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/product-cues.txt")))
            r.productCues.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/substance-endings.txt")))
            r.substanceEndings.append(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/speech-verbs.txt")))
            r.speechVerbs.insert(Text::foldWord(row.first().trimmed()));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/person-cues.tsv"))) {
            const QString word = Text::foldWord(row.first().trimmed());
            const QString kind = row.value(1).trimmed();
            if (kind == QLatin1String("attribution"))
                r.attributionWords.insert(Text::wordHash(word));
            if (kind == QLatin1String("kin")) {
                r.kinNouns.insert(Text::wordHash(word));
                if (row.value(2).trimmed() == QLatin1String("firm"))
                    r.firmKinNouns.insert(Text::wordHash(word));
            }
            if (kind == QLatin1String("plural"))
                r.pluralVerbs.insert(Text::wordHash(word));
            if (kind == QLatin1String("no-verb"))
                r.noVerbs.insert(Text::wordHash(word));
            if (kind == QLatin1String("speech-adverb"))
                r.speechAdverbs.insert(Text::wordHash(word));
            if (kind == QLatin1String("past-ending"))
                r.pastEndings.append(word);
            if (kind == QLatin1String("strong-verb")) {
                r.strongVerbForms.insert(Text::wordHash(word));
                r.strongVerbLength = std::max(r.strongVerbLength, int(word.size()));
            }
            if (kind == QLatin1String("family-word"))
                r.familyNameWords.insert(Text::wordHash(word));
            if (kind == QLatin1String("institution"))
                r.personInstitutions.insert(Text::wordHash(word));
            if (kind == QLatin1String("surname-end"))
                r.surnameEnds.insert(Text::wordHash(word));
            if (kind == QLatin1String("role-end") || kind == QLatin1String("no-role-end"))
                r.roleEnds[Text::wordHash(word)] = kind == QLatin1String("role-end");
            if (kind == QLatin1String("kin") || kind == QLatin1String("owned"))
                r.ownedNouns.append(word);
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/approximators.tsv")))
            r.approximators.push_back(foldedTokens(row.first().trimmed()));
        std::sort(r.approximators.begin(), r.approximators.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        QHash<QString, UnitWord> dativePlurals;
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/units.tsv"))) {
            UnitWord u;
            const QString kind = row.value(1).trimmed();
            u.kind = kind == QLatin1String("scale") ? UnitWord::Scale
                : kind == QLatin1String("currency") ? UnitWord::Currency
                : kind == QLatin1String("percent")  ? UnitWord::Percent
                : kind == QLatin1String("time")     ? UnitWord::Time
                : kind == QLatin1String("factor")   ? UnitWord::Factor
                : kind == QLatin1String("age")      ? UnitWord::Age
                                                    : UnitWord::Physical;
            u.unit = row.value(2).trimmed();
            u.multiplier = row.value(3).trimmed().toDouble();
            const QString surface = row.first().trimmed();
            r.units.insert(surface, u);
            if (u.kind != UnitWord::Physical)
                r.unitsFolded.insert(Text::foldWord(surface), u);
            if (u.kind == UnitWord::Age)
                r.ageSuffixes.append(Text::foldWord(surface));
            if (u.kind == UnitWord::Factor && !surface.startsWith(QLatin1Char('-')))
                r.factorSuffixes.append(Text::foldWord(surface));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/rate-words.tsv"))) {
            const QString kind = row.value(1).trimmed();
            if (kind == QLatin1String("per"))
                r.rateWords.insert(Text::wordHash(Text::foldWord(row.first().trimmed())));
            else if (kind == QLatin1String("symbol"))
                r.rateSymbols.insert(row.first().trimmed(), row.value(2).trimmed());
            else
                qFatal("rate-words.tsv: unknown class %s", qPrintable(kind));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/currency-countries.tsv"))) {
            const QString unit = row.first().trimmed();
            for (const QString &word : row.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                r.currencyCountryWords.insert(Text::foldWord(word), unit);
        }
        // The dative plural of a written-out unit ending in -er or -el adds an "n" ("in sieben
        // Nanometern", "mit 40 Litern"): derived here, so the table lists the singular only.
        for (auto it = r.units.cbegin(), end = r.units.cend(); it != end; ++it) {
            const QString &surface = it.key();
            if (surface.size() >= 4 && surface.front().isUpper() && !surface.contains(QLatin1Char(' '))
                && (surface.endsWith(QLatin1String("er")) || surface.endsWith(QLatin1String("el"))))
                dativePlurals.insert(surface + QLatin1Char('n'), it.value());
        }
        for (auto it = dativePlurals.cbegin(); it != dativePlurals.cend(); ++it) {
            if (!r.units.contains(it.key())) {
                r.units.insert(it.key(), it.value());
                if (it->kind != UnitWord::Physical)
                    r.unitsFolded.insert(Text::foldWord(it.key()), it.value());
            }
        }
        for (auto it = r.units.cbegin(); it != r.units.cend(); ++it)
            r.unitHashes.insert(Text::wordHash(it.key()));
        for (auto it = r.unitsFolded.cbegin(); it != r.unitsFolded.cend(); ++it)
            r.unitFoldedHashes.insert(Text::wordHash(it.key()));
        std::sort(r.ageSuffixes.begin(), r.ageSuffixes.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        std::sort(r.factorSuffixes.begin(), r.factorSuffixes.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/number-words.tsv"))) {
            NumberWord w;
            // "1/3": a ratio, so that "zwei Drittel" is exactly two thirds.
            const QStringList ratio = row.value(1).trimmed().split(QLatin1Char('/'));
            w.value = ratio.size() == 2 ? ratio[0].toDouble() / ratio[1].toDouble() : ratio[0].toDouble();
            const QString kind = row.value(2).trimmed();
            w.kind = kind == QLatin1String("article") ? NumberWord::Article
                : kind == QLatin1String("fraction")   ? NumberWord::Fraction
                : kind == QLatin1String("half")       ? NumberWord::Half
                : kind == QLatin1String("point")      ? NumberWord::Point
                : kind == QLatin1String("sign")       ? NumberWord::Sign
                : kind == QLatin1String("vague")      ? NumberWord::Vague
                : kind == QLatin1String("plushalf")   ? NumberWord::PlusHalf
                : kind == QLatin1String("zero")       ? NumberWord::Zero
                                                      : NumberWord::Number;
            w.dative = row.value(3).trimmed() == QLatin1String("dative");
            r.numberWords.insert(Text::foldWord(row.first().trimmed()), w);
            if (w.kind == NumberWord::PlusHalf)
                r.halfSuffixes.append(Text::foldWord(row.first().trimmed()));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/number-morphemes.txt")))
            r.numberMorphemes.push_back(Text::foldWord(row.first().trimmed()));
        std::sort(r.numberMorphemes.begin(), r.numberMorphemes.end());
        for (const QString &m : r.numberMorphemes) {
            if (m.size() >= 2 && m[0] >= u'a' && m[0] <= u'z' && m[1] >= u'a' && m[1] <= u'z')
                r.numberMorphemeStarts.set(size_t(26 * (m[0].unicode() - u'a') + (m[1].unicode() - u'a')));
            else
                r.numberMorphemeStartsKnown = false;
        }
        readNameCues(r);
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/determiners.txt"))) {
            const quint64 hash = Text::wordHash(Text::foldWord(row.first().trimmed()));
            r.determiners.insert(hash);
            if (row.value(1).trimmed() == QLatin1String("model"))
                r.modelDeterminers.insert(hash);
            if (row.value(2).trimmed() == QLatin1String("definite"))
                r.definiteArticles.insert(hash);
            const QStringList adjective = row.value(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (adjective.contains(QLatin1String("weak")))
                r.weakDeterminers.insert(hash);
            if (adjective.contains(QLatin1String("en")))
                r.enDeterminers.insert(hash);
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/name-adjective-stems.txt")))
            r.nameAdjectiveStems.append(row.first().trimmed());
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/designator-nouns.txt")))
            r.designatorNouns.insert(Text::wordHash(Text::foldWord(row.first().trimmed())));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/name-particles.txt"))) {
            const quint64 hash = Text::wordHash(Text::foldWord(row.first().trimmed()));
            r.nameParticles.insert(hash);
            if (row.value(1).trimmed() == QLatin1String("inner"))
                r.innerNameParticles.insert(hash);
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/place-links.txt"))) {
            std::vector<quint64> link;
            for (const QString &w : row.first().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                link.push_back(Text::wordHash(Text::foldWord(w)));
            r.placeLinks.push_back(std::move(link));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/place-prepositions.txt"))) {
            const QString word = row.first().trimmed();
            if (word.startsWith(u'-'))
                r.nonPlaceEndings.append(Text::foldWord(word.mid(1)));
            else
                r.placePrepositions.insert(Text::wordHash(Text::foldWord(word)));
        }
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/route-prefixes.txt")))
            r.routePrefixes.insert(Text::wordHash(Text::foldWord(row.first().trimmed())));
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/company-divisions.txt")))
            r.companyDivisions.append(Text::foldWord(row.first().trimmed()));
        // $LAGEBILD_NER_MODEL lets lagebild-nertrain's output be tried without a rebuild.
        const QString model
            = qEnvironmentVariable("LAGEBILD_NER_MODEL", QStringLiteral(":/analysis/ner-model.bin"));
        if (model != QLatin1String("none"))
            r.tagger = NerTagger::fromResource(model);
        r.relations = RelationLexicon::load();
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
        for (const auto &[verb, row] : r.companyVerbs)
            r.words[verb].flags |= WordInfo::CompanyVerb;
        for (const QString &w : std::as_const(r.organizationHeads))
            mark(w, WordInfo::OrganizationHead);
        for (auto it = r.numberWords.cbegin(); it != r.numberWords.cend(); ++it)
            mark(it.key(), WordInfo::NumberWord);
        for (auto it = r.unitsFolded.cbegin(); it != r.unitsFolded.cend(); ++it)
            mark(it.key(), WordInfo::UnitWord);
        for (const QStringList &row : resourceRows(QStringLiteral(":/analysis/common-acronyms.txt")))
            mark(Text::foldWord(row.first().trimmed()), WordInfo::CommonAcronym);
        loadDateWords(r);
        loadWordClusters(r);
        r.lexicon = lexicon.get();
        return r;
    }();
    return resources;
}

} // namespace Lagebild::Analysis
