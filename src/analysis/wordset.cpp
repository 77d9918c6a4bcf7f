// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordset.h"

#include "text/germanfolding.h"

#include <QFile>

#include <cstring>
#include <limits>

namespace Lagebild::Analysis {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

WordSet WordSet::fromResources(const std::vector<std::pair<QString, quint8>> &resources)
{
    std::vector<QByteArray> contents;
    size_t lines = 0;
    for (const auto &[path, list] : resources) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("analysis resource %s is missing from the build", qPrintable(path));
        contents.push_back(file.readAll());
        lines += size_t(contents.back().count('\n')) + 1;
    }
    WordSet set;
    size_t capacity = 1024;
    while (capacity < lines * 2)
        capacity *= 2;
    set.m_slots.assign(capacity, Slot {});
    QString folded; // one buffer for all words
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
            folded.clear();
            if (isAscii(line)) {
                folded.resize(line.size());
                char16_t *dst = reinterpret_cast<char16_t *>(folded.data());
                for (const char c : line)
                    *dst++ = char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else {
                Text::foldWordInto(QString::fromUtf8(line), folded);
            }
            set.add(folded, resources[k].second);
        }
    }
    return set;
}

size_t WordSet::probe(QStringView word, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    const size_t length = size_t(word.size());
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (!slot.length)
            return i;
        // memcmp rather than u16string_view's ==, which compared one code unit at a time.
        if (slot.length == length
            && std::memcmp(m_buffer.data() + slot.start, word.utf16(), length * sizeof(char16_t)) == 0)
            return i;
    }
}

void WordSet::add(QStringView word, quint8 list)
{
    // No word is that long; the table keeps lengths in 16 bits.
    if (word.isEmpty() || word.size() > std::numeric_limits<quint16>::max())
        return;
    Slot &slot = m_slots[probe(word, Text::wordHash(word))];
    if (!slot.length) {
        slot = {quint32(m_buffer.size()), quint16(word.size()), 0};
        m_buffer.append(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()));
        ++m_count;
    }
    slot.lists |= list;
}

quint8 WordSet::lists(QStringView word, quint64 hash) const
{
    if (m_slots.empty() || word.isEmpty())
        return 0;
    return m_slots[probe(word, hash)].lists;
}

} // namespace Lagebild::Analysis
