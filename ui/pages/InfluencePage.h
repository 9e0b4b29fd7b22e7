#pragma once
// The Influence page (社交网络分析, PRODUCT.md §3, issue 6 item 4) over the global period:
// KPI cards (members in the reply/mention graph, edges, density, the top KOLs), the graph
// of the top members (InfluenceGraphView) and the sortable table of every member's in/out
// degree, betweenness, PageRank, persona, KOL and bridge marks (InfluenceModel). Everything is
// computed by core/analytics/Influence.h in a worker (Page::query); while betweenness runs the
// page shows its progress, and a newer period (or closing the page) cancels the running
// computation. Betweenness is exact unless "estimate" is ticked (kPivots sampled sources,
// for very large communities: exact takes about 2 minutes on 50,000 members). A click in the graph
// selects the table row; a double click in either emits memberRequested.

#include "Page.h"
#include "analytics/Influence.h"

#include <QTimer>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class InfluenceGraphView;
class InfluenceModel;
class KpiCard;

class InfluencePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfluencePage)
public:
    explicit InfluencePage(QWidget *parent = nullptr);
    ~InfluencePage() override;

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// What the worker runs: Influence::compute over `period` on an open workspace.
    static bool compute(Database &db, const Period &period, const InfluenceOptions &options,
                        InfluenceResult *out, QString *error,
                        const CentralityProgress &progress = {});

    InfluenceModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_table; }
    InfluenceGraphView *graphView() const { return m_graph; }
    KpiCard *card(int i) const { return m_cards[i]; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QCheckBox *estimateBox() const { return m_estimate; }
    /// Sources sampled when "estimate" is ticked (Brandes & Pich 2007).
    static constexpr int kPivots = 1000;
    /// Selects (and scrolls to) the table row of `memberId`.
    void selectMember(qint64 memberId);

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const InfluenceResult &result);
    void updateCards();
    void updateProgress();

    KpiCard *m_cards[4];
    QCheckBox *m_estimate;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_legend;
    QLabel *m_note;
    InfluenceGraphView *m_graph;
    QTableView *m_table;
    InfluenceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_poll;
    std::shared_ptr<std::atomic<int>> m_permille; ///< betweenness progress of the running query
    std::shared_ptr<std::atomic<bool>> m_cancel;  ///< set to cancel the running query
    bool m_sized = false;
};

} // namespace kindred
