#include "RfmModel.h"

#include "ModelRoles.h"
#include "Money.h"
#include "charts/PaidCharts.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace kindred {
namespace {

QIcon dot(const QColor &color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    p.end();
    return QIcon(pm);
}

} // namespace

RfmModel::RfmModel(QObject *parent) : QAbstractTableModel(parent) {}

void RfmModel::setResult(const RfmResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void RfmModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RfmModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int RfmModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RfmModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RfmRow &r = m_result.rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return r.memberId;
    case Qt::ToolTipRole:
        return r.why;
    case Qt::DecorationRole:
        return index.column() == Segment ? QVariant(dot(PaidCharts::rfmColor(r.segment)))
                                         : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Member || index.column() == Segment
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case SortRole:
    case ExportRole: {
        const bool raw = role != Qt::DisplayRole;
        switch (Column(index.column())) {
        case Member:
            return raw && role == SortRole ? r.name.toLower() : r.name;
        case Segment:
            if (role == SortRole)
                return int(r.segment);
            return role == ExportRole ? Rfm::key(r.segment) : Rfm::name(r.segment);
        case R:
            return r.r;
        case F:
            return r.f;
        case M:
            return r.m;
        case RecencyDays:
            return raw ? QVariant(r.recencyDays) : QVariant(locale.toString(r.recencyDays));
        case Frequency:
            return raw ? QVariant(r.frequency) : QVariant(locale.toString(r.frequency));
        case Money:
            if (role == SortRole)
                return r.moneyMinor;
            if (role == ExportRole)
                return QString::number(Money::toMajor(r.moneyMinor, m_result.currency), 'f',
                                       Money::decimals(m_result.currency));
            return Money::format(r.moneyMinor, m_result.currency);
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

QVariant RfmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool activeDays = m_result.options.frequency == RfmOptions::Frequency::ActiveDays;
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Member:
            return tr("Member");
        case Segment:
            return tr("Segment");
        case R:
            return tr("R");
        case F:
            return tr("F");
        case M:
            return tr("M");
        case RecencyDays:
            return tr("Days since active");
        case Frequency:
            return activeDays ? tr("Active days (%1 d)").arg(m_result.options.windowDays)
                              : tr("Messages (%1 d)").arg(m_result.options.windowDays);
        case Money:
            return tr("Paid (%1)").arg(m_result.currency);
        case MemberId:
            return tr("Member id");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case R:
            return tr("Recency score 1–5: quintile of the days since the member was last active "
                      "(fewer days = higher score)");
        case F:
            return tr("Frequency score 1–5: quintile of the activity in the last %1 days")
                .arg(m_result.options.windowDays);
        case M:
            return tr("Money score 1–5: quintile of the amount paid in %1 (paid memberships "
                      "started by %2)")
                .arg(m_result.currency, m_result.asOf.toString(Qt::ISODate));
        case Segment:
            return tr("Named segment from the R, F and M scores (first matching rule)");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
