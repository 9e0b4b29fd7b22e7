#include "FlagQueueModel.h"

#include "ModelRoles.h"
#include "ModerationLabels.h"
#include "widgets/Icons.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kindred {
namespace {
// internalId of a member row; a flag row stores its member row + 1.
constexpr quintptr kMemberRow = 0;
} // namespace

FlagQueueModel::FlagQueueModel(QObject *parent) : QAbstractItemModel(parent) {}

void FlagQueueModel::setQueue(const QList<QueueEntry> &queue, const QTimeZone &zone)
{
    beginResetModel();
    m_queue = queue;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

int FlagQueueModel::flagCount() const
{
    int n = 0;
    for (const QueueEntry &e : m_queue)
        n += int(e.flags.size());
    return n;
}

QModelIndex FlagQueueModel::indexOfMember(qint64 memberId) const
{
    for (int row = 0; row < m_queue.size(); ++row)
        if (m_queue.at(row).memberId == memberId)
            return index(row, 0);
    return {};
}

const QueueEntry *FlagQueueModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row =
        index.internalId() == kMemberRow ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_queue.size() ? &m_queue.at(row) : nullptr;
}

const FlagInfo *FlagQueueModel::flag(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kMemberRow)
        return nullptr;
    const QueueEntry *e = entry(index);
    return e && index.row() < e->flags.size() ? &e->flags.at(index.row()) : nullptr;
}

void FlagQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_queue.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_queue.size()) - 1, ColumnCount - 1));
        for (int row = 0; row < m_queue.size(); ++row)
            if (const int n = int(m_queue.at(row).flags.size()); n > 0)
                emit dataChanged(index(0, 0, index(row, 0)),
                                 index(n - 1, ColumnCount - 1, index(row, 0)));
    }
}

QModelIndex FlagQueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_queue.size() ? createIndex(row, column, kMemberRow) : QModelIndex();
    if (parent.internalId() != kMemberRow || parent.column() != 0 || parent.row() >= m_queue.size())
        return {};
    if (row >= m_queue.at(parent.row()).flags.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FlagQueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kMemberRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kMemberRow);
}

int FlagQueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_queue.size());
    if (parent.internalId() != kMemberRow || parent.column() != 0 || parent.row() >= m_queue.size())
        return 0;
    return int(m_queue.at(parent.row()).flags.size());
}

int FlagQueueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FlagQueueModel::formatTime(qint64 utcSecs) const
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, m_zone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QVariant FlagQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueEntry *e = entry(index);
    if (!e)
        return {};
    if (const FlagInfo *f = flag(index))
        return flagData(*e, *f, index.column(), role);
    return memberData(*e, index.column(), role);
}

QVariant FlagQueueModel::memberData(const QueueEntry &e, int column, int role) const
{
    if (role == IdRole)
        return e.memberId;
    if (role == FlagIdRole)
        return qint64(0);
    if (role == SeverityRole)
        return e.maxSeverity;
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return e.memberName;
        if (role == Qt::ToolTipRole) {
            const QString tip = tr("Member #%1 · status %2")
                                    .arg(e.memberId)
                                    .arg(ModerationLabels::memberStatus(e.memberStatus));
            return QString(tip + QLatin1Char('\n') +
                           tr("Double-click to open the member's details"));
        }
        if (role == Qt::FontRole) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        break;
    case Severity:
        if (role == Qt::DisplayRole)
            return ModerationLabels::severity(e.maxSeverity);
        if (role == Qt::DecorationRole)
            return Icons::dot(ModerationLabels::severityColor(e.maxSeverity));
        if (role == SortRole || role == ExportRole)
            return e.maxSeverity;
        if (role == Qt::ToolTipRole)
            return tr("The highest severity among the member's open flags (1 low – 3 high)");
        break;
    case Flags:
        if (role == Qt::DisplayRole)
            return tr("%n flag(s)", nullptr, int(e.flags.size()));
        if (role == SortRole || role == ExportRole)
            return int(e.flags.size());
        break;
    case Waiting:
        if (role == Qt::DisplayRole)
            return ModerationLabels::age(e.oldestAgeSeconds);
        if (role == SortRole || role == ExportRole)
            return e.oldestAgeSeconds;
        if (role == Qt::ToolTipRole)
            return tr("Waiting since %1, when the oldest flag was raised")
                .arg(formatTime(e.oldestRaisedAt));
        break;
    case Why: {
        // The rules involved, most frequent first: "Flooding ×3, Blocked word".
        QList<QPair<QString, int>> rules;
        for (const FlagInfo &f : e.flags) {
            auto it = std::find_if(rules.begin(), rules.end(),
                                   [&](const auto &r) { return r.first == f.rule; });
            if (it == rules.end())
                rules.append({f.rule, 1});
            else
                ++it->second;
        }
        std::stable_sort(rules.begin(), rules.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        QStringList parts;
        for (const auto &[rule, n] : rules)
            parts << (n > 1 ? tr("%1 ×%2").arg(ModerationLabels::rule(rule)).arg(n)
                            : ModerationLabels::rule(rule));
        if (role == Qt::DisplayRole || role == ExportRole || role == Qt::ToolTipRole)
            return parts.join(QStringLiteral(", "));
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant FlagQueueModel::flagData(const QueueEntry &e, const FlagInfo &f, int column,
                                  int role) const
{
    if (role == IdRole)
        return e.memberId;
    if (role == FlagIdRole)
        return f.id;
    if (role == SeverityRole)
        return f.severity;
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return ModerationLabels::rule(f.rule);
        if (role == Qt::ToolTipRole) {
            const QString help = ModerationLabels::ruleHelp(f.rule);
            return help.isEmpty() ? tr("Flag #%1").arg(f.id)
                                  : tr("Flag #%1 · %2").arg(f.id).arg(help);
        }
        break;
    case Severity:
        if (role == Qt::DisplayRole)
            return ModerationLabels::severity(f.severity);
        if (role == Qt::DecorationRole)
            return Icons::dot(ModerationLabels::severityColor(f.severity));
        if (role == SortRole || role == ExportRole)
            return f.severity;
        if (role == Qt::ToolTipRole)
            return tr("Severity %1 of 3, score %2")
                .arg(f.severity)
                .arg(QLocale().toString(f.score, 'f', 2));
        break;
    case Flags:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return f.channelName.isEmpty() ? QStringLiteral("—") : f.channelName;
        break;
    case Waiting:
        if (role == Qt::DisplayRole || role == ExportRole)
            return formatTime(f.occurredAt);
        if (role == SortRole)
            return f.occurredAt;
        if (role == Qt::ToolTipRole)
            return tr("Happened %1 (community time); flagged %2")
                .arg(formatTime(f.occurredAt), formatTime(f.raisedAt));
        break;
    case Why:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return f.why;
        if (role == Qt::ToolTipRole)
            return f.messageText.isEmpty()
                       ? f.why
                       : QString(f.why + QStringLiteral("\n\n") + f.messageText);
        break;
    default:
        break;
    }
    return {};
}

QVariant FlagQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Member / rule");
    case Severity:
        return tr("Severity");
    case Flags:
        return tr("Flags / channel");
    case Waiting:
        return tr("Waiting / happened");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace kindred
