// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articletablemodel.h"

#include "core/dateformat.h"
#include "models/roles.h"
#include "store/corpussource.h"
#include "store/sqlreader.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QtConcurrentRun>

namespace Lagebild {

namespace {

/// Opens another reader of the source's corpus; none for one no other connection reaches. The
/// location is copied: the source need not outlive the background read.
ArticleTableModel::ReaderOpener sourceOpener(const CorpusSource &source)
{
    const QString location = source.connectionLocation();
    if (location.isEmpty() || location == QLatin1String(":memory:"))
        return {};
    return [location](const std::atomic_bool *stop) { return openInterruptibleSqlReader(location, stop); };
}

} // namespace

ArticleTableModel::ArticleTableModel(CorpusSource &source, QObject *parent)
    : ArticleTableModel(source.reader(), sourceOpener(source), parent)
{ }

ArticleTableModel::ArticleTableModel(SqlReader &reader, ReaderOpener openReader, QObject *parent)
    : QAbstractTableModel(parent), m_openReader(std::move(openReader)), m_query(reader)
{
    connect(&m_allIds, &QFutureWatcher<AllIds>::finished, this, [this] { takeAllIds(m_allIds.result()); });
    reload();
}

ArticleTableModel::~ArticleTableModel()
{
    (void)stopAllIds();
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_ids.size() && !m_fetching;
}

std::vector<ArticleSummary> ArticleTableModel::nextPage()
{
    const size_t begin = m_rows.size();
    const size_t end = std::min(m_ids.size(), begin + size_t(pageSize));
    if (begin >= end)
        return {};
    auto page = m_query.summaries(
        std::vector<ArticleId>(m_ids.begin() + qsizetype(begin), m_ids.begin() + qsizetype(end)));
    if (!page) {
        m_lastError = page.errorMessage();
        m_ids.resize(begin); // nothing more to fetch
        return {};
    }
    return std::move(page.value());
}

void ArticleTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    std::vector<ArticleSummary> page = nextPage();
    if (page.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

void ArticleTableModel::reload()
{
    // The first page is read inside the reset, so views show rows at once; no fetching meanwhile.
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    // A list still being read for an earlier filter or order would be dropped: it stops.
    if (m_stopAllIds)
        m_stopAllIds->request();
    m_counting = false;
    m_lastError.clear();
    auto first = m_query.firstIds(m_filter, m_order, m_descending, pageSize);
    if (!first) {
        m_lastError = first.errorMessage();
        m_ids.clear();
    } else if (first->complete) {
        m_ids = std::move(first->ids);
    } else if (readAllIdsInBackground()) {
        m_ids = std::move(first->ids);
        m_counting = true;
    } else { // no file to read the rest from on another connection
        auto ids = m_query.ids(m_filter, m_order, m_descending);
        m_lastError = ids.errorMessage();
        m_ids = ids ? std::move(ids.value()) : std::vector<ArticleId> {};
    }
    m_rows = nextPage();
    endResetModel();
    Q_EMIT matchingCountChanged();
}

bool ArticleTableModel::readAllIdsInBackground()
{
    if (!m_openReader)
        return false;
    m_stopAllIds = std::make_shared<SqlReadStop>();
    m_allIds.setFuture(QtConcurrent::run(
        [open = m_openReader, filter = m_filter, order = m_order, descending = m_descending,
            generation = m_generation, walkAbove = m_query.walkAbove(), stop = m_stopAllIds] {
            AllIds all;
            all.generation = generation;
            if (stop->requested()) {
                all.stopped = true;
                return all;
            }
            auto opened = open(stop->flag());
            if (!opened) {
                all.error = opened.errorMessage();
                return all;
            }
            stop->attach(opened->interrupt);
            // A stop requested before the interrupt was there is seen here (SQLite's flag also
            // stops each statement itself).
            Expected<std::vector<ArticleId>> ids = Error {QStringLiteral("stopped"), ErrorKind::Cancelled};
            if (!stop->requested()) {
                ArticleQuery query(*opened->reader);
                query.setWalkAbove(walkAbove);
                ids = query.ids(filter, order, descending);
            }
            stop->detach(); // the connection closes with `opened` below
            if (ids)
                all.ids = std::move(ids.value());
            else if (stop->requested())
                all.stopped = true;
            else
                all.error = ids.errorMessage();
            return all;
        }));
    return true;
}

bool ArticleTableModel::stopAllIds()
{
    if (!m_stopAllIds)
        return false;
    m_stopAllIds->request();
    m_allIds.waitForFinished();
    return m_allIds.future().resultCount() > 0 && m_allIds.result().stopped;
}

bool ArticleTableModel::stopCounting()
{
    if (!m_counting)
        return false;
    if (!stopAllIds())
        return false; // it had ended: its list comes with the watcher's finished()
    m_counting = false;
    m_ids.resize(m_rows.size());
    Q_EMIT matchingCountChanged();
    return true;
}

void ArticleTableModel::takeAllIds(AllIds all)
{
    if (all.generation != m_generation || !m_counting || all.stopped)
        return; // read for an earlier filter or order, or stopped (stopCounting() took it)
    m_counting = false;
    if (!all.error.isEmpty()) {
        // The rows shown stay; the list ends with them.
        m_lastError = all.error;
        m_ids.resize(m_rows.size());
        Q_EMIT matchingCountChanged();
        return;
    }
    // The first page was the list's beginning unless articles came or went meanwhile; then the
    // rows are read again from the full list.
    const bool samePrefix = all.ids.size() >= m_rows.size()
        && std::equal(m_rows.begin(), m_rows.end(), all.ids.begin(),
            [](const ArticleSummary &row, ArticleId id) { return row.id == id; });
    if (samePrefix) {
        m_ids = std::move(all.ids);
    } else {
        const QScopedValueRollback guard(m_fetching, true);
        beginResetModel();
        m_ids = std::move(all.ids);
        m_rows.clear();
        m_rows = nextPage();
        endResetModel();
    }
    Q_EMIT matchingCountChanged();
}

void ArticleTableModel::setFilter(const ArticleFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ArticleTableModel::sort(int column, Qt::SortOrder order)
{
    ArticleOrder key = ArticleOrder::Date;
    switch (column) {
    case SourceColumn:
        key = ArticleOrder::Outlet;
        break;
    case TitleColumn:
        key = ArticleOrder::Title;
        break;
    case TagsColumn:
        key = ArticleOrder::Tags;
        break;
    case MentionsColumn:
        key = ArticleOrder::Mentions;
        break;
    default:
        break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_order && descending == m_descending)
        return;
    m_order = key;
    m_descending = descending;
    reload();
}

void ArticleTableModel::refreshRows(const QList<ArticleId> &ids)
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (!ids.contains(m_rows[row].id))
            continue;
        auto summary = m_query.summary(m_rows[row].id);
        if (summary && summary->has_value()) {
            m_rows[row] = std::move(**summary);
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

ArticleId ArticleTableModel::articleId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows[size_t(index.row())];
    if (role == ArticleIdRole)
        return a.id;
    if (role == PublishedUncertainRole)
        return a.published.isValid() && a.published.uncertain;
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole) {
            if (!a.published.isValid())
                return tr("no date");
            switch (a.published.precision) {
            case DatePrecision::Year:
                return QString::number(a.published.date.year());
            case DatePrecision::Month:
                return QLocale().toString(a.published.date, QStringLiteral("MMMM yyyy"));
            default:
                return QLocale().toString(a.published.date, shortDateFormat());
            }
        }
        if (role == SortRole)
            return a.published.date;
        if (role == Qt::ToolTipRole && !a.published.isValid())
            return tr("No publication date was found in the file");
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.source;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return a.title;
        if (role == SortRole)
            return a.title.toCaseFolded();
        break;
    case TagsColumn:
        // The tooltip: in a narrow column the list is cut.
        if (role == Qt::DisplayRole || role == SortRole || (role == Qt::ToolTipRole && !a.tags.isEmpty()))
            return a.tags.join(QLatin1String(", "));
        break;
    case MentionsColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.mentionCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%n entity mention(s) in the text", nullptr, a.mentionCount);
        break;
    case FlagsColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            QStringList flags;
            if (a.duplicateOf)
                flags.append(tr("near-duplicate"));
            if (a.language != QLatin1String("de"))
                flags.append(a.language);
            return flags.join(QLatin1String(", "));
        }
        if (role == Qt::ToolTipRole && a.duplicateOf)
            return tr("Rewrite or syndicated copy of article %1").arg(a.duplicateOf);
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip repeats the title: in a narrow window a header can be shortened with "…".
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Outlet");
    case TitleColumn:
        return tr("Title");
    case TagsColumn:
        return tr("Tags");
    case MentionsColumn:
        return tr("Mentions");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace Lagebild
