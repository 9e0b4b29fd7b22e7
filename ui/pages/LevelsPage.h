#pragma once
// The "Levels & contribution" page (PRODUCT.md §3 "Levels", "Contribution score"): members per
// Orbit level at the end of the period with the rule of each level, the monthly share of
// members who moved up, held or moved down (table and stacked bars over the twelve months
// ending with the period), the level rules (editable, saved per workspace through
// LevelRules::save), and the contribution leaderboard of the period — rank, member, level, Q
// and its three terms, points, badges — with editable weights k1/k2/k3 (saved through
// ContributionRules::save) and the selected member's breakdown. Double-clicking a member opens
// them (Page::memberRequested). Every figure says in its tooltip how it was computed.

#include "Page.h"
#include "analytics/ContributionScore.h"
#include "analytics/Levels.h"

#include <optional>

class QChartView;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class Card;
class LeaderboardModel;
class LevelCountModel;
class LevelMonthModel;
class LevelRulesEditor;

/// What the page shows, read in a worker.
struct LevelsData
{
    LevelRules levelRules;               ///< the workspace's (after a save: the saved ones)
    ContributionRules contributionRules; ///< idem
    QDate day;                           ///< the day of the levels: the period's end
    QHash<qint64, MemberLevel> levels;   ///< every member seen by then
    LevelCounts counts{};
    QList<LevelMonth> months; ///< the twelve months ending with the period
    ContributionBoard board;  ///< the leaderboard of the period
    bool saved = false;       ///< this load saved new rules or weights first
    QString saveError;        ///< why saving failed (the stored rules are shown)
};

class LevelsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelsPage)
public:
    explicit LevelsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    const LevelsData &data() const { return m_data; }
    LevelCountModel *countModel() const { return m_countModel; }
    LevelMonthModel *monthModel() const { return m_monthModel; }
    LeaderboardModel *leaderboardModel() const { return m_boardModel; }
    QSortFilterProxyModel *leaderboardProxy() const { return m_boardProxy; }
    QTableView *countView() const { return m_countTable; }
    QTableView *monthView() const { return m_monthTable; }
    QTableView *leaderboardView() const { return m_boardTable; }
    QChartView *chartView() const { return m_chart; }
    LevelRulesEditor *rulesEditor() const { return m_rulesEditor; }
    QLabel *breakdownLabel() const { return m_breakdown; }

    /// The weights k1..k3 in the editors, other contribution rules as stored.
    ContributionRules editedWeights() const;
    /// Lists the members of level 1..4 in the leaderboard, or everyone for 0.
    void selectLevel(int level);
    int selectedLevel() const { return m_level; }
    /// Writes the leaderboard rows shown to `path` as CSV.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    /// The level rules or the contribution weights of the workspace were saved.
    void levelRulesChanged();

protected:
    void retranslateUi() override;
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void startLoad(const std::optional<LevelRules> &levelRules,
                   const std::optional<ContributionRules> &weights);
    void showData(const LevelsData &data);
    void setWeightEditors(const ContributionRules &rules);
    void updateButtons();
    void applyLevelRules();
    void applyWeights();
    void renderChart();
    void showMember(const QModelIndex &proxyIndex);
    void updateHeadings();
    void chooseCsvFile();

    QLabel *m_intro;
    Card *m_countCard;
    QTableView *m_countTable;
    LevelCountModel *m_countModel;
    QLabel *m_levelNote;
    Card *m_chartCard;
    QChartView *m_chart;
    Card *m_monthCard;
    QTableView *m_monthTable;
    LevelMonthModel *m_monthModel;
    Card *m_rulesCard;
    LevelRulesEditor *m_rulesEditor;
    QLabel *m_rulesError;
    QPushButton *m_resetRules;
    QPushButton *m_applyRules;
    Card *m_boardCard;
    QLabel *m_weightsLabel;
    QList<QLabel *> m_weightLabels;
    QDoubleSpinBox *m_k1;
    QDoubleSpinBox *m_k2;
    QDoubleSpinBox *m_k3;
    QLabel *m_weightSum;
    QPushButton *m_resetWeights;
    QPushButton *m_applyWeights;
    QPushButton *m_export;
    QTableView *m_boardTable;
    LeaderboardModel *m_boardModel;
    QSortFilterProxyModel *m_boardProxy;
    Card *m_memberCard;
    QLabel *m_breakdown;
    LevelsData m_data;
    bool m_hasData = false;
    bool m_renderQueued = false;
    int m_level = 0;
    qint64 m_selectedMember = 0;
};

} // namespace kindred
