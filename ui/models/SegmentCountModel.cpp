#include "SegmentCountModel.h"

#include "ModelRoles.h"
#include "Theme.h"
#include "charts/ChartFactory.h"
#include "widgets/Icons.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace kindred {

SegmentCountModel::SegmentCountModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (Segment s : Segmentation::all())
        m_dots.at(size_t(s)) = Icons::dot(ChartFactory::segmentColor(s));
}

void SegmentCountModel::setBreakdown(const SegmentBreakdown &breakdown, const SegmentRules &rules)
{
    beginResetModel();
    m_breakdown = breakdown;
    m_rules = rules;
    m_hasData = true;
    endResetModel();
}

void SegmentCountModel::clear()
{
    beginResetModel();
    m_breakdown = {};
    m_hasData = false;
    endResetModel();
}

void SegmentCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_hasData)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SegmentCountModel::ruleText(Segment s, const SegmentRules &r)
{
    switch (s) {
    case Segment::Churned:
        return tr("left the community, or no activity for %1 days or more (a member never active "
                  "counts from joining)")
            .arg(r.churnDays);
    case Segment::Newcomer:
        return tr("joined (join event, else first message or reaction) fewer than %1 days "
                  "before the end")
            .arg(r.newcomerDays);
    case Segment::Active:
        return tr("active (posted, replied or reacted) on at least %1 of the last %2 days")
            .arg(r.activeMinDays)
            .arg(r.windowDays);
    case Segment::Occasional:
        return r.activeMinDays > 1 ? tr("active on 1 to %1 of the last %2 days")
                                         .arg(r.activeMinDays - 1)
                                         .arg(r.windowDays)
                                   : tr("never: every member active in the last %1 days is "
                                        "active (the active threshold is 1 day)")
                                         .arg(r.windowDays);
    case Segment::Silent:
        return tr("no activity in the last %1 days, but not churned").arg(r.windowDays);
    }
    return {};
}

QString SegmentCountModel::orderText()
{
    return tr("Every member is in exactly one segment: the first matching rule wins, in the "
              "order churned, newcomer, active, occasional, silent. Active = posted, replied or "
              "reacted that day (community time zone); bots and the exporting account are not "
              "members.");
}

QString SegmentCountModel::formatChange(int change)
{
    const QString n = QLocale().toString(std::abs(change));
    if (change > 0)
        return QStringLiteral("+") + n;
    if (change < 0)
        return QStringLiteral("\u2212") + n;
    return n;
}

QString SegmentCountModel::formatPercent(double relative)
{
    if (std::isnan(relative))
        return QStringLiteral("\u2014");
    const QString n = QLocale().toString(std::abs(relative) * 100.0, 'f', 1) + QLatin1Char('%');
    if (relative > 0)
        return QStringLiteral("+") + n;
    if (relative < 0)
        return QStringLiteral("\u2212") + n;
    return n;
}

int SegmentCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasData ? 0 : kSegmentCount + 1;
}

int SegmentCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SegmentCountModel::current(int row) const
{
    return row == TotalRow ? m_breakdown.total() : m_breakdown.current.at(size_t(row));
}

int SegmentCountModel::previous(int row) const
{
    return row == TotalRow ? m_breakdown.previousTotal() : m_breakdown.previous.at(size_t(row));
}

int SegmentCountModel::banned(int row) const
{
    return row == TotalRow ? m_breakdown.bannedTotal() : m_breakdown.banned.at(size_t(row));
}

int SegmentCountModel::muted(int row) const
{
    return row == TotalRow ? m_breakdown.mutedTotal() : m_breakdown.muted.at(size_t(row));
}

int SegmentCountModel::flagged(int row) const
{
    return row == TotalRow ? m_breakdown.flaggedTotal() : m_breakdown.flagged.at(size_t(row));
}

double SegmentCountModel::relative(int row) const
{
    return relativeChange(current(row), previous(row));
}

