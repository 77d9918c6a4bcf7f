// SPDX-License-Identifier: GPL-3.0-or-later
// Names whose type the words around them give, in data tables: the noun before a name
// (analysis/cuefinder.cpp, resources/analysis/name-cues.tsv) and a model after its maker
// (analysis/makerproductfinder.cpp), a bank or utility named by its place and a body named after its
// description. Each row is a made-up sentence from another field than chips,
// and the names the engine must find in it, written "TYPE 'text'" (dates and quantities left out).

#include "analysis/analyzer.h"

#include <QTest>

#include <cstring>
#include <utility>

using namespace Lagebild::Analysis;

namespace {

void columns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
}

void row(const char *name, const char16_t *text, const QStringList &expected)
{
    QTest::newRow(name) << QString::fromUtf16(text) << expected;
}

// Rows the weights retrained with the documented command (ner30, issue 10) read otherwise than the
// older shipped weights the rules were written against: the expected names stay as the annotation
// guide wants them, and the row is a known failure until a rule or a retraining wins it back (an
// unexpected pass fails the test, so the entry must then go).
const char *knownTaggerRegression(const char *tag)
{
    static const std::pair<const char *, const char *> rows[] = {
        {"ambiguous list word the tagger finds", "the retrained tagger misses 'Demokraten'"},
        {"a party's adjective before a noun", "the retrained tagger takes 'Grünen' for the party"},
        {"a listed insurer whose name is also a noun", "the retrained tagger misses 'Allianz'"},
        {"an association named Bund and a name", "the retrained tagger misses 'Bund Naturschutz'"},
        {"names glued by a plus are a firm", "the retrained tagger misses 'Tilp+Kessler'"},
        {"a second saint joined to the first after an abbreviation",
            "the retrained tagger takes 'St. Peter' for a place"},
        {"a listed person's family name alone", "the retrained tagger misses 'Zuckerbergs'"},
    };
    for (const auto &[row, reason] : rows)
        if (tag && std::strcmp(tag, row) == 0)
            return reason;
    return nullptr;
}

} // namespace

class TestContextNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void afterCues_data()
    {
        columns();
        row("company over a person's look", u"Der dänische Pharmakonzern Novo Nordisk hob die Prognose an.",
            {QStringLiteral("COMPANY 'Novo Nordisk'")});
        row("the type holds for the article",
            u"Der Pharmakonzern Novo Nordisk wächst. Novo Nordisk verkauft mehr.",
            {QStringLiteral("COMPANY 'Novo Nordisk'"), QStringLiteral("COMPANY 'Novo Nordisk'")});
        row("drug after a compound ending in the cue",
            u"Das Präparat Mounjaro und die Abnehmspritze Wegovy wirken.",
            {QStringLiteral("PRODUCT 'Mounjaro'"), QStringLiteral("PRODUCT 'Wegovy'")});
        row("car model with a glued point", u"Der Hersteller zeigte die Limousine ID.7 in Emden.",
            {QStringLiteral("PRODUCT 'ID.7'"), QStringLiteral("LOCATION 'Emden'")});
        row("names joined by und share the cue", u"Die Discounter Aldi Süd und Lidl senken die Preise.",
            {QStringLiteral("COMPANY 'Aldi Süd'"), QStringLiteral("COMPANY 'Lidl'")});
        row("a cue with a hyphen, last part in lower case",
            u"Nvidia investierte in das britische KI-Start-up Nscale.",
            {QStringLiteral("COMPANY 'Nvidia'"), QStringLiteral("COMPANY 'Nscale'")});
        row("a company's genitive later in the article",
            u"Das Start-up Nscale wächst. Nscales Rechenzentrum steht in Norwegen.",
            {QStringLiteral("COMPANY 'Nscale'"), QStringLiteral("COMPANY 'Nscales'"),
                QStringLiteral("LOCATION 'Norwegen'")});
        row("genitive cue", u"Die Übernahme des Chipentwicklers Veltrano wurde nicht gemeldet.",
            {QStringLiteral("COMPANY 'Veltrano'")});
        row("genitive cue before a suffix name",
            u"Aktien des Auftragsfertigers Kestrel Semiconductor stiegen.",
            {QStringLiteral("COMPANY 'Kestrel Semiconductor'")});
        row("a descriptor before a legal-form name stays outside",
            u"Die Übernahme des Maschinenbauers Bergmann GmbH ist beschlossen.",
            {QStringLiteral("COMPANY 'Bergmann GmbH'")});
        row("a place-named company keeps its word", u"Die Stadtwerke Leipzig GmbH investieren.",
            {QStringLiteral("COMPANY 'Stadtwerke Leipzig GmbH'")});
        row("genitive cue before a common noun", u"Nach Angaben des Konzerns Anfang Mai sank der Umsatz.",
            {});
        row("association", u"Der Handelsverband HDE rechnet mit Senkungen.",
            {QStringLiteral("ORGANIZATION 'HDE'")});
        row("broadcaster", u"Das sagte er dem Fernsehsender Sky am Samstag.",
            {QStringLiteral("MEDIA 'Sky'")});
        row("news agency, not an agency", u"Das meldete die Nachrichtenagentur Cihan.",
            {QStringLiteral("MEDIA 'Cihan'")});
        row("the head word opens the name", u"Er lehrt an der Universität Talca in Chile.",
            {QStringLiteral("ORGANIZATION 'Universität Talca'"), QStringLiteral("LOCATION 'Chile'")});
        row("a noun of another kind ends the name", u"Der Konzern baut in der Provinz Vuzora SUVs.",
            {QStringLiteral("LOCATION 'Vuzora'")});
        row("a listed place opens an airline's name", u"Die Fluggesellschaft Hawaii Airlines fliegt wieder.",
            {QStringLiteral("COMPANY 'Hawaii Airlines'")});
        row("a genitive is no apposition", u"Die Hauptstadt Chinas liegt im Norden.",
            {QStringLiteral("LOCATION 'Chinas'")});
        row("German nouns are no name", u"Laut Gewerkschaft Lagerdienstleistungen sinkt die Zahl.", {});
        row("a noun inside a name", u"Die Filiale der VR Bank HessenLand schließt.",
            {QStringLiteral("COMPANY 'VR Bank HessenLand'")});
        row("a blocked longer cue", u"Die Lieferkette Chinas ist gestört.",
            {QStringLiteral("LOCATION 'Chinas'")});
        row("a cue noun is no part of an institution's name", u"Der Versicherer Allianz wuchs.",
            {QStringLiteral("COMPANY 'Allianz'")});
        row("a company as a compound's first part", u"Die Imtech-Pleite bedroht den Zeitplan.",
            {QStringLiteral("COMPANY 'Imtech'")});
        row("a place as a compound's first part", u"Das China-Geschäft wächst.", {});
        row("a cue noun before a corporate word",
            u"Die Übernahme des israelischen Netzwerkspezialisten Mellanox Technologies wurde gebilligt.",
            {QStringLiteral("COMPANY 'Mellanox Technologies'")});
        row("a person after the same noun", u"Der IT-Spezialist Hans Meier half.",
            {QStringLiteral("PERSON 'Hans Meier'")});
        row("a bank's name ends in a place",
            u"Die Kreissparkasse Ludwigsburg und die Raiffeisenbank Mittelhessen senken die Zinsen.",
            {QStringLiteral("COMPANY 'Kreissparkasse Ludwigsburg'"),
                QStringLiteral("COMPANY 'Raiffeisenbank Mittelhessen'")});
        row("a compound's first part before the hyphen", u"Die Sparda-Bank Berlin schließt Filialen.",
            {QStringLiteral("COMPANY 'Sparda-Bank Berlin'")});
        row("utilities with a place", u"Die Stadtwerke Leipzig erhöhen die Preise.",
            {QStringLiteral("COMPANY 'Stadtwerke Leipzig'")});
        row("a bank with another name", u"Die Investmentbank Lazard berät.",
            {QStringLiteral("COMPANY 'Lazard'")});
        row("a place after in is no bank's", u"Er ging zu einer Bank in Berlin.",
            {QStringLiteral("LOCATION 'Berlin'")});
        row("a handle through underscores", u"RT @DB_Info: Ausfälle und Ersatzverkehr auf der Strecke.",
            {QStringLiteral("COMPANY '@DB_Info'")});
        // Nouns of a company's role in a group or project stay outside its name.
        row("a special-purpose vehicle", u"Die Zweckgesellschaft Alpina Finance Holding erhielt Kredite.",
            {QStringLiteral("COMPANY 'Alpina Finance Holding'")});
        row("a parent company", u"Die Muttergesellschaft Tamar Holding kündigte Zukäufe an.",
            {QStringLiteral("COMPANY 'Tamar Holding'")});
        row("an operator company", u"Die Betreibergesellschaft Seewind Baltic Offshore GmbH baut den Park.",
            {QStringLiteral("COMPANY 'Seewind Baltic Offshore GmbH'")});
        row("a project company", u"Das Unternehmen übernahm die Projektgesellschaft Seewind Baltic GmbH.",
            {QStringLiteral("COMPANY 'Seewind Baltic GmbH'")});
    }

    void afterCues() { check(); }

    // A company named in full goes by its first word later in the article (analysis/analyzer.cpp,
    // companyShortForms); a name with a legal form takes a listed place opening it
    // (companyfinder.cpp); a capitalised adjective before a bank is a name (cuefinder.cpp).
    void companyNames_data()
    {
        columns();
        row("the first word after a legal form",
            u"Die Kestrel Semiconductor Ltd. wächst. Intel zahlt Kestrel eine Strafe. Die Kestrel-Aktie "
            u"stieg.",
            {QStringLiteral("COMPANY 'Kestrel Semiconductor Ltd.'"), QStringLiteral("COMPANY 'Intel'"),
                QStringLiteral("COMPANY 'Kestrel'"), QStringLiteral("COMPANY 'Kestrel'")});
        row("the first word after a cue, genitive too",
            u"Der Versender Nordpaket Logistics wächst. Nordpaket liefert mehr, sagte Nordpakets Chef.",
            {QStringLiteral("COMPANY 'Nordpaket Logistics'"), QStringLiteral("COMPANY 'Nordpaket'"),
                QStringLiteral("COMPANY 'Nordpakets'")});
        row("a German noun opening a name is its head", u"Die Haus Rabe GmbH baut. Das Haus steht leer.",
            {QStringLiteral("COMPANY 'Haus Rabe GmbH'")});
        row("a first word two companies share",
            u"Die Veltrano Systems AG und die Veltrano Energy GmbH streiten.",
            {QStringLiteral("COMPANY 'Veltrano Systems AG'"),
                QStringLiteral("COMPANY 'Veltrano Energy GmbH'")});
        row("a listed place opens a name with a legal form",
            u"Sie ist Analystin bei der Rhein-Main Research GmbH in Mainz.",
            {QStringLiteral("COMPANY 'Rhein-Main Research GmbH'"), QStringLiteral("LOCATION 'Mainz'")});
        row("the listed place alone", u"Im Rhein-Main-Gebiet wächst die Zahl der Firmen.",
            {QStringLiteral("LOCATION 'Rhein-Main-Gebiet'")});
        row("a capitalised adjective before a bank", u"Das sagte ein Analyst der Friesischen Handelsbank.",
            {QStringLiteral("COMPANY 'Friesischen Handelsbank'")});
        row("a capitalised adjective before a central bank",
            u"Laut der Kanadischen Notenbank sinkt der Zins.",
            {QStringLiteral("AGENCY 'Kanadischen Notenbank'")});
        row("an adjective in lower case before a bank", u"Das sagte ein Analyst der größten Privatbank.", {});
        row("a person of a nation before an unknown name",
            u"Der Chinese Li Wei arbeitet seit Jahren bei dem Zulieferer.",
            {QStringLiteral("PERSON 'Li Wei'")});
        row("a woman of a nation, and a man's genitive",
            u"Die Französin Claire Dubois traf den Anwalt des Japaners Kenji Sato.",
            {QStringLiteral("PERSON 'Claire Dubois'"), QStringLiteral("PERSON 'Kenji Sato'")});
        row("an adjectival noun before a company is no cue", u"Die Deutsche Telekom senkt die Preise.",
            {QStringLiteral("COMPANY 'Deutsche Telekom'")});
        row("a legal form after a bank named by its place",
            u"Die Bank Austria AG meldet einen höheren Gewinn.",
            {QStringLiteral("COMPANY 'Bank Austria AG'")});
        row("a cooperative's form after its place", u"Die Volksbank Mittelhessen eG schließt zwei Filialen.",
            {QStringLiteral("COMPANY 'Volksbank Mittelhessen eG'")});
        row("a public-law institution's form", u"Die Kreissparkasse Ludwigsburg AöR senkt die Gebühren.",
            {QStringLiteral("COMPANY 'Kreissparkasse Ludwigsburg AöR'")});
        row("a listed company's form after a line break", u"Die Klagen richten sich gegen die Audi\nAG.",
            {QStringLiteral("COMPANY 'Audi\nAG'")});
    }
    void companyNames() { check(); }

    // A word of letters and digits is a model's or a code's name, never a person's or a place's,
    // unless it is a road's or a line's number (analysis/modelfinder.cpp,
    // resources/analysis/route-prefixes.txt); a product cue or a maker makes it a product.
    void codeWords_data()
    {
        columns();
        row("bare car models", u"Der Kunde bestellte X5 und Q8 bei den Händlern.", {});
        row("a model with letters after its digits", u"Der neue A321neo von Airbus fliegt.",
            {QStringLiteral("PRODUCT 'A321neo'"), QStringLiteral("COMPANY 'Airbus'")});
        row("a motorway is a place", u"Auf der A7 Hannover Richtung Kassel staut sich der Verkehr.",
            {QStringLiteral("LOCATION 'A7'"), QStringLiteral("LOCATION 'Hannover'"),
                QStringLiteral("LOCATION 'Kassel'")});
        row("a rail line is a place", u"Die S31 Richtung Backnang fällt aus.",
            {QStringLiteral("LOCATION 'S31'"), QStringLiteral("LOCATION 'Backnang'")});
    }
    void codeWords() { check(); }

    void afterMakers_data()
    {
        columns();
        row("designator", u"Der neue BMW iX3 kommt im Herbst.",
            {QStringLiteral("COMPANY 'BMW'"), QStringLiteral("PRODUCT 'iX3'")});
        row("number beside a name word", u"Die Boeing 787 Dreamliner ersetzt ältere Jets.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '787 Dreamliner'")});
        row("parts joined by a point", u"Der VW ID.3 wird in Zwickau gebaut.",
            {QStringLiteral("COMPANY 'VW'"), QStringLiteral("PRODUCT 'ID.3'"),
                QStringLiteral("LOCATION 'Zwickau'")});
        row("a count after the maker", u"Die Lufthansa hat bei Airbus 20 Maschinen bestellt.",
            {QStringLiteral("COMPANY 'Lufthansa'"), QStringLiteral("COMPANY 'Airbus'")});
        row("a second word of the company", u"Siemens Energy baut Turbinen.",
            {QStringLiteral("COMPANY 'Siemens Energy'")});
        row("an ordinary acronym", u"Nvidias KI-Chips sind gefragt.", {QStringLiteral("COMPANY 'Nvidias'")});
        row("a compound without digits", u"Er sprach mit der Bahn AG HR-Abteilung.",
            {QStringLiteral("COMPANY 'Bahn AG'")});
        row("a plain model after a model's article", u"Der neue Opel Frontera kommt im Herbst.",
            {QStringLiteral("COMPANY 'Opel'"), QStringLiteral("PRODUCT 'Frontera'")});
        row("a headline's maker and model the tagger reads as a person",
            u"Kia EV3 und Skoda Elroq führen die Statistik an",
            {QStringLiteral("COMPANY 'Kia'"), QStringLiteral("PRODUCT 'EV3'"),
                QStringLiteral("COMPANY 'Skoda'"), QStringLiteral("PRODUCT 'Elroq'")});
        row("a series by its number", u"BMW baut den neuen 3er in München.",
            {QStringLiteral("COMPANY 'BMW'"), QStringLiteral("PRODUCT '3er'"),
                QStringLiteral("LOCATION 'München'")});
        row("a series number without a maker", u"Ein 6er im Lotto ist selten.", {});
        row("a series number as a compound's part", u"BMW verkauft die 3er-Reihe gut.",
            {QStringLiteral("COMPANY 'BMW'")});
        row("a plain model in the accusative", u"Den Skoda Elroq gibt es ab Mai.",
            {QStringLiteral("COMPANY 'Skoda'"), QStringLiteral("PRODUCT 'Elroq'")});
        row("no model's article before the maker", u"Opel Frontera kommt im Herbst.",
            {QStringLiteral("COMPANY 'Opel Frontera'")});
        row("a company's suffix is no model", u"Der Anteil an der Porsche Holding sank.",
            {QStringLiteral("COMPANY 'Porsche Holding'")});
        row("a legal form after the words", u"Er arbeitet bei der Beiersdorf Manufacturing Waldheim GmbH.",
            {QStringLiteral("COMPANY 'Beiersdorf Manufacturing Waldheim GmbH'")});
        row("a bare number after an article and the maker",
            u"Die Lufthansa bestellt mehrere Boeing 787. Käufer des Porsche 911 sind treu.",
            {QStringLiteral("COMPANY 'Lufthansa'"), QStringLiteral("COMPANY 'Boeing'"),
                QStringLiteral("PRODUCT '787'"), QStringLiteral("COMPANY 'Porsche'"),
                QStringLiteral("PRODUCT '911'")});
        row("a number counted after the maker", u"Dafür streicht Siemens 300 Stellen und Bosch 200.",
            {QStringLiteral("COMPANY 'Siemens'"), QStringLiteral("COMPANY 'Bosch'")});
        row("a maker after a product class", u"Die Airline mustert ihre Jumbojets vom Typ Boeing 747 aus.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '747'")});
        row("a maker after a class in the genitive", u"Lufthansa setzt Flugzeuge des Typs Embraer 195 ein.",
            {QStringLiteral("COMPANY 'Lufthansa'"), QStringLiteral("COMPANY 'Embraer'"),
                QStringLiteral("PRODUCT '195'")});
        row("a maker after a verb is no class", u"Bei Airbus arbeiten 300 Menschen mehr.",
            {QStringLiteral("COMPANY 'Airbus'")});
        row("a bare number without an article running on into the clause",
            u"Die Airline fliegt mit Boeing 787 nach Asien.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '787'"),
                QStringLiteral("LOCATION 'Asien'")});
        row("bare numbers opening the sentence", u"Boeing 787 und Airbus A350 sind gefragt.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '787'"),
                QStringLiteral("COMPANY 'Airbus'"), QStringLiteral("PRODUCT 'A350'")});
        row("a number with a name word, no article", u"Mit Boeing 737 Max hatte der Konzern Ärger.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '737 Max'")});
        row("a year after the maker", u"Für Siemens 2024 war ein gutes Jahr.",
            {QStringLiteral("COMPANY 'Siemens'")});
        row("an amount after the maker", u"Nvidia 3,5 Milliarden Dollar Umsatz sind viel.",
            {QStringLiteral("COMPANY 'Nvidia'")});
        row("a count before an adjective", u"Dafür streicht Siemens 300 neue Stellen.",
            {QStringLiteral("COMPANY 'Siemens'")});
        row("a count before the clause's last verb", u"Bisher hat VW 500 verkauft.",
            {QStringLiteral("COMPANY 'VW'")});
    }
    void afterMakers() { check(); }

    // A body's name right after its description is one AGENCY span (annotation guide:
    // "US-Börsenaufsicht SEC"), an unknown acronym included (analysis/agencyfinder.cpp).
    void agencyNames_data()
    {
        columns();
        row("an unknown acronym after the description", u"Die französische Atomaufsicht ASN hat entschieden.",
            {QStringLiteral("AGENCY 'französische Atomaufsicht ASN'")});
        row("a listed agency after the description",
            u"Die Schweizer Heilmittelbehörde Swissmedic hat zugelassen.",
            {QStringLiteral("AGENCY 'Schweizer Heilmittelbehörde Swissmedic'")});
        row("a generic head with the body's name", u"Die Behörde FDA hat zugelassen.",
            {QStringLiteral("AGENCY 'Behörde FDA'")});
        row("a place after the head stays a place", u"Die Regierung USA handelt.",
            {QStringLiteral("LOCATION 'USA'")});
        row("an ordinary acronym is no name", u"Das Bundesamt KI prüft.",
            {QStringLiteral("AGENCY 'Bundesamt'")});
    }
    void agencyNames() { check(); }

    // A list word that is also an ordinary word ("ambiguous" in the TSV) neither adds a name nor
    // vetoes the tagger's or a cue's finding of it; a role before a one-word list company makes it
    // a person, and a surname holds for the article.
    void listWords_data()
    {
        columns();
        row("ambiguous list word after a cue", u"Der Mobilfunker Orange senkt die Preise.",
            {QStringLiteral("COMPANY 'Orange'")});
        row("ambiguous list word the tagger finds", u"Kritiker aus den Reihen der Demokraten warnten.",
            {QStringLiteral("ORGANIZATION 'Demokraten'")});
        row("ambiguous alias the tagger finds", u"Die Aktie von Wacker fiel.",
            {QStringLiteral("COMPANY 'Wacker'")});
        row("ambiguous list word as an ordinary word", u"Die Ampel stand auf orange.", {});
        row("a list name that is also a German noun", u"Er zeichnet ein düsteres Bild der Lage.", {});
        row("the tagger finds it, the list types it", u"Wie die Bild berichtete, tritt er zurück.",
            {QStringLiteral("MEDIA 'Bild'")});
        row("role before a list company", u"Senator Henkel kritisierte den Plan.",
            {QStringLiteral("PERSON 'Henkel'")});
        row("titles before list companies", u"Frau Henkel und Herr Porsche kamen.",
            {QStringLiteral("PERSON 'Henkel'"), QStringLiteral("PERSON 'Porsche'")});
        row("a genitive after a role stays the company's", u"Ein Sprecher Henkels bestätigte das.",
            {QStringLiteral("COMPANY 'Henkels'")});
        row("a role that is also a word for a company", u"Der Vorstand lobte den Investor Carlyle.",
            {QStringLiteral("COMPANY 'Carlyle'")});
        row("a list company without a role", u"Henkel hob die Prognose an.",
            {QStringLiteral("COMPANY 'Henkel'")});
        row("a compound before the role stays the company", u"Henkel-Chef Carsten Knobel sprach.",
            {QStringLiteral("COMPANY 'Henkel'"), QStringLiteral("PERSON 'Carsten Knobel'")});
        row("a surname holds for the article",
            u"Thomas Kerber traf zweimal. Kerber sagte danach, er sei froh.",
            {QStringLiteral("PERSON 'Thomas Kerber'"), QStringLiteral("PERSON 'Kerber'")});
        row("a party's adjective written as a noun after an article",
            u"Die Mehrheit wackelt, wenn die Grünen sich enthalten.",
            {QStringLiteral("ORGANIZATION 'Grünen'")});
        row("a party's adjective in lower case", u"Sie wählten die grünen Tarife.", {});
        row("a party's adjective before a noun", u"Er malte die Grünen Wiesen.", {});
        row("a party's adjective in the dative", u"Das Verbot scheiterte am Widerstand der Linken.",
            {QStringLiteral("ORGANIZATION 'Linken'")});
        row("the note names the ambiguous form, not the other ones",
            u"Die Linkspartei und die Generalzolldirektion prüfen.",
            {QStringLiteral("ORGANIZATION 'Linkspartei'"), QStringLiteral("AGENCY 'Generalzolldirektion'")});
        row("a listed name's later word in lower case", u"Die grünen Wiesen blühen.", {});
        row("a listed name's words capitalised as listed", u"Er lobte die Deutsche Bank.",
            {QStringLiteral("COMPANY 'Deutsche Bank'")});
        row("one name, one type", u"Uniper fordert Hilfe. Uniper hat Verluste. Der Konzern Uniper spart.",
            {QStringLiteral("COMPANY 'Uniper'"), QStringLiteral("COMPANY 'Uniper'"),
                QStringLiteral("COMPANY 'Uniper'")});
    }
    void listWords() { check(); }

    // Other fields' constructions: coordinated names are names of their own and of one kind, the
    // head noun after a maker and a place's adjective are no part of a name (annotation guide), a
    // company descriptor after a place's adjective still introduces a name, a listed model right
    // after its maker is a PRODUCT, a person's name runs over its particle.
    void otherFields_data()
    {
        columns();
        row("a town after its country's adjective",
            u"Der Zulieferer baut ein Werk im ungarischen Tiszaújváros.",
            {QStringLiteral("LOCATION 'Tiszaújváros'")});
        row("a town of two words after its region's adjective",
            u"Die Teile kommen aus einem Werk im slowakischen Nové Zámky.",
            {QStringLiteral("LOCATION 'Nové Zámky'")});
        row("a town after ins and its region's adjective",
            u"Die Fertigung zieht ins brandenburgische Wustermark.",
            {QStringLiteral("LOCATION 'Wustermark'")});
        row("a noun after a country's adjective", u"Die Fertigung läuft im ungarischen Werk weiter.", {});
        row("a plant named after its town", u"Die Zellen kommen aus dem Werk Nyíregyháza.",
            {QStringLiteral("LOCATION 'Nyíregyháza'")});
        row("a site named after its town", u"Am Standort Ludwigsfelde fallen Stellen weg.",
            {QStringLiteral("LOCATION 'Ludwigsfelde'")});
        row("a site's owner and its town after the site's noun",
            u"Die Zellen werden am Standort BASF Schwarzheide gefertigt.",
            {QStringLiteral("COMPANY 'BASF'"), QStringLiteral("LOCATION 'Schwarzheide'")});
        row("a club's abbreviation before a town no list holds",
            u"Das Spiel gegen den TSV Odenhausen endete 2:1.",
            {QStringLiteral("ORGANIZATION 'TSV Odenhausen'")});
        row("a coordination is no one name", u"Die Aktien von Uniper und Commerzbank fielen.",
            {QStringLiteral("COMPANY 'Uniper'"), QStringLiteral("COMPANY 'Commerzbank'")});
        row("an ambiguous list word beside a listed name", u"Kunden zahlen mit Visa und Mastercard.",
            {QStringLiteral("COMPANY 'Visa'"), QStringLiteral("COMPANY 'Mastercard'")});
        row("the ordinary word beside a listed name", u"Er braucht ein Visa und Mastercard bucht.",
            {QStringLiteral("COMPANY 'Mastercard'")});
        row("a conjunct takes its listed partner's type", u"Zalando und Otto kämpfen um Kunden.",
            {QStringLiteral("COMPANY 'Zalando'"), QStringLiteral("COMPANY 'Otto'")});
        row("an institution's name keeps its und", u"Das Institut für Wirtschaft und Energie warnt.",
            {QStringLiteral("ORGANIZATION 'Institut für Wirtschaft und Energie'")});
        row("a listed name with und stays whole", u"Bosnien und Herzegowina tritt bei.",
            {QStringLiteral("LOCATION 'Bosnien und Herzegowina'")});
        row("Konzern after the maker", u"Der BMW Konzern und der VW-Konzern verkaufen mehr.",
            {QStringLiteral("COMPANY 'BMW'"), QStringLiteral("COMPANY 'VW'")});
        row("Gruppe after the name", u"Die Würth Gruppe wächst.", {QStringLiteral("COMPANY 'Würth'")});
        row("a descriptor after a place's adjective", u"Die Hamburger Reederei Rickmers ist pleite.",
            {QStringLiteral("COMPANY 'Rickmers'")});
        row("new descriptors", u"Die Spedition Dachser und die Molkerei Müller wachsen.",
            {QStringLiteral("COMPANY 'Dachser'"), QStringLiteral("COMPANY 'Müller'")});
        row("a place's adjective is no mention", u"Der Kölner Dom zieht Touristen an.", {});
        row("a utility named by a place's adjective", u"Die Münchner Stadtwerke erhöhen die Preise.",
            {QStringLiteral("COMPANY 'Münchner Stadtwerke'")});
        row("no name with an indefinite article", u"Eine Frankfurter Bank und viele Berliner Banken zahlen.",
            {});
        row("a listed model after its maker", u"VW Golf und Opel Corsa sind Bestseller.",
            {QStringLiteral("COMPANY 'VW'"), QStringLiteral("PRODUCT 'Golf'"),
                QStringLiteral("COMPANY 'Opel'"), QStringLiteral("PRODUCT 'Corsa'")});
        row("a model that is a German noun", u"Den Mercedes Sprinter baut das Werk seit Jahren.",
            {QStringLiteral("COMPANY 'Mercedes'"), QStringLiteral("PRODUCT 'Sprinter'")});
        row("the noun alone is no product", u"Er spielt gern Golf.", {});
        row("an acronym written as a word", u"Der Elektroautobauer Nio eröffnet ein Werk.",
            {QStringLiteral("COMPANY 'Nio'")});
        row("a particle inside a person's name", u"Er trat gegen Amtsinhaber Ole von Beust an.",
            {QStringLiteral("PERSON 'Ole von Beust'")});
        row("particles of other languages",
            u"Der Minister traf Karl-Theodor zu Guttenberg und Pedro dos Santos.",
            {QStringLiteral("PERSON 'Karl-Theodor zu Guttenberg'"),
                QStringLiteral("PERSON 'Pedro dos Santos'")});
        row("an article alone is no particle", u"Gestern half Sabine der Kollegin.", {});
        row("a listed insurer whose name is also a noun",
            u"Die Allianz erhöhte im dritten Quartal ihren Gewinn.", {QStringLiteral("COMPANY 'Allianz'")});
        row("the noun after an adjective", u"Die Parteien schmiedeten eine neue Allianz gegen die Regierung.",
            {});
        row("the noun after an indefinite article", u"Thyssenkrupp schmiedet eine Allianz mit Tata Steel.",
            {QStringLiteral("COMPANY 'Thyssenkrupp'"), QStringLiteral("COMPANY 'Tata Steel'")});
        row("a cooperative bank is no central bank",
            u"Die Kunden der Volksbank Mittelhessen bekommen mehr Zinsen.",
            {QStringLiteral("COMPANY 'Volksbank Mittelhessen'")});
        row("a listed product of two words as a compound's first part",
            u"Die Behörde ließ die 737-Max-Jets am Boden.", {QStringLiteral("PRODUCT '737-Max'")});
        row("one digit after a listed family", u"Boeing liefert die 737 MAX 9 wieder aus.",
            {QStringLiteral("COMPANY 'Boeing'"), QStringLiteral("PRODUCT '737 MAX 9'")});
        row("a digit that counts is no model number", u"Er spielt Golf 2 Stunden am Tag.", {});
        row("a court named by its seat",
            u"Das Landgericht Düsseldorf und die Staatsanwaltschaft Köln ermitteln.",
            {QStringLiteral("AGENCY 'Landgericht Düsseldorf'"),
                QStringLiteral("AGENCY 'Staatsanwaltschaft Köln'")});
        row("a body of the federal state",
            u"Die Finanzagentur des Bundes und das Beschaffungsamt des Bundes sparen.",
            {QStringLiteral("AGENCY 'Finanzagentur des Bundes'"),
                QStringLiteral("AGENCY 'Beschaffungsamt des Bundes'")});
        row("a facility is no mention", u"Die Pipeline Nord Stream und der Flughafen Linate liegen still.",
            {});
        row("a federal association named by its trade",
            u"Der Bundesverband Fernwärme erwartet mehr Anschlüsse.",
            {QStringLiteral("ORGANIZATION 'Bundesverband Fernwärme'")});
        row("an adjective inside an association's name",
            u"Laut Zentralverband Deutsches Kraftfahrzeuggewerbe sinken die Preise.",
            {QStringLiteral("ORGANIZATION 'Zentralverband Deutsches Kraftfahrzeuggewerbe'")});
        row("a date after a federal association", u"Der Bundesverband Windkraft meldete Ende Mai Zahlen.",
            {QStringLiteral("ORGANIZATION 'Bundesverband Windkraft'")});
        row("a town with its river", u"Das Werk in Mühlhausen an der Unstrut wird erweitert.",
            {QStringLiteral("LOCATION 'Mühlhausen an der Unstrut'")});
        row("a town with its landscape", u"Der Zulieferer baut in Neumarkt in der Oberpfalz.",
            {QStringLiteral("LOCATION 'Neumarkt in der Oberpfalz'")});
        row("a town with its river in brackets", u"Der Zug fällt zwischen Halle (Saale) und Leipzig aus.",
            {QStringLiteral("LOCATION 'Halle (Saale)'"), QStringLiteral("LOCATION 'Leipzig'")});
        row("a station with its river in brackets", u"Der ICE endet heute in Frankfurt (Main) Hbf.",
            {QStringLiteral("LOCATION 'Frankfurt (Main) Hbf'")});
        row("a town with its river after a slash", u"Die Bank hat ihren Sitz in Frankfurt/Main.",
            {QStringLiteral("LOCATION 'Frankfurt/Main'")});
        row("a state in brackets stays a place of its own", u"Gestreikt wurde in Bad Hersfeld (Hessen).",
            {QStringLiteral("LOCATION 'Bad Hersfeld'"), QStringLiteral("LOCATION 'Hessen'")});
        row("a listed town after a spaced slash stays a place of its own",
            u"Die Strecke Berlin / Hamburg ist gesperrt.",
            {QStringLiteral("LOCATION 'Berlin'"), QStringLiteral("LOCATION 'Hamburg'")});
        row("a weekday after a town is no river", u"Die Gespräche in Kassel am Montag scheiterten.",
            {QStringLiteral("LOCATION 'Kassel'")});
        row("a noun after a town is no river", u"Die Reederei verlädt in Bremen im Hafen Stahl.",
            {QStringLiteral("LOCATION 'Bremen'")});
        row("a company's division after its name", u"Die Sparte heißt künftig Bosch Antriebstechnik.",
            {QStringLiteral("COMPANY 'Bosch Antriebstechnik'")});
        row("an English division word", u"Der Auftrag ging an Siemens Healthcare und Alstom.",
            {QStringLiteral("COMPANY 'Siemens Healthcare'"), QStringLiteral("COMPANY 'Alstom'")});
        row("no division word after a company", u"Bosch Sprecher wollten das nicht kommentieren.",
            {QStringLiteral("COMPANY 'Bosch'")});
        row("a place after a preposition stays a place", u"Der Präsident des Amtsgerichts in Köln tritt ab.",
            {QStringLiteral("LOCATION 'Köln'")});
        row("a profession before an unknown surname", u"Die Psychologin Varnholt widersprach dem Gutachten.",
            {QStringLiteral("PERSON 'Varnholt'")});
        row("a role, given names, a particle and the surname",
            u"Damals las der Schriftsteller Carl Anton von Weidenfels in Ulm.",
            {QStringLiteral("PERSON 'Carl Anton von Weidenfels'"), QStringLiteral("LOCATION 'Ulm'")});
        row("a role before a hyphenated noble name", u"Dort wohnte die Fürstin Adelheid von Thurnau-Rieneck.",
            {QStringLiteral("PERSON 'Adelheid von Thurnau-Rieneck'")});
        row("given names alone, coordinated", u"Nur Jonas, Anna und Paul kannten den Weg.",
            {QStringLiteral("PERSON 'Jonas'"), QStringLiteral("PERSON 'Anna'"),
                QStringLiteral("PERSON 'Paul'")});
        row("a town's class noun stays outside its name", u"Die Residenzstadt Mannheim feiert ihr Jubiläum.",
            {QStringLiteral("LOCATION 'Mannheim'")});
        row("a city's title stays outside its name",
            u"Die Hansestadt Hamburg und die Landeshauptstadt Düsseldorf erhöhen die Gebühren.",
            {QStringLiteral("LOCATION 'Hamburg'"), QStringLiteral("LOCATION 'Düsseldorf'")});
        row("a class noun before a town the lists do not know",
            u"In der Kreisstadt Waldmohrbach wird gebaut.", {QStringLiteral("LOCATION 'Waldmohrbach'")});
        row("a farmer's compound before a name", u"Der Biobauer Renzo Blumenthal züchtet Rinder.",
            {QStringLiteral("PERSON 'Renzo Blumenthal'")});
        row("a club named by its designator and town", u"Der FC Carl Zeiss Jena verlor gegen den 1. FC Köln.",
            {QStringLiteral("ORGANIZATION 'FC Carl Zeiss Jena'"),
                QStringLiteral("ORGANIZATION '1. FC Köln'")});
        row("clubs with the designator first",
            u"Borussia Dortmund schlug den VfB Stuttgart, der SC Freiburg spielte remis.",
            {QStringLiteral("ORGANIZATION 'Borussia Dortmund'"),
                QStringLiteral("ORGANIZATION 'VfB Stuttgart'"),
                QStringLiteral("ORGANIZATION 'SC Freiburg'")});
        row("a body's field after its head", u"Das Bundesamt für Kommunikation prüft den Antrag.",
            {QStringLiteral("AGENCY 'Bundesamt für Kommunikation'")});
        row("a field of nouns joined by commas and und",
            u"Das teilte das Landesamt für Umwelt, Naturschutz und Geologie mit.",
            {QStringLiteral("AGENCY 'Landesamt für Umwelt, Naturschutz und Geologie'")});
        row("a field with an adjective", u"Sie arbeitet beim Landesamt für geologische Forschung.",
            {QStringLiteral("AGENCY 'Landesamt für geologische Forschung'")});
        row("a noun the lexicon knows ends the field", u"Hat das Bundesamt für Justiz Strafen verhängt?",
            {QStringLiteral("AGENCY 'Bundesamt für Justiz'")});
        row("a comma list without und is no field",
            u"Das Bundesamt für Justiz, Bonn, Strafen und Bußgelder prüft.",
            {QStringLiteral("AGENCY 'Bundesamt für Justiz'"), QStringLiteral("LOCATION 'Bonn'")});
        row("a government takes no field", u"Viele kritisieren die Bundesregierung für Reformen.",
            {QStringLiteral("AGENCY 'Bundesregierung'")});
        row("a role after und is no part of the field",
            u"Das Ministerium für Wirtschaft und Kanzler Merz streiten.",
            {QStringLiteral("AGENCY 'Ministerium für Wirtschaft'"), QStringLiteral("PERSON 'Merz'")});
        row("an article ends the field", u"Das Amt für die Bürger öffnet.", {});
        row("an association compound with a name's adjective",
            u"Braun übernahm die Leitung des Evangelischen Presseverbandes.",
            {QStringLiteral("PERSON 'Braun'"),
                QStringLiteral("ORGANIZATION 'Evangelischen Presseverbandes'")});
        row("an association compound with a genitive name",
            u"Laut Gesamtverband der Deutschen Versicherungswirtschaft steigen die Schäden.",
            {QStringLiteral("ORGANIZATION 'Gesamtverband der Deutschen Versicherungswirtschaft'")});
        row("a foundation compound with its field", u"Die Bundesstiftung für Umwelt fördert das Projekt.",
            {QStringLiteral("ORGANIZATION 'Bundesstiftung für Umwelt'")});
        row("an association compound with a plain genitive noun is none",
            u"Der Bauernverband der Region protestierte, wie dem Berufsverband der Krisenmanager bekannt "
            u"ist.",
            {});
        row("an association compound after a place's adjective is none",
            u"Das Kieler Forschungsinstitut warnte.", {});
        row("an article before an association compound is no name word",
            u"Berlin - Der Landesverband hat protestiert.", {QStringLiteral("LOCATION 'Berlin'")});
        row("a club's designator after the town", u"Eintracht Frankfurt und der Hamburger SV trennten sich.",
            {QStringLiteral("ORGANIZATION 'Eintracht Frankfurt'"),
                QStringLiteral("ORGANIZATION 'Hamburger SV'")});
    }
    void otherFields() { check(); }

    // Product classes of other fields (name-cues.tsv): the class noun before the name, a title in
    // quotes, examples after "wie", a brand as a compound's first part; the federal state as an
    // actor, and a company's first word alone (agency-heads.txt "state", cuefinder.cpp).
    void productClasses_data()
    {
        columns();
        row("an antibody drug", u"Der Antikörper Donanemab verlangsamt den Verlauf.",
            {QStringLiteral("PRODUCT 'Donanemab'")});
        row("a device with its number", u"Die Insulinpumpe Omnipod 5 ist erhältlich.",
            {QStringLiteral("PRODUCT 'Omnipod 5'")});
        row("a game of three words", u"Das Spiel Hollow Knight Silksong erschien im Herbst.",
            {QStringLiteral("PRODUCT 'Hollow Knight Silksong'")});
        row("a title in quotes", u"Das Videospiel „Black Myth: Wukong“ wurde ein Erfolg.",
            {QStringLiteral("PRODUCT 'Black Myth: Wukong'")});
        row("a van over a person's look", u"Der Transporter Crafter kommt aus Polen.",
            {QStringLiteral("PRODUCT 'Crafter'"), QStringLiteral("LOCATION 'Polen'")});
        row("a helicopter's designator", u"Die Bundeswehr bestellt den Hubschrauber H145M.",
            {QStringLiteral("AGENCY 'Bundeswehr'"), QStringLiteral("PRODUCT 'H145M'")});
        row("a chocolate bar", u"Der Schokoriegel Twix wird teurer.", {QStringLiteral("PRODUCT 'Twix'")});
        row("brands as compounds' first parts",
            u"In vielen Filialen fehlen Twix-Riegel und Sheba-Katzenfutter.",
            {QStringLiteral("PRODUCT 'Twix'"), QStringLiteral("PRODUCT 'Sheba'")});
        row("examples after wie", u"Die Sparte mit Marken wie Kidde und Edwards wird verkauft.",
            {QStringLiteral("PRODUCT 'Kidde'"), QStringLiteral("PRODUCT 'Edwards'")});
        row("a quoted example of German words", u"Rewe setzt auf Eigenmarken wie „Gut & Günstig“.",
            {QStringLiteral("COMPANY 'Rewe'"), QStringLiteral("PRODUCT 'Gut & Günstig'")});
        row("companies after wie", u"Zulieferer wie Schaeffler und Trumpf bauen Stellen ab.",
            {QStringLiteral("COMPANY 'Schaeffler'"), QStringLiteral("COMPANY 'Trumpf'")});
        row("an English possessive in a brand", u"Die Pepsico-Marke Lay's legt zu.",
            {QStringLiteral("COMPANY 'Pepsico'"), QStringLiteral("PRODUCT 'Lay's'")});
        row("a quoted newspaper", u"Die Zeitung „Zaman“ wurde unter Aufsicht gestellt.",
            {QStringLiteral("MEDIA 'Zaman'")});
        row("the state as owner", u"Dem Bund gehören 13 Prozent der Aktien.",
            {QStringLiteral("AGENCY 'Bund'")});
        row("the state as subject", u"Der Bund als Eigentümer verlangt mehr Pünktlichkeit.",
            {QStringLiteral("AGENCY 'Bund'")});
        row("a company's first word alone",
            u"Der US-Konzern Carrier Global übernimmt die Sparte. Carrier zahlt zwölf Milliarden Euro.",
            {QStringLiteral("COMPANY 'Carrier Global'"), QStringLiteral("COMPANY 'Carrier'")});
        row("an active ingredient is a substance", u"Der Wirkstoff Semaglutid steckt auch in Ozempic.",
            {QStringLiteral("PRODUCT 'Ozempic'")});
        row("substances by their endings", u"Tirzepatid wirkt stärker als Semaglutid und Donanemab.", {});
        row("a pesticide is a material", u"Bayer bestreitet, dass Glyphosat Krebs auslöst.",
            {QStringLiteral("COMPANY 'Bayer'")});
        row("a series after a definite article", u"Die Anleger der Reihe Nordvest Alpha verloren viel Geld.",
            {QStringLiteral("PRODUCT 'Nordvest Alpha'")});
        row("a series as a quantity", u"Eine Reihe DAX-Konzerne und einer Reihe Zulieferer drohen Strafen.",
            {});
        row("weapons by their class",
            u"Die Armee will den Marschflugkörper Kalibr und das Flugabwehrsystem Skynex.",
            {QStringLiteral("PRODUCT 'Kalibr'"), QStringLiteral("PRODUCT 'Skynex'")});
        row("a drug by its effect", u"Der Cholesterinsenker Repatha und der Betablocker Beloc wirken.",
            {QStringLiteral("PRODUCT 'Repatha'"), QStringLiteral("PRODUCT 'Beloc'")});
        row("a computer and a notebook", u"Der Computer Zuse Z3 und das Notebook Zenbook sind bekannt.",
            {QStringLiteral("PRODUCT 'Zuse Z3'"), QStringLiteral("PRODUCT 'Zenbook'")});
        row("Beispiel is no game", u"Zum Beispiel Meier wollte das nicht.",
            {QStringLiteral("PERSON 'Meier'")});
        row("an association named Bund", u"Der Bund der Steuerzahler kritisiert die Ausgaben.",
            {QStringLiteral("ORGANIZATION 'Bund der Steuerzahler'")});
        row("an association named Bund and a name", u"Die Kosten trägt der Bund Naturschutz.",
            {QStringLiteral("ORGANIZATION 'Bund Naturschutz'")});
        row("the noun Bund", u"Die Länder schlossen einen Bund fürs Leben.", {});
        row("a short class in capitals", u"Der Elektro-SUV Vision X und der LKW Actros kommen.",
            {QStringLiteral("PRODUCT 'Vision X'"), QStringLiteral("PRODUCT 'Actros'")});
        row("an engine and an antibiotic",
            u"Das Triebwerk LEAP-1A und das Antibiotikum Zithromax sind knapp.",
            {QStringLiteral("PRODUCT 'LEAP-1A'"), QStringLiteral("PRODUCT 'Zithromax'")});
        row("a turbine's designator", u"Die Turbine SG 14-236 DD kommt aus Dänemark.",
            {QStringLiteral("PRODUCT 'SG 14-236 DD'"), QStringLiteral("LOCATION 'Dänemark'")});
        row("an appliance's designation",
            u"Der Kunde kaufte die Spülmaschine SX7 und den Trockner T1 Comfort.",
            {QStringLiteral("PRODUCT 'SX7'"), QStringLiteral("PRODUCT 'T1 Comfort'")});
        row("brands listed with commas after a cue",
            u"Zum Konzern gehören die Marken Knorr, Pfanni und Maizena.",
            {QStringLiteral("PRODUCT 'Knorr'"), QStringLiteral("PRODUCT 'Pfanni'"),
                QStringLiteral("PRODUCT 'Maizena'")});
        row("a family's series letter and model word", u"Das neue Galaxy S Edge25 kommt im Herbst.",
            {QStringLiteral("PRODUCT 'Galaxy S Edge25'")});
        row("a listed company of two words as a compound's first part", u"Der Novo-Nordisk-Chef trat zurück.",
            {QStringLiteral("COMPANY 'Novo-Nordisk'")});
        row("a code's number is no quantity", u"Der Wirkstoffkandidat XYZ-040 wird geprüft.",
            {QStringLiteral("PRODUCT 'XYZ-040'")});
        row("a capital inside the word is no German compound", u"Die Software PowerArtist gehört zu Ansys.",
            {QStringLiteral("PRODUCT 'PowerArtist'"), QStringLiteral("COMPANY 'Ansys'")});
        row("Golf the sport is no product", u"Er spielt am Wochenende Golf in Bayern.",
            {QStringLiteral("LOCATION 'Bayern'")});
        row("Golf the sea is no product", u"Tanker meiden den Golf seit Wochen.", {});
        row("a storm's hashtag", u"Hurrikan #Milton zog über Florida. #Milton richtete Schäden an.",
            {QStringLiteral("LOCATION 'Florida'")});
        row("a disease before a vaccine", u"Der Ebola-Impfstoff Ervebo ist zugelassen.",
            {QStringLiteral("PRODUCT 'Ervebo'")});
        row("a class inside a longer compound", u"Der einstige Premium-Schokoladen-Hersteller wächst.", {});
        row("a verb opening a question", u"Spielen Aqua und Lava heute?", {});
        row("a company's legal form after a brand word",
            u"Die Siegelmarke Kölnische Versicherungs-Aktiengesellschaft ist alt.",
            {QStringLiteral("COMPANY 'Kölnische Versicherungs-Aktiengesellschaft'")});
        row("a storm's name is no person, also later",
            u"Hurrikan Milton zog über Florida. Milton richtete große Schäden an.",
            {QStringLiteral("LOCATION 'Florida'")});
        row("a low and a typhoon", u"Das Sturmtief Zoltan und der Taifun Haiyan trafen Hamburg.",
            {QStringLiteral("LOCATION 'Hamburg'")});
        row("a saint's name is a parish's",
            u"Die Gemeinde Sankt Gallus in Flörsheim soll mit St. Peter in Hochheim fusionieren.",
            {QStringLiteral("LOCATION 'Flörsheim'"), QStringLiteral("LOCATION 'Hochheim'")});
        row("names glued by a plus are a firm",
            u"Laut Klaus Nieding, Vorstand der Nieding+Barth Rechtsanwaltsgesellschaft, klagt Tilp+Kessler.",
            {QStringLiteral("PERSON 'Klaus Nieding'"), QStringLiteral("COMPANY 'Nieding+Barth'"),
                QStringLiteral("COMPANY 'Tilp+Kessler'")});
        row("a second saint joined to the first",
            u"Die Gemeinden Sankt Peter und Paul in Hochheim fusionieren.",
            {QStringLiteral("LOCATION 'Hochheim'")});
        row("a second saint joined to the first after an abbreviation",
            u"Die Kirche St. Peter und Paul in Hochheim wird renoviert.",
            {QStringLiteral("LOCATION 'Hochheim'")});
        row("a town named after a saint", u"Er zog von St. Gallen nach Sankt Augustin.",
            {QStringLiteral("LOCATION 'St. Gallen'"), QStringLiteral("LOCATION 'Sankt Augustin'")});
        row("historical regions, genitive too", u"Die Weber zogen aus Mähren in die Täler Schlesiens.",
            {QStringLiteral("LOCATION 'Mähren'"), QStringLiteral("LOCATION 'Schlesiens'")});
        row("an Afghan province", u"In Helmand wurden drei Helfer entführt.",
            {QStringLiteral("LOCATION 'Helmand'")});
        row("a name read as a German compound after a class and its article",
            u"Der Konzern setzt die Software Teamcenter ein.", {QStringLiteral("PRODUCT 'Teamcenter'")});
        row("such a word before a verb as its subject", u"Die Software Teamcenter ist verbreitet.",
            {QStringLiteral("PRODUCT 'Teamcenter'")});
        row("such a word as the object of the clause's last verb",
            u"Er weiß, dass die App Nutzerdaten sammelt.", {});
        row("such a word without an article is a phrase",
            u"Laut Gewerkschaft Lagerdienstleistungen ist das falsch.", {});
        row("a drug after its class", u"Das Medikament Ozempic ist knapp.",
            {QStringLiteral("PRODUCT 'Ozempic'")});
        row("a model number glued to its series by a colon",
            u"Betroffen sind die Systeme NXT:2050i und NXT:1470 von ASML.",
            {QStringLiteral("PRODUCT 'NXT:2050i'"), QStringLiteral("PRODUCT 'NXT:1470'"),
                QStringLiteral("COMPANY 'ASML'")});
        row("a model of joined parts after its class", u"Das Modell ID.3 verkauft sich gut.",
            {QStringLiteral("PRODUCT 'ID.3'")});
        row("an app of two words", u"Die App Truth Social wächst.",
            {QStringLiteral("PRODUCT 'Truth Social'")});
        row("an active ingredient is a substance", u"Der Wirkstoff Semaglutid wirkt.", {});
    }
    void productClasses() { check(); }

    // Persons by general German cues (analysis/personfinder.cpp, resources/analysis/person-cues.tsv).
    void personCues_data()
    {
        columns();
        row("a surname the lexicon knows after a verb of saying", u"„Wir bleiben dabei“, sagte Rüttgers.",
            {QStringLiteral("PERSON 'Rüttgers'")});
        row("an abbreviation's period after a verb of saying",
            u"„Das reicht nicht“, sagte Dr. Yvonne Castell.", {QStringLiteral("PERSON 'Yvonne Castell'")});
        row("a plural verb of saying before a plural noun", u"„Die Preise steigen“, sagten Analysten.", {});
        row("an unknown word opening the sentence before a verb of saying",
            u"Ramelow erklärte, die Wähler könnten sich darauf verlassen.",
            {QStringLiteral("PERSON 'Ramelow'")});
        row("a plural noun opening the sentence before a verb of saying",
            u"Analysten erklärten, die Preise würden steigen.", {});
        row("so after a comma names the speaker", u"Die Lage sei ernst, so Kolbinger.",
            {QStringLiteral("PERSON 'Kolbinger'")});
        row("so before a plural noun", u"Die Preise stiegen weiter, so Experten.", {});
        row("a kin noun before a name", u"Sie erhält Hilfe von ihrer Tante Cilli.",
            {QStringLiteral("PERSON 'Cilli'")});
        row("a kin noun before a noun", u"Die Mutter Erde ernährt uns alle.", {});
        row("a kin noun over the tagger's place", u"Er besuchte Tante Li Wei in Shanghai.",
            {QStringLiteral("PERSON 'Li Wei'"), QStringLiteral("LOCATION 'Shanghai'")});
        row("a kin noun's person holds for the article",
            u"Tante Li Wei wohnt in Shanghai. Li Wei kocht gern.",
            {QStringLiteral("PERSON 'Li Wei'"), QStringLiteral("LOCATION 'Shanghai'"),
                QStringLiteral("PERSON 'Li Wei'")});
        row("a kin noun after a possessive", u"Seine Schwester Mei Ling arbeitet in Peking.",
            {QStringLiteral("PERSON 'Mei Ling'"), QStringLiteral("LOCATION 'Peking'")});
        row("a kin noun over the tagger's agency", u"Ihr Bruder Wang Tao studiert in Hangzhou.",
            {QStringLiteral("PERSON 'Wang Tao'"), QStringLiteral("LOCATION 'Hangzhou'")});
        row("a kin noun before a family name", u"Die Familie lebt bei Onkel Hoffmann in Kiel.",
            {QStringLiteral("PERSON 'Hoffmann'"), QStringLiteral("LOCATION 'Kiel'")});
        row("a kin noun that names firms too, without one",
            u"Die Bosch-Tochter Rexroth wächst. Die Tochter Rexroth wächst.",
            {QStringLiteral("COMPANY 'Bosch'"), QStringLiteral("COMPANY 'Rexroth'"),
                QStringLiteral("COMPANY 'Rexroth'")});
        row("a kin noun that names firms too before a given name",
            u"Die Tochter Aisha Ghani sagte, sie komme.", {QStringLiteral("PERSON 'Aisha Ghani'")});
        row("a profession over the tagger's place", u"Die Ärztin Aisha Ghani behandelt Kinder in Kabul.",
            {QStringLiteral("PERSON 'Aisha Ghani'"), QStringLiteral("LOCATION 'Kabul'")});
        row("a role before a name and a preposition", u"Das sagte der Analyst Craig Erlam vom Broker Oanda.",
            {QStringLiteral("PERSON 'Craig Erlam'"), QStringLiteral("COMPANY 'Oanda'")});
        row("a role compound ending in chef", u"Gewerkschaftschef Frank Werneke fordert mehr Lohn.",
            {QStringLiteral("PERSON 'Frank Werneke'")});
        row("a compound ending in a role noun", u"Abteilungsleiter Krauskopf sagte dazu nichts.",
            {QStringLiteral("PERSON 'Krauskopf'")});
        row("a feminine compound ending in a role noun",
            u"Die Projektleiterin Aisha Ghani reiste nach Kabul.",
            {QStringLiteral("PERSON 'Aisha Ghani'"), QStringLiteral("LOCATION 'Kabul'")});
        row("a compound ending in a role noun before the field it names",
            u"Die Übung leitete der Sachbereichsleiter Katastrophenschutz.", {});
        row("a compound ending in a role noun's letters that names a thing",
            u"Die Halbleiter Ostrallens sind gefragt.", {QStringLiteral("LOCATION 'Ostrallens'")});
        row("an initial ending a person's name keeps its period",
            u"Die Polizei nahm Claudia B. fest. Derweil freut sich Nico G. auf seinen Einsatz.",
            {QStringLiteral("PERSON 'Claudia B.'"), QStringLiteral("PERSON 'Nico G.'")});
        row("an initial ending a person's name and the sentence", u"Das Urteil traf Nico G.",
            {QStringLiteral("PERSON 'Nico G.'")});
        row("a profession before a short name", u"Die Pilotin Mei Ling landete in Wuhan.",
            {QStringLiteral("PERSON 'Mei Ling'"), QStringLiteral("LOCATION 'Wuhan'")});
        row("a role's name ends before a preposition phrase",
            u"Der Sprecher Reinhold Wolff zu den Protesten blieb ruhig.",
            {QStringLiteral("PERSON 'Reinhold Wolff'")});
        row("a hyphenated name after a role stays whole", u"Generalsekretär Boutros-Ghali reiste nach Kairo.",
            {QStringLiteral("PERSON 'Boutros-Ghali'"), QStringLiteral("LOCATION 'Kairo'")});
        row("a particle before the family name after a role",
            u"Die Politikerin Ursula von der Leyen sprach in Brüssel.",
            {QStringLiteral("PERSON 'Ursula von der Leyen'"), QStringLiteral("LOCATION 'Brüssel'")});
        row("von after a role's family name is a preposition",
            u"Die Analystin Petra Lindqvist von Gartner erwartet mehr.",
            {QStringLiteral("PERSON 'Petra Lindqvist'"), QStringLiteral("COMPANY 'Gartner'")});
        row("a noun after a role's name is none of it",
            u"Hat der Ökonom Dariusz Wolanski Vorschläge gemacht?",
            {QStringLiteral("PERSON 'Dariusz Wolanski'")});
        row("a noun the lexicon knows as the family name after a given name",
            u"Der Ökonom Hans-Werner Sinn warnt.", {QStringLiteral("PERSON 'Hans-Werner Sinn'")});
        row("a family name the lexicon knows in lower case after a given name",
            u"Der Ministerpräsident Roland Kocht sagte das.", {QStringLiteral("PERSON 'Roland Kocht'")});
        row("a date after a role's given name is none of the name",
            u"Der Ministerpräsident Roland Montag in Kiel.",
            {QStringLiteral("PERSON 'Roland'"), QStringLiteral("LOCATION 'Kiel'")});
        row("an initial inside a role's name", u"Der Analyst Mark T. Welling sagte das.",
            {QStringLiteral("PERSON 'Mark T. Welling'")});
        row("an initial hyphened to a given name", u"Der Fotograf Christian-H. Röhlke zeigt Bilder.",
            {QStringLiteral("PERSON 'Christian-H. Röhlke'")});
        row("the tagger's person runs on over a particle", u"IATA-Chef Alexandre de Juniac warnte.",
            {QStringLiteral("ORGANIZATION 'IATA'"), QStringLiteral("PERSON 'Alexandre de Juniac'")});
        row("the tagger's person runs on over a known noun after a kin noun",
            u"Sein Bruder Richie Gecko wird gesucht.", {QStringLiteral("PERSON 'Richie Gecko'")});
        row("particles chained in a role's name", u"Scheich Salman bin Ibrahim al Chalifa kandidiert.",
            {QStringLiteral("PERSON 'Salman bin Ibrahim al Chalifa'")});
        row("a role word opening a listed company", u"General Motors baut in Detroit.",
            {QStringLiteral("COMPANY 'General Motors'"), QStringLiteral("LOCATION 'Detroit'")});
        row("a family name the lexicon knows as a noun opening the sentence",
            u"Schumacher kündigte an, er trete zurück.", {QStringLiteral("PERSON 'Schumacher'")});
        row("the bare noun ending family names opening the sentence", u"Meister wurde der FC Bayern.",
            {QStringLiteral("ORGANIZATION 'FC Bayern'")});
        row("a listed person's family name alone", u"Zuckerbergs Firma wächst. Laut Zuckerberg wächst Meta.",
            {QStringLiteral("PERSON 'Zuckerbergs'"), QStringLiteral("PERSON 'Zuckerberg'"),
                QStringLiteral("COMPANY 'Meta'")});
        row("a listed person's family name as a place's",
            u"Die Schilder in Hudson sind neu. Der Rhein führt Hochwasser.",
            {QStringLiteral("LOCATION 'Hudson'"), QStringLiteral("LOCATION 'Rhein'")});
        row("a genitive before what a person has",
            u"Über Stanleys Geburtsdatum gibt es verschiedene Angaben.",
            {QStringLiteral("PERSON 'Stanleys'")});
        row("a genitive before what a firm or place has too", u"Seit Greenwichs Gründung wächst der Ort.",
            {});
        row("an unknown word alone before the verb of the sentence it opens",
            u"Tessmarck war seit 1990 Vorsitzender des Turnvereins.", {QStringLiteral("PERSON 'Tessmarck'")});
        row("a family name ending in a noun that ends family names",
            u"Brinkmeister war seit 1990 Vorsitzender des Turnvereins.",
            {QStringLiteral("PERSON 'Brinkmeister'")});
        row("an unknown word before a plural verb", u"Tessmarcks waren seit 1990 im Turnverein.", {});
        row("an unknown word before a preposition", u"Ostrallen mit seinen Höfen liegt am See.", {});
        row("a compound of known nouns opening the sentence", u"Gartenschaubesuch wird teurer.", {});
        row("a compound ending in a known noun opening the sentence", u"Ansgarikapelle wird renoviert.", {});
        row("a chemical element opening the sentence", u"Germanium wird knapp.", {});
        row("a word the article names otherwise elsewhere",
            u"Die Truppen rückten in die Provinz Nordvaldia vor. Nordvaldia ist ein Grenzgebiet.",
            {QStringLiteral("LOCATION 'Nordvaldia'"), QStringLiteral("LOCATION 'Nordvaldia'")});
        row("an unknown word after a past auxiliary opening an inverted clause",
            u"Damit hatte Kurowski die letzte Chance vertan.", {QStringLiteral("PERSON 'Kurowski'")});
        row("an unknown word after a verb in -te behind a noun",
            u"In der dritten Runde erreichte Kowalczyk einen neuen Rekord.",
            {QStringLiteral("PERSON 'Kowalczyk'")});
        row("an unknown word after a strong verb's past", u"1990 ging Tessmarck erstmals auf Tournee.",
            {QStringLiteral("PERSON 'Tessmarck'")});
        row("an unknown word after a strong verb's past behind a date",
            u"Im selben Jahr starb Tessmarck und wurde in Rom beerdigt.",
            {QStringLiteral("PERSON 'Tessmarck'"), QStringLiteral("LOCATION 'Rom'")});
        row("an unknown word after a strong verb's past with a prefix",
            u"Im Finale verließ Tessmarck nach der Pause das Feld.", {QStringLiteral("PERSON 'Tessmarck'")});
        row("an unknown word after a strong verb's present with its vowel changed",
            u"Im Finale erhält Tessmarck den Pokal aus Gold.", {QStringLiteral("PERSON 'Tessmarck'")});
        row("a strong verb's past in the plural", u"1990 gingen Tessmarcks erstmals auf Tournee.", {});
        row("an unknown word after a reflexive pronoun in an inverted clause",
            u"In einer ersten Reaktion distanzierte sich Kowalczyk von dem Ergebnis.",
            {QStringLiteral("PERSON 'Kowalczyk'")});
        row("a known noun after a reflexive pronoun is no name",
            u"Im Finale leistete sich Holzbauwirtschaft keinen Fehler.", {});
        row("a family name that is a noun after a role", u"Konzernchef Müller zeigte sich zufrieden.",
            {QStringLiteral("PERSON 'Müller'")});
        row("a family name that is an adjective after a role", u"Ministerin Klein sprach von Fortschritt.",
            {QStringLiteral("PERSON 'Klein'")});
        row("a family name that is a noun after a role's compound",
            u"Bundestrainer Koch sagte, das Team sei bereit.", {QStringLiteral("PERSON 'Koch'")});
        row("a family name that is a noun opening the sentence before a strong verb",
            u"Richter übernahm die Leitung des Vereins.", {QStringLiteral("PERSON 'Richter'")});
        row("a family name that is a word opening the sentence before a weak past",
            u"Huber agierte bislang vor allem im Land.", {QStringLiteral("PERSON 'Huber'")});
        row("a family name that is a word after an inverted clause's auxiliary",
            u"Bis dahin hatte Schulz seine Entscheidung offen gelassen.",
            {QStringLiteral("PERSON 'Schulz'")});
        row("a family name that is a word after a copula is what someone is",
            u"Nach der Lehre wurde Koch im Hotel sein Beruf.", {});
        row("a family name that is an adjective before an adverb", u"Kurz darauf begann das Spiel.", {});
        row("a family name that is a season opening the sentence", u"Winter kam früh in diesem Jahr.", {});
        row("a family name that is an adverb opening the sentence before a strong verb",
            u"Lange verlief der Wahlkampf ruhig.", {});
        row("a family name that is a noun after an ordinal in -te", u"Jeder fünfte Richter abgesetzt.", {});
        row("a person's name before a band's word is the band's",
            u"Er spielte damals in der Petra Lindqvist Band mit.", {});
        row("a person's name ending in a river's word is the river's",
            u"Der Fluss heißt Jonas Kowalczyk River.", {});
        row("a band's word elsewhere leaves the person", u"Petra Lindqvist spielte in einer Band.",
            {QStringLiteral("PERSON 'Petra Lindqvist'")});
        row("a winner's compound before a name", u"Den Titel holte Olympiasiegerin Tessmarck.",
            {QStringLiteral("PERSON 'Tessmarck'")});
        row("a professional's compound before a name", u"Es gewann der Radprofi Tessmarck vor allen anderen.",
            {QStringLiteral("PERSON 'Tessmarck'")});
        row("a test winner is no person's role", u"Im Vergleich wurde Testsieger Quendrix gelobt.", {});
        row("a field after a role is no name", u"Der Leiter Vertrieb rechnet mit Verlusten.", {});
        row("an object after a role is no name", u"Sie zollte dem Trainer Respekt.", {});
        row("a season after a role is no name", u"Die Arbeit als Minister Sommer für Sommer war hart.", {});
        row("an adjective in -te after an article opens no inverted clause",
            u"Die erste Staffel lief im Herbst.", {});
        row("a compound after the verb of an inverted clause is no name",
            u"Danach hatte Holzbauwirtschaft einen schweren Stand.", {});
        row("an unknown name's genitive before a common noun",
            u"Die Mannschaft war über Zabels Entscheidung nicht glücklich.",
            {QStringLiteral("PERSON 'Zabels'")});
        row("an unknown name's genitive opening the sentence", u"Denn Holroyds Stimme ist brüchig geworden.",
            {QStringLiteral("PERSON 'Holroyds'")});
        row("a compound's genitive before a noun is no name", u"Nach Fanclubs Angaben kamen viele.", {});
        row("a common noun's genitive before a noun is no name", u"Die Regeln des Spiels Ablauf sind streng.",
            {});
        row("a genitive before a role leaves the owner open", u"Nordvaldias Trainer lobte die Mannschaft.",
            {QStringLiteral("LOCATION 'Nordvaldias'")});
        row("a given name before a noun is no genitive", u"Gestern traf Tobias Hase die Entscheidung.",
            {QStringLiteral("PERSON 'Tobias Hase'")});
    }
    void personCues() { check(); }

    // A one-word name before a verb only firms do, or on one side of a deal's verb with a company
    // on the other, is a company (analysis/analyzer.cpp, resources/analysis/company-verbs.tsv).
    void businessVerbs_data()
    {
        columns();
        row("subject of a supply verb read as a person", u"Jarrow beliefert Volkswagen mit Sitzen.",
            {QStringLiteral("COMPANY 'Jarrow'"), QStringLiteral("COMPANY 'Volkswagen'")});
        row("insolvency filed", u"Bell meldet Insolvenz an.", {QStringLiteral("COMPANY 'Bell'")});
        row("insolvency filed, subject after the verb", u"Am Montag meldete Bell Insolvenz an.",
            {QStringLiteral("COMPANY 'Bell'")});
        row("the object of a company's takeover", u"Siemens übernimmt Varian für 16 Milliarden Dollar.",
            {QStringLiteral("COMPANY 'Siemens'"), QStringLiteral("COMPANY 'Varian'")});
        row("the firm named again", u"Stellantis kauft Huber. Huber hatte zuletzt Verluste geschrieben.",
            {QStringLiteral("COMPANY 'Stellantis'"), QStringLiteral("COMPANY 'Huber'"),
                QStringLiteral("COMPANY 'Huber'")});
        row("a merger partner after mit", u"Vitesco fusioniert mit Bell.",
            {QStringLiteral("COMPANY 'Vitesco'"), QStringLiteral("COMPANY 'Bell'")});
        row("a person named in full stays a person",
            u"Anna Huber ist Investorin. Huber kauft Siemens-Aktien.",
            {QStringLiteral("PERSON 'Anna Huber'"), QStringLiteral("PERSON 'Huber'"),
                QStringLiteral("COMPANY 'Siemens'")});
        row("a person taking over a task stays a person", u"Schmidt übernimmt den Vorsitz.",
            {QStringLiteral("PERSON 'Schmidt'")});
        row("a given name stays a person", u"Otto kauft Brot.", {QStringLiteral("PERSON 'Otto'")});
        row("a German noun before the verb is no name", u"Energie kauft man im Sommer billiger.", {});
    }
    void businessVerbs() { check(); }

    // Bodies named by their head noun (analysis/organizationfinder.cpp, organization-heads.txt): a
    // listed town after a university's or institute's name, a person's name glued to a word for a
    // school or clinic, an inflected head glued to a name.
    void institutionNames_data()
    {
        columns();
        row("a university's town after its name",
            u"Sie promovierte an der Medizinischen Hochschule Hannover über Nierenleiden.",
            {QStringLiteral("ORGANIZATION 'Medizinischen Hochschule Hannover'")});
        row("a listed town right after the head", u"Sie lehrt seit 2019 an der Universität Bremen.",
            {QStringLiteral("ORGANIZATION 'Universität Bremen'")});
        row("an institute's town after its field",
            u"Am Montag legte das Institut für Energiewirtschaft Leipzig eine Studie vor.",
            {QStringLiteral("ORGANIZATION 'Institut für Energiewirtschaft Leipzig'")});
        row("a clinic named after a person",
            u"Der Neubau der Ernst-Wendler-Klinik soll im Herbst fertig sein.",
            {QStringLiteral("ORGANIZATION 'Ernst-Wendler-Klinik'")});
        row("a school named after a person, inflected",
            u"Schüler des Anna-Seghers-Gymnasiums sammelten Spenden für die Tafel.",
            {QStringLiteral("ORGANIZATION 'Anna-Seghers-Gymnasiums'")});
        row("an institute named after a person, in the genitive",
            u"Ein Team des Walter-Eucken-Instituts stellte die Prognose vor.",
            {QStringLiteral("ORGANIZATION 'Walter-Eucken-Instituts'")});
        row("a publisher's name before the word for it",
            u"Die Neuauflage erschien im Frühjahr im Kessbach Verlag.",
            {QStringLiteral("COMPANY 'Kessbach Verlag'")});
        row("an inflected head before what the body is for",
            u"Die Studie des Instituts für Küstenforschung erscheint im Mai.",
            {QStringLiteral("ORGANIZATION 'Instituts für Küstenforschung'")});
        row("a clinic named after its purpose", u"In der Reha-Klinik wurden weniger Betten gebraucht.", {});
        row("an inflected head glued to a noun, before the body's name",
            u"Das sagte der Geschäftsführer des Handball-Verbandes HBL am Montag.",
            {QStringLiteral("ORGANIZATION 'HBL'")});
    }
    void institutionNames() { check(); }

    // An abbreviation introduced in parentheses is of its long form's type, wherever it stands
    // (analyzer.cpp, typeAbbreviationsByLongForm); a person's parenthesis is no short form.
    void abbreviations_data()
    {
        columns();
        row("a payment initiative's abbreviation",
            u"Ab dem Frühjahr können Kunden mit Zello, dem Bezahlsystem der Nordic Payments Initiative "
            u"(NPI), auch in Onlineshops zahlen. Hinter der NPI stehen 16 Banken.",
            {QStringLiteral("COMPANY 'Nordic Payments Initiative'"), QStringLiteral("COMPANY 'NPI'"),
                QStringLiteral("COMPANY 'NPI'")});
        row("a fund house beside an authority",
            u"Die Aufsicht hat eine Prüfung bei der Fondsgesellschaft Helvetia Global Advisors (HGA) "
            u"angeordnet. HGA ist eine Tochter der Helvetia. Die Börsenaufsicht untersagte der HGA neue "
            u"Fonds.",
            {QStringLiteral("COMPANY 'Helvetia Global Advisors'"), QStringLiteral("COMPANY 'HGA'"),
                QStringLiteral("COMPANY 'HGA'"), QStringLiteral("COMPANY 'Helvetia'"),
                QStringLiteral("AGENCY 'Börsenaufsicht'"), QStringLiteral("COMPANY 'HGA'")});
        row("an authority's abbreviation",
            u"Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor der Lücke. Das BSI "
            u"rät zu einem Update.",
            {QStringLiteral("AGENCY 'Bundesamt für Sicherheit in der Informationstechnik'"),
                QStringLiteral("AGENCY 'BSI'"), QStringLiteral("AGENCY 'BSI'")});
        row("an abbreviation no finder took",
            u"Kunden sprachen mit Vertretern der European Payments Initiative (EPI). Hinter der EPI "
            u"stehen 16 Banken.",
            {QStringLiteral("COMPANY 'European Payments Initiative'"), QStringLiteral("COMPANY 'EPI'"),
                QStringLiteral("COMPANY 'EPI'")});
        row("an abbreviation with small letters",
            u"Das sagte der Sprecher des Vereins für Bodenkunde Nord (VfBN). Der VfBN zählt 400 "
            u"Mitglieder.",
            {QStringLiteral("ORGANIZATION 'Vereins für Bodenkunde Nord'"),
                QStringLiteral("ORGANIZATION 'VfBN'"), QStringLiteral("ORGANIZATION 'VfBN'")});
        row("a person's party is no short form", u"Der Abgeordnete Carsten Duhm (CDU) sprach in Berlin.",
            {QStringLiteral("PERSON 'Carsten Duhm'"), QStringLiteral("ORGANIZATION 'CDU'"),
                QStringLiteral("LOCATION 'Berlin'")});
    }
    void abbreviations() { check(); }

    // An unknown word in capitals after the definite article is a name whose kind the tagger
    // picks (analyzer.cpp, findAcronymsAfterArticles); a noun of name-cues.tsv in an apposition
    // after a name types it (typeNamesByApposition); a ruler's number keeps its period; words
    // whose initials an abbreviation in parentheses after them spells are a name
    // (findNamesByTheirAbbreviation); an unknown word alone after "in", "nach", "aus" is a place
    // (findPlacesAfterPrepositions). ner39, issue 10.
    void acronymsAndAppositions_data()
    {
        columns();
        row("an unknown acronym after the article and its later use",
            u"Die Stiftung erhielt einen Zuschuss vom LWL, der die Sanierung fördert. Ohne LWL wäre das "
            u"Haus verloren.",
            {QStringLiteral("AGENCY 'LWL'"), QStringLiteral("AGENCY 'LWL'")});
        row("an acronym the word classes know is the tagger's", u"Das EBIT stieg um 4 Prozent.", {});
        row("an acronym before a number", u"Auf der CCW 2016 zeigte das Unternehmen neue Telefone.", {});
        row("a Roman numeral after the article", u"Nach dem II. Weltkrieg wuchs die Stadt.", {});
        row("an apposition with a company's noun",
            u"Tarvenna, der größte Versicherer Skandinaviens, hat seinen Gewinn verdoppelt.",
            {QStringLiteral("COMPANY 'Tarvenna'"), QStringLiteral("LOCATION 'Skandinaviens'")});
        row("an apposition with an indefinite article",
            u"Den Auftrag erhielt Korvanto, ein Dienstleister aus Tampere.",
            {QStringLiteral("COMPANY 'Korvanto'"), QStringLiteral("LOCATION 'Tampere'")});
        row("a kin noun in an apposition", u"Anna, die Tochter des Wirts, kam zu spät.",
            {QStringLiteral("PERSON 'Anna'")});
        row("a role in an apposition", u"Müller, der frühere Chef der Firma, schwieg.",
            {QStringLiteral("PERSON 'Müller'")});
        row("a ruler's number keeps its period", u"1966 besuchte Elisabeth II. die Insel.",
            {QStringLiteral("PERSON 'Elisabeth II.'")});
        row("a ruler's number after a preposition", u"Das Bistum wurde unter Bernhard IV. neu gegliedert.",
            {QStringLiteral("PERSON 'Bernhard IV.'")});
        row("a Roman numeral after no person", u"Der Band umfasst Teil II. und III. der Reihe.", {});
        row("a name introduced with its abbreviation",
            u"Der Verband Norddeutscher Kaffeeröster (VNK) fordert mehr Geld. Laut VNK sinken die Preise.",
            {QStringLiteral("ORGANIZATION 'Verband Norddeutscher Kaffeeröster'"),
                QStringLiteral("ORGANIZATION 'VNK'"), QStringLiteral("ORGANIZATION 'VNK'")});
        row("a hyphenated name introduced with its abbreviation",
            u"Der Inhaber der Firma Kombi-Massiv-Bau (KMB) klagte.",
            {QStringLiteral("COMPANY 'Kombi-Massiv-Bau'"), QStringLiteral("COMPANY 'KMB'")});
        row("an ordinary acronym in parentheses", u"Wir testeten Künstliche Intelligenz (KI) im Alltag.", {});
        row("an agency of events is a firm", u"Das Fest plant die Eventagentur Zorvato aus Köln.",
            {QStringLiteral("COMPANY 'Zorvato'"), QStringLiteral("LOCATION 'Köln'")});
        row("an agency of communication is a firm", u"Die Kommunikationsagentur Quendrix berät den Verein.",
            {QStringLiteral("COMPANY 'Quendrix'")});
        row("an unknown word after a preposition of place", u"Der Konzern baut in Tuscamora neue Wagen.",
            {QStringLiteral("LOCATION 'Tuscamora'")});
        row("a compound's dative plural after a preposition", u"Nach Medienberichten sinken die Preise.", {});
        row("a plural of a compound after a preposition",
            u"Aus Konzernkreisen hieß es, die Zahlen seien gut.", {});
        row("a common noun's ending after a preposition",
            u"Der Mörder wurde nach Verbüßung seiner Strafe entlassen.", {});
        row("a noun of a verb's particle after a preposition", u"Nach Zuspiel des Kapitäns traf er zum 1:0.",
            {});
        row("a compound's umlaut plural after a preposition",
            u"Die Nachfrage nach Kochfeldabzügen stieg stark.", {});
        row("an umlaut plural in -ern after a preposition", u"Der Rauch kam aus Hinterhäusern und Gärten.",
            {});
        row("an unknown word after a preposition before persons", u"Die Firma kauft bei Tessmarck ein.", {});
    }
    void acronymsAndAppositions() { check(); }

    // The members of a list a coordinator closes are of a kind: where one is a person, an unknown
    // capitalised word alone as another is a person too (analyzer.cpp, findPersonsInLists); a
    // double-barrelled family name is the whole; more role ends and adverbs before a speaker
    // (person-cues.tsv). ner40,
    // issue 10.
    void personsInLists_data()
    {
        columns();
        row("a list with a person last", u"Gestern spielten Quarnick, Tobrek und Anna Gaskell im Park.",
            {QStringLiteral("PERSON 'Quarnick'"), QStringLiteral("PERSON 'Tobrek'"),
                QStringLiteral("PERSON 'Anna Gaskell'")});
        row("a list with a person first", u"Das Buch schrieben Anna Gaskell und Tobrek gemeinsam.",
            {QStringLiteral("PERSON 'Anna Gaskell'"), QStringLiteral("PERSON 'Tobrek'")});
        row("a comma and a coordinator", u"Es sangen Anna Gaskell, und Tobrek im Chor.",
            {QStringLiteral("PERSON 'Anna Gaskell'"), QStringLiteral("PERSON 'Tobrek'")});
        row("commas without a coordinator are no list", u"Es sagte Anna Gaskell, Tobrek sei ein Ort.",
            {QStringLiteral("PERSON 'Anna Gaskell'")});
        row("a known place in the list stays a place", u"Anna Gaskell und Berlin waren das Thema.",
            {QStringLiteral("PERSON 'Anna Gaskell'"), QStringLiteral("LOCATION 'Berlin'")});
        row("a common noun in the list is none", u"Anna Gaskell und Tomaten waren das Thema.",
            {QStringLiteral("PERSON 'Anna Gaskell'")});
        row("a name after a determiner is no member",
            u"Die Gruppe um Anna Gaskell und die Tobrek GmbH klagt.",
            {QStringLiteral("PERSON 'Anna Gaskell'"), QStringLiteral("COMPANY 'Tobrek GmbH'")});
        row("a list of places after a person's name", u"Das sagte Anna Gaskell in Mainz und Tobrek.",
            {QStringLiteral("PERSON 'Anna Gaskell'"), QStringLiteral("LOCATION 'Mainz'"),
                QStringLiteral("LOCATION 'Tobrek'")});
        row("a family name after a given name the lists lack is no member alone",
            u"Es spielen Yolan Tobrek, Mila Kunis und Sean Bean.",
            {QStringLiteral("PERSON 'Yolan Tobrek'"), QStringLiteral("PERSON 'Mila Kunis'"),
                QStringLiteral("PERSON 'Sean Bean'")});
        row("a list of places with listed places", u"Die Linie fährt über Bonn, Quendorf und Köln.",
            {QStringLiteral("LOCATION 'Bonn'"), QStringLiteral("LOCATION 'Quendorf'"),
                QStringLiteral("LOCATION 'Köln'")});
        row("a list of firms with listed firms", u"Es geht um Geräte der Marken Bosch, Siemens und Quendrix.",
            {QStringLiteral("COMPANY 'Bosch'"), QStringLiteral("COMPANY 'Siemens'"),
                QStringLiteral("COMPANY 'Quendrix'")});
        row("a firm after a listed firm", u"Geprüft wurden Bosch und Quendrix.",
            {QStringLiteral("COMPANY 'Bosch'"), QStringLiteral("COMPANY 'Quendrix'")});
        row("a common noun after a listed place", u"Die Ware kam aus Berlin und Umgebung.",
            {QStringLiteral("LOCATION 'Berlin'")});
        row("a double-barrelled family name", u"Das sagt auch Tina Theune-Meyer.",
            {QStringLiteral("PERSON 'Tina Theune-Meyer'")});
        row("a double-barrelled family name with a given name", u"Es sprach Michèle Alliot-Marie in Paris.",
            {QStringLiteral("PERSON 'Michèle Alliot-Marie'"), QStringLiteral("LOCATION 'Paris'")});
        row("a compound after a person's name", u"Die Olaf Scholz-Ära ist vorbei.",
            {QStringLiteral("PERSON 'Olaf Scholz'")});
        row("a star's compound before a name", u"Der Tennisstar Tobrek gewann.",
            {QStringLiteral("PERSON 'Tobrek'")});
        row("a rapper's compound before a name", u"Der Skandalrapper Tobrek sang.",
            {QStringLiteral("PERSON 'Tobrek'")});
        row("an inspector's compound before a name", u"Der Chefinspektor Tobrek ermittelt.",
            {QStringLiteral("PERSON 'Tobrek'")});
        row("adverbs between a verb of saying and its speaker",
            u"„Die liegen uns“, sagt deshalb auch Tobrek.", {QStringLiteral("PERSON 'Tobrek'")});
        row("a known noun after a verb of saying and an adverb", u"„Das hilft“, sagt dazu auch Forschung.",
            {});
        row("a preposition after a verb of saying is no adverb", u"„Das hilft“, erklärte er in Tobrek.",
            {QStringLiteral("LOCATION 'Tobrek'")});
        row("a colleague's compound before a common noun",
            u"Der Arbeitskollege Computer hilft beim Sortieren.", {});
    }
    void personsInLists() { check(); }

private:
    static void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Analyzer analyzer;
        QStringList found;
        for (const Mention &m : analyzer.analyze(text, QDate(2025, 10, 14)).mentions) {
            if (m.type != EntityType::Date && m.type != EntityType::Quantity)
                found.append(typeName(m.type) + QLatin1String(" '") + text.mid(m.start, m.length())
                    + QLatin1Char('\''));
        }
        if (const char *reason = knownTaggerRegression(QTest::currentDataTag()))
            QEXPECT_FAIL("", reason, Continue);
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestContextNames)
#include "tst_contextnames.moc"
