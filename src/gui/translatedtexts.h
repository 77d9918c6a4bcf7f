// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace Lagebild {

/// The translated texts of a widget, each set by a small function that runs when it is added
/// and again on every change of the interface language (the widget's changeEvent on
/// QEvent::LanguageChange calls retranslate()), so an open window follows View → Language
/// without a restart. Keeps each text beside the widget it belongs to, instead of one long
/// retranslateUi() repeating every string.
class TranslatedTexts
{
public:
    void add(std::function<void()> apply)
    {
        apply();
        m_apply.push_back(std::move(apply));
    }
    void retranslate() const
    {
        for (const auto &apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace Lagebild
