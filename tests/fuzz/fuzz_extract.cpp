// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the German extraction engine end to end on arbitrary text (as
// `lagebild-cli extract` sees it: decoded UTF-8, a publication date to resolve relative dates
// against), including the contract JSON it is written out as.

#include "analysis/analyzer.h"
#include "analysis/extractjson.h"
#include "fuzzsupport.h"

#include <QDate>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lagebild::Fuzz::ensureApplication();
    static const Lagebild::Analysis::Analyzer analyzer;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = analyzer.analyze(text, QDate(2025, 10, 14));
    const auto json = Lagebild::Analysis::toContractJson(QStringLiteral("fuzz.txt"), text, result);
    (void)json;
    return 0;
}
