#pragma once
// Table model of the renewal-risk list (core/analytics/RenewalRisk.h): the paid memberships
// expiring soon that are not renewed yet, with the member, plan, expiry date, days left, the
// amount paid, the risk (P(not renewed)) and why. The risk cell's tooltip also gives the model's
// held-out quality (AUC / accuracy against the last-active baseline). IdRole gives the member
// id, SortRole and ExportRole raw values (risk 0..1, ISO dates, amounts in major units) so the
// CSV export is ready for an outreach list.

#include "analytics/RenewalRisk.h"

#include <QAbstractTableModel>

namespace kindred {

class RenewalRiskModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewalRiskModel)
public:
    enum Column
    {
        Member,
        Plan,
        Expiry,
        DaysLeft,
        Amount,
        Risk,
        Why,
        MemberId,
        ColumnCount
    };

    explicit RenewalRiskModel(QObject *parent = nullptr);

    /// Shows `rows` (in the given order) of a report with `quality`.
    void setRows(const QList<RenewalRiskRow> &rows, const RenewalRiskQuality &quality);
    const QList<RenewalRiskRow> &rows() const { return m_rows; }
    void retranslate();

    /// "AUC 0.781 (baseline 0.702) · accuracy 71.0% (baseline 64.0%)" or why the model is not
    /// usable.
    static QString qualityText(const RenewalRiskQuality &quality);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RenewalRiskRow> m_rows;
    RenewalRiskQuality m_quality;
};

} // namespace kindred
