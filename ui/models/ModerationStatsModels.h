#pragma once
// Table models of the Moderation page's Statistics tab (ModerationStatsResult of the period):
//   RuleCountModel          rule | flags | open | dismissed | actioned | dismissed share
//   ChannelCountModel       channel | flags | share of the period's flags
//   RepeatOffenderModel     member | status now | actioned flags | warn+mute+ban actions
//                           (IdRole = member id; double click opens the member)
//   ModeratorActivityModel  moderator | total | one column per action (dismiss .. note)
// Numbers are right-aligned; SortRole and ExportRole give the raw values.

#include "moderation/ModerationStats.h"

#include <QAbstractTableModel>

namespace kindred {

class RuleCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleCountModel)
public:
    enum Column
    {
        Rule,
        Flags,
        Open,
        Dismissed,
        Actioned,
        DismissedShare,
        ColumnCount
    };
    explicit RuleCountModel(QObject *parent = nullptr);
    void setRows(const QList<RuleCount> &rows);
    const QList<RuleCount> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RuleCount> m_rows;
};

class ChannelCountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelCountModel)
public:
    enum Column
    {
        Channel,
        Flags,
        Share,
        ColumnCount
    };
    explicit ChannelCountModel(QObject *parent = nullptr);
    void setRows(const QList<ChannelCount> &rows);
    const QList<ChannelCount> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ChannelCount> m_rows;
    int m_total = 0;
};

class RepeatOffenderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepeatOffenderModel)
public:
    enum Column
    {
        Name,
        Status,
        ActionedFlags,
        Sanctions,
        ColumnCount
    };
    explicit RepeatOffenderModel(QObject *parent = nullptr);
    void setRows(const QList<RepeatOffender> &rows);
    const QList<RepeatOffender> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RepeatOffender> m_rows;
};

class ModeratorActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeratorActivityModel)
public:
    enum Column
    {
        Actor,
        Total,
        FirstAction ///< then one column per ModerationStore::allActions()
    };
    explicit ModeratorActivityModel(QObject *parent = nullptr);
    void setRows(const QList<ModeratorActivity> &rows);
    const QList<ModeratorActivity> &rows() const { return m_rows; }
    void retranslate();
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ModeratorActivity> m_rows;
};

} // namespace kindred
