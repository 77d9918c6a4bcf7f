// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the charset decoder every importer reads through (BOMs, UTF-8/16, ICU
// detection of Windows-1252 and ISO-8859-1). The first byte picks a declared charset, as a
// <meta charset> or an XML declaration would, so the declared-charset path is fuzzed too.

#include "fuzzsupport.h"
#include "import/textdecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lagebild::Fuzz::ensureApplication();
    static const char *declared[]
        = {"", "utf-8", "windows-1252", "iso-8859-1", "utf-16", "x-unknown-charset"};
    const size_t choice = size ? data[0] % (sizeof declared / sizeof *declared) : 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = Lagebild::decodeText(bytes, QString::fromLatin1(declared[choice]));
    (void)decoded;
    return 0;
}
