#include "WorkspaceStatus.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace kindred {

WorkspaceStatus::WorkspaceStatus(QStatusBar *bar)
    : QObject(bar), m_community(new QLabel(bar)), m_path(new QLabel(bar)),
      m_busy(new QProgressBar(bar))
{
    m_community->setObjectName(QStringLiteral("statusCommunity"));
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_path->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_community);
    bar->addWidget(m_path, 1);
    bar->addPermanentWidget(m_busy);
    retranslateUi();
}

void WorkspaceStatus::setInfo(const WorkspaceInfo &info)
{
    m_info = info;
    retranslateUi();
}

void WorkspaceStatus::setOpening(const QString &path)
{
    m_path->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    setBusy(true);
}

void WorkspaceStatus::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

QString WorkspaceStatus::communityText() const
{
    return m_community->text();
}

void WorkspaceStatus::retranslateUi()
{
    const QString path = QDir::toNativeSeparators(m_info.path);
    if (m_info.path.isEmpty())
        m_community->setText(tr("No workspace open"));
    else if (!m_info.hasCommunity)
        m_community->setText(tr("Empty workspace"));
    else
        m_community->setText(
            tr("%1 · %2 members").arg(m_info.communityName, QLocale().toString(m_info.members)));
    m_path->setText(path);
    m_path->setToolTip(path);
}

} // namespace kindred
