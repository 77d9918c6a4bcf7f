// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/sharedsentences.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Lagebild {

namespace {

bool isProse(const QString &s)
{
    if (s.size() < 40 || s.size() > 400)
        return false;
    const QChar first = s.front();
    if (!first.isUpper() && first != QChar(0x201E)) // „
        return false;
    const QChar last = s.back();
    return last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?')
        || last == QChar(0x201C) || last == QLatin1Char('"');
}

void keep(QStringList &out, const QString &sentence)
{
    const QString s = sentence.simplified();
    if (isProse(s))
        out.append(s);
}

/// Tokens as the corpora split them ("Berlin , ( dpa )") back into text ("Berlin, (dpa)").
QString detokenize(const QStringList &tokens)
{
    QString text;
    bool glueNext = true;
    for (const QString &t : tokens) {
        const bool closes = t.size() == 1 && QStringLiteral(".,;:!?)]%").contains(t.front());
        if (!glueNext && !closes)
            text += QLatin1Char(' ');
        text += t;
        glueNext = t == QLatin1String("(") || t == QLatin1String("[") || t == QStringLiteral("\u201E");
    }
    return text;
}

QStringList lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

void readSmartData(const QString &path, QStringList &out)
{
    // Paragraph lines of each document, cut at sentence ends followed by a capital.
    static const QRegularExpression split(QStringLiteral(R"((?<=[.!?])\s+(?=[\p{Lu}„]))"));
    for (const QString &line : lines(path)) {
        const QJsonObject doc = QJsonDocument::fromJson(line.toUtf8()).object();
        for (const QString &paragraph :
            doc.value(QLatin1String("text")).toString().split(QLatin1Char('\n'))) {
            for (const QString &s : paragraph.split(split, Qt::SkipEmptyParts))
                keep(out, s);
        }
    }
}

/// Token per line, blank line between sentences; the token in column `column` of a line split
/// by `separator`; lines starting with '#' are comments.
void readTokenLines(const QString &path, QChar separator, int column, QStringList &out)
{
    QStringList tokens;
    for (const QString &line : lines(path)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.trimmed().isEmpty()) {
            if (!tokens.isEmpty())
                keep(out, detokenize(tokens));
            tokens.clear();
            continue;
        }
        const QStringList fields = line.split(separator);
        if (fields.size() > column)
            tokens.append(fields.at(column));
    }
    if (!tokens.isEmpty())
        keep(out, detokenize(tokens));
}

void readConllu(const QString &path, QStringList &out)
{
    for (const QString &line : lines(path)) {
        if (line.startsWith(QLatin1String("# text = ")))
            keep(out, line.mid(9));
    }
}

} // namespace

SharedSentences loadSharedSentences(const QString &dataDir)
{
    SharedSentences result;
    const QDir dir(dataDir);
    if (!dir.exists()) {
        result.error = QStringLiteral("the shared data folder %1 does not exist").arg(dataDir);
        return result;
    }
    QStringList &out = result.sentences;
    readSmartData(dir.filePath(QStringLiteral("smartdata-de/train.jsonl")), out);
    readSmartData(dir.filePath(QStringLiteral("smartdata-de/dev.jsonl")), out);
    readTokenLines(
        dir.filePath(QStringLiteral("germeval2014-dev/NER-de-dev.tsv")), QLatin1Char('\t'), 1, out);
    for (const char *name : {"de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"})
        readConllu(dir.filePath(QLatin1String("ud-german/") + QLatin1String(name)), out);
    result.newsSentences = int(out.size());
    readTokenLines(dir.filePath(QStringLiteral("german-ler/ler_dev.conll")), QLatin1Char(' '), 0, out);
    readTokenLines(dir.filePath(QStringLiteral("german-ler/ler_test.conll")), QLatin1Char(' '), 0, out);
    if (out.size() < 1000) {
        result.error = QStringLiteral("the shared data folder %1 holds too few German sentences (%2)")
                           .arg(dataDir)
                           .arg(out.size());
    }
    return result;
}

} // namespace Lagebild
