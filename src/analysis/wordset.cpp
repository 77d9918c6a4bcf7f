// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordset.h"

#include <QFile>
#include <QResource>

#include <cstring>

namespace Lagebild::Analysis {

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
