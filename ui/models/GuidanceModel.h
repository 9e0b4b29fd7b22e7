#pragma once
// The guidance list (引导, GuidanceList::compute): low-activity members suggested for a
// personal message — not violations. Columns:
//   Name        member (IdRole = member id; double click opens the member)
//   Reason      why they are on the list (newcomer who has not posted, activity dropped,
//               went silent), with the segment's colour
//   LastActive  local day of the last activity, "never" when none
//   ActiveDays  active days in the last W days / in the W days before
//   Messages    chat messages sent by the list's day
//   Why         the sentence with the numbers (GuidanceEntry::why)

#include "moderation/GuidanceList.h"

#include <QAbstractTableModel>

namespace kindred {

class GuidanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidanceModel)
public:
    enum Column
    {
        Name,
        Reason,
        LastActive,
        ActiveDays,
        Messages,
        Why,
        ColumnCount
    };
    enum Role
    {
        ReasonRole = Qt::UserRole + 40, ///< int(GuidanceReason)
    };

    explicit GuidanceModel(QObject *parent = nullptr);

    void setEntries(const QList<GuidanceEntry> &entries);
    const QList<GuidanceEntry> &entries() const { return m_entries; }
    /// Number of entries of one reason.
    int count(GuidanceReason reason) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<GuidanceEntry> m_entries;
};

} // namespace kindred
