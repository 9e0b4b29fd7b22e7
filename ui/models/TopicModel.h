#pragma once
// Table models of the Topics page: TopicModel lists ranked keywords or keyphrases
// (core/analytics/Topics.h) with count, change vs the previous period, TF-IDF weight, rising
// score and a weekly trend (SparklineDelegate roles); every number's tooltip shows the formula
// with the term's numbers. TopicClusterModel lists the topic clusters (label, size, examples).

#include "analytics/Topics.h"

#include <QAbstractTableModel>

namespace kindred {

class TopicModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicModel)
public:
    enum Column
    {
        Rank,
        Term,
        Count,
        Previous,
        Change,
        Docs,
        Weight,
        Rising,
        Trend,
        ColumnCount
    };

    explicit TopicModel(QObject *parent = nullptr);

    /// Shows `terms` (keywords or keyphrases of `result`, in their rank order).
    void setTerms(const QList<TopicTerm> &terms, const TopicsResult &result);
    const QList<TopicTerm> &terms() const { return m_terms; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString why(const TopicTerm &t) const;

    QList<TopicTerm> m_terms;
    int m_documents = 0;
    qint64 m_total = 0;
    qint64 m_previousTotal = 0;
    int m_split = 0; ///< first weekly bucket of the current period
    QList<QDate> m_weekStarts;
};

class TopicClusterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicClusterModel)
public:
    enum Column
    {
        Label,
        Size,
        Examples,
        ColumnCount
    };

    explicit TopicClusterModel(QObject *parent = nullptr);

    void setClusters(const QList<TopicCluster> &clusters, int clusteredDocuments);
    const QList<TopicCluster> &clusters() const { return m_clusters; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TopicCluster> m_clusters;
    int m_clustered = 0;
};

} // namespace kindred
