#pragma once
// Table model of one month's flow between segments (MonthFlow): one row per origin — the five
// segments at the end of the previous month, then "New" (not yet a member then) — and a total
// row; one column per segment at the end of the month, then a total column. Column 0 names the
// origin. Row totals are the counts at the end of the previous month (+ the new members),
// column totals the counts at the end of the month. Cells are tinted by their share of the row.

#include "analytics/SegmentFlow.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace kindred {

class SegmentFlowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentFlowModel)
public:
    enum Column
    {
        FromColumn = 0,
        FirstSegmentColumn = 1, ///< column of Segment s = FirstSegmentColumn + int(s)
        TotalColumn = FirstSegmentColumn + kSegmentCount,
        ColumnCount
    };
    /// Rows 0..kSegmentCount-1 are segments (row = int(Segment)), row kNewOrigin is "New".
    static constexpr int TotalRow = kFlowOrigins;

    explicit SegmentFlowModel(QObject *parent = nullptr);

    /// Shows `flow`, computed with `rules` (for the tooltips).
    void setFlow(const MonthFlow &flow, const SegmentRules &rules);
    void clear();
    const MonthFlow &flow() const { return m_flow; }
    bool hasData() const { return m_hasData; }
    void retranslate();

    /// Translated origin name: a segment's name, or "New".
    static QString originName(int origin);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// The number shown at (row, column), for rows and columns past FromColumn.
    int value(int row, int column) const;
    QString tooltip(int row, int column) const;

    MonthFlow m_flow;
    SegmentRules m_rules;
    bool m_hasData = false;
    std::array<QIcon, kSegmentCount> m_dots;
};

} // namespace kindred
