#pragma once
// Table model of the RFM scores of the paying members (core/analytics/Rfm.h): member, segment,
// R, F and M scores (1–5), and the raw values behind them (days since last active, active days
// or messages in the window, money in the result's currency). The tooltip of every cell is the
// core's "why" (raw values, scores and the segment rule). IdRole gives the member id, SortRole
// and ExportRole raw values; rows in the core's order (segment, then R+F+M descending).

#include "analytics/Rfm.h"

#include <QAbstractTableModel>

namespace kindred {

class RfmModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RfmModel)
public:
    enum Column
    {
        Member,
        Segment,
        R,
        F,
        M,
        RecencyDays,
        Frequency,
        Money,
        MemberId,
        ColumnCount
    };

    explicit RfmModel(QObject *parent = nullptr);

    void setResult(const RfmResult &result);
    const RfmResult &result() const { return m_result; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RfmResult m_result;
};

} // namespace kindred
