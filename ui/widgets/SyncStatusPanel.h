#pragma once
// Under the Sync page's sources: a progress bar with the stage of the run in progress (a busy
// indicator when the size is unknown) and a message area listing how the latest runs ended,
// errors in the theme's negative colour. The panel hides itself when it has nothing to show.

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace kindred {

class SyncStatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusPanel)
public:
    static constexpr int kMessageLines = 6; ///< older lines are dropped

    explicit SyncStatusPanel(QWidget *parent = nullptr);

    /// Shows `stage` with `done` of `total` bytes (total -1: unknown, a busy indicator).
    void showProgress(const QString &stage, qint64 done, qint64 total);
    void hideProgress();
    bool isShowingProgress() const;
    QString stageText() const;

    /// Adds one line to the message area.
    void addMessage(const QString &text, bool error);
    void clearMessages();
    /// The message area as plain text, one line per message.
    QString messageText() const { return m_messages.join(QLatin1Char('\n')); }

private:
    void updateVisibility();

    QProgressBar *m_progress;
    QLabel *m_stage;
    QLabel *m_message;
    QStringList m_messages;
    QStringList m_html;
};

} // namespace kindred
