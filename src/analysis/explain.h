// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/mention.h"

#include <QString>

namespace Lagebild::Analysis {

/// How the engine read a text, sentence by sentence, for whoever tunes it: each word of the
/// parse with its tag (word class and case or verb form), head and dependency label as the syntax
/// model gave them and the name it stands for, then the relations the sentence proves. One
/// CoNLL-like block per sentence (`lagebild-cli parse`, docs/cli.md); `result` is the analysis of
/// `text`.
[[nodiscard]] QString explainReading(const QString &text, const AnalysisResult &result);

} // namespace Lagebild::Analysis
