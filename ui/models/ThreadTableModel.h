#pragma once
// Table model over the top threads of a period (ContentInsights::topThreads), best first, with
// the score's breakdown (posts, participants, reactions) and its formula as a tooltip.

#include "analytics/ContentInsights.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class ThreadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadTableModel)
public:
    enum Column
    {
        Rank,
        Text,
        Score,
        Posts,
        Participants,
        Reactions,
        Author,
        Channel,
        Started,
        LastPost,
        ColumnCount
    };

    explicit ThreadTableModel(QObject *parent = nullptr);

    /// Replaces the rows (best first, scored with `weights`); dates are shown in `zone`.
    void setRows(const QList<ThreadRanking> &rows, const QTimeZone &zone,
                 const ContentWeights &weights);
    const QList<ThreadRanking> &rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// IdRole: the root's message id; ContentTableModel::AuthorIdRole: the root's author.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ThreadRanking> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    ContentWeights m_weights;
};

} // namespace kindred
