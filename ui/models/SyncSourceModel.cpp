#include "SyncSourceModel.h"

#include "ModelRoles.h"
#include "SyncRunModel.h"
#include "Theme.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace kindred {

SyncSourceModel::SyncSourceModel(QObject *parent) : QAbstractTableModel(parent) {}

void SyncSourceModel::setSources(const QList<SyncSource> &sources,
                                 const QHash<qint64, SyncRun> &lastRuns)
{
    beginResetModel();
    m_sources = sources;
    m_lastRuns.clear();
    QSet<qint64> ids;
    for (const SyncSource &s : sources) {
        ids.insert(s.id);
        const auto stored = lastRuns.constFind(s.id);
        const auto unrecorded = m_unrecorded.constFind(s.id);
        if (unrecorded != m_unrecorded.constEnd() &&
            (stored == lastRuns.constEnd() || unrecorded->startedAt >= stored->startedAt))
            m_lastRuns.insert(s.id, *unrecorded);
        else if (stored != lastRuns.constEnd())
            m_lastRuns.insert(s.id, *stored);
    }
    // Forget what concerns sources that are gone.
    for (auto it = m_unrecorded.begin(); it != m_unrecorded.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_unrecorded.erase(it);
    for (auto it = m_running.begin(); it != m_running.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_running.erase(it);
    m_queued.intersect(ids);
    endResetModel();
}

void SyncSourceModel::clear()
{
    beginResetModel();
    m_sources.clear();
    m_lastRuns.clear();
    m_unrecorded.clear();
    m_running.clear();
    m_queued.clear();
    endResetModel();
}

int SyncSourceModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sources.size(); ++row)
        if (m_sources.at(row).id == id)
            return row;
    return -1;
}

