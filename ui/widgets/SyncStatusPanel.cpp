#include "SyncStatusPanel.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kindred {

SyncStatusPanel::SyncStatusPanel(QWidget *parent)
    : QWidget(parent), m_progress(new QProgressBar), m_stage(new QLabel), m_message(new QLabel)
{
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFixedWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stage->setObjectName(QStringLiteral("syncStage"));
    m_stage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *progress = new QHBoxLayout;
    progress->setSpacing(8);
    progress->addWidget(m_progress);
    progress->addWidget(m_stage, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    hide(); // shown while it has something to show
}

void SyncStatusPanel::updateVisibility()
{
    setVisible(!m_progress->isHidden() || !m_message->isHidden());
}

void SyncStatusPanel::showProgress(const QString &stage, qint64 done, qint64 total)
{
    m_progress->setRange(0, total > 0 ? 1000 : 0); // 0..0: busy, no percentage
    if (total > 0)
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    m_progress->show();
    const QLocale l;
    if (total > 0)
        m_stage->setText(
            tr("%1 — %2 of %3").arg(stage, l.formattedDataSize(done), l.formattedDataSize(total)));
    else if (done > 0)
        m_stage->setText(tr("%1 — %2").arg(stage, l.formattedDataSize(done)));
    else
        m_stage->setText(stage);
    updateVisibility();
}

void SyncStatusPanel::hideProgress()
{
    m_progress->hide();
    m_stage->clear();
    updateVisibility();
}

bool SyncStatusPanel::isShowingProgress() const
{
    return !m_progress->isHidden();
}

QString SyncStatusPanel::stageText() const
{
    return m_stage->text();
}

void SyncStatusPanel::addMessage(const QString &text, bool error)
{
    const QColor color = error ? Theme::negative() : palette().color(QPalette::WindowText);
    m_messages.append(text);
    m_html.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                      .arg(color.name(), text.toHtmlEscaped()));
    while (m_messages.size() > kMessageLines) {
        m_messages.removeFirst();
        m_html.removeFirst();
    }
    m_message->setText(m_html.join(QStringLiteral("<br>")));
    m_message->show();
    updateVisibility();
}

void SyncStatusPanel::clearMessages()
{
    m_messages.clear();
    m_html.clear();
    m_message->clear();
    m_message->hide();
    updateVisibility();
}

} // namespace kindred
