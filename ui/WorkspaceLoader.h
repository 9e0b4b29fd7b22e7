#pragma once
// Opens workspaces for the window off the GUI thread: reads what the window needs to know
// (community, first and last message day) and builds the demo community.

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace kindred {

struct WorkspaceInfo
{
    QString path;
    bool hasCommunity = false;
    QString communityName;
    QString timezone;
    qint64 members = 0;
    QDate firstMessage; ///< local dates; invalid without messages
    QDate lastMessage;
};

class WorkspaceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceLoader)
public:
    explicit WorkspaceLoader(QWidget *dialogParent);
    ~WorkspaceLoader() override;

    /// Reads the workspace at `path`; emits opened() or failed(). A later call wins.
    void open(const QString &path);
    bool isOpening() const { return m_opening; }
    /// Builds the demo community into `path` with a busy dialog; emits demoReady() or failed().
    void buildDemo(const QString &path);
    /// Creates an empty workspace (schema only) at `path`; quick, runs on the caller's thread.
    static bool createWorkspace(const QString &path, QString *error);

signals:
    void opened(const kindred::WorkspaceInfo &info);
    void failed(const QString &path, const QString &error);
    void demoReady(const QString &path);

private:
    QWidget *m_dialogParent;
    quint64 m_generation = 0;
    bool m_opening = false;
    QFutureWatcher<QString> m_demo;
    QString m_demoPath;
    QPointer<QProgressDialog> m_busy;
};

} // namespace kindred
