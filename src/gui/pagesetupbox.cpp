// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/pagesetupbox.h"

#include <QEvent>

namespace Lagebild {

PageSetupBox::PageSetupBox(QWidget *parent) : QComboBox(parent)
{
    for (const QLatin1String code :
        {QLatin1String("A4L"), QLatin1String("A4P"), QLatin1String("A3L"), QLatin1String("A3P")})
        addItem(QString(), code);
    m_texts.add([this] {
        setItemText(0, tr("PDF: A4 landscape"));
        setItemText(1, tr("PDF: A4 portrait"));
        setItemText(2, tr("PDF: A3 landscape"));
        setItemText(3, tr("PDF: A3 portrait"));
        setToolTip(tr("Page size and orientation of PDF exports"));
    });
}

void PageSetupBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QComboBox::changeEvent(event);
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
