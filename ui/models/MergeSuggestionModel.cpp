#include "MergeSuggestionModel.h"

#include "ModelRoles.h"
#include "PlatformNames.h"

namespace kindred {
namespace {

/// Order of the reasons, strongest first (for sorting).
int reasonRank(const QString &reason)
{
    static const QStringList ranks = {QStringLiteral("email"), QStringLiteral("phone"),
                                      QStringLiteral("username"), QStringLiteral("display_name")};
    const qsizetype i = ranks.indexOf(reason);
    return i < 0 ? int(ranks.size()) : int(i);
}

} // namespace

MergeSuggestionModel::MergeSuggestionModel(QObject *parent) : QAbstractTableModel(parent) {}

void MergeSuggestionModel::setSuggestions(const QList<MergeSuggestion> &suggestions)
{
    beginResetModel();
    m_rows = suggestions;
    endResetModel();
}

void MergeSuggestionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString MergeSuggestionModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("email"))
        return tr("same e-mail");
    if (reason == QLatin1String("phone"))
        return tr("same phone");
    if (reason == QLatin1String("username"))
        return tr("same username");
    if (reason == QLatin1String("display_name"))
        return tr("same display name");
    if (reason == QLatin1String("manual"))
        return tr("merged by hand");
    return reason;
}

int MergeSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MergeSuggestion &s = m_rows.at(index.row());
    if (role == IdRole)
        return index.column() <= TargetPlatforms ? s.targetId : s.sourceId;
    if (role == Qt::ToolTipRole)
        return tr("Merging keeps %1 and counts %2 as the same person (%3: %4). It can be "
                  "undone in the merge log.")
            .arg(s.targetName, s.sourceName, reasonText(s.reason), s.evidence);
    QString text;
    switch (index.column()) {
    case Target:
        text = s.targetName;
        break;
    case TargetPlatforms:
        text = PlatformNames::list(s.targetPlatforms);
        break;
    case Source:
        text = s.sourceName;
        break;
    case SourcePlatforms:
        text = PlatformNames::list(s.sourcePlatforms);
        break;
    case Reason:
        if (role == SortRole)
            return reasonRank(s.reason);
        text = reasonText(s.reason);
        break;
    case Evidence:
        text = s.evidence;
        break;
    default:
        return {};
    }
    if (role == Qt::DisplayRole || role == ExportRole)
        return text;
    if (role == SortRole)
        return text.toCaseFolded();
    return {};
}

QVariant MergeSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Target)
            return tr("The member that stays (seen first)");
        if (section == Source)
            return tr("The member counted as the same person as the one that stays");
        if (section == Evidence)
            return tr("What the two share");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target:
        return tr("Keep");
    case TargetPlatforms:
        return tr("Platforms");
    case Source:
        return tr("Same person as");
    case SourcePlatforms:
        return tr("Platforms");
    case Reason:
        return tr("Why");
    case Evidence:
        return tr("Shared value");
    default:
        return {};
    }
}

} // namespace kindred
