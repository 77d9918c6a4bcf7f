// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/fingerprint.h"

#include <QCryptographicHash>

#include <atomic>
#include <optional>

namespace Lagebild {

namespace {

// Stored databases compare against this hash, so it must stay byte for byte that of
// `text.toCaseFolded().simplified()`. Qt's case folding looks every character up in its tables
// and was most of the hash's cost (an import's 6 %), so the same string is built in one pass:
// ASCII inline, other characters of the Basic Multilingual Plane through a table filled from
// QString::toCaseFolded itself, one character at a time (folding maps code points one by one,
// without context). Surrogates and characters that fold to more than one unit take Qt's path.

constexpr char16_t unknownFold = 0; // no non-ASCII character folds to U+0000
constexpr char16_t notSingleFold = 0xFFFF; // folds to a longer string (or is U+FFFF itself)

char16_t foldBmp(char16_t c)
{
    static std::atomic<char16_t> table[0x10000];
    char16_t folded = table[c].load(std::memory_order_relaxed);
    if (folded == unknownFold) {
        const QString one = QString(QChar(c)).toCaseFolded();
        folded = one.size() == 1 ? one.front().unicode() : notSingleFold;
        table[c].store(folded, std::memory_order_relaxed); // any thread computes the same value
    }
    return folded;
}

// The folded, simplified text, or nothing when a character needs Qt's own path.
std::optional<QString> foldedSimplified(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = o;
    bool space = false; // whitespace seen since the last character written
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= 0x80) {
            if (QChar::isSurrogate(c))
                return std::nullopt;
            c = foldBmp(c);
            if (c == notSingleFold)
                return std::nullopt;
        } else if (c >= 'A' && c <= 'Z') {
            c = char16_t(c + 32);
        }
        if (QChar::isSpace(c)) {
            space = o != begin; // leading whitespace goes, a run inside becomes one space
            continue;
        }
        if (space) {
            *o++ = u' ';
            space = false;
        }
        *o++ = c;
    }
    out.truncate(o - begin); // trailing whitespace goes
    return out;
}

} // namespace

QString contentHash(const QString &text)
{
    const std::optional<QString> fast = foldedSimplified(text);
    const QString normalized = fast ? *fast : text.toCaseFolded().simplified();
    return QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace Lagebild
