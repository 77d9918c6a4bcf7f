// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/translatedtexts.h"
#include "render/figureexport.h"

#include <QComboBox>

namespace Lagebild {

/// The page a PDF export is laid out on: A4 or A3, landscape or portrait.
class PageSetupBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit PageSetupBox(QWidget *parent = nullptr);
    [[nodiscard]] PageSetup setup() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts;
};

} // namespace Lagebild
