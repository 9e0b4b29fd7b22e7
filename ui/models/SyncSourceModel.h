#pragma once
// Table model over a workspace's sync sources (SyncSourceStore::list) with the last run of
// each, and what is happening to a source right now (queued, running with its stage and
// progress), which the Sync page feeds from SyncManager's signals. A run that ended without
// being recorded (e.g. no token stored) is kept as the source's last result until a newer
// recorded run replaces it.

#include "sync/SyncSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace kindred {

class SyncSourceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSourceModel)
public:
    enum Column
    {
        Name,
        Url,
        Kind,
        Auth,
        Schedule,
        Enabled,
        LastRun,
        LastResult,
        ColumnCount
    };

    explicit SyncSourceModel(QObject *parent = nullptr);

    /// Shows `sources` with the latest recorded run of each (by source id). The running and
    /// queued states of sources that are still there are kept.
    void setSources(const QList<SyncSource> &sources, const QHash<qint64, SyncRun> &lastRuns);
    /// Forgets everything (another workspace is shown).
    void clear();
    const SyncSource &sourceAt(int row) const { return m_sources.at(row); }
    const QList<SyncSource> &sources() const { return m_sources; }
    /// The row of source `id`, -1 when there is none.
    int rowOf(qint64 id) const;

    /// The sources waiting for their turn.
    void setQueued(const QList<qint64> &ids);
    /// Source `id` is running: `stage` with `done` of `total` (total -1: unknown).
    void setProgress(qint64 id, const QString &stage, qint64 done, qint64 total);
    /// Source `id` is no longer running; `run` is its last result.
    void setFinished(qint64 id, const SyncRun &run);
    bool isRunning(int row) const;
    bool isQueued(int row) const;
    /// The last run of `row` (status Running with id 0 when it never ran).
    SyncRun lastRun(int row) const { return m_lastRuns.value(m_sources.at(row).id); }
    bool hasLastRun(int row) const { return m_lastRuns.contains(m_sources.at(row).id); }
    /// What the "Last result" column shows for `row`.
    QString resultText(int row) const;
    /// Re-reads translated texts after a language change.
    void retranslate();

    /// "Manual", "Every 15 min", "Every 2 hours".
    static QString scheduleText(int everyMinutes);
    static QString kindText(SyncSource::Kind kind);
    static QString authText(SyncSource::Auth auth);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Activity
    {
        QString stage;
        qint64 done = 0;
        qint64 total = -1;
    };
    void rowChanged(qint64 id);

    QList<SyncSource> m_sources;
    QHash<qint64, SyncRun> m_lastRuns;
    QHash<qint64, SyncRun> m_unrecorded; ///< results SyncManager reported but did not store
    QHash<qint64, Activity> m_running;
    QSet<qint64> m_queued;
};

} // namespace kindred
