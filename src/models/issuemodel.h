// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>
#include <vector>

namespace Lagebild {

/// How bad: an error means something the analyst asked for did not happen (an edit not saved,
/// a file not imported); a warning means it happened with a flaw worth knowing.
enum class IssueSeverity { Error, Warning };

/// Which part of the application ran into it.
enum class IssueSource { Import, Analysis, Edit, Export, Background };

/// One failure the analyst should know about: what, where (a file or an article), when.
struct Issue
{
    Issue() = default;
    Issue(IssueSeverity severity_, IssueSource source_, QString message_)
        : severity(severity_), source(source_), message(std::move(message_))
    { }

    IssueSeverity severity = IssueSeverity::Error;
    IssueSource source = IssueSource::Background;
    QString message;
    QString file; ///< a local file it is about, or empty
    ArticleId article = 0; ///< an article it is about, or 0
    QString articleTitle; ///< shown for the article, which may be gone by the time it is read
    QDateTime when = QDateTime::currentDateTime();
};

/// Every failure of this session, from the whole application, one row each (modelled on
/// Tiled's issues dock): the import's files that could not be read, analyses that failed, hand
/// edits not saved, exports not written, background jobs that stopped. Nothing that goes wrong
/// stays only in a log.
class IssueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhereColumn, MessageColumn, ColumnCount };

    explicit IssueModel(QObject *parent = nullptr);

    void append(Issue issue);
    void clear();
    /// Removes the issues of one source only (the import dialog's Clear).
    void clear(IssueSource source);
    [[nodiscard]] const Issue &issue(int row) const { return m_issues[size_t(row)]; }
    /// "where: message" lines, for the clipboard; of one source only when given.
    [[nodiscard]] QString toText(std::optional<IssueSource> source = {}) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void issueAdded(const Lagebild::Issue &issue);

private:
    [[nodiscard]] QString where(const Issue &issue) const;

    std::vector<Issue> m_issues;
};

} // namespace Lagebild
