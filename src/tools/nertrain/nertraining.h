// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Training and evaluation of the name tagger (analysis/nertagger.h): corpus readers that map each
// corpus's classes onto our types (as sets where a corpus is coarser: GermEval's ORG may be any of
// COMPANY, AGENCY, ORGANIZATION, MEDIA), a structured perceptron that learns from such partial
// labels (the gold path is the best path the labels allow), and a strict span scorer.

#include "analysis/nertagger.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace Lagebild::Analysis {
class NerAdaptation;
struct Resources;
} // namespace Lagebild::Analysis

namespace Lagebild::Analysis::Training {

/// Bit k: NerTagger::types[k] allowed.
using TypeMask = quint8;
TypeMask typeBit(EntityType type);
inline constexpr TypeMask organizationTypes = 0b0111100; ///< COMPANY, AGENCY, ORGANIZATION, MEDIA

struct Annotation
{
    int start = 0; ///< QString index
    int end = 0;
    TypeMask types = 0;
    bool mayBeOutside = false; ///< a class we do not tag for sure (GermEval OTH may be a product or nothing)
};

/// Where a document comes from: training may give each corpus features of its own (see
/// Trainer::setCorpusFeatures), so that what one corpus annotates differently stays there.
enum class Corpus : quint8 { Other, GermEval, SmartData, Ler, Europeana, Gold };

struct Document
{
    QString text;
    std::vector<Annotation> names;
    bool fineOrganizations = false; ///< the corpus tells companies from other organisations
    Corpus corpus = Corpus::Other;
    float weight = 1; ///< the size of the perceptron's updates on this document's sentences
    /// GermEval -part and -deriv names ("FDP-Chef", "deutschen"): not names to that corpus, while
    /// the annotation guide marks a hyphenated prefix ("FDP" in "FDP-Chef"). Found names inside
    /// them are neither rewarded nor penalised.
    std::vector<std::pair<int, int>> compounds;
};

/// GermEval 2014 TSV: one document per sentence; PER, LOC, ORG (any organisation type), OTH
/// (PRODUCT or nothing); -deriv and -part are no names.
std::vector<Document> readGermEval(const QString &path);
/// SmartData JSONL: person, location*, organization-company (COMPANY), organization (AGENCY,
/// ORGANIZATION or MEDIA); code-point offsets. Its other classes (dates, triggers, …) are no names.
std::vector<Document> readSmartData(const QString &path);
/// German LER CoNLL: one document per sentence; UN company, INN and GRT agency, MRK product or company.
std::vector<Document> readLer(const QString &path);
/// Europeana Newspapers "token TAG" (IOB1: I-X may open a name): PER, LOC, ORG (any organisation
/// type); the files have no sentence breaks, so a document ends at ".", "!" or "?" outside a name.
std::vector<Document> readEuropeana(const QString &path);
/// The project's gold files (*.gold.json beside their .txt); optional entities may be left out.
std::vector<Document> readGold(const QString &dir);

/// Strict span scoring per class.
struct SpanScore
{
    int tp = 0, fp = 0, fn = 0;
    [[nodiscard]] double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    [[nodiscard]] double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    [[nodiscard]] double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

using Spans = std::set<std::tuple<int, int, QString>>; ///< start, end, class

struct Evaluation
{
    std::map<QString, SpanScore> byClass;
    SpanScore micro; ///< over PER, LOC, ORG
    QStringList errors; ///< "FP ORG 'text'" and "FN …" lines, filled by evaluate()
    /// Adds one document; classes "PER", "LOC", "ORG" make up the micro figure, others
    /// (e.g. "COMPANY") are reported on their own.
    void add(const Spans &gold, const Spans &found);
    [[nodiscard]] QString table() const;
};

/// The classes a document's names are scored as: PER, LOC, ORG, and COMPANY where the corpus
/// says company; names that are not surely one class are left out (and so are found spans on them).
Spans goldSpans(const Document &doc, Spans *ignored);
/// The classes of a found name of our type.
Spans foundSpans(int start, int end, EntityType type);

/// The tagger alone on every sentence, or the whole engine (Analyzer) when tagger is null; with
/// an adaptation (learned from corrections, neradaptation.h) added to the weights.
Evaluation evaluate(const std::vector<Document> &docs, const NerTagger *tagger,
    const std::shared_ptr<const NerAdaptation> &adaptation = {});

class Trainer
{
public:
    explicit Trainer(const Resources &resources);
    /// With corpus features every feature of a sentence also has a copy of its corpus's own
    /// (Daumé 2007, "frustratingly easy domain adaptation"): the copies learn what only that corpus
    /// annotates so, and the tagger, which knows no corpus, uses the shared weights alone.
    /// Set before add().
    void setCorpusFeatures(bool on) { m_corpusFeatures = on; }
    void add(const Document &doc);
    [[nodiscard]] size_t sentenceCount() const { return m_sentences.size(); }
    /// Passes over the sentences in an order shuffled with `seed`; returns the errors per epoch.
    std::vector<int> train(int epochs, quint32 seed);
    /// The averaged weights, valid after train().
    [[nodiscard]] const std::vector<float> &weights() const { return m_average; }
    [[nodiscard]] const NerTagger::Transitions &transitions() const { return m_averageTransitions; }

private:
    struct Sentence
    {
        std::vector<NerTagger::Mask> structure; ///< what decoding allows
        std::vector<NerTagger::Mask> gold; ///< what the labels allow
        std::vector<std::vector<quint32>> features; ///< empty where only O is allowed
        float weight = 1;
    };
    void emissions(const Sentence &s, std::vector<float> &out) const;

    const Resources &m_resources;
    bool m_corpusFeatures = false;
    std::vector<Sentence> m_sentences;
    std::vector<float> m_weights, m_accumulated, m_average;
    NerTagger::Transitions m_transitions {}, m_accumulatedTransitions {}, m_averageTransitions {};
};

} // namespace Lagebild::Analysis::Training
