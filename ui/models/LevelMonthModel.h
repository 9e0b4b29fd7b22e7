#pragma once
// Table model of the Levels page: per month, the members present at the end of the previous
// month and at the end of this one, and how many of them moved up, held or moved down a level
// (LevelCalculator::monthly). One row per month, oldest first; the month still running ends at
// the period's last day. Counts with their share; tooltips name the two days compared.

#include "analytics/Levels.h"

#include <QAbstractTableModel>

namespace kindred {

class LevelMonthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelMonthModel)
public:
    enum Column
    {
        Month,
        Members,
        Up,
        Held,
        Down,
        ColumnCount
    };

    explicit LevelMonthModel(QObject *parent = nullptr);

    void setMonths(const QList<LevelMonth> &months);
    const QList<LevelMonth> &months() const { return m_months; }
    void retranslate();
    /// "2026-10", or "2026-10 (to 2026-10-15)" for a month cut at the period's end.
    static QString monthLabel(const LevelMonth &m);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LevelMonth> m_months;
};

} // namespace kindred
