// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptcurve.h"

#include "analysis/resources.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace Lagebild::Analysis::Training {

AdaptationDocument adaptationDocument(const Document &doc)
{
    AdaptationDocument out;
    out.text = doc.text;
    for (const Annotation &a : doc.names)
        out.names.push_back({a.start, a.end, a.types, a.mayBeOutside}); // TypeMask bits are NerTagger's
    return out;
}

void printAdaptationCurve(const char *name, const std::vector<Document> &docs, const std::vector<int> &counts,
    int testCount, const NerAdaptation::Options &options)
{
    const int most = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    const int test = std::min(testCount, int(docs.size()) - most);
    if (test <= 0) {
        std::printf(
            "== %s: %zu documents, too few to adapt on %d and score the rest\n", name, docs.size(), most);
        return;
    }
    const std::vector<Document> scored(docs.end() - test, docs.end());
    const Resources &r = Resources::instance();
    std::printf(
        "== %s: adapted on the first N documents, scored on the last %d (strict span + type)\n", name, test);
    std::printf("N   | tagger micro F1 | engine micro F1 (P / R) | engine COMPANY F1 | weights | seconds\n");
    std::vector<int> rows {0};
    rows.insert(rows.end(), counts.begin(), counts.end());
    for (const int n : rows) {
        std::shared_ptr<const NerAdaptation> adaptation;
        QElapsedTimer timer;
        timer.start();
        if (n > 0) {
            std::vector<AdaptationDocument> corrected;
            for (int k = 0; k < n; ++k)
                corrected.push_back(adaptationDocument(docs[size_t(k)]));
            adaptation
                = std::make_shared<NerAdaptation>(*NerAdaptation::learn(r.tagger, r, corrected, options));
        }
        const double seconds = double(timer.elapsed()) / 1000;
        const Evaluation tagger = evaluate(scored, &r.tagger, adaptation);
        const Evaluation engine = evaluate(scored, nullptr, adaptation);
        const auto company = engine.byClass.find(QStringLiteral("COMPANY"));
        std::printf("%-3d | %.3f           | %.3f (%.3f / %.3f)     | %s             | %7d | %.2f\n", n,
            tagger.micro.f1(), engine.micro.f1(), engine.micro.precision(), engine.micro.recall(),
            company == engine.byClass.end() ? "–    "
                                            : qPrintable(QString::number(company->second.f1(), 'f', 3)),
            adaptation ? adaptation->weightCount() : 0, seconds);
        std::fflush(stdout);
    }
}

} // namespace Lagebild::Analysis::Training
