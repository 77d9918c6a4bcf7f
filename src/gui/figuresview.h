// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "gui/translatedtexts.h"
#include "store/articlefilter.h"

#include <QWidget>

class QChartView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Lagebild {

class CorpusSource;
class FiguresModel;

/// The Figures tab: every reported quantity under the browser's filters, grouped by what it is
/// about, with the groups where outlets report different values marked — side by side, each
/// figure with its date, outlet and sentence. Double-click opens the article.
class FiguresView final : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresView(CorpusSource &corpus, QWidget *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    void refresh();
    [[nodiscard]] FiguresModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QChartView *chartView() const { return m_chart; }
    /// Plots the figures of one group over time, a series per outlet (Qt Charts).
    void showGroup(int group);
    /// Why the list is empty, when it is (empty otherwise).
    [[nodiscard]] QString emptyNote() const;
    [[nodiscard]] QCheckBox *onlyDisagreements() const { return m_onlyDisagreements; }
    /// Writes every figure as CSV (group, value, unit, approx, date, outlet, title, URL, sentence).
    bool exportCsv(const QString &path);

Q_SIGNALS:
    void articleRequested(Lagebild::ArticleId id);
    /// An export could not be written (also shown in a message box where the analyst asked).
    void exportFailed(const QString &path, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateEmptyNote();

    CorpusSource &m_source;
    ArticleFilter m_filter;
    FiguresModel *m_model = nullptr;
    QSortFilterProxyModel *m_disagreements = nullptr;
    QSortFilterProxyModel *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_find = nullptr;
    QCheckBox *m_onlyDisagreements = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_emptyNote = nullptr;
    bool m_stale = true;
    TranslatedTexts m_texts;
};

} // namespace Lagebild
