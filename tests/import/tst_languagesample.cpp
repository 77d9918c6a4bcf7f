// SPDX-License-Identifier: GPL-3.0-or-later
// The import detects the language on the opening of an article only (its first 2,000
// characters, languagedetector.cpp): every article of tests/data and of the sample corpus gets
// the language and reliability that CLD2 gives for the whole text. A shorter opening does not
// always: 1,500 characters made one of the SmartData articles unreliable (docs/benchmarks.md,
// "Import throughput (session 11)").
#include "import/articleimporter.h"
#include "import/importers.h"
#include "import/languagedetector.h"
#include "support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cld2/public/compact_lang_det.h>

using namespace Lagebild;

namespace {

// CLD2 over the whole text, as the import first did (up to 16 KB).
DetectedLanguage wholeText(const QString &text)
{
    const QByteArray utf8 = text.left(16 * 1024).toUtf8();
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    return {language == CLD2::UNKNOWN_LANGUAGE ? QStringLiteral("un")
                                               : QString::fromLatin1(CLD2::LanguageCode(language)),
        reliable};
}

} // namespace

class TestLanguageSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleDecidesAsTheWholeText_data()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("tests/data") << Lagebild::Testing::testDataDir();
        QTest::newRow("sample corpus") << QStringLiteral(":/sample-corpus");
    }

    void sampleDecidesAsTheWholeText()
    {
        QFETCH(QString, root);
        int articles = 0;
        int longer = 0; // longer than the sample: the ones the bound is about
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = in.readAll();
            const ArticleImporter *importer = importerFor(file, data.left(1024));
            if (!importer)
                continue;
            const auto batch = importer->read(file, data);
            if (!batch)
                continue; // the hostile files
            for (const Article &article : batch->articles) {
                const QString text = article.title + QLatin1Char('\n') + article.body;
                const DetectedLanguage expected = wholeText(text);
                const DetectedLanguage sampled = detectLanguage(text);
                QVERIFY2(sampled.code == expected.code && sampled.reliable == expected.reliable,
                    qPrintable(file + QLatin1String(": ") + article.title));
                ++articles;
                longer += text.size() > 2000 ? 1 : 0;
            }
        }
        QVERIFY2(articles >= 35, qPrintable(QString::number(articles)));
        QVERIFY2(longer >= 20, qPrintable(QString::number(longer)));
    }
};

QTEST_GUILESS_MAIN(TestLanguageSample)
#include "tst_languagesample.moc"
