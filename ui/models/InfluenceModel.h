#pragma once
// Table model of the Influence page: every member of the period's reply/mention graph
// (core/analytics/Influence.h) with PageRank, betweenness, in/out degree (members and
// messages), persona cluster and the KOL / bridge marks. Rows in PageRank order; SortRole gives
// the raw numbers, IdRole the member id; tooltips carry the formulas with the member's numbers.

#include "analytics/Influence.h"

#include <QAbstractTableModel>
#include <QColor>

namespace kindred {

class InfluenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfluenceModel)
public:
    enum Column
    {
        Member,
        Role,
        PageRank,
        Betweenness,
        InDegree,
        OutDegree,
        InWeight,
        OutWeight,
        Persona,
        ColumnCount
    };

    explicit InfluenceModel(QObject *parent = nullptr);

    void setResult(const InfluenceResult &result);
    const InfluenceResult &result() const { return m_result; }
    /// Source row of a member id, or -1.
    int rowOfMember(qint64 memberId) const { return m_rowOf.value(memberId, -1); }
    /// "KOL #1 · Bridge #2", or "" for neither.
    QString roleText(const InfluenceMember &m) const;
    void retranslate();

    /// The colour of persona cluster `cluster` (grey for -1), the same in the graph view.
    static QColor clusterColor(int cluster);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString tooltip(const InfluenceMember &m, int row, int column) const;

    InfluenceResult m_result;
    QHash<qint64, int> m_rowOf;
};

} // namespace kindred
