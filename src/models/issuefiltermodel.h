// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/issuemodel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Lagebild {

/// The issues of some severities, optionally of one source only (the import dialog shows the
/// import's own); the issues dock's "Errors" and "Warnings" toggles set it.
class IssueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit IssueFilterModel(QObject *parent = nullptr);

    void setSeverityShown(IssueSeverity severity, bool shown);
    [[nodiscard]] bool isSeverityShown(IssueSeverity severity) const;
    void setSource(std::optional<IssueSource> source);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_errors = true;
    bool m_warnings = true;
    std::optional<IssueSource> m_source;
};

} // namespace Lagebild
