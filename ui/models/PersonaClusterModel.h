#pragma once
// Table model over the personas of a period (Personas.h): one row per cluster, largest first,
// with its name, size, share of the members clustered, and its standardised centroid — the
// cluster's mean z-score of each of the six features (MemberFeatures.h), i.e. how many
// standard deviations its members sit above (+) or below (−) everyone's mean. The z values are
// the SortRole and ExportRole of the feature cells (drawn as bars by ValueBarDelegate); the
// tooltip of a feature cell gives the cluster's and everyone's mean in the feature's unit, the
// tooltip of the name the persona's "why".

#include "analytics/Personas.h"

#include <QAbstractTableModel>

namespace kindred {

class PersonaClusterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaClusterModel)
public:
    enum Column
    {
        Name,
        Members,
        Share,
        FirstFeature,
        ColumnCount = FirstFeature + kMemberFeatureCount
    };

    explicit PersonaClusterModel(QObject *parent = nullptr);

    /// Replaces the rows with `result`'s personas. `logRates`: the clustering used log(1 + x)
    /// for the rates (PersonasOptions::logRates), said in the tooltips.
    void setResult(const PersonasResult &result, bool logRates = true);
    const PersonasResult &result() const { return m_result; }
    const Persona &persona(int row) const { return m_result.personas[size_t(row)]; }
    /// Largest |z| of any centroid (for the bars' scale); 1 when there are no rows.
    double maxAbsZ() const;
    void retranslate();

    /// Short column heading of a feature ("Msgs/week", "Replies", …).
    static QString shortLabel(MemberFeature feature);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString featureTip(const Persona &p, MemberFeature f) const;

    PersonasResult m_result;
    bool m_logRates = true;
};

} // namespace kindred
