#pragma once
// The review queue as a tree (ModerationStore::queue): one top-level row per member with open
// flags, in the store's order (highest severity first, then longest waiting), and one child
// row per flag of that member (highest severity, then oldest first).
//   Name      member name / the flag's rule
//   Severity  the member's highest severity / the flag's severity (coloured dot)
//   Flags     number of flags / the flag's channel
//   Waiting   since the member's oldest flag was raised / when the behaviour happened
//   Why       the rules involved / the rule's score breakdown (FlagInfo::why)
// IdRole is the member id on both levels (double click opens the member); FlagIdRole the
// flag id on flag rows (0 on member rows).

#include "moderation/ModerationStore.h"

#include <QAbstractItemModel>
#include <QTimeZone>

namespace kindred {

class FlagQueueModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagQueueModel)
public:
    enum Column
    {
        Name,
        Severity,
        Flags,
        Waiting,
        Why,
        ColumnCount
    };
    enum Role
    {
        FlagIdRole = Qt::UserRole + 20, ///< flag id (flag rows), 0 on member rows
        SeverityRole,                   ///< int 1..3
    };

    explicit FlagQueueModel(QObject *parent = nullptr);

    /// Replaces the queue; times are shown in `zone` (the community's timezone).
    void setQueue(const QList<QueueEntry> &queue, const QTimeZone &zone);
    const QList<QueueEntry> &queue() const { return m_queue; }
    /// Total number of flags in the queue.
    int flagCount() const;
    /// Index (column 0) of the member row of `memberId`, invalid when not in the queue.
    QModelIndex indexOfMember(qint64 memberId) const;
    /// The member entry of a row at either level (nullptr for an invalid index).
    const QueueEntry *entry(const QModelIndex &index) const;
    /// The flag of a flag row (nullptr on member rows).
    const FlagInfo *flag(const QModelIndex &index) const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant memberData(const QueueEntry &e, int column, int role) const;
    QVariant flagData(const QueueEntry &e, const FlagInfo &f, int column, int role) const;
    QString formatTime(qint64 utcSecs) const;

    QList<QueueEntry> m_queue;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace kindred
