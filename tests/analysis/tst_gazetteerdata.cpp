// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of docs/gazetteers.md for resources/gazetteer, checked on the files in the source tree:
// five tab-separated columns, a known type, a two-letter country or none, a canonical name once per
// file, a surface form (canonical or alias, compared case-insensitively) in one entry of one file,
// no blank lines, and plain lists without repeated items.

#include "analysis/entitytype.h"
#include "support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestGazetteerData : public QObject
{
    Q_OBJECT
private:
    static QDir folder()
    {
        return QDir(Lagebild::Testing::sourceDir() + QStringLiteral("/resources/gazetteer"));
    }

    static QStringList lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList rows = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        if (!rows.isEmpty() && rows.last().isEmpty())
            rows.removeLast();
        return rows;
    }

private Q_SLOTS:
    void entityFiles()
    {
        // A name type of the engine's own enumeration: quantities and dates are never listed.
        const auto isNameType = [](const QString &name) {
            const auto type = Lagebild::Analysis::typeFromName(name);
            return type && *type != Lagebild::Analysis::EntityType::Quantity
                && *type != Lagebild::Analysis::EntityType::Date;
        };
        const QRegularExpression country(QStringLiteral("^([A-Z]{2})?$"));
        const QStringList files = folder().entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
        QHash<QString, QString> formFile; // folded surface form → file
        QStringList problems;
        for (const QString &name : files) {
            const QStringList rows = lines(folder().filePath(name));
            QVERIFY2(!rows.isEmpty(), qPrintable(name));
            QVERIFY2(rows.first().startsWith(QLatin1String("# canonical\ttype\taliases\tcountry\tnote")),
                qPrintable(name));
            QSet<QString> canonicals;
            QHash<QString, QString> formEntry; // folded surface form → canonical name, this file
            for (qsizetype n = 0; n < rows.size(); ++n) {
                const QString &row = rows[n];
                const QString where = QStringLiteral("%1:%2").arg(name).arg(n + 1);
                if (row.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" blank line");
                    continue;
                }
                if (row.startsWith(QLatin1Char('#')))
                    continue;
                const QStringList fields = row.split(QLatin1Char('\t'));
                if (fields.size() != 5) {
                    problems << where + QStringLiteral(" has %1 columns").arg(fields.size());
                    continue;
                }
                const QString &canonical = fields[0];
                if (!isNameType(fields[1]))
                    problems << where + QStringLiteral(" type ") + fields[1];
                if (!country.match(fields[3]).hasMatch())
                    problems << where + QStringLiteral(" country ") + fields[3];
                if (canonicals.contains(canonical))
                    problems << where + QStringLiteral(" canonical repeated: ") + canonical;
                canonicals.insert(canonical);
                QStringList forms {canonical};
                if (!fields[2].isEmpty())
                    forms += fields[2].split(QLatin1Char('|'));
                for (const QString &form : std::as_const(forms)) {
                    if (form.isEmpty() || form != form.trimmed()) {
                        problems << where + QStringLiteral(" empty or padded alias '%1'").arg(form);
                        continue;
                    }
                    const QString key = form.toCaseFolded();
                    const auto entry = formEntry.constFind(key);
                    if (entry != formEntry.constEnd() && *entry != canonical)
                        problems << where + QStringLiteral(" '%1' also names %2").arg(form, *entry);
                    formEntry.insert(key, canonical);
                    const auto other = formFile.constFind(key);
                    if (other != formFile.constEnd() && *other != name)
                        problems << where + QStringLiteral(" '%1' also in %2").arg(form, *other);
                    formFile.insert(key, name);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void plainLists()
    {
        const QStringList files = folder().entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);
        QStringList problems;
        for (const QString &name : files) {
            QSet<QString> seen;
            const QStringList rows = lines(folder().filePath(name));
            for (qsizetype n = 1; n < rows.size(); ++n) {
                const QString &item = rows[n];
                if (item.isEmpty() || item.startsWith(QLatin1Char('#')))
                    continue;
                if (seen.contains(item))
                    problems << QStringLiteral("%1:%2 repeats '%3'").arg(name).arg(n + 1).arg(item);
                seen.insert(item);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestGazetteerData)
#include "tst_gazetteerdata.moc"
