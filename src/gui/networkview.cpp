// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/networkview.h"

#include "core/entitytypes.h"
#include "core/relationtypes.h"
#include "gui/exportformat.h"
#include "gui/figurewidget.h"
#include "gui/flowlayout.h"
#include "gui/pagesetupbox.h"
#include "gui/relationreview.h"
#include "network/networkexport.h"
#include "network/networklayout.h"
#include "network/networkquery.h"
#include "render/figure.h"
#include "render/figureexport.h"
#include "render/networkfigure.h"
#include "store/corpussource.h"
#include "store/mentionreads.h"
#include "store/relationrepository.h"
#include "timeline/timelinequery.h"

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Lagebild {

namespace {

constexpr int articleIdRole = Qt::UserRole + 1;
constexpr int relationIdRole = Qt::UserRole + 2;

} // namespace

NetworkView::NetworkView(CorpusSource &corpus, QWidget *parent) : QWidget(parent), m_source(corpus)
{
    auto *typeRowWidget = new QWidget;
    auto *typeRow = new FlowLayout(typeRowWidget);
    for (const QString &type : entityTypes()) {
        if (type == QLatin1String("QUANTITY") || type == QLatin1String("DATE"))
            continue;
        auto *box = new QCheckBox;
        m_texts.add([box, type] { box->setText(entityTypeLabel(type)); });
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &NetworkView::refresh);
        m_types.emplace_back(type, box);
        typeRow->addWidget(box);
    }
    auto spin = [this](int min, int max, int value, const QString &prefix) {
        auto *box = new QSpinBox;
        box->setRange(min, max);
        box->setValue(value);
        box->setPrefix(prefix);
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &NetworkView::refresh);
        return box;
    };
    m_top = spin(5, 500, 50, QString());
    m_minWeight = spin(1, 1000, 1, QString());
    m_depth = spin(1, 2, 1, QString());
    m_coMentions = new QCheckBox;
    m_coMentions->setChecked(true);
    m_relations = new QCheckBox;
    m_relations->setChecked(true);
    for (QCheckBox *box : {m_coMentions, m_relations})
        connect(box, &QCheckBox::toggled, this, &NetworkView::refresh);
    m_egoField = new QLineEdit;

    m_egoField->setClearButtonEnabled(true);
    auto *completer = new QCompleter(this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_egoField->setCompleter(completer);
    connect(m_egoField, &QLineEdit::returnPressed, this, [this] {
        const QString name = m_egoField->text().simplified();
        if (name.isEmpty()) {
            setEgo(0, {});
            return;
        }
        auto ids = TimelineQuery(m_source.reader()).findEntities(name);
        if (ids && !ids->empty())
            setEgo(ids->front(), name);
    });
    connect(m_egoField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_ego)
            setEgo(0, {});
    });
    auto *exportButton = new QPushButton;
    connect(exportButton, &QPushButton::clicked, this, &NetworkView::askToExport);
    m_page = new PageSetupBox;
    // Relation types, filled from the corpus when the network is first drawn.
    // A push button: it leaves room for the menu's arrow, where a tool button drew it over the
    // last letters ("Beziehungstype⌄").
    m_relationTypes = new QPushButton;
    m_relationTypes->setMenu(new QMenu(m_relationTypes));
    // Controls wrap onto a second line in a narrow window instead of widening it.
    auto *controlsWidget = new QWidget;
    auto *controls = new FlowLayout(controlsWidget);
    m_egoField->setMinimumWidth(m_egoField->fontMetrics().averageCharWidth() * 18);
    controls->addExpandingWidget(m_egoField);
    controls->addWidget(m_depth);
    controls->addWidget(m_top);
    controls->addWidget(m_minWeight);
    controls->addWidget(m_coMentions);
    controls->addWidget(m_relations);
    controls->addWidget(m_relationTypes);
    controls->addWidget(m_page);
    controls->addWidget(exportButton);

    m_canvas = new FigureWidget;
    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailTitle = new QLabel;
    m_detailTitle->setWordWrap(true);
    m_details = new QListWidget;
    m_details->setWordWrap(true);
    m_details->setAlternatingRowColors(true);

    connect(m_details, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const ArticleId id = item->data(articleIdRole).toLongLong())
            Q_EMIT articleRequested(id);
    });
    // Verdicts on the relation of the current line: in its context menu and as buttons.
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QListWidgetItem *item = m_details->itemAt(at);
        const qint64 relation = item ? item->data(relationIdRole).toLongLong() : 0;
        if (!m_review || !relation)
            return;
        QMenu menu(this);
        m_review->addActions(&menu, relation);
        menu.exec(m_details->viewport()->mapToGlobal(at));
    });
    connect(m_details, &QListWidget::currentItemChanged, this, &NetworkView::updateReviewButtons);
    m_confirm = new QPushButton;
    m_correct = new QPushButton;
    m_reject = new QPushButton;
    m_texts.add([this, exportButton] {
        m_top->setPrefix(tr("top "));
        m_minWeight->setPrefix(tr("links seen ≥ "));
        m_depth->setPrefix(tr("depth "));
        m_coMentions->setText(tr("Same sentence"));
        m_relations->setText(tr("Relations"));
        m_egoField->setPlaceholderText(tr("Around an entity…"));
        exportButton->setText(tr("E&xport…"));
        m_relationTypes->setText(tr("Relation types"));
        m_details->setToolTip(tr("Double-click a line to open its article"));
        m_confirm->setText(tr("Confirm"));
        m_correct->setText(tr("Correct…"));
        m_reject->setText(tr("Reject"));
        m_confirm->setToolTip(
            tr("The sentence states this relation: draw it solid and keep it through every analysis"));
        m_correct->setToolTip(tr("The sentence states another type, direction or entity"));
        m_reject->setToolTip(
            tr("The sentence does not state this relation: no event, no link, also after an analysis"));
    });
    m_detailTitle->setText(tr("Click an entity or a link."));
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_review && currentRelation())
            m_review->confirm(currentRelation(), m_shownVerdict);
    });
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (m_review && currentRelation())
            m_review->askToCorrect(currentRelation(), m_shownVerdict);
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (m_review && currentRelation())
            m_review->reject(currentRelation(), m_shownVerdict);
    });
    m_reviewButtons = new QWidget;
    auto *reviewRow = new FlowLayout(m_reviewButtons);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_confirm, m_correct, m_reject})
        reviewRow->addWidget(button);
    m_reviewButtons->hide();
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detailTitle);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(m_reviewButtons);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({720, 260}); // the drawing first; the list is for reading one selection
    m_details->setMinimumWidth(200);

    m_canvas->toolTipAt = [this](const QPointF &at) -> QString {
        NetworkFigure *f = figure();
        if (!f)
            return {};
        const QRectF area = m_canvas->figureArea();
        if (const int n = f->nodeAt(area, at); n >= 0) {
            const NetworkNode &node = f->network().nodes[size_t(n)];
            return tr("<b>%1</b> (%2)<br>%3 mentions in %4 articles")
                .arg(node.name.toHtmlEscaped(), entityTypeLabel(node.type))
                .arg(node.mentions)
                .arg(node.articles);
        }
        if (const int e = f->edgeAt(area, at); e >= 0) {
            const NetworkEdge &edge = f->network().edges[size_t(e)];
            const auto &nodes = f->network().nodes;
            QString kind
                = edge.isCoMention() ? tr("named in the same sentence") : relationTypeLabel(edge.kind);
            if (!edge.isCoMention() && edge.trust == RelationTrust::Confirmed)
                kind = tr("%1 (confirmed)").arg(kind);
            else if (!edge.isCoMention() && edge.trust == RelationTrust::Doubtful)
                kind = tr("%1 (doubtful)").arg(kind);
            return tr("%1 — %2<br>%3, %4 times")
                .arg(nodes[size_t(f->network().indexOf(edge.source))].name.toHtmlEscaped(),
                    nodes[size_t(f->network().indexOf(edge.target))].name.toHtmlEscaped(), kind)
                .arg(edge.weight);
        }
        return {};
    };
    m_canvas->clicked = [this](const QPointF &at) {
        NetworkFigure *f = figure();
        if (!f)
            return;
        const QRectF area = m_canvas->figureArea();
        if (const int n = f->nodeAt(area, at); n >= 0)
            selectNode(n);
        else if (const int e = f->edgeAt(area, at); e >= 0)
            selectEdge(e);
        else {
            f->setHighlight({});
            m_canvas->update();
        }
    };
    // Right click on a relation link: its sentences listed, and the verdicts on each of its
    // relations in a menu (the first few; the list beside the drawing has them all).
    m_canvas->contextMenuAt = [this](const QPointF &at, const QPoint &global) {
        NetworkFigure *f = figure();
        const int e = f ? f->edgeAt(m_canvas->figureArea(), at) : -1;
        if (e < 0 || f->network().edges[size_t(e)].isCoMention() || !m_review)
            return;
        selectEdge(e);
        QMenu menu(this);
        constexpr int shown = 12;
        int listed = 0;
        for (int row = 0; row < m_details->count() && listed < shown; ++row) {
            const QListWidgetItem *item = m_details->item(row);
            const qint64 relation = item->data(relationIdRole).toLongLong();
            if (!relation)
                continue;
            QMenu *sub = menu.addMenu(item->text().section(QLatin1Char('\n'), 0, 0));
            m_review->addActions(sub, relation);
            ++listed;
        }
        if (listed)
            menu.exec(global);
    };
    m_canvas->pressed = [this](const QPointF &at) {
        NetworkFigure *f = figure();
        m_dragged = f ? f->nodeAt(m_canvas->figureArea(), at) : -1;
        return m_dragged >= 0;
    };
    m_canvas->moved = [this](const QPointF &from, const QPointF &to) {
        if (NetworkFigure *f = figure(); f && m_dragged >= 0)
            f->moveNode(size_t(m_dragged), m_canvas->figureArea(), to - from);
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(controlsWidget);
    layout->addWidget(typeRowWidget);
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result result = m_watcher.result();
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        if (!result.error.isEmpty()) {
            m_canvas->setFigure(nullptr);
            m_canvas->setMessage(result.error);
        } else {
            QStringList subtitle {tr("%1 entities, %2 links")
                                      .arg(result.network.nodes.size())
                                      .arg(result.network.edges.size())};
            if (m_ego)
                subtitle.append(tr("around %1, depth %2").arg(m_egoName).arg(m_depth->value()));
            if (!m_filterText.isEmpty())
                subtitle.append(m_filterText);
            m_canvas->setFigure(std::make_shared<NetworkFigure>(
                result.network, title(), subtitle.join(QStringLiteral(" · "))));
        }
        Q_EMIT networkReady();
    });
}

