#include "ChannelMessagesModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace kindred {

ChannelMessagesModel::ChannelMessagesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelMessagesModel::setReport(const EngagementReportData &data)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_days = int(data.messagesPerDay.size());
    for (qsizetype i = 0; i < data.channels.size(); ++i) {
        Row row{data.channels.at(i), {}, 0};
        for (qsizetype d = 0; d < data.messagesPerDay.size(); ++d) {
            const qint64 n = data.messagesPerDay.at(d).value(i);
            if (n > row.busiestCount) {
                row.busiestCount = n;
                row.busiestDay = data.period.from.addDays(d);
            }
        }
        m_total += row.channel.messages;
        m_rows.append(row);
    }
    endResetModel();
}

void ChannelMessagesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ChannelMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const qint64 n = r.channel.messages;
    const double share = m_total > 0 ? double(n) / double(m_total) : 0.0;
    const double perDay = m_days > 0 ? double(n) / m_days : 0.0;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Channel:
            return r.channel.name;
        case Messages:
            return locale.toString(n);
        case Share:
            return QString(locale.toString(share * 100.0, 'f', 1) + QLatin1Char('%'));
        case PerDay:
            return locale.toString(perDay, 'f', 1);
        case BusiestDay:
            return r.busiestDay.isValid() ? tr("%1 (%2)").arg(r.busiestDay.toString(Qt::ISODate),
                                                              locale.toString(r.busiestCount))
                                          : QString();
        }
        break;
    case SortRole:
    case ExportRole:
        switch (index.column()) {
        case Channel:
            return r.channel.name;
        case Messages:
            return n;
        case Share:
            return share;
        case PerDay:
            return perDay;
        case BusiestDay:
            return r.busiestDay.toString(Qt::ISODate);
        }
        break;
    case IdRole:
        return r.channel.channelId;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Share:
            return tr("%1 of %2 messages").arg(locale.toString(n), locale.toString(m_total));
        case PerDay:
            return tr("%1 messages / %2 days").arg(locale.toString(n)).arg(m_days);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Channel)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ChannelMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Channel:
            return tr("Channel");
        case Messages:
            return tr("Messages");
        case Share:
            return tr("Share");
        case PerDay:
            return tr("Per day");
        case BusiestDay:
            return tr("Busiest day");
        }
    } else if (role == Qt::TextAlignmentRole && section != Channel) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
