#include "RetentionCohortModel.h"

#include <QLocale>

namespace kindred {

RetentionCohortModel::RetentionCohortModel(QObject *parent) : QAbstractTableModel(parent) {}

void RetentionCohortModel::setTable(const CohortTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int RetentionCohortModel::periods() const
{
    return m_table.cohorts.isEmpty() ? 0 : int(m_table.cohorts.first().cells.size());
}

void RetentionCohortModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RetentionCohortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cohorts.size());
}

int RetentionCohortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPeriod + periods();
}

QString RetentionCohortModel::percent(double share)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString RetentionCohortModel::periodName(RetentionGrain grain, const QDate &start)
{
    if (grain == RetentionGrain::Month)
        return QLocale().toString(start,
                                  tr("MMMM yyyy", "date format of a month, e.g. March 2026"));
    const RetentionCalendar cal{grain};
    return tr("week %1 (%2 – %3)")
        .arg(cal.label(start), start.toString(Qt::ISODate), cal.endOf(start).toString(Qt::ISODate));
}

QString RetentionCohortModel::cellToolTip(const RetentionCohort &c, int k) const
{
    const RetentionCalendar cal{m_table.grain};
    const RetentionCell &cell = c.cells.at(k);
    const QDate start = cal.advance(c.start, k);
    const QString joined = periodName(m_table.grain, c.start);
    const QString when = periodName(m_table.grain, start);
    const bool month = m_table.grain == RetentionGrain::Month;
    if (c.size == 0)
        return tr("No member joined in %1.").arg(joined);
    if (!cell.observable)
        return month ? tr("Month %1 after joining (%2) is after the last day of the data (%3): "
                          "not observable yet.")
                           .arg(k)
                           .arg(when, m_table.range.to.toString(Qt::ISODate))
                     : tr("Week %1 after joining (%2) is after the last day of the data (%3): "
                          "not observable yet.")
                           .arg(k)
                           .arg(when, m_table.range.to.toString(Qt::ISODate));
    QString text =
        month ? tr("Of %n member(s) who joined in %1, %2 were active in month %3 (%4) = %5.",
                   nullptr, c.size)
                    .arg(joined)
                    .arg(cell.active)
                    .arg(k)
                    .arg(when, percent(c.share(k)))
              : tr("Of %n member(s) who joined in %1, %2 were active in week %3 (%4) = %5.",
                   nullptr, c.size)
                    .arg(joined)
                    .arg(cell.active)
                    .arg(k)
                    .arg(when, percent(c.share(k)));
    if (k == 0)
        text += QLatin1Char('\n') +
                tr("Period 0 is the join period itself: activity anywhere in it counts.");
    if (!cell.complete)
        text += QLatin1Char('\n') +
                tr("* The period has not ended yet (the data ends on %1): the share may still "
                   "grow.")
                    .arg(m_table.range.to.toString(Qt::ISODate));
    text += QLatin1Char('\n') + tr("Active = posted, replied or reacted at least once.");
    return text;
}

QVariant RetentionCohortModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionCohort &c = m_table.cohorts.at(index.row());
    const int column = index.column();
    const int k = column - FirstPeriod;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Cohort)
            return c.label;
        if (column == Members)
            return QLocale().toString(c.size);
        if (!c.hasShare(k))
            return QString();
        return QString(percent(c.share(k)) +
                       (c.cells.at(k).complete ? QString() : QStringLiteral("*")));
    case Qt::ToolTipRole:
        if (column == Cohort)
            return tr("Members who joined in %1 (first join event, else first sighting): %2")
                .arg(periodName(m_table.grain, c.start))
                .arg(QLocale().toString(c.size));
        if (column == Members)
            return tr("Cohort size: %n member(s) joined in %1.", nullptr, c.size)
                .arg(periodName(m_table.grain, c.start));
        return cellToolTip(c, k);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == Cohort ? Qt::AlignLeft | Qt::AlignVCenter
                                                    : Qt::AlignRight | Qt::AlignVCenter);
    case ShareRole:
        if (column >= FirstPeriod && c.hasShare(k))
            return c.share(k);
        return {};
    case ActiveRole:
        if (column >= FirstPeriod && c.cells.at(k).observable)
            return c.cells.at(k).active;
        return {};
    default:
        return {};
    }
}

QVariant RetentionCohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool month = m_table.grain == RetentionGrain::Month;
    const int k = section - FirstPeriod;
    if (role == Qt::DisplayRole) {
        if (section == Cohort)
            return tr("Cohort");
        if (section == Members)
            return tr("Members");
        return month ? tr("Month %1").arg(k) : tr("Week %1").arg(k);
    }
    if (role == Qt::ToolTipRole) {
        if (section == Cohort)
            return month ? tr("Join month") : tr("Join week (ISO, Monday to Sunday)");
        if (section == Members)
            return tr("Members who joined in the period (the cohort)");
        if (k == 0)
            return month ? tr("Share of the cohort active in its join month")
                         : tr("Share of the cohort active in its join week");
        return month ? tr("Share of the cohort active %n month(s) after the join month", nullptr, k)
                     : tr("Share of the cohort active %n week(s) after the join week", nullptr, k);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Cohort    ? Qt::AlignLeft | Qt::AlignVCenter
                                   : section == Members ? Qt::AlignRight | Qt::AlignVCenter
                                                        : Qt::AlignHCenter | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
