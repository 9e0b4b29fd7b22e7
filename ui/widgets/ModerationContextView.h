#pragma once
// What a moderator sees beside the review queue for one member (ModerationContext): name,
// status, segment and level with their why; the flag in focus with its rule, severity and
// score breakdown; the flagged message with the messages around it in its channel (the
// flagged one highlighted); the member's other flags and previous decisions. Read-only rich
// text; a click on a member's name emits memberRequested. It never takes the keyboard focus,
// so that the queue keeps it.

#include "moderation/ModerationStore.h"

#include <QTextBrowser>
#include <QTimeZone>

namespace kindred {

class ModerationContextView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationContextView)
public:
    explicit ModerationContextView(QWidget *parent = nullptr);

    /// Shows `context`; `focus` is the flag to explain (nullptr: the context's focus flag,
    /// looked up in `queueFlags`, the member's open flags in the queue).
    void showContext(const ModerationContext &context, const QList<FlagInfo> &queueFlags,
                     const QTimeZone &zone);
    /// Shows a short grey message instead (nothing selected, loading, an error).
    void showMessage(const QString &text);
    /// The member shown (0 while a message is shown).
    qint64 memberId() const { return m_context.memberId; }
    const ModerationContext &context() const { return m_context; }
    /// Re-renders the shown context (after a language or palette change).
    void refresh();

signals:
    void memberRequested(qint64 memberId);

private:
    QString render() const;
    QString time(qint64 utcSecs) const;

    ModerationContext m_context;
    QList<FlagInfo> m_queueFlags;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_message;
};

} // namespace kindred
