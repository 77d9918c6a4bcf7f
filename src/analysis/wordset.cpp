// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordset.h"

#include "text/germanfolding.h"

#include <QFile>
#include <QResource>

#include <cstring>

namespace Lagebild::Analysis {

namespace {

// Folds and hashes an ASCII line in one pass (folding ASCII only lowers A–Z); false at the
// first byte outside ASCII. Checking, folding into a buffer and hashing the buffer, three passes
// over the lexicon's 360,000 words, were half of reading it.
bool hashAsciiFolded(QByteArrayView line, quint64 &hash)
{
    Text::WordHasher hasher;
    for (const char c : line) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
        hasher.add(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    hash = hasher.result();
    return true;
}

// Well-formed UTF-8 of one and two bytes and three bytes outside the surrogates, decoded into
// `out` (room for line.size() units) as QString::fromUtf8 would; -1 for anything else (four
// bytes, errors, a byte order mark), which the caller leaves to Qt. Saves a QString per word.
qsizetype decodeUtf8(QByteArrayView line, char16_t *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(line.data());
    const unsigned char *const end = p + line.size();
    char16_t *dst = out;
    const auto continuation = [end](const unsigned char *q) { return q < end && (*q & 0xC0) == 0x80; };
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            *dst++ = b;
            ++p;
        } else if (b >= 0xC2 && b <= 0xDF && continuation(p + 1)) {
            *dst++ = char16_t(((b & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (b >= 0xE0 && b <= 0xEF && continuation(p + 1) && continuation(p + 2)) {
            const auto u = char16_t(((b & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            if (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF) || u == 0xFEFF)
                return -1;
            *dst++ = u;
            p += 3;
        } else {
            return -1;
        }
    }
    return dst - out;
}

} // namespace

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
    std::vector<char16_t> decoded;
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
            quint64 hash = 0;
            if (hashAsciiFolded(line, hash)) {
                set.add(hash, resources[k].second);
                continue;
            }
            if (scratch.size() < size_t(Text::foldedRoomPerUnit * line.size())) {
                scratch.resize(size_t(Text::foldedRoomPerUnit * line.size()));
                decoded.resize(size_t(line.size()));
            }
            const qsizetype units = decodeUtf8(line, decoded.data());
            const qsizetype length = units >= 0
                ? Text::foldWordTo(QStringView(decoded.data(), units), scratch.data())
                : Text::foldWordTo(QString::fromUtf8(line), scratch.data());
            if (length > 0)
                set.add(Text::wordHash(QStringView(scratch.data(), length)), resources[k].second);
        }
    }
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
