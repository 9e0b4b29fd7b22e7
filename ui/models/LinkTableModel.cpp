#include "LinkTableModel.h"

#include "ContentTableModel.h"
#include "ModelRoles.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {

LinkTableModel::LinkTableModel(bool domains, QObject *parent)
    : QAbstractTableModel(parent), m_domains(domains)
{
}

void LinkTableModel::setRows(const QList<LinkRanking> &rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void LinkTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkRanking &l = m_rows.at(index.row());
    const int column = index.column();
    const QString fmt = QStringLiteral("yyyy-MM-dd");
    const QString first = QDateTime::fromSecsSinceEpoch(l.firstSharedAt, m_zone).toString(fmt);
    const QString last = QDateTime::fromSecsSinceEpoch(l.lastSharedAt, m_zone).toString(fmt);
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Key:
            return l.key;
        case Posts:
            return role == ExportRole ? QVariant(l.count) : QVariant(QLocale().toString(l.count));
        case Sharers:
            return role == ExportRole ? QVariant(l.sharers)
                                      : QVariant(QLocale().toString(l.sharers));
        case Detail:
            return m_domains ? QVariant(l.distinctLinks) : QVariant(l.domain);
        case First:
            return first;
        case Last:
            return last;
        case Example:
            return role == ExportRole ? l.exampleText : ContentTableModel::elided(l.exampleText);
        }
        break;
    case SortRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Key:
            return l.key;
        case Posts:
            return l.count;
        case Sharers:
            return l.sharers;
        case Detail:
            return m_domains ? QVariant(l.distinctLinks) : QVariant(l.domain);
        case First:
            return l.firstSharedAt;
        case Last:
            return l.lastSharedAt;
        case Example:
            return l.exampleText;
        }
        break;
    case IdRole:
        return l.exampleMessageId;
    case Qt::ToolTipRole:
        if (column == Posts || column == Sharers)
            return m_domains ? tr("%1 posts of the period link to %2 (a post naming several of "
                                  "its links counts once), shared by %3 members; %4 distinct "
                                  "links")
                                   .arg(l.count)
                                   .arg(l.key)
                                   .arg(l.sharers)
                                   .arg(l.distinctLinks)
                             : tr("%1 posts of the period share this link, by %2 members")
                                   .arg(l.count)
                                   .arg(l.sharers);
        if (column == Example && !l.exampleText.isEmpty())
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(l.exampleText.left(2000).toHtmlEscaped());
        if (column == Key)
            return l.key;
        break;
    case Qt::TextAlignmentRole:
        if (column == Rank || column == Posts || column == Sharers ||
            (m_domains && column == Detail))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Key:
            return m_domains ? tr("Domain") : tr("Link");
        case Posts:
            return tr("Posts");
        case Sharers:
            return tr("Sharers");
        case Detail:
            return m_domains ? tr("Links") : tr("Domain");
        case First:
            return tr("First shared");
        case Last:
            return tr("Last shared");
        case Example:
            return tr("Example post");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
