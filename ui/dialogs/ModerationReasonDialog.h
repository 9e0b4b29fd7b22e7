#pragma once
// Asks the moderator for the reason of one moderation decision (dismiss, warn, mute, ban,
// unban, note) before it is written to the append-only audit log. The reason is required:
// OK with an empty reason shows why and keeps the dialog open. Recent reasons (Settings)
// are offered in the drop-down; an accepted reason becomes the most recent one.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace kindred {

class ModerationReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationReasonDialog)
public:
    /// `actionTitle` is the translated verb shown as the title ("Ban"); `summary` says whom
    /// the decision concerns ("3 members: Alice, Bob, …"); `actor` is the moderator's name.
    ModerationReasonDialog(const QString &actionTitle, const QString &summary, const QString &actor,
                           QWidget *parent = nullptr);

    /// The reason typed or chosen, trimmed.
    QString reason() const;
    void setReason(const QString &reason);
    /// The inline error of the last OK ("" when none).
    QString errorText() const;

public slots:
    /// Refuses an empty reason (the error is shown, the dialog stays open); else stores the
    /// reason among the recent ones and accepts.
    void accept() override;

private:
    QComboBox *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace kindred
