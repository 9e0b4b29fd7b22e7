#pragma once
// Table model over the members of the Contributor Absence Factor (EngagementReport): rank,
// member, messages, share of all messages and cumulative share, largest first. IdRole gives
// the member id (double-click opens the member).

#include "analytics/EngagementReport.h"

#include <QAbstractTableModel>

namespace kindred {

class CafMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CafMemberModel)
public:
    enum Column
    {
        Rank,
        Member,
        Messages,
        Share,
        CumulativeShare,
        ColumnCount
    };

    explicit CafMemberModel(QObject *parent = nullptr);

    void setFactor(const ContributorAbsence &caf);
    const ContributorAbsence &factor() const { return m_caf; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ContributorAbsence m_caf;
    QList<qint64> m_cumulative; ///< messages of rows 0..i
};

} // namespace kindred