QString SegmentCountModel::tooltip(int row, int column) const
{
    const QLocale locale;
    const QString end = m_breakdown.period.to.toString(Qt::ISODate);
    const QString prevEnd = m_breakdown.previousPeriod.to.toString(Qt::ISODate);
    const bool total = row == TotalRow;
    const QString name = total ? tr("All members") : ChartFactory::segmentName(Segment(row));
    const QString rule =
        total ? tr("people seen in the community (a message, a reaction or a join) by the end")
              : ruleText(Segment(row), m_rules);
    switch (column) {
    case SegmentColumn:
        return total ? tr("%1: %2.").arg(name, rule)
                     : tr("%1: %2.\n%3").arg(name, rule, orderText());
    case Members:
        return tr("%1 members at the end of %2.\n%3 = %4.")
            .arg(locale.toString(current(row)), end, name, rule);
    case Previous:
        return tr("%1 members at the end of %2, the last day of the previous period of the same "
                  "length (%3 – %4).\n%5 = %6.")
            .arg(locale.toString(previous(row)), prevEnd,
                 m_breakdown.previousPeriod.from.toString(Qt::ISODate), prevEnd, name, rule);
    case Change:
        return tr("Members at the end of %1 − members at the end of %2 = %3 − %4 = %5")
            .arg(end, prevEnd, locale.toString(current(row)), locale.toString(previous(row)),
                 formatChange(current(row) - previous(row)));
    case ChangePercent:
        if (previous(row) == 0)
            return tr("No member was in this segment at the end of %1: no relative change.")
                .arg(prevEnd);
        return tr("(%1 − %2) / %2 = %3")
            .arg(locale.toString(current(row)), locale.toString(previous(row)),
                 formatPercent(relative(row)));
    case Banned:
        return tr("%1 of the %2 members counted here have the status \"banned\" (their status "
                  "now; an overlay, not a segment: they are counted in their segment too).")
            .arg(locale.toString(banned(row)), locale.toString(current(row)));
    case Muted:
        return tr("%1 of the %2 members counted here have the status \"muted\" (their status "
                  "now; an overlay, not a segment: they are counted in their segment too).")
            .arg(locale.toString(muted(row)), locale.toString(current(row)));
    case Flagged:
        return tr("%1 of the %2 members counted here have at least one open moderation flag "
                  "(any rule, not yet dismissed or acted on; a flag on a merged identity counts "
                  "for the member it was merged into). The flags open now; an overlay, not a "
                  "segment: they are counted in their segment too.")
            .arg(locale.toString(flagged(row)), locale.toString(current(row)));
    default:
        break;
    }
    return {};
}

QVariant SegmentCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool total = row == TotalRow;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SegmentColumn:
            return total ? tr("All members") : ChartFactory::segmentName(Segment(row));
        case Members:
            return locale.toString(current(row));
        case Previous:
            return locale.toString(previous(row));
        case Change:
            return formatChange(current(row) - previous(row));
        case ChangePercent:
            return formatPercent(relative(row));
        case Banned:
            return locale.toString(banned(row));
        case Muted:
            return locale.toString(muted(row));
        case Flagged:
            return locale.toString(flagged(row));
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case SegmentColumn:
            if (role == SortRole)
                return row;
            return total ? tr("All members") : ChartFactory::segmentName(Segment(row));
        case Members:
            return current(row);
        case Previous:
            return previous(row);
        case Change:
            return current(row) - previous(row);
        case ChangePercent: {
            const double rel = relative(row);
            if (std::isnan(rel))
                return role == SortRole ? QVariant(0.0) : QVariant(QString());
            return role == SortRole ? QVariant(rel) : QVariant(std::round(rel * 1000.0) / 10.0);
        }
        case Banned:
            return banned(row);
        case Muted:
            return muted(row);
        case Flagged:
            return flagged(row);
        }
        break;
    case SegmentRole:
        return total ? -1 : row;
    case Qt::ToolTipRole:
        return tooltip(row, column);
    case Qt::DecorationRole:
        if (column == SegmentColumn && !total)
            return m_dots.at(size_t(row));
        break;
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if ((column == Change || column == ChangePercent) && current(row) != previous(row)) {
            // More members is better, except in the silent and churned segments.
            const bool up = current(row) > previous(row);
            const bool bad =
                !total && (Segment(row) == Segment::Silent || Segment(row) == Segment::Churned);
            return up != bad ? Theme::positive() : Theme::negative();
        }
        break;
    case Qt::TextAlignmentRole:
        if (column != SegmentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant SegmentCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SegmentColumn:
            return tr("Segment");
        case Members:
            return tr("Members");
        case Previous:
            return tr("Previous");
        case Change:
            return tr("Change");
        case ChangePercent:
            return tr("Change %");
        case Banned:
            return tr("Banned");
        case Muted:
            return tr("Muted");
        case Flagged:
            return tr("Flagged");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Members:
            return tr("Members in the segment at the end of the period");
        case Previous:
            return tr("Members in the segment at the end of the previous period of the same "
                      "length");
        case Change:
            return tr("Members now − members at the end of the previous period");
        case ChangePercent:
            return tr("(now − previous) / previous");
        case Banned:
        case Muted:
            return tr("Overlay: members of the segment with this status now (they stay in their "
                      "segment)");
        case Flagged:
            return tr("Overlay: members of the segment with at least one open moderation flag "
                      "(they stay in their segment)");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && section != SegmentColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