NetworkView::~NetworkView()
{
    m_watcher.waitForFinished();
}

NetworkFigure *NetworkView::figure() const
{
    return dynamic_cast<NetworkFigure *>(m_canvas->figure());
}

QString NetworkView::title() const
{
    return m_ego ? tr("Relationships of %1").arg(m_egoName) : tr("Relationships");
}

void NetworkView::setEntityNames(QAbstractItemModel *names)
{
    m_egoField->completer()->setModel(names);
}

void NetworkView::setFilter(const ArticleFilter &filter, const QString &description)
{
    m_filter = filter;
    m_filterText = description;
    m_stale = true;
    if (isVisible())
        refresh();
}

void NetworkView::setEgo(qint64 id, const QString &name)
{
    m_ego = id;
    m_egoName = name;
    if (m_egoField->text() != name) {
        const QSignalBlocker block(m_egoField);
        m_egoField->setText(name);
    }
    refresh();
}

void NetworkView::refresh()
{
    m_stale = false;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    NetworkOptions options;
    for (const auto &[type, box] : m_types) {
        if (box->isChecked())
            options.types.append(type);
    }
    if (options.types.isEmpty()) {
        m_canvas->setFigure(nullptr);
        m_canvas->setMessage(tr("Choose at least one entity type."));
        return;
    }
    options.top = m_top->value();
    options.minWeight = m_minWeight->value();
    options.coMentions = m_coMentions->isChecked();
    options.relations = m_relations->isChecked();
    QMenu *typesMenu = m_relationTypes->menu();
    if (typesMenu->isEmpty()) {
        if (auto types = NetworkQuery(m_source.reader()).relationTypes()) {
            for (const QString &type : types.value()) {
                // Shown in the analyst's words; the filter keeps the stored identifier.
                QAction *action = typesMenu->addAction(relationTypeLabel(type));
                action->setData(type);
                action->setCheckable(true);
                action->setChecked(true);
                connect(action, &QAction::toggled, this, &NetworkView::refresh);
            }
        }
    }
    bool allTypes = true;
    for (QAction *action : typesMenu->actions()) {
        if (action->isChecked())
            options.relationTypes.append(action->data().toString());
        else
            allTypes = false;
    }
    if (allTypes)
        options.relationTypes.clear();
    else if (options.relationTypes.isEmpty())
        options.relations = false;
    options.ego = m_ego;
    options.depth = m_depth->value();
    options.doubtful = m_doubtful;
    m_canvas->setMessage(tr("Laying out the network…"));
    // Counting and layout on a pool thread with its own connection: the window stays responsive.
    m_watcher.setFuture(
        QtConcurrent::run([location = m_source.connectionLocation(), filter = m_filter, options]() {
            Result result;
            auto reader = openInterruptibleSqlReader(location);
            if (!reader) {
                result.error = reader.errorMessage();
                return result;
            }
            auto network = NetworkQuery(*reader->reader).network(filter, options);
            if (!network) {
                result.error = network.errorMessage();
                return result;
            }
            if (auto laid = layoutNetwork(*network); !laid) {
                result.error = laid.errorMessage();
                return result;
            }
            result.network = std::move(network.value());
            return result;
        }));
}

