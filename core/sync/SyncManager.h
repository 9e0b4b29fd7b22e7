#pragma once
// Keeps a workspace's sync sources current while Kindred runs: "Sync now" for one source or
// all, a schedule per source (every N minutes), one run at a time (the others queue), cancel.
// Secrets are read from the OS keychain (SecretStore) just before a run. Lives on the GUI
// thread; the network is asynchronous and imports run on a worker thread (SyncRunner), so
// nothing here blocks the window.

#include "HttpFetcher.h"
#include "SyncSource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace kindred {

class SyncRunner;

class SyncManager : public QObject
{
    Q_OBJECT
public:
    explicit SyncManager(QObject *parent = nullptr);
    ~SyncManager() override;

    /// Switches to the workspace at `path` ("" = none): cancels the run in progress, clears
    /// the queue and reads the sources and their schedules.
    void setWorkspace(const QString &path);
    QString workspace() const { return m_workspace; }
    /// Re-reads the sources (after one was added, edited or removed) and their schedules.
    void reload();
    /// Timeouts/retries of every request (tests use short ones).
    void setFetchDefaults(const FetchRequest &defaults);
    /// The length of a schedule's "minute" in milliseconds (60000; tests shorten it). Applies
    /// from the next reload().
    void setMinuteMs(int ms) { m_minuteMs = ms; }

    /// Queues a sync of source `sourceId` (ignored when it is already queued or running).
    void syncNow(qint64 sourceId);
    /// Queues every enabled source.
    void syncAll();
    /// Cancels the run in progress and empties the queue.
    void cancel();

    bool isBusy() const;
    qint64 runningSource() const { return m_running; }
    QList<qint64> queued() const { return m_queue; }

signals:
    void runStarted(qint64 sourceId);
    void progress(qint64 sourceId, const QString &stage, qint64 done, qint64 total);
    /// After every run (also failed, canceled, or one that could not start).
    void runFinished(qint64 sourceId, const kindred::SyncRun &run);
    /// The workspace's content changed (a run imported something).
    void workspaceChanged();

private:
    void makeRunner();
    bool readSources(); ///< m_sources from the workspace; timers untouched
    void startNext();
    void onRunFinished(const SyncRun &run);

    QString m_workspace;
    QNetworkAccessManager *m_nam;
    SyncRunner *m_runner = nullptr;
    FetchRequest m_defaults;
    QList<qint64> m_queue;
    qint64 m_running = 0;
    QHash<qint64, SyncSource> m_sources;
    QHash<qint64, QTimer *> m_timers;
    int m_minuteMs = 60000;
};

} // namespace kindred
