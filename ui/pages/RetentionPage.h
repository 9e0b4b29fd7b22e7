#pragma once
// The Retention page (留存率, PRODUCT.md §3): the cohort table by join month or join week
// drawn as a heatmap (cell = share of the cohort active k periods after the join period,
// tooltip with the numbers), the summary of period 1 over the cohorts, and the period
// retention table (active in both the base period and the next / active in the base period).
// Both tables export to CSV (RetentionCsv: UTF-8 with BOM). The range is the whole history of
// the workspace, or the period chosen in the window's period bar.

#include "Page.h"
#include "analytics/Retention.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kindred {

class Card;
class PeriodRetentionModel;
class RetentionCohortModel;

struct RetentionData
{
    CohortTable cohorts;
    QList<PeriodRetentionRow> periods;
    QByteArray timezone;
};

class RetentionPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionPage)
public:
    /// Which days the tables cover.
    enum class Scope
    {
        WholeHistory,  ///< Retention::dataRange(): first join to last message or join
        SelectedPeriod ///< the window's period (PageContext::period)
    };

    explicit RetentionPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    RetentionGrain grain() const { return m_grain; }
    /// Switches months/weeks (as the toggle buttons do) and reloads.
    void setGrain(RetentionGrain grain);
    Scope scope() const { return m_scope; }
    /// Switches the range (as the combo box does) and reloads.
    void setScope(Scope scope);

    RetentionCohortModel *cohortModel() const { return m_cohortModel; }
    PeriodRetentionModel *periodModel() const { return m_periodModel; }
    QTableView *cohortView() const { return m_cohortView; }
    QTableView *periodView() const { return m_periodView; }
    /// The text under the heatmap: period-1 retention over the cohorts whose period 1 ended.
    QString summary() const;

    /// Writes the shown cohort table / period retention table as CSV (RetentionCsv).
    bool exportCohortsCsv(const QString &path, QString *error) const;
    bool exportPeriodsCsv(const QString &path, QString *error) const;

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const RetentionData &data);
    void updateTexts();
    void chooseCsvFile(bool periods);

    RetentionGrain m_grain = RetentionGrain::Month;
    Scope m_scope = Scope::WholeHistory;
    QByteArray m_timezone;

    QLabel *m_grainLabel;
    QPushButton *m_month;
    QPushButton *m_week;
    QButtonGroup *m_grainGroup;
    QLabel *m_scopeLabel;
    QComboBox *m_scopeBox;
    QLabel *m_hint;
    Card *m_cohortCard;
    QLabel *m_summary;
    QLabel *m_legendLow;
    QLabel *m_legendHigh;
    QPushButton *m_exportCohorts;
    QTableView *m_cohortView;
    Card *m_periodCard;
    QLabel *m_periodHint;
    QPushButton *m_exportPeriods;
    QTableView *m_periodView;
    RetentionCohortModel *m_cohortModel;
    PeriodRetentionModel *m_periodModel;
};

} // namespace kindred