void NetworkView::selectNode(int index)
{
    NetworkFigure *f = figure();
    if (!f || index < 0 || index >= int(f->network().nodes.size()))
        return;
    const NetworkNode &node = f->network().nodes[size_t(index)];
    std::vector<qint64> lit {node.id};
    for (const NetworkEdge &e : f->network().edges) {
        if (e.source == node.id)
            lit.push_back(e.target);
        else if (e.target == node.id)
            lit.push_back(e.source);
    }
    f->setHighlight(lit);
    m_canvas->update();
    m_detailTitle->setText(tr("<b>%1</b>: %2 linked entities; its articles:")
                               .arg(node.name.toHtmlEscaped())
                               .arg(lit.size() - 1));
    m_listedEdge = {0, 0};
    m_details->clear();
    updateReviewButtons();
    if (auto occurrences = entityOccurrences(m_source.reader(), node.type, node.name, 300)) {
        ArticleId last = 0;
        for (const Occurrence &o : occurrences.value()) {
            if (o.article == last)
                continue;
            last = o.article;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1  %2\n…%3 %4 %5…")
                    .arg(readableDate(o.published), o.title, o.left, o.mention, o.right));
            item->setData(articleIdRole, o.article);
            m_details->addItem(item);
        }
    }
}

void NetworkView::selectEdge(int index)
{
    NetworkFigure *f = figure();
    if (!f || index < 0 || index >= int(f->network().edges.size()))
        return;
    const NetworkEdge &edge = f->network().edges[size_t(index)];
    f->setHighlight({edge.source, edge.target});
    m_canvas->update();
    const auto &nodes = f->network().nodes;
    const QString a = nodes[size_t(f->network().indexOf(edge.source))].name;
    const QString b = nodes[size_t(f->network().indexOf(edge.target))].name;
    m_detailTitle->setText(
        tr("<b>%1 — %2</b>: the sentences behind the link").arg(a.toHtmlEscaped(), b.toHtmlEscaped()));
    listEvidence(edge.source, edge.target);
}

