#include "analysis/wordset.h"

#include "text/germanfolding.h"

#include <QFile>

#include <algorithm>

namespace Lagebild::Analysis {

WordSet WordSet::fromResource(const QString &path)
{
    WordSet set;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("analysis resource %s is missing from the build", qPrintable(path));
    const QByteArray all = file.readAll();
    std::vector<std::string> words;
    words.reserve(size_t(all.count('\n')) + 1);
    for (const QByteArray &line : all.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        words.push_back(Text::foldWord(QString::fromUtf8(trimmed)).toStdString());
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    size_t total = 0;
    for (const auto &w : words)
        total += w.size();
    set.m_buffer.reserve(total);
    set.m_offsets.reserve(words.size());
    for (const auto &w : words) {
        set.m_offsets.emplace_back(quint32(set.m_buffer.size()), quint32(w.size()));
        set.m_buffer += w;
    }
    return set;
}

bool WordSet::contains(const QString &foldedWord) const
{
    const std::string key = foldedWord.toStdString();
    const std::string_view k(key);
    auto it = std::lower_bound(m_offsets.begin(), m_offsets.end(), k, [this](const auto &entry, std::string_view v) {
        return std::string_view(m_buffer).substr(entry.first, entry.second) < v;
    });
    return it != m_offsets.end() && std::string_view(m_buffer).substr(it->first, it->second) == k;
}

} // namespace Lagebild::Analysis
