#pragma once
// The status bar's permanent content: the community and the workspace path on the left, a
// busy indicator on the right while the workspace or a page is loading.

#include "WorkspaceLoader.h"

#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;

namespace kindred {

class WorkspaceStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceStatus)
public:
    /// Adds its widgets to `bar`.
    explicit WorkspaceStatus(QStatusBar *bar);

    void setInfo(const WorkspaceInfo &info);
    void setOpening(const QString &path);
    void setBusy(bool busy);
    /// Re-reads the texts (after a language change).
    void retranslateUi();
    QString communityText() const;

private:
    QLabel *m_community;
    QLabel *m_path;
    QProgressBar *m_busy;
    WorkspaceInfo m_info;
};

} // namespace kindred
