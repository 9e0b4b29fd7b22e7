#include "MergeLogModel.h"

#include "MergeSuggestionModel.h"
#include "ModelRoles.h"
#include "PlatformNames.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace kindred {
namespace {

QString localTime(qint64 utcSecs)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString isoTime(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().toString(Qt::ISODate);
}

} // namespace

MergeLogModel::MergeLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void MergeLogModel::setRecords(const QList<MergeRecord> &records)
{
    beginResetModel();
    m_rows = records;
    endResetModel();
}

void MergeLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MergeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MergeRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::FontRole && r.undoneAt > 0) {
        QFont italic; // undone merges stay in the log, set apart
        italic.setItalic(true);
        return italic;
    }
    switch (index.column()) {
    case When:
        if (role == Qt::DisplayRole)
            return localTime(r.mergedAt);
        if (role == SortRole)
            return r.mergedAt;
        if (role == ExportRole)
            return isoTime(r.mergedAt);
        return {};
    case Source:
    case Target: {
        const bool source = index.column() == Source;
        const QString name = source ? r.sourceName : r.targetName;
        const QString platforms = source ? r.sourcePlatforms : r.targetPlatforms;
        if (role == Qt::DisplayRole)
            return platforms.isEmpty() ? name
                                       : tr("%1 (%2)").arg(name, PlatformNames::list(platforms));
        if (role == ExportRole)
            return name;
        if (role == SortRole)
            return name.toCaseFolded();
        return {};
    }
    case Reason:
        if (role == Qt::DisplayRole || role == SortRole)
            return MergeSuggestionModel::reasonText(r.reason);
        if (role == ExportRole)
            return r.reason;
        return {};
    case Actor:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return r.actor;
        return {};
    case Undone:
        if (role == Qt::DisplayRole)
            return r.undoneAt > 0 ? tr("undone %1").arg(localTime(r.undoneAt)) : tr("in force");
        if (role == SortRole)
            return r.undoneAt;
        if (role == ExportRole)
            return r.undoneAt > 0 ? isoTime(r.undoneAt) : QString();
        return {};
    default:
        return {};
    }
}

QVariant MergeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Source:
        return tr("Merged");
    case Target:
        return tr("Into");
    case Reason:
        return tr("Why");
    case Actor:
        return tr("By");
    case Undone:
        return tr("Undone");
    default:
        return {};
    }
}

} // namespace kindred
