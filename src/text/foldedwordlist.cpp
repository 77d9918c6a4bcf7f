// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/foldedwordlist.h"

#include "text/germanfolding.h"

#include <QFile>

#include <cstring>

namespace Lagebild::Text {

namespace {

// QByteArray::trimmed's whitespace.
bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

} // namespace

std::unordered_set<std::string> readFoldedWordList(const QString &resource)
{
    std::unordered_set<std::string> result;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resource %s is missing from the build", qPrintable(resource));
    // Read at once and walked in place: QIODevice::readLine per line was 60 % of loading the
    // compound splitter's 120,000 words, which every import and search process pays.
    const QByteArray data = file.readAll();
    const char *p = data.constData();
    const char *const end = p + data.size();
    std::string folded;
    while (p != end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        const char *next = newline ? newline + 1 : end;
        while (p != lineEnd && isAsciiSpace(*p))
            ++p;
        while (lineEnd != p && isAsciiSpace(lineEnd[-1]))
            --lineEnd;
        if (p != lineEnd && *p != '#') {
            folded.clear();
            foldGermanUtf8(std::string_view(p, size_t(lineEnd - p)), folded);
            result.insert(folded);
        }
        p = next;
    }
    return result;
}

} // namespace Lagebild::Text
