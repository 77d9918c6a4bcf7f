// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/germanfolding.h"
#include "text/germanstemmer.h"
#include "text/locale.h"

#include <QTest>

using namespace Lagebild;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlaut") << QStringLiteral("Behörden") << QStringLiteral("behoerden");
        QTest::newRow("digraph") << QStringLiteral("Behoerden") << QStringLiteral("behoerden");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
        QTest::newRow("all caps") << QStringLiteral("NVIDIA") << QStringLiteral("nvidia");
        QTest::newRow("accent") << QStringLiteral("Café") << QStringLiteral("cafe");
        QTest::newRow("decomposed umlaut") << QStringLiteral("Mu\u0308nchen") << QStringLiteral("muenchen");
        QTest::newRow("capital umlaut") << QStringLiteral("Übernahme") << QStringLiteral("uebernahme");
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Text::foldGerman(input), expected);
    }

    void stemsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("plural") << QStringLiteral("Exportkontrollen") << QStringLiteral("Exportkontrolle");
        QTest::newRow("genitive name") << QStringLiteral("Nvidias") << QStringLiteral("Nvidia");
        QTest::newRow("genitive place") << QStringLiteral("Chinas") << QStringLiteral("China");
        QTest::newRow("genitive after ei") << QStringLiteral("Huaweis") << QStringLiteral("Huawei");
        QTest::newRow("umlaut spelling") << QStringLiteral("Behörden") << QStringLiteral("Behoerden");
        QTest::newRow("inflection") << QStringLiteral("Genehmigungen") << QStringLiteral("Genehmigung");
        QTest::newRow("lexicon word keeps s") << QStringLiteral("Preis") << QStringLiteral("Preise");
        QTest::newRow("Haus") << QStringLiteral("Haus") << QStringLiteral("Hauses");
    }
    void stemsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        Text::GermanStemmer stemmer;
        const std::string sa(stemmer.stem(Text::foldGerman(a).toStdString()));
        const std::string sb(stemmer.stem(Text::foldGerman(b).toStdString()));
        QCOMPARE(QString::fromStdString(sa), QString::fromStdString(sb));
    }

    void nfc()
    {
        QCOMPARE(Text::toNfc(QStringLiteral("Mu\u0308nchen")), QStringLiteral("München"));
        QCOMPARE(Text::toNfc(QStringLiteral("Zoll")), QStringLiteral("Zoll"));
    }

    void germanCollation()
    {
        QStringList names {QStringLiteral("Zoll"), QStringLiteral("Ärzte"), QStringLiteral("Alibaba"),
            QStringLiteral("arm"), QStringLiteral("Österreich"), QStringLiteral("Ostasien")};
        Text::sortGerman(names);
        QCOMPARE(names,
            (QStringList {QStringLiteral("Alibaba"), QStringLiteral("arm"), QStringLiteral("Ärzte"),
                QStringLiteral("Ostasien"), QStringLiteral("Österreich"), QStringLiteral("Zoll")}));
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
