#pragma once
// The Segments page (PRODUCT.md §3 "Segments", §6): the segment rules with editable thresholds
// (SegmentRulesEditor; saved per workspace through SegmentRules::save in the load worker), the
// members per segment at the end of the period with the change against the previous period of
// the same length and the banned/muted/flagged overlays, the month-to-month flow between segments
// (a table for one month and a stacked bar chart over the last twelve months), and the members of
// the selected segment (double-click opens a member; export to CSV). Every figure comes from
// core/analytics/SegmentFlow.h and says in its tooltip how it was computed.

#include "Page.h"
#include "analytics/MemberDirectory.h"
#include "analytics/SegmentFlow.h"

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kindred {

class Card;
class MemberFilterProxy;
class MemberTableModel;
class SegmentCountModel;
class SegmentFlowModel;
class SegmentRulesEditor;

/// What the page shows, read in a worker.
struct SegmentsData
{
    SegmentRules rules;         ///< the workspace's rules (after a save: the saved ones)
    SegmentBreakdown breakdown; ///< counts at the end of the period and of the previous one
    QList<MonthFlow> months;    ///< the flow over the 12 months ending with the period
    QList<MemberRow> members;   ///< every member at the end of the period, with segment
    QByteArray timezone;        ///< the community's IANA timezone id
    bool saved = false;         ///< this load saved new rules first
    QString saveError;          ///< why saving the rules failed (the old rules are shown)
};

class SegmentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPage)
public:
    explicit SegmentsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    const SegmentsData &data() const { return m_data; }
    SegmentCountModel *countModel() const { return m_countModel; }
    SegmentFlowModel *flowModel() const { return m_flowModel; }
    MemberTableModel *memberModel() const { return m_memberModel; }
    MemberFilterProxy *memberProxy() const { return m_memberProxy; }
    QTableView *countView() const { return m_countTable; }
    QTableView *flowView() const { return m_flowTable; }
    QTableView *memberView() const { return m_memberTable; }
    QComboBox *monthBox() const { return m_month; }
    QChartView *chartView() const { return m_chart; }

    SegmentRulesEditor *rulesEditor() const { return m_rules; }
    /// Shows the members of int(Segment) `segment`, or of all segments for -1.
    void selectSegment(int segment);
    int selectedSegment() const { return m_segment; }
    /// Writes the member rows shown (segment and name filter, sort) to `path` as CSV.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    /// The segment rules of the workspace were saved (other pages should reload).
    void segmentRulesChanged();

protected:
    void retranslateUi() override;
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void startLoad(const std::optional<SegmentRules> &save);
    void showData(const SegmentsData &data);
    void updateComparison();
    /// Lists the months in the month box, selecting the one labelled `keep` (else the last).
    void fillMonths(const QString &keep);
    void showMonth(int index);
    void renderChart();
    void updateMemberHeading();
    void chooseCsvFile();

    QLabel *m_comparison;
    SegmentRulesEditor *m_rules;
    Card *m_countCard;
    QTableView *m_countTable;
    SegmentCountModel *m_countModel;
    QLabel *m_overlayNote;
    Card *m_flowCard;
    QLabel *m_monthLabel;
    QComboBox *m_month;
    QTableView *m_flowTable;
    SegmentFlowModel *m_flowModel;
    QLabel *m_flowSummary;
    Card *m_chartCard;
    QChartView *m_chart;
    Card *m_memberCard;
    QLineEdit *m_search;
    QLabel *m_memberCount;
    QPushButton *m_export;
    QTableView *m_memberTable;
    MemberTableModel *m_memberModel;
    MemberFilterProxy *m_memberProxy;
    SegmentsData m_data;
    bool m_hasData = false;
    bool m_renderQueued = false;
    int m_segment = int(Segment::Active);
};

} // namespace kindred
