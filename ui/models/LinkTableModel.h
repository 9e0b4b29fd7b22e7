#pragma once
// Table model over the top shared links or domains of a period (ContentInsights::topLinks /
// topDomains): posts sharing it, distinct sharers, first and last share, an example post.

#include "analytics/ContentInsights.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace kindred {

class LinkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTableModel)
public:
    enum Column
    {
        Rank,
        Key,
        Posts,
        Sharers,
        Detail, ///< links: the domain; domains: the distinct links
        First,
        Last,
        Example,
        ColumnCount
    };

    /// `domains`: rows are domains (LinkRanking::distinctLinks shown), else links.
    explicit LinkTableModel(bool domains, QObject *parent = nullptr);

    void setRows(const QList<LinkRanking> &rows, const QTimeZone &zone);
    const QList<LinkRanking> &rows() const { return m_rows; }
    bool isDomains() const { return m_domains; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// IdRole: the example post's message id.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_domains;
    QList<LinkRanking> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace kindred
