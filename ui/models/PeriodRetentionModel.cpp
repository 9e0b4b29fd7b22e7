#include "PeriodRetentionModel.h"

#include "RetentionCohortModel.h"

#include <QLocale>

namespace kindred {

PeriodRetentionModel::PeriodRetentionModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeriodRetentionModel::setRows(RetentionGrain grain, const QList<PeriodRetentionRow> &rows)
{
    beginResetModel();
    m_grain = grain;
    m_rows = rows;
    endResetModel();
}

void PeriodRetentionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PeriodRetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeriodRetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeriodRetentionModel::toolTip(const PeriodRetentionRow &r) const
{
    const RetentionCalendar cal{m_grain};
    const QString base = RetentionCohortModel::periodName(m_grain, r.start);
    const QString next = RetentionCohortModel::periodName(m_grain, cal.advance(r.start, 1));
    if (!r.observable)
        return tr("%1 is after the last day of the data: not observable yet.").arg(next);
    if (r.base == 0)
        return tr("No member was active in %1.").arg(base);
    QString text =
        tr("Of %n member(s) active in %1, %2 were active in %3 too: %2 / %4 = %5.", nullptr, r.base)
            .arg(base)
            .arg(r.retained)
            .arg(next)
            .arg(r.base)
            .arg(RetentionCohortModel::percent(r.share()));
    if (!r.complete)
        text +=
            QLatin1Char('\n') + tr("* %1 has not ended yet: the share may still grow.").arg(next);
    return text;
}

QVariant PeriodRetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeriodRetentionRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BasePeriod:
            return r.label;
        case NextPeriod:
            return r.nextLabel;
        case Active:
            return QLocale().toString(r.base);
        case ActiveInBoth:
            return r.observable ? QLocale().toString(r.retained) : QStringLiteral("–");
        case Share:
            if (!r.observable)
                return QStringLiteral("–");
            if (!r.hasShare())
                return QString();
            return QString(RetentionCohortModel::percent(r.share()) +
                           (r.complete ? QString() : QStringLiteral("*")));
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(r);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() <= NextPeriod
                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    case RetentionCohortModel::ShareRole:
        if (index.column() == Share && r.hasShare())
            return r.share();
        break;
    default:
        break;
    }
    return {};
}

QVariant PeriodRetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool month = m_grain == RetentionGrain::Month;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case BasePeriod:
            return month ? tr("Month") : tr("Week");
        case NextPeriod:
            return month ? tr("Next month") : tr("Next week");
        case Active:
            return tr("Active");
        case ActiveInBoth:
            return tr("Active in both");
        case Share:
            return tr("Retention");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BasePeriod:
            return tr("The base period");
        case NextPeriod:
            return tr("The period right after the base period");
        case Active:
            return tr("Members active in the base period (the denominator), whenever they joined");
        case ActiveInBoth:
            return tr("Of those, members active in the next period too (the numerator)");
        case Share:
            return tr("Period retention = active in both / active in the base period");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section <= NextPeriod ? Qt::AlignLeft | Qt::AlignVCenter
                                                         : Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
