#include "WorkspaceLoader.h"

#include "AsyncQuery.h"
#include "analytics/AnalyticsSource.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QWidget>

namespace kindred {

WorkspaceLoader::WorkspaceLoader(QWidget *dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent)
{
    connect(&m_demo, &QFutureWatcherBase::finished, this, [this]() {
        if (m_busy)
            m_busy->deleteLater();
        const QString error = m_demo.result();
        if (error.isEmpty())
            emit demoReady(m_demoPath);
        else
            emit failed(m_demoPath, error);
    });
}

WorkspaceLoader::~WorkspaceLoader()
{
    m_demo.waitForFinished();
}

void WorkspaceLoader::open(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_opening = true;
    AsyncQuery::run<WorkspaceInfo>(
        this, path,
        [path](Database &db, WorkspaceInfo *info, QString *) {
            info->path = path;
            AnalyticsSource source(db);
            QString noCommunity;
            info->hasCommunity = source.load(&noCommunity);
            if (info->hasCommunity) {
                info->communityName = source.communityName();
                info->timezone = QString::fromUtf8(source.clock().zone().id());
                info->members = qint64(source.members().size());
                info->firstMessage = source.firstMessageDate();
                info->lastMessage = source.lastMessageDate();
            }
            return true;
        },
        [this, generation, path](const QueryResult<WorkspaceInfo> &r) {
            if (generation != m_generation)
                return;
            m_opening = false;
            if (r.ok)
                emit opened(r.value);
            else
                emit failed(path, r.error);
        });
}

void WorkspaceLoader::buildDemo(const QString &path)
{
    if (m_demo.isRunning())
        return;
    m_demoPath = path;
    m_busy = new QProgressDialog(m_dialogParent);
    m_busy->setObjectName(QStringLiteral("demoProgress"));
    m_busy->setWindowTitle(tr("Demo community"));
    m_busy->setLabelText(tr("Building the demo community (about 2,000 members and a year of "
                            "messages)…"));
    m_busy->setCancelButton(nullptr);
    m_busy->setRange(0, 0);
    m_busy->setMinimumDuration(300);
    m_busy->setWindowModality(Qt::WindowModal);
    m_demo.setFuture(QtConcurrent::run([path]() {
        Database db; // this worker's own connection
        QString error;
        if (!db.open(path, &error) || !DemoGenerator::build(db, DemoOptions{}, &error))
            return error.isEmpty()
                       ? QCoreApplication::translate("kindred::WorkspaceLoader", "%1: demo failed")
                             .arg(path)
                       : error;
        return QString();
    }));
}

bool WorkspaceLoader::createWorkspace(const QString &path, QString *error)
{
    Database db;
    return db.open(path, error); // creates the file and its schema
}

} // namespace kindred
