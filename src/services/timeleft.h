// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace Lagebild {

/// Estimates the time left of a long job from its progress so far. The rate is smoothed, so
/// one slow file (a large feed) does not make the estimate jump; no estimate until a few
/// seconds and items have passed, when it would be a guess.
class TimeLeft
{
public:
    void start();
    void update(int done, int total);
    [[nodiscard]] std::optional<qint64> secondsLeft() const { return m_secondsLeft; }
    /// "about 2 min left", "less than a minute left", or empty while unknown.
    [[nodiscard]] QString text() const;
    [[nodiscard]] static QString describe(std::optional<qint64> seconds);

private:
    QElapsedTimer m_clock;
    double m_rate = 0; ///< items per second, smoothed
    qint64 m_lastMs = 0;
    int m_lastDone = 0;
    std::optional<qint64> m_secondsLeft;
};

} // namespace Lagebild
