#include "RenewalMonthModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace kindred {

RenewalMonthModel::RenewalMonthModel(QObject *parent) : QAbstractTableModel(parent) {}

void RenewalMonthModel::setMonths(const QList<RenewalMonth> &months, int graceDays)
{
    beginResetModel();
    m_months = months;
    m_graceDays = graceDays;
    endResetModel();
}

void RenewalMonthModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RenewalMonthModel::rateText(const RenewalMonth &m)
{
    if (m.expiring <= 0)
        return QStringLiteral("—");
    const QLocale locale;
    return tr("%1% (%2 of %3)")
        .arg(locale.toString(m.rate() * 100.0, 'f', 1), locale.toString(m.renewed),
             locale.toString(m.expiring));
}

int RenewalMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int RenewalMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RenewalMonthModel::tooltip(const RenewalMonth &m) const
{
    const QLocale locale;
    QString text =
        tr("Paid memberships expiring in %1: %2. Renewed (a new paid membership of the same "
           "member started after the old one began and at most %3 days after it expired): %4.")
            .arg(m.month.toString(QStringLiteral("yyyy-MM")), locale.toString(m.expiring))
            .arg(m_graceDays)
            .arg(locale.toString(m.renewed));
    if (m.expiring > 0)
        text +=
            QLatin1Char('\n') + tr("Renewal rate = %1 / %2 = %3%.")
                                    .arg(locale.toString(m.renewed), locale.toString(m.expiring),
                                         locale.toString(m.rate() * 100.0, 'f', 1));
    text += QLatin1Char('\n') +
            tr("Cancelled (auto-renewal stopped, counted as expiring): %1. Pending (grace period "
               "not over yet, may still renew): %2. Refunded, not counted: %3.")
                .arg(locale.toString(m.cancelled), locale.toString(m.pending),
                     locale.toString(m.refundedExcluded));
    return text;
}

QVariant RenewalMonthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RenewalMonth &m = m_months.at(index.row());
    const QLocale locale;
    if (role == Qt::ToolTipRole)
        return tooltip(m);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Month ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == SortRole || role == ExportRole) {
        const bool raw = role != Qt::DisplayRole;
        switch (Column(index.column())) {
        case Month:
            return m.month.toString(QStringLiteral("yyyy-MM"));
        case Expiring:
            return raw ? QVariant(m.expiring) : QVariant(locale.toString(m.expiring));
        case Renewed:
            return raw ? QVariant(m.renewed) : QVariant(locale.toString(m.renewed));
        case Rate:
            if (raw)
                return m.expiring > 0 ? QVariant(m.rate()) : QVariant();
            return m.expiring > 0 ? locale.toString(m.rate() * 100.0, 'f', 1) + QLatin1Char('%')
                                  : QStringLiteral("—");
        case Cancelled:
            return raw ? QVariant(m.cancelled) : QVariant(locale.toString(m.cancelled));
        case Pending:
            return raw ? QVariant(m.pending) : QVariant(locale.toString(m.pending));
        case RefundedExcluded:
            return raw ? QVariant(m.refundedExcluded)
                       : QVariant(locale.toString(m.refundedExcluded));
        case ColumnCount:
            break;
        }
    }
    return {};
}

QVariant RenewalMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Month:
            return tr("Expiry month");
        case Expiring:
            return tr("Expiring");
        case Renewed:
            return tr("Renewed");
        case Rate:
            return tr("Renewal rate");
        case Cancelled:
            return tr("Cancelled");
        case Pending:
            return tr("Pending");
        case RefundedExcluded:
            return tr("Refunded");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Month:
            return tr("Local month in which the paid memberships expire");
        case Expiring:
            return tr("Paid memberships (active, expired or cancelled) expiring in the month");
        case Renewed:
            return tr("Of those, renewed by a later paid membership of the same member "
                      "within the grace period");
        case Rate:
            return tr("Renewal rate (续费率) = renewed / expiring");
        case Cancelled:
            return tr("Of the expiring, with status cancelled (auto-renewal stopped)");
        case Pending:
            return tr("Not renewed yet, but the grace period has not ended: they may renew");
        case RefundedExcluded:
            return tr("Refunded memberships expiring in the month: not counted (no term used)");
        case ColumnCount:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
