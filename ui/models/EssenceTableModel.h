#pragma once
// Table model over the essence (精华) posts (ContentInsights::essencePosts), newest post first:
// the post, who marked it, when, and the note.

#include "analytics/ContentInsights.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class EssenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EssenceTableModel)
public:
    enum Column
    {
        Text,
        Author,
        Channel,
        Sent,
        Reactions,
        Replies,
        MarkedBy,
        MarkedAt,
        Note,
        ColumnCount
    };

    explicit EssenceTableModel(QObject *parent = nullptr);

    void setRows(const QList<EssencePost> &rows, const QTimeZone &zone);
    const QList<EssencePost> &rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// IdRole: the message id; ContentTableModel::AuthorIdRole: the author's member id.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EssencePost> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace kindred
