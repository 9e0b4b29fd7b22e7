#pragma once
// Table model over the per-member predictions of ActivityPrediction (PredictionReport::members):
// predicted active days in the next 30 days, churn risk (probability of no activity in them),
// the two baseline inputs (active days in the last 30, days since last active) and the terms
// that moved the churn risk most. "No figure without its error": the tooltip of every
// prediction cell gives the model's held-out error (MAE/RMSE against the "same as last 30 days"
// baseline, AUC against "days since last active") with the cut-off dates, and the member's
// largest terms βj·zj. SortRole/ExportRole give raw numbers (risk as 0..1), IdRole and
// ChurnRole the member id and churn probability.

#include "analytics/ActivityPrediction.h"

#include <QAbstractTableModel>

namespace kindred {

class PredictionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictionModel)
public:
    enum Column
    {
        Name,
        ActiveDaysNext,
        ChurnRisk,
        ActiveDays30,
        DaysSinceActive,
        Why,
        MemberId,
        ColumnCount
    };
    /// The churn probability of the row (0..1), whatever the column.
    static constexpr int ChurnRole = Qt::UserRole + 40;

    explicit PredictionModel(QObject *parent = nullptr);

    /// Replaces the rows with `report.members` (none when the report is not ok).
    void setReport(const PredictionReport &report);
    const PredictionReport &report() const { return m_report; }
    const MemberPrediction &prediction(int row) const { return m_report.members[size_t(row)]; }
    void retranslate();

    /// "MAE 2.37 days (baseline 2.37), RMSE 3.76 (baseline 4.28)" of `report`.
    static QString activityError(const PredictionReport &report);
    /// "AUC 0.872 (baseline 0.845)" of `report`.
    static QString churnQuality(const PredictionReport &report);
    /// One term as "active days, last 7 = 5 (+2.9)".
    static QString termText(const PredictionTerm &term, int decimals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString activityTip(const MemberPrediction &p) const;
    QString churnTip(const MemberPrediction &p) const;

    PredictionReport m_report;
};

} // namespace kindred
