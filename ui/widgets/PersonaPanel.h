#pragma once
// The personas half of the Personas & prediction page (PRODUCT.md §3, core/analytics/
// Personas.h): how k was chosen (the mean silhouette of every k tried, the chosen one
// highlighted), the clusters with their name, size and standardised centroid (bars of SDs from
// everyone's mean), the "why" of the selected cluster and its members with their features.
// Double-clicking a member emits memberRequested. When the period cannot be clustered the
// panel shows why instead.

#include "analytics/Period.h"
#include "analytics/Personas.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace kindred {

class Card;
class PersonaClusterModel;
class PersonaMemberModel;
class SilhouetteModel;
class ValueBarDelegate;

class PersonaPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonaPanel)
public:
    explicit PersonaPanel(QWidget *parent = nullptr);

    /// Shows `result` for `period`; `features` (ordered by member id) and `names` fill the
    /// member list of the selected cluster. The first (largest) cluster is selected.
    void setResult(const Period &period, const PersonasResult &result,
                   const std::vector<MemberFeatureRow> &features,
                   const QHash<qint64, QString> &names);
    /// Shows why the period could not be clustered (`error` from Personas).
    void setError(const Period &period, const QString &error);
    bool hasResult() const;

    SilhouetteModel *silhouetteModel() const { return m_silhouetteModel; }
    PersonaClusterModel *clusterModel() const { return m_clusterModel; }
    PersonaMemberModel *memberModel() const { return m_memberModel; }
    QTableView *silhouetteView() const { return m_silhouetteTable; }
    QTableView *clusterView() const { return m_clusterTable; }
    QTableView *memberView() const { return m_memberTable; }
    /// Selects the cluster of row `row` of the cluster model (its members fill the list).
    void selectCluster(int row);
    /// The cluster model row shown in the member list (−1 when none).
    int selectedCluster() const { return m_selected; }
    QString summaryText() const;
    QString messageText() const;

signals:
    void memberRequested(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void showCluster(int row);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_summary;
    Card *m_silhouetteCard;
    Card *m_clusterCard;
    Card *m_memberCard;
    QTableView *m_silhouetteTable;
    QTableView *m_clusterTable;
    QTableView *m_memberTable;
    QLabel *m_why;
    SilhouetteModel *m_silhouetteModel;
    PersonaClusterModel *m_clusterModel;
    PersonaMemberModel *m_memberModel;
    QSortFilterProxyModel *m_memberProxy;
    ValueBarDelegate *m_zBars;
    ValueBarDelegate *m_silhouetteBars;
    Period m_period;
    QString m_error;
    std::vector<MemberFeatureRow> m_features;
    QHash<qint64, QString> m_names;
    int m_selected = -1;
};

} // namespace kindred
