#include "RenewalRiskModel.h"

#include "ModelRoles.h"
#include "Money.h"
#include "charts/PaidCharts.h"

#include <QLocale>

#include <cmath>

namespace kindred {
namespace {

QString measure(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : QStringLiteral("—");
}

QString share(double v)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%')
                            : QStringLiteral("—");
}

} // namespace

RenewalRiskModel::RenewalRiskModel(QObject *parent) : QAbstractTableModel(parent) {}

void RenewalRiskModel::setRows(const QList<RenewalRiskRow> &rows, const RenewalRiskQuality &quality)
{
    beginResetModel();
    m_rows = rows;
    m_quality = quality;
    endResetModel();
}

void RenewalRiskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RenewalRiskModel::qualityText(const RenewalRiskQuality &q)
{
    if (!q.usable)
        return tr("Model not usable (%1): ranked by days since last active instead").arg(q.reason);
    return tr("AUC %1 (baseline %2) · accuracy %3 (baseline %4)")
        .arg(measure(q.auc), measure(q.baselineAuc), share(q.accuracy), share(q.baselineAccuracy));
}

int RenewalRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RenewalRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RenewalRiskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RenewalRiskRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return r.memberId;
    case Qt::ToolTipRole:
        if (index.column() == Risk)
            return tr("Probability that this membership is not renewed within the grace "
                      "period: %1.\nModel on past expiries it never saw: %2.")
                .arg(share(r.risk), qualityText(m_quality));
        return r.why;
    case Qt::TextAlignmentRole:
        return index.column() == DaysLeft || index.column() == Amount || index.column() == Risk
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case SortRole:
    case ExportRole: {
        const bool raw = role != Qt::DisplayRole;
        switch (Column(index.column())) {
        case Member:
            return role == SortRole ? r.name.toLower() : r.name;
        case Plan:
            return role == SortRole ? r.planName.toLower() : PaidCharts::planName(r.planName);
        case Expiry:
            if (role == SortRole)
                return r.expiresAt;
            return r.expiryDate.toString(Qt::ISODate);
        case DaysLeft:
            return raw ? QVariant(r.daysToExpiry) : QVariant(locale.toString(r.daysToExpiry));
        case Amount:
            if (role == SortRole)
                return Money::toMajor(r.amountMinor, r.currency);
            if (role == ExportRole)
                return QStringLiteral("%1 %2").arg(
                    QString::number(Money::toMajor(r.amountMinor, r.currency), 'f',
                                    Money::decimals(r.currency)),
                    r.currency);
            return Money::format(r.amountMinor, r.currency);
        case Risk:
            if (role == SortRole)
                return r.risk;
            if (role == ExportRole)
                return QString::number(r.risk, 'f', 3);
            return share(r.risk);
        case Why:
            return r.why;
        case MemberId:
            return r.memberId;
        case ColumnCount:
            break;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant RenewalRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Member:
            return tr("Member");
        case Plan:
            return tr("Plan");
        case Expiry:
            return tr("Expires");
        case DaysLeft:
            return tr("Days left");
        case Amount:
            return tr("Paid");
        case Risk:
            return tr("Risk");
        case Why:
            return tr("Why");
        case MemberId:
            return tr("Member id");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Risk:
            return tr("Probability of no renewal within the grace period, from the member's "
                      "engagement (activity now vs before, segment, level, last active)");
        case Why:
            return tr("The member's features and the terms that moved the risk most");
        case DaysLeft:
            return tr("Days from the as-of day to the expiry day");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
