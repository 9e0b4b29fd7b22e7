#include "ContentTableModel.h"

#include "ModelRoles.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace kindred {
namespace {

QString formatScore(double score)
{
    if (std::abs(score - std::round(score)) < 1e-9)
        return QLocale().toString(qint64(std::llround(score)));
    return QLocale().toString(score, 'f', 1);
}

} // namespace

ContentTableModel::ContentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContentTableModel::setRows(const QList<ContentRanking> &rows, const QTimeZone &zone,
                                const ContentWeights &weights)
{
    beginResetModel();
    m_rows = rows;
    m_weights = weights;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void ContentTableModel::setMarked(const QSet<qint64> &messageIds)
{
    m_marked = messageIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Essence), index(rowCount() - 1, Essence));
}

void ContentTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ContentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContentTableModel::elided(const QString &text, int maxChars)
{
    const QString line = text.simplified();
    return line.size() <= maxChars ? line : line.left(maxChars - 1) + QStringLiteral("…");
}

QVariant ContentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentRanking &c = m_rows.at(index.row());
    const int column = index.column();
    const QDateTime sent = QDateTime::fromSecsSinceEpoch(c.sentAt, m_zone);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Score:
            return formatScore(c.score);
        case Reactions:
            return QLocale().toString(c.reactions);
        case Replies:
            return QLocale().toString(c.replies);
        case Forwards:
            return QLocale().toString(c.forwards);
        case Author:
            return c.author.isEmpty() ? tr("(unknown)") : c.author;
        case Channel:
            return c.channel;
        case Date:
            return sent.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Text:
            return c.text.isEmpty() ? tr("(no text)") : elided(c.text);
        case Essence:
            return m_marked.contains(c.messageId) ? QStringLiteral("★") : QString();
        }
        break;
    case SortRole:
    case ExportRole:
        switch (column) {
        case Rank:
            return index.row() + 1;
        case Score:
            return role == SortRole ? QVariant(c.score) : QVariant(formatScore(c.score));
        case Reactions:
            return c.reactions;
        case Replies:
            return c.replies;
        case Forwards:
            return c.forwards;
        case Author:
            return c.author;
        case Channel:
            return c.channel;
        case Date:
            return role == SortRole ? QVariant(c.sentAt)
                                    : QVariant(sent.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        case Text:
            return c.text;
        case Essence:
            return m_marked.contains(c.messageId) ? 1 : 0;
        }
        break;
    case IdRole:
        return c.messageId;
    case AuthorIdRole:
        return c.authorId;
    case Qt::ToolTipRole:
        if (column == Text && !c.text.isEmpty())
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(c.text.left(2000).toHtmlEscaped());
        if (column == Score) {
            QString formula = tr("%1 × %2 reactions + %3 × %4 replies + %5 × %6 forwards")
                                  .arg(QLocale().toString(m_weights.reactions))
                                  .arg(c.reactions)
                                  .arg(QLocale().toString(m_weights.replies))
                                  .arg(c.replies)
                                  .arg(QLocale().toString(m_weights.forwards))
                                  .arg(c.forwards);
            if (m_weights.halfLifeDays > 0)
                formula += QLatin1Char('\n') +
                           tr("halved every %1 days of age").arg(m_weights.halfLifeDays);
            return formula;
        }
        if (column == Essence && m_marked.contains(c.messageId))
            return tr("Marked as essence (精华)");
        if (column == Author)
            return tr("Double-click to open the member");
        break;
    case Qt::TextAlignmentRole:
        if ((column == Rank || (column >= Score && column <= Forwards)))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ContentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Score:
            return tr("Score");
        case Reactions:
            return tr("Reactions");
        case Replies:
            return tr("Replies");
        case Forwards:
            return tr("Forwards");
        case Author:
            return tr("Author");
        case Channel:
            return tr("Channel");
        case Date:
            return tr("Sent");
        case Text:
            return tr("Text");
        case Essence:
            return tr("Essence");
        }
    } else if (role == Qt::TextAlignmentRole &&
               (section == Rank || (section >= Score && section <= Forwards))) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace kindred
