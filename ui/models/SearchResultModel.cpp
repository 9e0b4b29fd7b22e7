#include "SearchResultModel.h"

#include "ModelRoles.h"

#include <QDateTime>
#include <QPoint>

namespace kindred {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setHits(const QList<SearchHit> &hits, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = hits;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void SearchResultModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case IdRole:
        return h.messageId;
    case MemberIdRole:
        return h.memberId;
    case HighlightsRole:
        if (column == Snippet) {
            QVariantList ranges;
            for (const auto &[start, length] : h.highlights)
                ranges.append(QPoint(start, length));
            return ranges;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case When:
            return QDateTime::fromSecsSinceEpoch(h.sentAt, m_zone)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Channel:
            return h.channelName;
        case Member:
            return h.memberName;
        case Snippet:
            return h.snippet;
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case When:
            return role == SortRole
                       ? QVariant(h.sentAt)
                       : QVariant(
                             QDateTime::fromSecsSinceEpoch(h.sentAt, m_zone).toString(Qt::ISODate));
        case Channel:
            return h.channelName;
        case Member:
            return h.memberName;
        case Snippet:
            return role == SortRole ? QVariant(h.rank) : QVariant(h.snippet);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Snippet)
            return h.rank != 0
                       ? tr("%1\n\nRelevance (SQLite FTS5 bm25): %2 — lower is more relevant.")
                             .arg(h.markedSnippet(QStringLiteral("["), QStringLiteral("]")))
                             .arg(h.rank, 0, 'f', 3)
                       : tr("%1\n\nEvery word is shorter than 3 characters: matched by a scan of "
                            "the messages, newest first.")
                             .arg(h.markedSnippet(QStringLiteral("["), QStringLiteral("]")));
        if (column == Member && h.memberId > 0)
            return tr("Double-click to open the member (id %1).").arg(h.memberId);
        break;
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case When:
            return tr("Time");
        case Channel:
            return tr("Channel");
        case Member:
            return tr("Member");
        case Snippet:
            return tr("Message");
        }
    }
    if (role == Qt::ToolTipRole && section == Snippet)
        return tr("The part of the message around the first match; matches are highlighted.");
    return {};
}

} // namespace kindred
