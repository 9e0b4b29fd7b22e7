#pragma once
// Spin boxes for the level rules (core/analytics/Levels.h, LevelRules), one row per level and
// one for the activity weights, each with a tooltip stating the rule. The Levels page saves
// what is edited here; the editor itself only shows and validates.

#include "analytics/Levels.h"

#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace kindred {

class LevelRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelRulesEditor)
public:
    explicit LevelRulesEditor(QWidget *parent = nullptr);

    /// The rules in the editors (not necessarily valid: see LevelRules::validate).
    LevelRules rules() const;
    /// Shows `rules` without emitting edited().
    void setRules(const LevelRules &rules);
    void retranslateUi();

signals:
    /// The user changed a value.
    void edited();

private:
    QSpinBox *intBox(const char *name, int min, int max);
    QDoubleSpinBox *doubleBox(const char *name, double max, int decimals);

    QGridLayout *m_grid;
    QList<QLabel *> m_rowLabels;
    QList<QLabel *> m_fieldLabels;
    QSpinBox *m_weekDays;
    QSpinBox *m_weeks;
    QSpinBox *m_monthDays;
    QDoubleSpinBox *m_participatingWeight;
    QSpinBox *m_contributingDays;
    QSpinBox *m_contributions;
    QDoubleSpinBox *m_contributingWeight;
    QSpinBox *m_leadingDays;
    QSpinBox *m_topPercent;
    QDoubleSpinBox *m_leadingWeight;
    QDoubleSpinBox *m_messageWeight;
    QDoubleSpinBox *m_replyWeight;
    QDoubleSpinBox *m_reactionWeight;
};

} // namespace kindred
