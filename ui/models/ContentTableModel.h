#pragma once
// Table model over the top posts of a period (Rankings::topContent), best first, with the
// essence (精华) mark of each post. Also used for the essence candidates.

#include "analytics/Rankings.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimeZone>

namespace kindred {

class ContentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentTableModel)
public:
    /// The author's member id (message.member_id, before merges; 0 = unknown), for
    /// Page::memberRequested. Shared by the content models.
    static constexpr int AuthorIdRole = Qt::UserRole + 40;

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
        Essence, ///< "★" when the post is marked as essence
        ColumnCount
    };

    explicit ContentTableModel(QObject *parent = nullptr);

    /// Replaces the rows (best first, scored with `weights`); dates are shown in `zone`.
    void setRows(const QList<ContentRanking> &rows, const QTimeZone &zone,
                 const ContentWeights &weights);
    const QList<ContentRanking> &rows() const { return m_rows; }
    /// The ids of the posts marked as essence (the Essence column).
    void setMarked(const QSet<qint64> &messageIds);
    bool isMarked(qint64 messageId) const { return m_marked.contains(messageId); }
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
    QSet<qint64> m_marked;
};

} // namespace kindred
