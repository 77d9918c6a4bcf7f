// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/jsonlinesimporter.h"

#include "import/boilerplatefilter.h"
#include "import/publicationdates.h"
#include "import/textdecoder.h"
#include "import/textimporter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lagebild {

bool JsonLinesImporter::canRead(const QString &fileName, const QByteArray &) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
}

Expected<ImportBatch> JsonLinesImporter::read(const QString &, const QByteArray &data) const
{
    // JSON is UTF-8 by definition; a Latin-1 file is an error, not something to guess at.
    QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    if (bytes.trimmed().isEmpty())
        return Error {QStringLiteral("empty file (no JSON lines)")};
    ImportBatch batch;
    int lineNumber = 0;
    int objects = 0;
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &rawLine : lines) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            batch.itemProblems.append(error.error != QJsonParseError::NoError
                    ? QStringLiteral("line %1: invalid JSON (%2 at character %3)")
                          .arg(lineNumber)
                          .arg(error.errorString())
                          .arg(error.offset)
                    : QStringLiteral("line %1: not a JSON object").arg(lineNumber));
            continue;
        }
        ++objects;
        const QJsonObject o = doc.object();
        const QString text = o.value(QLatin1String("text")).toString();
        auto decoded = decodeText(text.toUtf8()); // NFC
        Article article;
        article.rawOriginal = QString::fromUtf8(line);
        article.originalFormat = shortName();
        article.body = BoilerplateFilter::standard().clean(decoded ? decoded->text : text);
        if (article.body.isEmpty()) {
            batch.itemProblems.append(QStringLiteral("line %1: no \"text\"").arg(lineNumber));
            continue;
        }
        article.title = o.value(QLatin1String("title")).toString().simplified();
        if (article.title.isEmpty())
            article.title = titleFromText(article.body);
        article.source = o.value(QLatin1String("source")).toString().simplified();
        article.url = o.value(QLatin1String("url")).toString().trimmed();
        article.author = o.value(QLatin1String("author")).toString().simplified();
        article.published = dateFromMetadata(o.value(QLatin1String("published")).toString());
        batch.articles.push_back(std::move(article));
    }
    if (objects == 0)
        return Error {batch.itemProblems.isEmpty()
                ? QStringLiteral("no JSON objects")
                : QStringLiteral("no valid JSON line (%1)").arg(batch.itemProblems.first())};
    return batch;
}

} // namespace Lagebild