void SyncSourceModel::rowChanged(qint64 id)
{
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SyncSourceModel::setQueued(const QList<qint64> &ids)
{
    const QSet<qint64> before = m_queued;
    m_queued = QSet<qint64>(ids.begin(), ids.end());
    for (const qint64 id : before | m_queued)
        rowChanged(id);
}

void SyncSourceModel::setProgress(qint64 id, const QString &stage, qint64 done, qint64 total)
{
    m_queued.remove(id);
    m_running.insert(id, Activity{stage, done, total});
    rowChanged(id);
}

void SyncSourceModel::setFinished(qint64 id, const SyncRun &run)
{
    m_running.remove(id);
    m_queued.remove(id);
    SyncRun r = run;
    if (r.id == 0) {
        // Not recorded (it could not start): keep it as the latest result, dated now.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (r.startedAt == 0)
            r.startedAt = now;
        if (r.finishedAt == 0)
            r.finishedAt = now;
        m_unrecorded.insert(id, r);
    } else {
        m_unrecorded.remove(id);
    }
    m_lastRuns.insert(id, r);
    rowChanged(id);
}

bool SyncSourceModel::isRunning(int row) const
{
    return row >= 0 && row < m_sources.size() && m_running.contains(m_sources.at(row).id);
}

bool SyncSourceModel::isQueued(int row) const
{
    return row >= 0 && row < m_sources.size() && m_queued.contains(m_sources.at(row).id);
}

QString SyncSourceModel::resultText(int row) const
{
    const qint64 id = m_sources.at(row).id;
    if (const auto a = m_running.constFind(id); a != m_running.constEnd()) {
        if (a->total > 0)
            return tr("%1 (%2%)")
                .arg(a->stage)
                .arg(std::clamp<qint64>(a->done * 100 / a->total, 0, 100));
        return a->stage;
    }
    if (m_queued.contains(id))
        return tr("Waiting for its turn");
    const auto run = m_lastRuns.constFind(id);
    if (run == m_lastRuns.constEnd())
        return tr("Never synced");
    if (run->status == SyncRun::Status::Running)
        return tr("Interrupted (Kindred was closed during the run)");
    if (run->status == SyncRun::Status::Failed && !run->error.isEmpty())
        return run->error; // in red: the error says it all
    return SyncRunModel::summary(*run);
}

void SyncSourceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sources.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SyncSourceModel::scheduleText(int everyMinutes)
{
    if (everyMinutes <= 0)
        return tr("Manual");
    if (everyMinutes % 60 == 0)
        return tr("Every %n hour(s)", nullptr, everyMinutes / 60);
    return tr("Every %n min", nullptr, everyMinutes);
}

QString SyncSourceModel::kindText(SyncSource::Kind kind)
{
    switch (kind) {
    case SyncSource::Kind::File:
        return tr("Export file");
    case SyncSource::Kind::Manifest:
        return tr("Manifest");
    case SyncSource::Kind::Auto:
        break;
    }
    return tr("Automatic");
}

QString SyncSourceModel::authText(SyncSource::Auth auth)
{
    switch (auth) {
    case SyncSource::Auth::Bearer:
        return tr("Token");
    case SyncSource::Auth::Basic:
        return tr("Password");
    case SyncSource::Auth::None:
        break;
    }
    return tr("None");
}

int SyncSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SyncSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncSourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const SyncSource &s = m_sources.at(index.row());
    if (role == IdRole)
        return s.id;
    const bool failed = !isRunning(index.row()) && !isQueued(index.row()) &&
                        hasLastRun(index.row()) &&
                        lastRun(index.row()).status == SyncRun::Status::Failed;
    if (role == Qt::ForegroundRole) {
        if (index.column() == LastResult && failed)
            return Theme::negative();
        if (!s.enabled)
            return Theme::mutedText();
        return {};
    }
    auto text = [&](const QString &shown, const QVariant &sort) -> QVariant {
        if (role == Qt::DisplayRole || role == ExportRole)
            return shown;
        if (role == SortRole)
            return sort;
        return {};
    };
    switch (index.column()) {
    case Name:
        if (role == Qt::ToolTipRole)
            return s.enabled ? s.url
                             : tr("%1 (disabled: not synced by Sync all or a schedule)").arg(s.url);
        return text(s.name, s.name.toLower());
    case Url:
        if (role == Qt::ToolTipRole)
            return s.url;
        return text(s.url, s.url);
    case Kind:
        return text(kindText(s.kind), SyncSource::kindKey(s.kind));
    case Auth:
        if (role == Qt::ToolTipRole && s.auth == SyncSource::Auth::Basic)
            return tr("User name: %1").arg(s.username);
        return text(authText(s.auth), SyncSource::authKey(s.auth));
    case Schedule:
        return text(scheduleText(s.everyMinutes), s.everyMinutes);
    case Enabled:
        return text(s.enabled ? tr("Yes") : tr("No"), s.enabled ? 1 : 0);
    case LastRun: {
        if (!hasLastRun(index.row()))
            return text(QString(), qint64(0));
        const SyncRun r = lastRun(index.row());
        const QDateTime t = QDateTime::fromSecsSinceEpoch(r.startedAt).toLocalTime();
        if (role == ExportRole)
            return t.toString(Qt::ISODate);
        return text(QLocale().toString(t, QLocale::ShortFormat), r.startedAt);
    }
    case LastResult:
        if (role == Qt::ToolTipRole)
            return failed ? SyncRunModel::summary(lastRun(index.row())) : resultText(index.row());
        return text(resultText(index.row()), resultText(index.row()));
    default:
        return {};
    }
}

QVariant SyncSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Name");
        case Url:
            return tr("URL");
        case Kind:
            return tr("Kind");
        case Auth:
            return tr("Sign-in");
        case Schedule:
            return tr("Schedule");
        case Enabled:
            return tr("Enabled");
        case LastRun:
            return tr("Last run");
        case LastResult:
            return tr("Last result");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Kind:
            return tr("Whether the URL serves one export file or a manifest listing several");
        case Schedule:
            return tr("How often Kindred syncs the source by itself while it runs");
        case Enabled:
            return tr("Disabled sources are left out of Sync all and their schedule is off");
        case LastRun:
            return tr("When the last sync started (your local time)");
        default:
            return {};
        }
    }
    return {};
}

} // namespace kindred