void NetworkView::listEvidence(qint64 a, qint64 b)
{
    m_listedEdge = {a, b};
    const qint64 current = currentRelation();
    m_details->clear();
    auto evidence = NetworkQuery(m_source.reader()).evidence(m_filter, a, b, 200);
    if (!evidence)
        return;
    for (const EdgeEvidence &e : evidence.value()) {
        QString kind = tr("same sentence");
        if (e.relation) {
            // "Nvidia supplies Huawei (confidence 72 %)": the claim to review and where it stands.
            kind = tr("%1 %2 %3 (%4)")
                       .arg(e.source, relationTypeLabel(e.kind), e.target,
                           RelationReview::describe(RelationVerdict(e.verdict), e.confidence));
            if (RelationVerdict(e.verdict) == RelationVerdict::Confirmed)
                kind.prepend(QStringLiteral("\u2713 "));
        }
        const QString where = joinKnown({e.outlet, readableDate(e.published)});
        auto *item = new QListWidgetItem(
            (where.isEmpty() ? kind : kind + QStringLiteral(" · ") + where) + QLatin1Char('\n') + e.sentence);
        item->setData(articleIdRole, e.article);
        item->setData(relationIdRole, e.relation);
        item->setToolTip(e.relation && m_review
                ? tr("%1\nRight-click to confirm, correct or reject the relation").arg(e.title)
                : e.title);
        if (RelationVerdict(e.verdict) == RelationVerdict::Rejected) {
            QFont font = item->font();
            font.setStrikeOut(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        } else if (e.relation && e.trust == RelationTrust::Doubtful
            && RelationVerdict(e.verdict) == RelationVerdict::Unreviewed) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text).darker(130));
        }
        m_details->addItem(item);
        if (current && e.relation == current)
            m_details->setCurrentItem(item);
    }
    updateReviewButtons();
}

