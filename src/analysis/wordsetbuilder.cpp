// SPDX-License-Identifier: GPL-3.0-or-later
// WordSet from the word lists themselves: run at build time only (lagebild-wordsetgen writes the
// German lexicon's table, which the engine copies at start-up) and by tst_wordset, so it is not in
// the engine's library.
#include "analysis/wordset.h"

#include "text/asciiwordhash.h"
#include "text/germanfolding.h"

#include <QFile>
#include <QResource>
#include <QStringDecoder>

#include <cstring>

namespace Lagebild::Analysis {

WordSet WordSet::fromResources(const std::vector<std::pair<QString, quint8>> &resources)
{
    std::vector<QByteArray> contents;
    size_t lines = 0;
    for (const auto &[path, list] : resources) {
        // An uncompressed resource is read where it lies in the program, without a copy.
        const QResource resource(path);
        if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
            contents.push_back(QByteArray::fromRawData(
                reinterpret_cast<const char *>(resource.data()), qsizetype(resource.size())));
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("analysis resource %s is missing from the build", qPrintable(path));
            contents.push_back(file.readAll());
        }
        const QByteArray &bytes = contents.back();
        for (const char *p = bytes.cbegin();
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(bytes.cend() - p)))); ++p)
            ++lines;
        ++lines;
    }
    WordSet set;
    size_t capacity = 1024;
    while (capacity < lines * 2)
        capacity *= 2;
    set.m_slots.assign(capacity, 0);
    std::vector<char16_t> scratch; // one buffer for all words
    std::vector<QChar> decoded;
    // Decodes the non-ASCII words exactly as QString::fromUtf8 would (a byte order mark kept,
    // errors replaced), into a buffer reused for every word instead of a QString per word.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    for (size_t k = 0; k < resources.size(); ++k) {
        const QByteArray &content = contents[k];
        const char *p = content.constData();
        const char *const end = p + content.size();
        // Lines are walked in place: splitting, trimming and decoding each of the 360,000 lexicon
        // words into fresh arrays made this the largest part of start-up.
        while (p < end) {
            const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!lineEnd)
                lineEnd = end;
            const QByteArrayView line = QByteArrayView(p, lineEnd).trimmed();
            p = lineEnd + 1;
            if (line.isEmpty() || line.front() == '#')
                continue;
            if (const auto hash = Text::asciiFoldedWordHash(line)) {
                set.add(*hash, resources[k].second);
                continue;
            }
            if (scratch.size() < size_t(Text::foldedRoomPerUnit * line.size())) {
                scratch.resize(size_t(Text::foldedRoomPerUnit * line.size()));
                decoded.resize(size_t(decoder.requiredSpace(line.size())));
            }
            const QChar *const decodedEnd = decoder.appendToBuffer(decoded.data(), line);
            const qsizetype length
                = Text::foldWordTo(QStringView(decoded.data(), decodedEnd - decoded.data()), scratch.data());
            if (length > 0)
                set.add(Text::wordHash(QStringView(scratch.data(), length)), resources[k].second);
        }
    }
    return set;
}

} // namespace Lagebild::Analysis
