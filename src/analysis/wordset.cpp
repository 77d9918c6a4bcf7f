// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace {

constexpr char tableMagic[8] = {'L', 'B', 'W', 'O', 'R', 'D', 'S', '1'};
constexpr size_t tableHeader = sizeof tableMagic + 2 * sizeof(quint64); // magic, slots, words

} // namespace

QByteArray WordSet::toTable() const
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the table is written and read as little-endian");
    QByteArray out(qsizetype(tableHeader + m_slots.size() * sizeof(quint64)), Qt::Uninitialized);
    char *p = out.data();
    const quint64 sizes[2] = {m_slots.size(), m_count};
    std::memcpy(p, tableMagic, sizeof tableMagic);
    std::memcpy(p + sizeof tableMagic, sizes, sizeof sizes);
    std::memcpy(p + tableHeader, m_slots.data(), m_slots.size() * sizeof(quint64));
    return out;
}

std::optional<WordSet> WordSet::fromTable(const QString &path)
{
    QByteArray copy;
    const char *data = nullptr;
    size_t size = 0;
    const QResource resource(path);
    if (resource.isValid() && resource.compressionAlgorithm() == QResource::NoCompression) {
        data = reinterpret_cast<const char *>(resource.data());
        size = size_t(resource.size());
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        copy = file.readAll();
        data = copy.constData();
        size = size_t(copy.size());
    }
    quint64 sizes[2] = {};
    if (size < tableHeader || std::memcmp(data, tableMagic, sizeof tableMagic) != 0)
        return std::nullopt;
    std::memcpy(sizes, data + sizeof tableMagic, sizeof sizes);
    const quint64 slots = sizes[0];
    if (slots == 0 || (slots & (slots - 1)) != 0 || sizes[1] > slots / 2
        || size != tableHeader + slots * sizeof(quint64))
        return std::nullopt;
    WordSet set;
    // Copied into memory of its own (huge pages where there are any, see largetable.h): read in
    // the program's 4 KiB pages, nearly every look-up would miss the TLB. Copied as bytes: a
    // resource is aligned to 4 bytes only, too little to read it as 64-bit words in place.
    set.m_slots.resize(size_t(slots));
    std::memcpy(set.m_slots.data(), data + tableHeader, size_t(slots) * sizeof(quint64));
    set.m_count = size_t(sizes[1]);
    return set;
}

namespace {

constexpr quint64 listBits = 0xff;

quint64 fingerprint(quint64 hash)
{
    const quint64 f = hash & ~listBits;
    return f ? f : listBits + 1;
}

} // namespace

size_t WordSet::probe(quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    const quint64 wanted = fingerprint(hash);
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (!slot || (slot & ~listBits) == wanted)
            return i;
    }
}

void WordSet::add(quint64 hash, quint8 list)
{
    quint64 &slot = m_slots[probe(hash)];
    if (!slot) {
        slot = fingerprint(hash);
        ++m_count;
    }
    slot |= list;
}

quint8 WordSet::lists(quint64 hash) const
{
    if (m_slots.empty())
        return 0;
    return quint8(m_slots[probe(hash)] & listBits);
}

} // namespace Lagebild::Analysis
