#include "ThreadTableModel.h"

#include "ContentTableModel.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {

ThreadTableModel::ThreadTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ThreadTableModel::setRows(const QList<ThreadRanking> &rows, const QTimeZone &zone,
                               const ContentWeights &weights)
{
    beginResetModel();
    m_rows = rows;
    m_weights = weights;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void ThreadTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ThreadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThreadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThreadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadRanking &t = m_rows.at(index.row());
    const int column = index.column();
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString started = QDateTime::fromSecsSinceEpoch(t.startedAt, m_zone).toString(fmt);
    const QString last = QDateTime::fromSecsSinceEpoch(t.lastPostAt, m_zone).toString(fmt);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Text:
            return t.text.isEmpty() ? tr("(no text)") : ContentTableModel::elided(t.text);
        case Score:
            return QLocale().toString(t.score, 'f', 1);
        case Posts:
            return QLocale().toString(t.posts);
        case Participants:
            return QLocale().toString(t.participants);
        case Reactions:
            return QLocale().toString(t.reactions);
        case Author:
            return t.author.isEmpty() ? tr("(unknown)") : t.author;
        case Channel:
            return t.channel;
        case Started:
            return started;
        case LastPost:
            return last;
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Text:
            return t.text;
        case Score:
            return role == SortRole ? QVariant(t.score)
                                    : QVariant(QString::number(t.score, 'f', 2));
        case Posts:
            return t.posts;
        case Participants:
            return t.participants;
        case Reactions:
            return t.reactions;
        case Author:
            return t.author;
        case Channel:
            return t.channel;
        case Started:
            return role == SortRole ? QVariant(t.startedAt) : QVariant(started);
        case LastPost:
            return role == SortRole ? QVariant(t.lastPostAt) : QVariant(last);
        }
        break;
    case IdRole:
        return t.rootId;
    case ContentTableModel::AuthorIdRole:
        return t.authorId;
    case Qt::ToolTipRole:
        if (column == Text && !t.text.isEmpty())
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(t.text.left(2000).toHtmlEscaped());
        if (column == Score || column == Posts)
            return tr("Score = sum over the thread's %1 posts of (%2 × reactions + %3 × replies "
                      "+ %4 × forwards)%5.\n%6 replies, %7 participants, %8 reactions.")
                .arg(t.posts)
                .arg(QLocale().toString(m_weights.reactions))
                .arg(QLocale().toString(m_weights.replies))
                .arg(QLocale().toString(m_weights.forwards))
                .arg(m_weights.halfLifeDays > 0
                         ? tr(", each halved every %1 days of age").arg(m_weights.halfLifeDays)
                         : QString())
                .arg(t.replies)
                .arg(t.participants)
                .arg(t.reactions);
        if (column == Author)
            return tr("Double-click to open the member");
        break;
    case Qt::TextAlignmentRole:
        if (column == Rank || (column >= Score && column <= Reactions))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ThreadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Text:
            return tr("First post");
        case Score:
            return tr("Score");
        case Posts:
            return tr("Posts");
        case Participants:
            return tr("Participants");
        case Reactions:
            return tr("Reactions");
        case Author:
            return tr("Started by");
        case Channel:
            return tr("Channel");
        case Started:
            return tr("Started");
        case LastPost:
            return tr("Last post");
        }
    } else if (role == Qt::TextAlignmentRole &&
               (section == Rank || (section >= Score && section <= Reactions))) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