qint64 NetworkView::currentRelation() const
{
    const QListWidgetItem *item = m_details->currentItem();
    return item ? item->data(relationIdRole).toLongLong() : 0;
}

void NetworkView::updateReviewButtons()
{
    const qint64 relation = currentRelation();
    m_reviewButtons->setVisible(m_review && relation);
    m_shownVerdict.reset();
    if (!m_review || !relation)
        return;
    auto row = RelationRepository(m_source.sql()).relation(relation);
    const RelationVerdict verdict = row && row->has_value() ? (**row).verdict : RelationVerdict::Unreviewed;
    if (row && row->has_value())
        m_shownVerdict = verdict;
    m_confirm->setEnabled(verdict != RelationVerdict::Confirmed);
    m_reject->setEnabled(verdict != RelationVerdict::Rejected);
}

void NetworkView::setRelationReview(RelationReview *review)
{
    m_review = review;
    updateReviewButtons();
}

void NetworkView::setDoubtfulRelations(DoubtfulRelations doubtful)
{
    if (m_doubtful == doubtful)
        return;
    m_doubtful = doubtful;
    m_stale = true;
    if (isVisible())
        refresh();
}

void NetworkView::relationsChanged()
{
    if (m_listedEdge.first)
        listEvidence(m_listedEdge.first, m_listedEdge.second);
    m_stale = true;
    if (isVisible())
        refresh();
}

QList<ExportFormat> NetworkView::exportFormats()
{
    return {ExportFormat::Pdf, ExportFormat::Svg, ExportFormat::Png, ExportFormat::GraphMl,
        ExportFormat::Gexf, ExportFormat::Csv};
}

bool NetworkView::exportTo(const ExportTarget &target)
{
    NetworkFigure *f = figure();
    if (!f || !exportFormats().contains(target.format))
        return false;
    Expected<void> written;
    if (target.format == ExportFormat::Pdf) {
        auto pages = writePdf(*f, target.path, m_page->setup());
        written = pages ? Expected<void>() : Expected<void>(pages.error());
    } else if (target.format == ExportFormat::Svg) {
        written = writeSvg(*f, target.path);
    } else if (target.format == ExportFormat::Png) {
        written = writePng(*f, target.path);
    } else {
        const QByteArray bytes = target.format == ExportFormat::GraphMl ? networkGraphMl(f->network())
            : target.format == ExportFormat::Gexf ? networkGexf(f->network(), f->subtitle())
                                                  : networkCsv(f->network());
        QSaveFile file(target.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            written = Error {file.errorString()};
    }
    if (!written) {
        Q_EMIT exportFailed(target.path, written.errorMessage());
        QMessageBox::warning(
            this, tr("Export failed"), tr("%1: %2").arg(target.path, written.errorMessage()));
    }
    return bool(written);
}

void NetworkView::askToExport()
{
    const ExportTarget target = askForExportTarget(this, tr("Export Network"), exportFormats());
    if (!target.path.isEmpty())
        exportTo(target);
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_stale = true;
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void NetworkView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    m_canvas->updateSize();
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_canvas->updateSize();
}

} // namespace Lagebild
