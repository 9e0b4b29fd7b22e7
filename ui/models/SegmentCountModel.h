#pragma once
// Table model of the Segments page: members per segment at the end of the period, at the end
// of the previous period of the same length, the change (members and %), and the banned, muted
// and flagged (at least one open moderation flag) overlays (SegmentBreakdown). One row per segment
// in Segmentation order, then a total row. Every count's tooltip states the rule with its
// thresholds and the numbers behind it.

#include "analytics/SegmentFlow.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <array>

namespace kindred {

class SegmentCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentCountModel)
public:
    enum Column
    {
        SegmentColumn,
        Members,
        Previous,
        Change,
        ChangePercent,
        Banned,
        Muted,
        Flagged,
        ColumnCount
    };
    /// The row after the five segments: all members.
    static constexpr int TotalRow = kSegmentCount;

    explicit SegmentCountModel(QObject *parent = nullptr);

    /// Shows `breakdown`, computed with `rules` (for the tooltips).
    void setBreakdown(const SegmentBreakdown &breakdown, const SegmentRules &rules);
    void clear();
    const SegmentBreakdown &breakdown() const { return m_breakdown; }
    bool hasData() const { return m_hasData; }
    /// Row of segment `s`.
    static int rowOf(Segment s) { return int(s); }
    /// Re-reads translated texts after a language change.
    void retranslate();

    /// Translated rule of segment `s` with the thresholds of `rules`, e.g. "active (posted,
    /// replied or reacted) on at least 4 of the last 30 days".
    static QString ruleText(Segment s, const SegmentRules &rules);
    /// "first matching rule wins: churned, newcomer, active, occasional, silent".
    static QString orderText();
    /// "+12" / "−3" / "0".
    static QString formatChange(int change);
    /// "+12.5%" / "−3.0%" / "—" when there is nothing to compare with (NaN).
    static QString formatPercent(double relative);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int current(int row) const;
    int previous(int row) const;
    int banned(int row) const;
    int muted(int row) const;
    int flagged(int row) const;
    double relative(int row) const;
    QString tooltip(int row, int column) const;

    SegmentBreakdown m_breakdown;
    SegmentRules m_rules;
    bool m_hasData = false;
    std::array<QIcon, kSegmentCount> m_dots;
};

} // namespace kindred
