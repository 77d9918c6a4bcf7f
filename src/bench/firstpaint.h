// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/benchcorpus.h"

#include <QEvent>
#include <QObject>

namespace Lagebild {

/// Records when a widget is painted for the first time (start-up to first paint).
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &clock) : m_clock(clock) { }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ms < 0)
            ms = msSince(m_clock);
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
};

} // namespace Lagebild
