#pragma once
// Table model over period retention (Retention::periodRetention): one row per base period
// (month or ISO week) with the members active in it (denominator), those of them active in
// the next period too (numerator) and the share, "61.8%" ("61.8%*" while the next period has
// not ended, "–" when it has not started). RetentionCohortModel::ShareRole on the Retention
// column gives the share in [0, 1]; the tooltip shows the division.

#include "analytics/Retention.h"

#include <QAbstractTableModel>

namespace kindred {

class PeriodRetentionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodRetentionModel)
public:
    enum Column
    {
        BasePeriod,
        NextPeriod,
        Active,
        ActiveInBoth,
        Share,
        ColumnCount
    };

    explicit PeriodRetentionModel(QObject *parent = nullptr);

    void setRows(RetentionGrain grain, const QList<PeriodRetentionRow> &rows);
    const QList<PeriodRetentionRow> &rows() const { return m_rows; }
    RetentionGrain grain() const { return m_grain; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString toolTip(const PeriodRetentionRow &r) const;

    RetentionGrain m_grain = RetentionGrain::Month;
    QList<PeriodRetentionRow> m_rows;
};

} // namespace kindred
