// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlementionsmodel.h"

#include "core/dateformat.h"
#include "core/entitytypes.h"
#include "models/figureformat.h"
#include "models/roles.h"
#include "store/mentionreads.h"
#include "store/sqlreader.h"

namespace Lagebild {

ArticleMentionsModel::ArticleMentionsModel(SqlReader &reader, QObject *parent)
    : QAbstractListModel(parent), m_sql(reader)
{ }

void ArticleMentionsModel::setArticle(ArticleId id)
{
    m_article = id;
    reload();
}

void ArticleMentionsModel::reload()
{
    beginResetModel();
    m_mentions.clear();
    m_lastError.clear();
    if (m_article) {
        if (auto mentions = articleMentions(m_sql, m_article))
            m_mentions = std::move(mentions.value());
        else
            m_lastError = mentions.errorMessage();
    }
    endResetModel();
}

std::optional<StoredMention> ArticleMentionsModel::mentionAt(int offset) const
{
    for (const StoredMention &m : m_mentions) {
        if (m.start <= offset && offset < m.end)
            return m;
    }
    return std::nullopt;
}

std::vector<StoredMention> ArticleMentionsModel::mentionsIn(int start, int end) const
{
    std::vector<StoredMention> found;
    for (const StoredMention &m : m_mentions) {
        if (m.start < end && start < m.end)
            found.push_back(m);
    }
    return found;
}

int ArticleMentionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mentions.size());
}

QString ArticleMentionsModel::describe(const StoredMention &m)
{
    if (m.type == QLatin1String("QUANTITY")) {
        if (m.value.isEmpty())
            return m.text;
        // As a German reader writes it ("rund 421.000 Stück", "15 %"), like the Figures tab.
        ReportedFigure figure;
        bool numeric = false;
        const double v = m.value.toDouble(&numeric);
        if (numeric)
            figure.value = v;
        else
            figure.range = m.value;
        figure.unit = m.unit;
        figure.approx = m.approx.value_or(false);
        return readableFigure(figure);
    }
    if (m.type == QLatin1String("DATE"))
        return m.norm.isEmpty() ? tr("date not resolvable") : readableNorm(m.norm);
    return m.canonical;
}

QVariant ArticleMentionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMention &m = m_mentions[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m.text == describe(m) ? m.text : QStringLiteral("%1 → %2").arg(m.text, describe(m));
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(entityTypeLabel(m.type), describe(m));
    case MentionStartRole:
        return m.start;
    case MentionEndRole:
        return m.end;
    case EntityTypeRole:
        return m.type;
    case CanonicalRole:
        return m.canonical;
    case QuantityValueRole:
        return m.value;
    case QuantityUnitRole:
        return m.unit;
    case QuantityApproxRole:
        return m.approx.value_or(false);
    case DateNormRole:
        return m.norm;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleMentionsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(MentionStartRole, "start");
    names.insert(MentionEndRole, "end");
    names.insert(EntityTypeRole, "type");
    names.insert(CanonicalRole, "canonical");
    return names;
}

} // namespace Lagebild
