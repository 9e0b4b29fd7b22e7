#pragma once
// Table model of the Levels page's leaderboard: every member of the period ranked by the
// contribution score Q (core/analytics/ContributionScore.h) with the three terms of Q, the
// member's level at the period's end (core/analytics/Levels.h), points and badges. Tooltips
// carry the "why": the formula with the member's numbers, the level's milestone, the badges
// with the dates earned.

#include "analytics/ContributionScore.h"
#include "analytics/Levels.h"

#include <QAbstractTableModel>
#include <QHash>

namespace kindred {

class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardModel)
public:
    enum Column
    {
        Rank,
        Member,
        LevelColumn,
        Score,
        Interactions,
        Content,
        Knowledge,
        Points,
        Badges,
        ColumnCount
    };
    /// Item role with the member's level (1..4, as a number).
    static constexpr int LevelRole = Qt::UserRole + 20;

    explicit LeaderboardModel(QObject *parent = nullptr);

    /// Shows `board` (rows in its order) with the members' `levels`.
    void setBoard(const ContributionBoard &board, const QHash<qint64, MemberLevel> &levels);
    const ContributionBoard &board() const { return m_board; }
    /// The level of a member (Exploring when unknown).
    MemberLevel level(qint64 memberId) const;
    void retranslate();

    /// The badges in short: "Helper of the month ×3 · 30-day streak · First reply".
    static QString badgeSummary(const QList<Badge> &badges);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tooltip(const ContributionRow &row, int column) const;

    ContributionBoard m_board;
    QHash<qint64, MemberLevel> m_levels;
};

} // namespace kindred
