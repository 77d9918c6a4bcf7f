// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/wordset.h"

#include "text/germanfolding.h"

#include <QFile>

#include <cstring>

namespace Lagebild::Analysis {

WordSet WordSet::fromResource(const QString &path)
{
    WordSet set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("analysis resource %s is missing from the build", qPrintable(path));
    const QByteArray all = file.readAll();
    std::vector<QString> words;
    words.reserve(size_t(all.count('\n')) + 1);
    for (const QByteArray &line : all.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            words.push_back(Text::foldWord(QString::fromUtf8(trimmed)));
    }
    size_t capacity = 1024;
    while (capacity < words.size() * 2)
        capacity *= 2;
    set.m_slots.assign(capacity, Slot{});
    for (const QString &w : words) {
        if (w.isEmpty() || set.contains(w))
            continue;
        const quint64 h = Text::wordHash(w);
        size_t i = size_t(h) & (capacity - 1);
        while (set.m_slots[i].length)
            i = (i + 1) & (capacity - 1);
        set.m_slots[i] = {quint32(set.m_buffer.size()), quint32(w.size())};
        set.m_buffer.append(reinterpret_cast<const char16_t *>(w.utf16()), size_t(w.size()));
        ++set.m_count;
    }
    return set;
}

bool WordSet::contains(QStringView word, quint64 hash) const
{
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    const size_t length = size_t(word.size());
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (!slot.length)
            return false;
        // memcmp rather than u16string_view's ==, which compared one code unit at a time.
        if (slot.length == length
            && std::memcmp(m_buffer.data() + slot.start, word.utf16(), length * sizeof(char16_t)) == 0)
            return true;
    }
}

bool WordSet::contains(const QString &foldedWord) const
{
    return contains(foldedWord, Text::wordHash(foldedWord));
}

} // namespace Lagebild::Analysis
