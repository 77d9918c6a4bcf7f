// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/timeleft.h"

#include <QCoreApplication>

#include <cmath>

namespace Lagebild {

namespace {

constexpr qint64 warmUpMs = 1500;
constexpr int warmUpItems = 3;
constexpr double smoothing = 0.3; // weight of the newest rate sample

} // namespace

void TimeLeft::start()
{
    m_clock.start();
    m_rate = 0;
    m_lastMs = 0;
    m_lastDone = 0;
    m_secondsLeft.reset();
}

void TimeLeft::update(int done, int total)
{
    if (!m_clock.isValid())
        start();
    const qint64 now = m_clock.elapsed();
    if (done <= m_lastDone || now <= m_lastMs) {
        if (done >= total)
            m_secondsLeft = 0;
        return;
    }
    const double sample = double(done - m_lastDone) * 1000.0 / double(now - m_lastMs);
    m_rate = m_rate == 0 ? double(done) * 1000.0 / double(std::max<qint64>(now, 1))
                         : smoothing * sample + (1 - smoothing) * m_rate;
    m_lastMs = now;
    m_lastDone = done;
    if (done >= total)
        m_secondsLeft = 0;
    else if (now >= warmUpMs && done >= warmUpItems && m_rate > 0)
        m_secondsLeft = qint64(std::ceil(double(total - done) / m_rate));
}

QString TimeLeft::text() const
{
    return describe(m_secondsLeft);
}

QString TimeLeft::describe(std::optional<qint64> seconds)
{
    if (!seconds.has_value())
        return {};
    const qint64 total = seconds.value();
    if (total < 60)
        return QCoreApplication::translate("TimeLeft", "less than a minute left");
    const int minutes = int((total + 30) / 60);
    if (minutes < 90)
        return QCoreApplication::translate("TimeLeft", "about %n min left", nullptr, minutes);
    const int hours = (minutes + 30) / 60;
    return QCoreApplication::translate("TimeLeft", "about %n h left", nullptr, hours);
}

} // namespace Lagebild
