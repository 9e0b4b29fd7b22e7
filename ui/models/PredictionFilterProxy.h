#pragma once
// Filters the predictions to the members at risk — churn probability (PredictionModel::
// ChurnRole) at or above a threshold, 0.5 by default — and by a name substring; sorts
// numerically through SortRole.

#include <QSortFilterProxyModel>

namespace kindred {

class PredictionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictionFilterProxy)
public:
    static constexpr double kDefaultThreshold = 0.5;

    explicit PredictionFilterProxy(QObject *parent = nullptr);

    /// Keeps only rows with churn probability >= threshold() when on.
    void setAtRiskOnly(bool on);
    bool atRiskOnly() const { return m_atRiskOnly; }
    /// Churn probability, clamped to [0, 1].
    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    /// Keeps members whose name contains `text` (trimmed, any case; empty = all).
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_atRiskOnly = false;
    double m_threshold = kDefaultThreshold;
    QString m_name;
};

} // namespace kindred
