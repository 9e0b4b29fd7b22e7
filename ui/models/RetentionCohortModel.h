#pragma once
// Table model over a retention cohort table (Retention::cohorts): one row per join period
// (month or ISO week), columns Cohort, Members (cohort size), then one column per k = 0, 1, ...
// periods after the join period. A cell shows the share of the cohort active in period k
// ("45.0%", "45.0%*" while the period has not ended, empty when not observable); ShareRole
// gives the share as a double in [0, 1] (invalid when there is none) for the heatmap
// colouring; the tooltip spells out the numbers ("of 120 members who joined in March 2026,
// 53 were active in month 2 = 44.2%").

#include "analytics/Retention.h"

#include <QAbstractTableModel>

namespace kindred {

class RetentionCohortModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionCohortModel)
public:
    enum Column
    {
        Cohort,
        Members,
        FirstPeriod ///< column of k = 0; column c shows k = c - FirstPeriod
    };
    /// The cell's share as a double in [0, 1]; invalid for a cell without a share.
    static constexpr int ShareRole = Qt::UserRole + 40;
    /// Active cohort members of the cell (int); invalid when not observable.
    static constexpr int ActiveRole = Qt::UserRole + 41;

    explicit RetentionCohortModel(QObject *parent = nullptr);

    void setTable(const CohortTable &table);
    const CohortTable &table() const { return m_table; }
    /// Number of k columns (periods after joining) the table shows.
    int periods() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "March 2026" for a month, "week 2026-W05 (2026-01-26 – 2026-02-01)" for a week;
    /// translated, in the default QLocale.
    static QString periodName(RetentionGrain grain, const QDate &start);
    /// A share as a percentage with one decimal in the default QLocale: 0.4417 -> "44.2%".
    static QString percent(double share);

private:
    QString cellToolTip(const RetentionCohort &c, int k) const;

    CohortTable m_table;
};

} // namespace kindred
