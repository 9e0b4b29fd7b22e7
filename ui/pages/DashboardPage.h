#pragma once
// The Dashboard: the headline KPIs of the period with their change against the previous
// period, the DAU/WAU/MAU chart and the segment breakdown.

#include "Page.h"
#include "analytics/KpiCalculator.h"

#include <array>

class QLabel;

namespace kindred {

class Card;
class InteractiveChartView;
class KpiCard;

struct DashboardData
{
    KpiSet current;
    KpiSet previous;
};

class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;
    /// The figures shown (valid once loaded() was emitted with data).
    const DashboardData &data() const { return m_data; }
    InteractiveChartView *engagementView() const { return m_engagement; }

protected:
    void retranslateUi() override;
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    enum Kpi
    {
        Members,
        NewMembers,
        Messages,
        Dau,
        Mau,
        Stickiness,
        ActivityRate,
        GrowthRate,
        KpiCount
    };
    void showData(const DashboardData &data);
    void updateCards();
    void renderCharts();
    static double value(Kpi kpi, const KpiSet &k);
    static QString format(Kpi kpi, const KpiSet &k);

    std::array<KpiCard *, KpiCount> m_cards{};
    QLabel *m_comparison;
    InteractiveChartView *m_engagement;
    InteractiveChartView *m_segments;
    Card *m_engagementCard;
    Card *m_segmentCard;
    DashboardData m_data;
    bool m_hasData = false;
    bool m_renderQueued = false;
};

} // namespace kindred
