#pragma once
// The segment rules of a workspace as four spin boxes (churned after, newcomer for, activity
// window, active from; days, 1..SegmentRules::kMaxDays) with Apply and "Reset to defaults".
// Validates as the user types (SegmentRules::validate; the error is shown under the editors
// and Apply is disabled), and asks for a save through applyRequested(); the owner saves with
// SegmentRules::save off the GUI thread and reports back with setSaved() or showError().

#include "Card.h"
#include "analytics/Segmentation.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace kindred {

class SegmentRulesEditor final : public Card
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRulesEditor)
public:
    explicit SegmentRulesEditor(QWidget *parent = nullptr);

    /// Shows the workspace's saved rules; Apply and Reset work only when `canApply` (a
    /// workspace with data is open).
    void setSaved(const SegmentRules &rules, bool canApply);
    const SegmentRules &saved() const { return m_saved; }
    /// The values in the spin boxes (not necessarily valid or saved).
    SegmentRules edited() const;
    /// Puts `rules` in the spin boxes without saving them.
    void setEdited(const SegmentRules &rules);
    /// Shows `error` (e.g. why saving failed) under the editors.
    void showError(const QString &error);

signals:
    /// The user asked to save `rules` (already validated).
    void applyRequested(const SegmentRules &rules);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEdited();
    void apply();
    void reset();

    QSpinBox *m_churn;
    QSpinBox *m_newcomer;
    QSpinBox *m_window;
    QSpinBox *m_activeMin;
    QList<QLabel *> m_labels;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QLabel *m_error;
    SegmentRules m_saved;
    bool m_canApply = false;
};

} // namespace kindred
