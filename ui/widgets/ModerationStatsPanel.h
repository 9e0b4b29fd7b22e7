#pragma once
// The "Statistics" tab of the Moderation page (issue 7 item 4) for the global period
// (ModerationStats::compute over the period's local days): headline cards (flags, still open,
// median time to handle, decisions), flags per rule and per channel as tables with bar charts
// (ModerationCharts), repeat offenders and moderator activity. Every figure's tooltip gives
// its definition and numbers. Double-clicking a repeat offender opens the member.

#include "moderation/ModerationStats.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace kindred {

class ChannelCountModel;
class InteractiveChartView;
class KpiCard;
class ModeratorActivityModel;
class RepeatOffenderModel;
class RuleCountModel;

class ModerationStatsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationStatsPanel)
public:
    explicit ModerationStatsPanel(QWidget *parent = nullptr);

    /// Shows the statistics of the period described by `periodText` ("2024-01-01 – 2024-01-31").
    void setStats(const ModerationStatsResult &stats, const QString &periodText);
    const ModerationStatsResult &stats() const { return m_stats; }

    RuleCountModel *ruleModel() const { return m_ruleModel; }
    ChannelCountModel *channelModel() const { return m_channelModel; }
    RepeatOffenderModel *offenderModel() const { return m_offenderModel; }
    ModeratorActivityModel *moderatorModel() const { return m_moderatorModel; }
    /// Text of the headline card "Median time to handle".
    QString medianText() const;

signals:
    void memberRequested(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    void renderCharts();

    ModerationStatsResult m_stats;
    QString m_periodText;
    KpiCard *m_flags;
    KpiCard *m_open;
    KpiCard *m_median;
    KpiCard *m_actions;
    QLabel *m_ruleHeading;
    QLabel *m_channelHeading;
    QLabel *m_offenderHeading;
    QLabel *m_moderatorHeading;
    QLabel *m_note;
    QTableView *m_rules;
    QTableView *m_channels;
    QTableView *m_offenders;
    QTableView *m_moderators;
    InteractiveChartView *m_ruleChart;
    InteractiveChartView *m_channelChart;
    RuleCountModel *m_ruleModel;
    ChannelCountModel *m_channelModel;
    RepeatOffenderModel *m_offenderModel;
    ModeratorActivityModel *m_moderatorModel;
};

} // namespace kindred
