#include "SyncManager.h"

#include "SecretStore.h"
#include "SyncRunner.h"
#include "SyncSourceStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <QNetworkAccessManager>
#include <algorithm>

namespace kindred {

SyncManager::SyncManager(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    makeRunner();
}

SyncManager::~SyncManager()
{
    m_queue.clear();
    m_runner->cancel();
}

void SyncManager::makeRunner()
{
    m_runner = new SyncRunner(m_workspace, m_nam, this);
    m_runner->setFetchDefaults(m_defaults);
    connect(m_runner, &SyncRunner::finished, this, &SyncManager::onRunFinished);
    connect(m_runner, &SyncRunner::progress, this,
            [this](const QString &stage, qint64 done, qint64 total) {
                emit progress(m_running, stage, done, total);
            });
}

void SyncManager::setFetchDefaults(const FetchRequest &defaults)
{
    m_defaults = defaults;
    m_runner->setFetchDefaults(defaults);
}

void SyncManager::setWorkspace(const QString &path)
{
    m_queue.clear();
    if (m_runner->isRunning()) {
        // The old run ends on its own (canceled); its result no longer concerns us.
        SyncRunner *old = m_runner;
        disconnect(old, nullptr, this, nullptr);
        connect(old, &SyncRunner::finished, old, &QObject::deleteLater);
        old->cancel();
        const qint64 id = m_running;
        m_running = 0;
        SyncRun canceled;
        canceled.sourceId = id;
        canceled.status = SyncRun::Status::Canceled;
        emit runFinished(id, canceled);
    } else {
        delete m_runner;
    }
    qDeleteAll(m_timers);
    m_timers.clear();
    m_workspace = path;
    makeRunner();
    reload();
}

bool SyncManager::readSources()
{
    m_sources.clear();
    if (m_workspace.isEmpty())
        return false;
    Database db;
    QString error;
    QList<SyncSource> sources;
    if (!db.open(m_workspace, &error) || !SyncSourceStore(db).list(&sources, &error))
        return false;
    for (const SyncSource &s : std::as_const(sources))
        m_sources.insert(s.id, s);
    return true;
}

void SyncManager::reload()
{
    readSources();
    // A schedule keeps running when its interval did not change (editing another source
    // does not restart every countdown).
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        const SyncSource s = m_sources.value(it.key());
        if (!m_sources.contains(it.key()) || !s.enabled || s.everyMinutes <= 0 ||
            it.value()->interval() != s.everyMinutes * m_minuteMs) {
            delete it.value();
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
    for (const SyncSource &s : std::as_const(m_sources)) {
        if (!s.enabled || s.everyMinutes <= 0 || m_timers.contains(s.id))
            continue;
        auto *timer = new QTimer(this);
        timer->setInterval(s.everyMinutes * m_minuteMs);
        const qint64 id = s.id;
        connect(timer, &QTimer::timeout, this, [this, id]() { syncNow(id); });
        timer->start();
        m_timers.insert(s.id, timer);
    }
}

void SyncManager::syncNow(qint64 sourceId)
{
    if (sourceId == m_running || m_queue.contains(sourceId))
        return;
    m_queue.append(sourceId);
    if (m_running == 0)
        startNext();
}

void SyncManager::syncAll()
{
    reload();
    // syncNow() may start a run, which re-reads m_sources: iterate over a copy of the ids.
    QList<qint64> ids;
    for (const SyncSource &s : std::as_const(m_sources))
        if (s.enabled)
            ids.append(s.id);
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        syncNow(id);
}

void SyncManager::cancel()
{
    m_queue.clear();
    if (m_runner->isRunning())
        m_runner->cancel();
}

bool SyncManager::isBusy() const
{
    return m_running != 0 || !m_queue.isEmpty();
}

void SyncManager::startNext()
{
    while (m_running == 0 && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        // Fresh values (the validators change with every run).
        readSources();
        SyncRun failed;
        failed.sourceId = id;
        failed.status = SyncRun::Status::Failed;
        if (!m_sources.contains(id)) {
            failed.error = QCoreApplication::translate("SyncManager", "the source was removed");
            emit runFinished(id, failed);
            continue;
        }
        const SyncSource source = m_sources.value(id);
        QByteArray secret;
        if (source.auth != SyncSource::Auth::None) {
            QString error;
            if (source.secretRef.isEmpty() ||
                !SecretStore::read(source.secretRef, &secret, &error)) {
                failed.error = source.secretRef.isEmpty()
                                   ? QCoreApplication::translate(
                                         "SyncManager", "no token or password is stored for this "
                                                        "source: edit it and enter it again")
                                   : error;
                emit runFinished(id, failed);
                continue;
            }
        }
        QString error;
        m_running = id;
        emit runStarted(id);
        if (!m_runner->start(source, secret, &error)) {
            m_running = 0;
            failed.error = error;
            emit runFinished(id, failed);
        }
    }
}

void SyncManager::onRunFinished(const SyncRun &run)
{
    const qint64 id = m_running;
    m_running = 0;
    emit runFinished(id, run);
    if (run.filesImported > 0)
        emit workspaceChanged();
    QMetaObject::invokeMethod(this, &SyncManager::startNext, Qt::QueuedConnection);
}

} // namespace kindred
