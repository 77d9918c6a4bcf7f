// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/pagesetupbox.h"

namespace Lagebild {

PageSetupBox::PageSetupBox(QWidget *parent) : QComboBox(parent)
{
    addItem(tr("PDF: A4 landscape"), QStringLiteral("A4L"));
    addItem(tr("PDF: A4 portrait"), QStringLiteral("A4P"));
    addItem(tr("PDF: A3 landscape"), QStringLiteral("A3L"));
    addItem(tr("PDF: A3 portrait"), QStringLiteral("A3P"));
    setToolTip(tr("Page size and orientation of PDF exports"));
}

PageSetup PageSetupBox::setup() const
{
    const QString code = currentData().toString();
    PageSetup setup;
    setup.size = code.startsWith(QLatin1String("A3")) ? QPageSize::A3 : QPageSize::A4;
    setup.orientation = code.endsWith(QLatin1Char('P')) ? QPageLayout::Portrait : QPageLayout::Landscape;
    return setup;
}

} // namespace Lagebild
