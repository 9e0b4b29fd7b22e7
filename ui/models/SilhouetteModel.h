#pragma once
// Table model over the k tried by the personas (PersonasResult::scores): k, the mean silhouette
// of its k-means clustering (Rousseeuw 1987, −1..1, higher = better separated) and the inertia
// (Σ squared distances to the own centroid, in squared SDs). The row of the chosen k is bold,
// marked "✓" and highlighted; SortRole gives the raw numbers (the ValueBarDelegate draws the
// silhouette from it).

#include "analytics/KMeans.h"

#include <QAbstractTableModel>

#include <vector>

namespace kindred {

class SilhouetteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilhouetteModel)
public:
    enum Column
    {
        K,
        Silhouette,
        Inertia,
        ColumnCount
    };

    explicit SilhouetteModel(QObject *parent = nullptr);

    /// Replaces the rows: one per k tried, `chosenK` the k kept (0 = none).
    void setScores(const std::vector<KScore> &scores, int chosenK);
    const std::vector<KScore> &scores() const { return m_scores; }
    int chosenK() const { return m_chosenK; }
    /// Row of the chosen k, −1 when none.
    int chosenRow() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<KScore> m_scores;
    int m_chosenK = 0;
};

} // namespace kindred
