#include "SyncRunModel.h"

#include "ModelRoles.h"
#include "Theme.h"

#include <QDateTime>
#include <QLocale>

namespace kindred {

SyncRunModel::SyncRunModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncRunModel::setRuns(const QList<SyncRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void SyncRunModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SyncRunModel::statusText(SyncRun::Status status)
{
    switch (status) {
    case SyncRun::Status::Running:
        return tr("Running");
    case SyncRun::Status::Updated:
        return tr("Updated");
    case SyncRun::Status::NotModified:
        return tr("Not modified");
    case SyncRun::Status::Failed:
        return tr("Failed");
    case SyncRun::Status::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString SyncRunModel::summary(const SyncRun &run)
{
    switch (run.status) {
    case SyncRun::Status::Updated:
        return tr("Updated: %n message(s) added", nullptr, int(run.messagesAdded));
    case SyncRun::Status::Failed:
        return run.error.isEmpty() ? statusText(run.status) : tr("Failed: %1").arg(run.error);
    case SyncRun::Status::Canceled:
    case SyncRun::Status::NotModified:
    case SyncRun::Status::Running:
        break;
    }
    return statusText(run.status);
}

QString SyncRunModel::durationText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

int SyncRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRun &r = m_runs.at(index.row());
    const QLocale locale;
    auto number = [&](qint64 v, const QString &shown) -> QVariant {
        if (role == Qt::DisplayRole)
            return shown;
        if (role == SortRole || role == ExportRole)
            return v;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && r.status == SyncRun::Status::Failed &&
        (index.column() == Status || index.column() == Error))
        return Theme::negative();
    switch (index.column()) {
    case Started: {
        const QDateTime t = QDateTime::fromSecsSinceEpoch(r.startedAt).toLocalTime();
        if (role == Qt::DisplayRole)
            return r.startedAt > 0 ? locale.toString(t, QLocale::ShortFormat) : QString();
        if (role == SortRole)
            return r.startedAt;
        if (role == ExportRole)
            return t.toString(Qt::ISODate);
        return {};
    }
    case Duration: {
        const bool done = r.finishedAt > 0 && r.startedAt > 0;
        if (role == Qt::DisplayRole)
            return done ? durationText(r.finishedAt - r.startedAt) : tr("running…");
        if (role == SortRole || role == ExportRole)
            return done ? r.finishedAt - r.startedAt : qint64(-1);
        if (role == Qt::ToolTipRole && r.finishedAt > 0)
            return tr("Finished %1")
                .arg(locale.toString(QDateTime::fromSecsSinceEpoch(r.finishedAt).toLocalTime(),
                                     QLocale::LongFormat));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Status:
        if (role == Qt::DisplayRole)
            return statusText(r.status);
        if (role == SortRole || role == ExportRole)
            return SyncRun::statusKey(r.status);
        return {};
    case HttpStatus:
        return number(r.httpStatus,
                      r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("—"));
    case Bytes:
        return number(r.bytes, locale.formattedDataSize(r.bytes));
    case Files:
        return number(r.filesImported, locale.toString(r.filesImported));
    case MessagesAdded:
        return number(r.messagesAdded, locale.toString(r.messagesAdded));
    case MembersAdded:
        return number(r.membersAdded, locale.toString(r.membersAdded));
    case EventsAdded:
        return number(r.eventsAdded, locale.toString(r.eventsAdded));
    case Error:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole ||
            role == ExportRole)
            return r.error;
        return {};
    default:
        return {};
    }
}

QVariant SyncRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Started:
            return tr("Started");
        case Duration:
            return tr("Duration");
        case Status:
            return tr("Result");
        case HttpStatus:
            return tr("HTTP");
        case Bytes:
            return tr("Downloaded");
        case Files:
            return tr("Files");
        case MessagesAdded:
            return tr("Messages added");
        case MembersAdded:
            return tr("New members");
        case EventsAdded:
            return tr("Events");
        case Error:
            return tr("Error");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Started:
            return tr("When the run started (your local time)");
        case HttpStatus:
            return tr("The status of the server's last answer (304: nothing changed)");
        case Bytes:
            return tr("What the run downloaded");
        case Files:
            return tr("Export files the run imported");
        case EventsAdded:
            return tr("Joins, leaves and other events the run added");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kindred
