// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of the sources a compiler does not check. QLatin1String/QLatin1Char read their bytes as
// Latin-1, so a UTF-8 literal with a non-ASCII character in it ("·" is C2 B7) comes out as
// two wrong characters ("Â·") in the window. Such text belongs in QStringLiteral or u"".

#include "support/testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestSourceHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latin1LiteralsAreAscii()
    {
        // The literal right after QLatin1String( / QLatin1StringView( / QLatin1Char( and "..."_L1.
        static const QRegularExpression literal(
            QStringLiteral("QLatin1(?:String|StringView|Char)\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'"
                           "\\\\]|\\\\.)*')|(\"(?:[^\"\\\\]|\\\\.)*\")_L1\\b"));
        QStringList offenders;
        int files = 0;
        for (const char *folder : {"/src", "/tests"}) {
            QDirIterator it(Lagebild::Testing::sourceDir() + QLatin1String(folder),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                const QString text = QString::fromUtf8(file.readAll());
                for (auto match = literal.globalMatch(text); match.hasNext();) {
                    const auto m = match.next();
                    const QString quoted = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                    for (QChar c : quoted) {
                        if (c.unicode() > 0x7f) {
                            const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
                            offenders.append(
                                QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(line).arg(m.captured()));
                            break;
                        }
                    }
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void everySourceNamesItsLicence()
    {
        // The project is GPL-3.0-or-later (LICENSE); every C++ and CMake file says so in its first
        // lines, so a file copied elsewhere keeps its terms.
        const QString tag = QStringLiteral("SPDX-License-Identifier: GPL-3.0-or-later");
        QStringList missing;
        int files = 0;
        for (const char *folder : {"/src", "/tests", "/cmake"}) {
            QDirIterator it(Lagebild::Testing::sourceDir() + QLatin1String(folder),
                {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.h.in"),
                    QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(QLatin1String("/tests/data/")))
                    continue;
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                if (!QString::fromUtf8(file.read(400)).contains(tag))
                    missing.append(path);
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("no SPDX line: ") + missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSourceHygiene)
#include "tst_sourcehygiene.moc"
