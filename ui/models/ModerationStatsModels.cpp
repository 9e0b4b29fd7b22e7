#include "ModerationStatsModels.h"

#include "ModelRoles.h"
#include "ModerationLabels.h"
#include "moderation/ModerationStore.h"

#include <QLocale>

namespace kindred {
namespace {

const QVariant kRight = int(Qt::AlignRight | Qt::AlignVCenter);

/// Display, sort and export of a count cell.
QVariant countData(int value, int role)
{
    if (role == Qt::DisplayRole)
        return QLocale().toString(value);
    if (role == SortRole || role == ExportRole)
        return value;
    if (role == Qt::TextAlignmentRole)
        return kRight;
    return {};
}

QVariant shareData(int part, int whole, int role)
{
    const double share = whole > 0 ? double(part) / whole : 0.0;
    if (role == Qt::DisplayRole)
        return whole > 0 ? QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%')
                         : QStringLiteral("—");
    if (role == SortRole || role == ExportRole)
        return share;
    if (role == Qt::TextAlignmentRole)
        return kRight;
    return {};
}

} // namespace

// ---- RuleCountModel ------------------------------------------------------------------------

RuleCountModel::RuleCountModel(QObject *parent) : QAbstractTableModel(parent) {}

void RuleCountModel::setRows(const QList<RuleCount> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RuleCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RuleCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RuleCount &r = m_rows.at(index.row());
    switch (index.column()) {
    case Rule:
        if (role == Qt::DisplayRole || role == SortRole)
            return ModerationLabels::rule(r.rule);
        if (role == ExportRole)
            return r.rule;
        if (role == Qt::ToolTipRole)
            return ModerationLabels::ruleHelp(r.rule);
        return {};
    case Flags:
        return countData(r.flags, role);
    case Open:
        return countData(r.open, role);
    case Dismissed:
        return countData(r.dismissed, role);
    case Actioned:
        return countData(r.actioned, role);
    case DismissedShare:
        if (role == Qt::ToolTipRole)
            return tr("Dismissed / (dismissed + actioned) = %1 / %2: the share of this rule's "
                      "decided flags that moderators judged false positives")
                .arg(r.dismissed)
                .arg(r.dismissed + r.actioned);
        return shareData(r.dismissed, r.dismissed + r.actioned, role);
    default:
        return {};
    }
}

QVariant RuleCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Flags:
        return tr("Flags");
    case Open:
        return tr("Open");
    case Dismissed:
        return tr("Dismissed");
    case Actioned:
        return tr("Actioned");
    case DismissedShare:
        return tr("Dismissed share");
    default:
        return {};
    }
}

// ---- ChannelCountModel ---------------------------------------------------------------------

ChannelCountModel::ChannelCountModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChannelCountModel::setRows(const QList<ChannelCount> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_total = 0;
    for (const ChannelCount &c : rows)
        m_total += c.flags;
    endResetModel();
}

void ChannelCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChannelCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelCountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChannelCount &c = m_rows.at(index.row());
    switch (index.column()) {
    case Channel:
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return c.channelId == 0 ? tr("(no channel)") : c.channelName;
        if (role == IdRole)
            return c.channelId;
        return {};
    case Flags:
        return countData(c.flags, role);
    case Share:
        if (role == Qt::ToolTipRole)
            return tr("%1 of the period's %2 flags").arg(c.flags).arg(m_total);
        return shareData(c.flags, m_total, role);
    default:
        return {};
    }
}

QVariant ChannelCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Channel:
        return tr("Channel");
    case Flags:
        return tr("Flags");
    case Share:
        return tr("Share");
    default:
        return {};
    }
}

// ---- RepeatOffenderModel -------------------------------------------------------------------

RepeatOffenderModel::RepeatOffenderModel(QObject *parent) : QAbstractTableModel(parent) {}

void RepeatOffenderModel::setRows(const QList<RepeatOffender> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void RepeatOffenderModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RepeatOffenderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepeatOffenderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepeatOffenderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RepeatOffender &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.memberId;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return r.name;
        if (role == Qt::ToolTipRole)
            return tr("Member #%1 (double-click to open)").arg(r.memberId);
        return {};
    case Status:
        if (role == Qt::DisplayRole || role == SortRole)
            return ModerationLabels::memberStatus(r.status);
        if (role == ExportRole)
            return r.status;
        return {};
    case ActionedFlags:
        return countData(r.actionedFlags, role);
    case Sanctions:
        if (role == Qt::ToolTipRole)
            return tr("Warn, mute and ban actions in the period");
        return countData(r.sanctions, role);
    default:
        return {};
    }
}

QVariant RepeatOffenderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Member");
    case Status:
        return tr("Status now");
    case ActionedFlags:
        return tr("Actioned flags");
    case Sanctions:
        return tr("Sanctions");
    default:
        return {};
    }
}

// ---- ModeratorActivityModel ----------------------------------------------------------------

ModeratorActivityModel::ModeratorActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModeratorActivityModel::setRows(const QList<ModeratorActivity> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ModeratorActivityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ModeratorActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModeratorActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAction + int(ModerationStore::allActions().size());
}

QVariant ModeratorActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const ModeratorActivity &m = m_rows.at(index.row());
    if (index.column() == Actor) {
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return m.actor;
        return {};
    }
    if (index.column() == Total)
        return countData(m.total, role);
    const QString key =
        ModerationStore::key(ModerationStore::allActions().at(index.column() - FirstAction));
    int n = 0;
    for (const auto &[action, count] : m.perAction)
        if (action == key)
            n = count;
    return countData(n, role);
}

QVariant ModeratorActivityModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Actor)
        return tr("Moderator");
    if (section == Total)
        return tr("Actions");
    return ModerationStore::label(ModerationStore::allActions().at(section - FirstAction));
}

} // namespace kindred
