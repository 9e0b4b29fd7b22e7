#pragma once
// Table model over the member-count audit (MemberAudit): one row per platform explaining how
// the people its exports named become the members the workspace counts, and a total row that
// stays last whatever the sort order.

#include "identity/MemberAudit.h"

#include <QAbstractTableModel>

namespace kindred {

class MemberAuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberAuditModel)
public:
    enum Column
    {
        Platform,
        PeopleInExports,
        Identities,
        Bots,
        Exporter,
        NoActivity,
        Merged,
        Members,
        Left,
        AlsoElsewhere,
        ColumnCount
    };

    explicit MemberAuditModel(QObject *parent = nullptr);

    void setAudit(const MemberAuditResult &audit);
    const MemberAuditResult &audit() const { return m_audit; }
    /// The platform rows and, when there is at least one platform, the total row (last).
    int platformCount() const { return int(m_rows.size()); }
    bool isTotalRow(int row) const { return row == m_rows.size() && !m_rows.isEmpty(); }
    /// One sentence on how the workspace's member count follows from the platform counts.
    QString explanation() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// Sorts the platform rows; the total row stays last.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    static qint64 value(const PlatformAudit &p, int column);

    MemberAuditResult m_audit;
    QList<PlatformAudit> m_rows; ///< the platforms in the order shown
    PlatformAudit m_total;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace kindred
