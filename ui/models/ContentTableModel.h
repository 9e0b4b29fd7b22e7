#pragma once
// Table model over the top posts of a period (Rankings::topContent), best first.

#include "analytics/Rankings.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class ContentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentTableModel)
public:
    enum Column
    {
        Rank,
        Text,
        Score,
        Reactions,
        Replies,
        Forwards,
        Author,
        Channel,
        Date,
        ColumnCount
    };

    explicit ContentTableModel(QObject *parent = nullptr);

    /// Replaces the rows (best first, scored with `weights`); dates are shown in `zone`.
    void setRows(const QList<ContentRanking> &rows, const QTimeZone &zone,
                 const ContentWeights &weights);
    const QList<ContentRanking> &rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The post's text on one line, cut at `maxChars` with "…".
    static QString elided(const QString &text, int maxChars = 160);

private:
    QList<ContentRanking> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    ContentWeights m_weights;
};

} // namespace kindred
