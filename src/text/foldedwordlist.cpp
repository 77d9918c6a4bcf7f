// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/foldedwordlist.h"

#include "text/germanfolding.h"

#include <QFile>

namespace Lagebild::Text {

std::unordered_set<std::string> readFoldedWordList(const QString &resource)
{
    std::unordered_set<std::string> result;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing from the build", qPrintable(resource));
    std::string folded;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        folded.clear();
        foldGermanUtf8(std::string_view(line.constData(), size_t(line.size())), folded);
        result.insert(folded);
    }
    return result;
}

} // namespace Lagebild::Text
