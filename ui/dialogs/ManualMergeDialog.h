#pragma once
// Merge two members by hand: two member pickers (type to search by name) — the member that
// stays and the one that is the same person — and Merge. The dialog only chooses; the
// Identities page merges.

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;

namespace kindred {

/// A member the manual merge can pick.
struct MergeCandidate
{
    qint64 id = 0;
    QString name;
    QString platforms; ///< comma-separated platform ids
    qint64 messages = 0;
};

class ManualMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualMergeDialog)
public:
    explicit ManualMergeDialog(const QList<MergeCandidate> &members, QWidget *parent = nullptr);

    QComboBox *keepPicker() const { return m_keep; }
    QComboBox *mergePicker() const { return m_merge; }
    /// The member that stays / the one merged into it (0 while none is chosen).
    qint64 keepId() const;
    qint64 mergeId() const;
    /// Chooses member `id` in a picker (false when it is not in the list).
    static bool pick(QComboBox *picker, qint64 id);

public slots:
    /// Closes the dialog when two different members are chosen, else says what is missing.
    void accept() override;

private:
    QComboBox *m_keep;
    QComboBox *m_merge;
    QLabel *m_problem;
};

} // namespace kindred
