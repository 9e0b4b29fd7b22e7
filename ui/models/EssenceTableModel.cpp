#include "EssenceTableModel.h"

#include "ContentTableModel.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {

EssenceTableModel::EssenceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EssenceTableModel::setRows(const QList<EssencePost> &rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void EssenceTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EssenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EssenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EssenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EssencePost &e = m_rows.at(index.row());
    const int column = index.column();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString sent = QDateTime::fromSecsSinceEpoch(e.sentAt, m_zone).toString(fmt);
    const QString marked = QDateTime::fromSecsSinceEpoch(e.markedAt, m_zone).toString(fmt);
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
    case SortRole:
        switch (column) {
        case Text:
            return role == Qt::DisplayRole ? ContentTableModel::elided(e.text) : e.text;
        case Author:
            return e.author;
        case Channel:
            return e.channel;
        case Sent:
            return role == SortRole ? QVariant(e.sentAt) : QVariant(sent);
        case Reactions:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(e.reactions))
                                           : QVariant(e.reactions);
        case Replies:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(e.replies))
                                           : QVariant(e.replies);
        case MarkedBy:
            return e.markedBy;
        case MarkedAt:
            return role == SortRole ? QVariant(e.markedAt) : QVariant(marked);
        case Note:
            return e.note;
        }
        break;
    case IdRole:
        return e.messageId;
    case ContentTableModel::AuthorIdRole:
        return e.authorId;
    case Qt::ToolTipRole:
        if (column == Text && !e.text.isEmpty())
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(e.text.left(2000).toHtmlEscaped());
        if (column == Note && !e.note.isEmpty())
            return e.note;
        break;
    case Qt::TextAlignmentRole:
        if (column == Reactions || column == Replies)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant EssenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Text:
            return tr("Post");
        case Author:
            return tr("Author");
        case Channel:
            return tr("Channel");
        case Sent:
            return tr("Sent");
        case Reactions:
            return tr("Reactions");
        case Replies:
            return tr("Replies");
        case MarkedBy:
            return tr("Marked by");
        case MarkedAt:
            return tr("Marked");
        case Note:
            return tr("Note");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
