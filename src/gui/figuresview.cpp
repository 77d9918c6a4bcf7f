#include "gui/figuresview.h"

#include "figures/figuresquery.h"
#include "models/figuresmodel.h"
#include "models/roles.h"
#include "store/articlestore.h"
#include "timeline/timelineexport.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lagebild {

FiguresView::FiguresView(ArticleStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_model = new FiguresModel(this);
    m_disagreements = new QSortFilterProxyModel(this);
    m_disagreements->setSourceModel(m_model);
    m_disagreements->setFilterRole(FiguresModel::DisagreementRole);
    m_search = new QSortFilterProxyModel(this);
    m_search->setSourceModel(m_disagreements);
    m_search->setRecursiveFilteringEnabled(true);
    m_search->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setFilterKeyColumn(-1);
    m_find = new QLineEdit;
    m_find->setPlaceholderText(tr("Find a subject, outlet or word…"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::textChanged, m_search, &QSortFilterProxyModel::setFilterFixedString);
    m_onlyDisagreements = new QCheckBox(tr("Only where outlets disagree"));
    connect(m_onlyDisagreements, &QCheckBox::toggled, this, [this](bool on) {
        m_disagreements->setFilterFixedString(on ? QStringLiteral("yes") : QString());
        m_view->expandAll();
    });
    auto *exportButton = new QPushButton(tr("E&xport CSV…"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export Figures"), QString(), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    m_view = new QTreeView;
    m_view->setModel(m_search);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(FiguresModel::FigureColumn, 260);
    m_view->header()->resizeSection(FiguresModel::DateColumn, 140);
    m_view->header()->resizeSection(FiguresModel::OutletColumn, 180);
    m_view->setToolTip(tr("Double-click a figure to open its article"));
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const ArticleId id = index.data(ArticleIdRole).toLongLong())
            Q_EMIT articleRequested(id);
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_find, 1);
    controls->addWidget(m_onlyDisagreements);
    controls->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
}

void FiguresView::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible())
        refresh();
}

void FiguresView::refresh()
{
    m_stale = false;
    auto groups = FiguresQuery(m_store.database()).groups(m_filter);
    m_model->setGroups(groups ? std::move(groups.value()) : std::vector<FigureGroup> {});
    // Disagreements are what the analyst came for: open those groups.
    for (int row = 0; row < m_search->rowCount(); ++row) {
        const QModelIndex group = m_search->index(row, 0);
        m_view->setExpanded(
            group, group.data(FiguresModel::DisagreementRole).toString() == QLatin1String("yes"));
    }
}

bool FiguresView::exportCsv(const QString &path)
{
    QByteArray csv("subject,subject_type,unit,value,approx,date,date_source,outlet,title,url,sentence\r\n");
    for (const FigureGroup &g : m_model->groups()) {
        for (const ReportedFigure &f : g.figures) {
            const QStringList fields
                = {g.subject, g.subjectType, g.unit, f.value ? QString::number(*f.value, 'g', 15) : f.range,
                    f.approx ? QStringLiteral("yes") : QString(), f.date.toString(Qt::ISODate),
                    f.dateFromText ? QStringLiteral("text") : QStringLiteral("publication date"), f.outlet,
                    f.title, f.url, f.sentence};
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(csvField(field));
            csv += (quoted.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void FiguresView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace Lagebild
