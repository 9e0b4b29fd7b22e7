#pragma once
// Table model of the renewal rate (续费率) per expiry month (PaidMetrics RenewalMonth): month,
// paid memberships expiring, renewed, rate = renewed / expiring, of which cancelled, still
// pending (grace not over), and refunded ones left out. Every cell's tooltip gives the formula
// with the month's numbers and the grace period. SortRole/ExportRole give raw values (rate
// 0..1, month "yyyy-MM").

#include "analytics/PaidMetrics.h"

#include <QAbstractTableModel>

namespace kindred {

class RenewalMonthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalMonthModel)
public:
    enum Column
    {
        Month,
        Expiring,
        Renewed,
        Rate,
        Cancelled,
        Pending,
        RefundedExcluded,
        ColumnCount
    };

    explicit RenewalMonthModel(QObject *parent = nullptr);

    /// Shows `months` (oldest first), computed with `graceDays`.
    void setMonths(const QList<RenewalMonth> &months, int graceDays);
    const QList<RenewalMonth> &months() const { return m_months; }
    void retranslate();

    /// "62.5% (50 of 80)" or "—" when nothing expired.
    static QString rateText(const RenewalMonth &month);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tooltip(const RenewalMonth &m) const;

    QList<RenewalMonth> m_months;
    int m_graceDays = 0;
};

} // namespace kindred
