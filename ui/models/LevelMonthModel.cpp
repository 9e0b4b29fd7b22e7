#include "LevelMonthModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace kindred {
namespace {

int countOf(const LevelMonth &m, int column)
{
    switch (column) {
    case LevelMonthModel::Members:
        return m.members;
    case LevelMonthModel::Up:
        return m.up;
    case LevelMonthModel::Held:
        return m.held;
    case LevelMonthModel::Down:
        return m.down;
    default:
        return 0;
    }
}

double shareOf(const LevelMonth &m, int column)
{
    switch (column) {
    case LevelMonthModel::Up:
        return m.upShare();
    case LevelMonthModel::Held:
        return m.heldShare();
    case LevelMonthModel::Down:
        return m.downShare();
    default:
        return m.members > 0 ? 1.0 : 0.0;
    }
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

LevelMonthModel::LevelMonthModel(QObject *parent) : QAbstractTableModel(parent) {}

void LevelMonthModel::setMonths(const QList<LevelMonth> &months)
{
    beginResetModel();
    m_months = months;
    endResetModel();
}

void LevelMonthModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_months.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString LevelMonthModel::monthLabel(const LevelMonth &m)
{
    const QString label = m.month.toString(QStringLiteral("yyyy-MM"));
    return m.complete ? label : tr("%1 (to %2)").arg(label, m.end.toString(Qt::ISODate));
}

int LevelMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int LevelMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LevelMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LevelMonth &m = m_months.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Month)
            return monthLabel(m);
        if (column == Members)
            return locale.toString(m.members);
        if (m.members == 0)
            return QStringLiteral("—");
        return QStringLiteral("%1 (%2)").arg(locale.toString(countOf(m, column)),
                                             percent(shareOf(m, column)));
    case SortRole:
    case ExportRole:
        if (column == Month)
            return m.month.toString(QStringLiteral("yyyy-MM"));
        return countOf(m, column);
    case Qt::ToolTipRole: {
        const QString before = m.month.addDays(-1).toString(Qt::ISODate);
        const QString after = m.end.toString(Qt::ISODate);
        switch (column) {
        case Month:
            return m.complete ? tr("Levels on %1 (after the month-end review) against %2")
                                    .arg(after, before)
                              : tr("Levels on %1 (the month is still running: no month-end "
                                   "review yet, so nobody has moved down) against %2")
                                    .arg(after, before);
        case Members:
            return tr("%1 members were seen by the end of both %2 and %3; the shares are of "
                      "them")
                .arg(locale.toString(m.members), before, after);
        case Up:
            return tr("%1 of %2 members had a higher level on %3 than on %4 = %5")
                .arg(locale.toString(m.up), locale.toString(m.members), after, before,
                     percent(m.upShare()));
        case Held:
            return tr("%1 of %2 members had the same level on %3 as on %4 = %5")
                .arg(locale.toString(m.held), locale.toString(m.members), after, before,
                     percent(m.heldShare()));
        case Down:
            return tr("%1 of %2 members had a lower level on %3 than on %4 = %5")
                .arg(locale.toString(m.down), locale.toString(m.members), after, before,
                     percent(m.downShare()));
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (column != Month)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LevelMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Month:
            return tr("Month");
        case Members:
            return tr("Members");
        case Up:
            return tr("Moved up");
        case Held:
            return tr("Held");
        case Down:
            return tr("Moved down");
        }
    } else if (role == Qt::TextAlignmentRole && section != Month) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
