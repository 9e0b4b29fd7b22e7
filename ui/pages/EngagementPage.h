#pragma once
// The Engagement page: how the community lives in the period (EngagementReport): KPI cards
// (mean DAU, MAU, stickiness, median time to first reply, Contributor Absence Factor), DAU/
// WAU/MAU with daily stickiness, messages per day by channel, new vs returning members per
// week, the weekday x hour heatmap in the community's timezone, and the members of the CAF
// (double-click one to open them). Every figure's tooltip gives its formula and numbers.

#include "Page.h"
#include "analytics/EngagementReport.h"

#include <array>

class QLabel;
class QTableView;

namespace kindred {

class Card;
class CafMemberModel;
class ChannelMessagesModel;
class HeatmapWidget;
class InteractiveChartView;
class KpiCard;

struct EngagementPageData
{
    EngagementReportData report;
    QByteArray timezone; ///< IANA id of the community's timezone
};

class EngagementPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngagementPage)
public:
    enum Kpi
    {
        MeanDau,
        Mau,
        Stickiness,
        ReplyTime,
        Caf,
        KpiCount
    };

    explicit EngagementPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// The figures shown (valid once loaded() was emitted with data).
    const EngagementPageData &data() const { return m_data; }
    KpiCard *card(Kpi kpi) const { return m_cards.at(size_t(kpi)); }
    InteractiveChartView *activityView() const { return m_activity; }
    InteractiveChartView *channelView() const { return m_channels; }
    InteractiveChartView *newReturningView() const { return m_newReturning; }
    HeatmapWidget *heatmap() const { return m_heatmap; }
    CafMemberModel *cafModel() const { return m_cafModel; }
    ChannelMessagesModel *channelModel() const { return m_channelModel; }
    QTableView *cafView() const { return m_cafView; }
    QLabel *summaryLabel() const { return m_summary; }

    /// "45 s", "12 min", "3.4 h", "2.1 d" (translated); "—" for NaN.
    static QString formatDuration(double seconds);

protected:
    void retranslateUi() override;
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showData(const EngagementPageData &data);
    void updateTexts();
    void updateHeatmap();
    void renderCharts();

    std::array<KpiCard *, KpiCount> m_cards{};
    QLabel *m_summary;
    InteractiveChartView *m_activity;
    InteractiveChartView *m_channels;
    InteractiveChartView *m_newReturning;
    HeatmapWidget *m_heatmap;
    QTableView *m_channelView;
    QTableView *m_cafView;
    QLabel *m_cafNote;
    Card *m_activityCard;
    Card *m_channelCard;
    Card *m_channelTableCard;
    Card *m_newReturningCard;
    Card *m_heatmapCard;
    Card *m_cafCard;
    CafMemberModel *m_cafModel;
    ChannelMessagesModel *m_channelModel;
    EngagementPageData m_data;
    bool m_hasData = false;
    bool m_renderQueued = false;
};

} // namespace kindred
