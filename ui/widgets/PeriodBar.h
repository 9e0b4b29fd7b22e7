#pragma once
// The global date range: a preset (last 7/30/90 days, this month, all, custom) and two date
// edits. Presets are anchored at the last message of the workspace (the data's "today"), so
// that an export from last year still opens on its last 30 days.

#include "analytics/Period.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace kindred {

class PeriodBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodBar)
public:
    enum Preset
    {
        Last7Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        AllTime,
        Custom
    };

    explicit PeriodBar(QWidget *parent = nullptr);

    /// First and last day holding messages; re-applies the current preset (emits once).
    void setDataRange(const QDate &first, const QDate &last);
    /// Selects a preset; emits periodChanged when `notify`.
    void setPreset(Preset preset, bool notify = true);
    Preset preset() const;
    /// Sets a custom period (emits periodChanged).
    void setPeriod(const Period &period);
    Period period() const;

signals:
    void periodChanged(const kindred::Period &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onPresetActivated(int index);
    void onDateEdited();
    void showPeriod(const Period &period);
    Period presetPeriod(Preset preset) const;

    QLabel *m_label;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
    QDate m_first;
    QDate m_last;
    bool m_updating = false;
    QTimer m_debounce;
};

} // namespace kindred
