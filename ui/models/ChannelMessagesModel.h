#pragma once
// Table model over the messages of the period per channel (EngagementReport): channel,
// messages, share of all messages, mean per day and busiest day. Most messages first.

#include "analytics/EngagementReport.h"

#include <QAbstractTableModel>

namespace kindred {

class ChannelMessagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelMessagesModel)
public:
    enum Column
    {
        Channel,
        Messages,
        Share,
        PerDay,
        BusiestDay,
        ColumnCount
    };

    explicit ChannelMessagesModel(QObject *parent = nullptr);

    /// Takes the channels, totals and per-day counts of `data`.
    void setReport(const EngagementReportData &data);
    void retranslate();
    /// Sum of the Messages column.
    qint64 totalMessages() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ChannelMessages channel;
        QDate busiestDay;
        qint64 busiestCount = 0;
    };
    QList<Row> m_rows;
    qint64 m_total = 0;
    int m_days = 0;
};

} // namespace kindred
