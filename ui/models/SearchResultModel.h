#pragma once
// Table model over full-text search hits (MessageSearch, core/search/MessageSearch.h): time in
// the community's timezone, channel, member (after merges) and the snippet of the text with
// its matches. The snippet column gives the match ranges in HighlightsRole for
// SnippetDelegate; the tooltip shows the whole snippet with the matches in brackets and the
// bm25 relevance.

#include "search/MessageSearch.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)
public:
    enum Column
    {
        When,
        Channel,
        Member,
        Snippet,
        ColumnCount
    };
    enum Role
    {
        /// Snippet column: QVariantList of QPoint(start, length), the matches in the
        /// DisplayRole text (QString offsets, sorted, disjoint).
        HighlightsRole = Qt::UserRole + 40,
        MemberIdRole = Qt::UserRole + 41, ///< member.id of the author (after merges), 0 if none
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Replaces the rows; times are shown in `zone` (the community's timezone).
    void setHits(const QList<SearchHit> &hits, const QTimeZone &zone);
    const QList<SearchHit> &hits() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace kindred
