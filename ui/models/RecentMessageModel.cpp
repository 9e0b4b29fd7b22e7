#include "RecentMessageModel.h"

#include "ModelRoles.h"
#include "PlatformNames.h"

#include <QDateTime>

namespace kindred {

RecentMessageModel::RecentMessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecentMessageModel::setMessages(const QList<MemberMessage> &messages, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = messages;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void RecentMessageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RecentMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecentMessageModel::displayText(const MemberMessage &m)
{
    QString text = m.text.simplified();
    if (text.isEmpty() && !m.attachmentKind.isEmpty())
        text = tr("[%1]").arg(m.attachmentKind);
    return text;
}

QVariant RecentMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberMessage &m = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
        switch (column) {
        case When:
            return QDateTime::fromSecsSinceEpoch(m.sentAt, m_zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Channel:
            return m.channel;
        case Reply:
            if (!m.isReply)
                return QString();
            return m.repliedToName.isEmpty() ? tr("↩ reply") : tr("↩ %1").arg(m.repliedToName);
        case Text:
            return displayText(m);
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case When:
            return role == SortRole
                       ? QVariant(m.sentAt)
                       : QVariant(
                             QDateTime::fromSecsSinceEpoch(m.sentAt, m_zone).toString(Qt::ISODate));
        case Channel:
            return m.channel;
        case Reply:
            return m.isReply;
        case Text:
            return m.text;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case When:
            return tr("Sent %1 (community time)")
                .arg(QDateTime::fromSecsSinceEpoch(m.sentAt, m_zone).toString(Qt::ISODate));
        case Channel:
            return tr("%1 on %2").arg(m.channel, PlatformNames::name(m.platform));
        case Reply:
            if (!m.isReply)
                return tr("Not a reply");
            return m.repliedToName.isEmpty()
                       ? tr("A reply to a message that is not in the workspace")
                       : tr("A reply to a message of %1").arg(m.repliedToName);
        case Text:
            return m.text.isEmpty() ? displayText(m) : m.text;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RecentMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Channel:
        return tr("Channel");
    case Reply:
        return tr("Reply to");
    case Text:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace kindred
