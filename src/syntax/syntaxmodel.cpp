// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax/syntaxmodel.h"

#include "core/modelfile.h"

namespace Lagebild::Syntax {

namespace {

constexpr char magic[] = "LBSYN3";
constexpr char compressedMagic[] = "LBSYN2"; // the tables zlib-compressed, as before engine 18

} // namespace

SyntaxModel::SyntaxModel(Tagger tagger, Parser parser, Labeller labeller)
    : m_tagger(std::move(tagger)), m_parser(std::move(parser)), m_labeller(std::move(labeller))
{ }

const SyntaxModel &SyntaxModel::bundled()
{
    static const SyntaxModel model = read(QStringLiteral(":/analysis/syntax-model.bin"));
    return model;
}

SyntaxModel SyntaxModel::read(const QString &path)
{
    // Comment lines (licence, provenance, figures), the magic line, then the three tables.
    const std::optional<ModelFile> file = ModelFile::read(path, compressedMagic, magic);
    if (!file)
        return {};
    const QByteArray &payload = file->payload;
    qsizetype pos = 0;
    LinearModel tagger = LinearModel::deserialise(payload, pos);
    LinearModel parser = LinearModel::deserialise(payload, pos);
    LinearModel labeller = LinearModel::deserialise(payload, pos);
    if (tagger.isEmpty() || parser.isEmpty() || labeller.isEmpty() || tagger.classes() != TagSet::size
        || parser.classes() != Parser::TransitionCount || labeller.classes() != dependencyLabelCount)
        return {};
    return SyntaxModel(Tagger(std::move(tagger)), Parser(std::move(parser)), Labeller(std::move(labeller)));
}

bool SyntaxModel::write(const QString &path, const QByteArray &note) const
{
    QByteArray payload;
    m_tagger.model().serialise(payload);
    m_parser.model().serialise(payload);
    m_labeller.model().serialise(payload);
    return ModelFile::write(path, note, magic, payload);
}

std::vector<SyntaxWord> SyntaxModel::analyse(const std::vector<QStringView> &words) const
{
    std::vector<SyntaxWord> out(words.size());
    if (isEmpty() || words.empty())
        return out;
    std::vector<WordFeatures> features;
    wordFeatures(words, features);
    std::vector<quint8> tags;
    m_tagger.tag(features, tags);
    std::vector<int> heads;
    m_parser.parse(features, tags, heads);
    std::vector<quint8> labels;
    m_labeller.label(features, tags, heads, labels);
    for (size_t i = 0; i < words.size(); ++i)
        out[i] = {TagSet::tag(tags[i]), heads[i], DependencyLabel(labels[i])};
    return out;
}

} // namespace Lagebild::Syntax
