#pragma once
// Table model over the member list of a period (MemberDirectory rows).

#include "analytics/MemberDirectory.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QTimeZone>

#include <array>

namespace kindred {

class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberTableModel)
public:
    enum Column
    {
        Name,
        SegmentColumn,
        Joined,
        LastSeen,
        MessagesInPeriod,
        MessagesTotal,
        ActiveDays,
        Why,
        ColumnCount
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    /// Replaces the rows; dates are shown in `zone` (the community's timezone); active days
    /// were counted over the last `windowDays` days (SegmentRules::windowDays).
    void setRows(const QList<MemberRow> &rows, const QTimeZone &zone,
                 int windowDays = SegmentRules{}.windowDays);
    const QList<MemberRow> &rows() const { return m_rows; }
    /// Re-reads translated texts (headers, segment names) after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString formatDate(qint64 utcSecs) const;

    QList<MemberRow> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    int m_windowDays = SegmentRules{}.windowDays;
    std::array<QIcon, kSegmentCount> m_dots;
};

} // namespace kindred
