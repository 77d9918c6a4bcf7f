// SPDX-License-Identifier: GPL-3.0-or-later
// Name rules that run after the name tagger and give way to its reading of a word as a firm's, a
// body's, an outlet's or a product's name (personfinder.cpp, adjectiveplacefinder.cpp). The
// tagger's reading is set by hand here, so that the rows do not depend on the shipped weights.

#include "analysis/candidate.h"
#include "analysis/resources.h"
#include "analysis/tokens.h"

#include <QTest>

using namespace Lagebild::Analysis;

namespace {

/// What `finder` proposes in `text`, as "TYPE 'span'", after the tagger proposed `tagged` (the
/// words at `taggedFirst` … `taggedEnd`) or nothing (`taggedEnd` 0).
QStringList proposals(
    const QString &text, int taggedFirst, int taggedEnd, EntityType tagged, void (*finder)(FinderContext &))
{
    const TokenizedText tokens(text);
    TokenClasses classes = TokenClasses::compute(tokens, Resources::instance());
    std::vector<Candidate> candidates;
    FinderContext context {tokens, Resources::instance(), QDate(2025, 10, 14), candidates,
        std::move(classes.gazetteerMatches), std::move(classes.info)};
    if (taggedEnd > 0)
        context.addName(taggedFirst, taggedEnd, tagged, Priority::Model);
    const size_t before = candidates.size();
    finder(context);
    QStringList found;
    for (size_t k = before; k < candidates.size(); ++k) {
        const Mention &m = candidates[k].mention;
        found.append(
            typeName(m.type) + QStringLiteral(" '") + text.mid(m.start, m.length()) + QLatin1Char('\''));
    }
    return found;
}

} // namespace

class TestTaggerReadings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invertedSubject()
    {
        const QString text
            = QStringLiteral("Die Nuvola Cloud wächst. Zuletzt hatte Nuvola einen Preis gewonnen.");
        const QStringList person {QStringLiteral("PERSON 'Nuvola'")};
        QCOMPARE(proposals(text, 0, 0, EntityType::Person, findInvertedSubjects), person);
        // The tagger's product "Nuvola Cloud" in the first sentence: the word is no person's.
        QCOMPARE(proposals(text, 1, 3, EntityType::Product, findInvertedSubjects), QStringList());
        QCOMPARE(proposals(text, 1, 3, EntityType::Media, findInvertedSubjects), QStringList());
        // Its place or person says nothing against the rule.
        QCOMPARE(proposals(text, 1, 3, EntityType::Location, findInvertedSubjects), person);
        // A verb only firms do makes the subject a firm's name.
        QCOMPARE(proposals(QStringLiteral("Zuletzt belieferte Kalvora die Autobauer."), 0, 0,
                     EntityType::Person, findInvertedSubjects),
            QStringList());
    }

    void placeAfterAdjective()
    {
        const QString text = QStringLiteral("Das schrieb er im schwedischen Aftonbladet.");
        const QStringList place {QStringLiteral("LOCATION 'Aftonbladet'")};
        QCOMPARE(proposals(text, 0, 0, EntityType::Person, findPlacesAfterAdjectives), place);
        // Over the tagger's person the place holds (the analyzer resolves by priority) …
        QCOMPARE(proposals(text, 5, 6, EntityType::Person, findPlacesAfterAdjectives), place);
        // … but the tagger's outlet or firm stays.
        QCOMPARE(proposals(text, 5, 6, EntityType::Media, findPlacesAfterAdjectives), QStringList());
        QCOMPARE(proposals(text, 5, 6, EntityType::Company, findPlacesAfterAdjectives), QStringList());
        // "zwischen" ends like an adjective of origin and is none (origin-adjectives.tsv "not").
        QCOMPARE(
            proposals(QStringLiteral("Das steht im zwischen Kalvora und Brenzing geschlossenen Vertrag."), 0,
                0, EntityType::Person, findPlacesAfterAdjectives),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTaggerReadings)
#include "tst_taggerreadings.moc"
