// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/germanfolding.h"

#include <QByteArrayView>

#include <optional>

namespace Lagebild::Text {

/// wordHash of an ASCII word's folding, read straight from its bytes (folding ASCII only lowers
/// A–Z); nullopt at the first byte outside ASCII, which the caller folds through a QString. Word
/// lists of hundreds of thousands of lines are loaded at start-up, most of their words ASCII:
/// checking, folding into a buffer and hashing the buffer, three passes, were half of reading them.
[[nodiscard]] inline std::optional<quint64> asciiFoldedWordHash(QByteArrayView word)
{
    WordHasher hasher;
    for (const char c : word) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
        hasher.add(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return hasher.result();
}

} // namespace Lagebild::Text
