#pragma once
// Table model of the Levels page: members per level (Orbit model, core/analytics/Levels.h) on
// one day, with the share of all members and the rule of each level with the workspace's
// thresholds. One row per level, Exploring to Leading, then a total row. Every cell's tooltip
// says how the figure was computed.

#include "analytics/Levels.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QIcon>

#include <array>

namespace kindred {

class LevelCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelCountModel)
public:
    enum Column
    {
        LevelColumn,
        Members,
        Share,
        Rule,
        ColumnCount
    };
    /// The row after the four levels: all members.
    static constexpr int TotalRow = kLevelCount;
    /// Item role with the row's level (1..4; 0 for the total row).
    static constexpr int LevelRole = Qt::UserRole + 20;

    explicit LevelCountModel(QObject *parent = nullptr);

    /// Shows the counts of `day` computed with `rules`.
    void setCounts(const LevelCounts &counts, const LevelRules &rules, const QDate &day);
    void clear();
    bool hasData() const { return m_hasData; }
    const LevelCounts &counts() const { return m_counts; }
    int total() const;
    void retranslate();

    /// Translated rule of a level with the thresholds of `rules` (the ways to reach it).
    static QString ruleText(Level level, const LevelRules &rules);
    /// "activity weight = 1 × messages + 2 × replies + 0.5 × reactions given, last 30 days".
    static QString weightText(const LevelRules &rules);
    /// The colour of a level everywhere on the page (tables, chart).
    static QColor levelColor(Level level);
    /// A round dot of the level's colour.
    static QIcon levelDot(Level level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int count(int row) const;
    QString tooltip(int row, int column) const;

    LevelCounts m_counts{};
    LevelRules m_rules;
    QDate m_day;
    bool m_hasData = false;
};

} // namespace kindred
