// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/tags.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

namespace Lagebild::Syntax {

/// One word of an analysed sentence.
struct SyntaxWord
{
    Tag tag;
    int head = -1; ///< index of the head word; -1: the sentence's root
    DependencyLabel label = DependencyLabel::Root;
};

/// German morpho-syntax from the UD treebanks: tags (word class, case, verb form), then an
/// unlabelled parse, then labels. Re-entrant; a model is read once and shared.
class SyntaxModel
{
public:
    SyntaxModel() = default;
    SyntaxModel(Tagger tagger, Parser parser, Labeller labeller);

    /// The model compiled into the program (resources/analysis/syntax-model.bin), loaded on first
    /// use; empty if the resource is missing.
    static const SyntaxModel &bundled();
    /// A model file written by write(); empty on any error.
    static SyntaxModel read(const QString &path);
    /// Writes the model with `note` (licence, provenance) as leading comment lines.
    bool write(const QString &path, const QByteArray &note) const;

    [[nodiscard]] bool isEmpty() const { return m_tagger.isEmpty(); }
    [[nodiscard]] const Tagger &tagger() const { return m_tagger; }
    [[nodiscard]] const Parser &parser() const { return m_parser; }
    [[nodiscard]] const Labeller &labeller() const { return m_labeller; }

    [[nodiscard]] std::vector<SyntaxWord> analyse(const std::vector<QStringView> &words) const;

private:
    Tagger m_tagger;
    Parser m_parser;
    Labeller m_labeller;
};

} // namespace Lagebild::Syntax
