#include "SegmentFlowModel.h"

#include "ModelRoles.h"
#include "SegmentCountModel.h"
#include "charts/ChartFactory.h"
#include "widgets/Icons.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace kindred {

SegmentFlowModel::SegmentFlowModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (Segment s : Segmentation::all())
        m_dots.at(size_t(s)) = Icons::dot(ChartFactory::segmentColor(s));
}

void SegmentFlowModel::setFlow(const MonthFlow &flow, const SegmentRules &rules)
{
    beginResetModel();
    m_flow = flow;
    m_rules = rules;
    m_hasData = true;
    endResetModel();
}

void SegmentFlowModel::clear()
{
    beginResetModel();
    m_flow = {};
    m_hasData = false;
    endResetModel();
}

void SegmentFlowModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_hasData)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SegmentFlowModel::originName(int origin)
{
    return origin == kNewOrigin ? tr("New") : ChartFactory::segmentName(Segment(origin));
}

int SegmentFlowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasData ? 0 : kFlowOrigins + 1;
}

int SegmentFlowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SegmentFlowModel::value(int row, int column) const
{
    if (row == TotalRow)
        return column == TotalColumn ? m_flow.membersAfter()
                                     : m_flow.columnSum(Segment(column - FirstSegmentColumn));
    if (column == TotalColumn)
        return m_flow.rowSum(row);
    return m_flow.cell(row, Segment(column - FirstSegmentColumn));
}

QString SegmentFlowModel::tooltip(int row, int column) const
{
    const QLocale locale;
    const QString before = m_flow.before.toString(Qt::ISODate);
    const QString after = m_flow.after.toString(Qt::ISODate);
    auto rule = [this](Segment s) {
        return tr("%1 = %2").arg(ChartFactory::segmentName(s),
                                 SegmentCountModel::ruleText(s, m_rules));
    };
    if (column == FromColumn) {
        if (row == TotalRow)
            return tr("Sums of the columns: members in each segment at the end of %1").arg(after);
        if (row == kNewOrigin)
            return tr("New: not yet members at the end of %1 (first seen during %2)")
                .arg(before, m_flow.label());
        return rule(Segment(row));
    }
    const QString n = locale.toString(value(row, column));
    if (row == TotalRow && column == TotalColumn)
        return tr("%1 members at the end of %2 = %3 at the end of %4 + %5 new")
            .arg(n, after, locale.toString(m_flow.membersBefore()), before,
                 locale.toString(m_flow.newMembers()));
    if (row == TotalRow) {
        const Segment to = Segment(column - FirstSegmentColumn);
        return tr("%1 members in this segment at the end of %2.\n%3").arg(n, after, rule(to));
    }
    if (column == TotalColumn) {
        if (row == kNewOrigin)
            return tr("%1 members were first seen during %2 (not yet members at the end of %3)")
                .arg(n, m_flow.label(), before);
        return tr("%1 members were %2 at the end of %3; each is in one segment at the end of "
                  "%4.\n%5")
            .arg(n, ChartFactory::segmentName(Segment(row)), before, after, rule(Segment(row)));
    }
    const Segment to = Segment(column - FirstSegmentColumn);
    if (row == kNewOrigin)
        return tr("%1 members, not yet members at the end of %2, were %3 at the end of %4.\n%5")
            .arg(n, before, ChartFactory::segmentName(to), after, rule(to));
    const Segment from = Segment(row);
    const QString rules = from == to ? rule(to) : rule(from) + QLatin1Char('\n') + rule(to);
    return tr("%1 members were %2 at the end of %3 and %4 at the end of %5.\n%6")
        .arg(n, ChartFactory::segmentName(from), before, ChartFactory::segmentName(to), after,
             rules);
}

QVariant SegmentFlowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = row == TotalRow || column == TotalColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (column == FromColumn)
            return row == TotalRow ? tr("Total") : originName(row);
        return QLocale().toString(value(row, column));
    case ExportRole:
    case SortRole:
        if (column == FromColumn)
            return row == TotalRow ? tr("Total") : originName(row);
        return value(row, column);
    case SegmentRole:
        return row == TotalRow ? -1 : row;
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::DecorationRole:
        if (column == FromColumn && row < kSegmentCount)
            return m_dots.at(size_t(row));
        break;
    case Qt::FontRole:
        if (total || (column > FromColumn && row == column - FirstSegmentColumn)) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    case Qt::BackgroundRole:
        if (!total && column > FromColumn) {
            const int rowSum = m_flow.rowSum(row);
            const int v = value(row, column);
            if (rowSum <= 0 || v <= 0)
                break;
            QColor c = ChartFactory::segmentColor(Segment(column - FirstSegmentColumn));
            c.setAlphaF(float(0.08 + 0.42 * double(v) / double(rowSum)));
            return c;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != FromColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SegmentFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == FromColumn)
            return tr("From \u2193 / to \u2192");
        if (section == TotalColumn)
            return tr("Total");
        return ChartFactory::segmentName(Segment(section - FirstSegmentColumn));
    }
    if (role == Qt::ToolTipRole) {
        if (section == FromColumn)
            return tr("Rows: segment at the end of the previous month (or new); columns: "
                      "segment at the end of the month");
        if (section == TotalColumn)
            return tr("Row sums: members in the row's segment at the end of the previous month");
        return tr("Segment at the end of the month");
    }
    if (role == Qt::TextAlignmentRole && section != FromColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
