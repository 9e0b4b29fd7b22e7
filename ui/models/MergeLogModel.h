#pragma once
// Table model over the merge log (MemberMerger::log): when, who was merged into whom, why, by
// whom, and whether the merge was undone.

#include "identity/MemberMerger.h"

#include <QAbstractTableModel>

namespace kindred {

class MergeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeLogModel)
public:
    enum Column
    {
        When,
        Source,
        Target,
        Reason,
        Actor,
        Undone,
        ColumnCount
    };

    explicit MergeLogModel(QObject *parent = nullptr);

    void setRecords(const QList<MergeRecord> &records);
    const QList<MergeRecord> &records() const { return m_rows; }
    const MergeRecord &recordAt(int row) const { return m_rows.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MergeRecord> m_rows;
};

} // namespace kindred
