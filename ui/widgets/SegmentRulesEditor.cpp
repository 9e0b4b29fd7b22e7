#include "SegmentRulesEditor.h"

#include "Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace kindred {

SegmentRulesEditor::SegmentRulesEditor(QWidget *parent)
    : Card(parent), m_churn(new QSpinBox), m_newcomer(new QSpinBox), m_window(new QSpinBox),
      m_activeMin(new QSpinBox), m_apply(new QPushButton), m_reset(new QPushButton),
      m_error(new QLabel)
{
    setObjectName(QStringLiteral("segmentRulesCard"));
    auto *row = new QWidget;
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const std::pair<QSpinBox *, const char *> editors[] = {{m_churn, "churnDaysSpin"},
                                                           {m_newcomer, "newcomerDaysSpin"},
                                                           {m_window, "windowDaysSpin"},
                                                           {m_activeMin, "activeMinDaysSpin"}};
    int column = 0;
    for (const auto &[spin, name] : editors) {
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(1, SegmentRules::kMaxDays);
        spin->setAccelerated(true);
        auto *label = new QLabel;
        label->setBuddy(spin);
        m_labels.append(label);
        grid->addWidget(label, 0, column);
        grid->addWidget(spin, 0, column + 1);
        grid->setColumnMinimumWidth(column + 2, 10);
        column += 3;
        connect(spin, &QSpinBox::valueChanged, this, &SegmentRulesEditor::onEdited);
    }
    grid->setColumnStretch(column, 1);
    m_reset->setObjectName(QStringLiteral("resetSegmentRules"));
    m_apply->setObjectName(QStringLiteral("applySegmentRules"));
    m_apply->setDefault(true);
    m_error->setObjectName(QStringLiteral("segmentRulesError"));
    m_error->setWordWrap(true);
    m_error->hide();
    grid->addWidget(m_reset, 0, column + 1);
    grid->addWidget(m_apply, 0, column + 2);
    grid->addWidget(m_error, 1, 0, 1, column + 3);
    addWidget(row);
    connect(m_apply, &QPushButton::clicked, this, &SegmentRulesEditor::apply);
    connect(m_reset, &QPushButton::clicked, this, &SegmentRulesEditor::reset);
    setEdited(m_saved);
    retranslateUi();
}

SegmentRules SegmentRulesEditor::edited() const
{
    SegmentRules r;
    r.churnDays = m_churn->value();
    r.newcomerDays = m_newcomer->value();
    r.windowDays = m_window->value();
    r.activeMinDays = m_activeMin->value();
    return r;
}

void SegmentRulesEditor::setSaved(const SegmentRules &rules, bool canApply)
{
    m_saved = rules;
    m_canApply = canApply;
    setEdited(rules);
}

void SegmentRulesEditor::setEdited(const SegmentRules &rules)
{
    for (const auto &[spin, value] :
         {std::pair{m_churn, rules.churnDays}, std::pair{m_newcomer, rules.newcomerDays},
          std::pair{m_window, rules.windowDays}, std::pair{m_activeMin, rules.activeMinDays}}) {
        const QSignalBlocker block(spin);
        spin->setValue(value);
    }
    onEdited();
}

void SegmentRulesEditor::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void SegmentRulesEditor::onEdited()
{
    QString error;
    const SegmentRules r = edited();
    const bool valid = r.validate(&error);
    showError(valid ? QString() : error);
    m_apply->setEnabled(m_canApply && valid && !(r == m_saved));
    m_reset->setEnabled(m_canApply && !(r == SegmentRules{} && m_saved == SegmentRules{}));
}

void SegmentRulesEditor::apply()
{
    const SegmentRules r = edited();
    QString error;
    if (!r.validate(&error)) {
        showError(error);
        return;
    }
    if (!m_canApply)
        return;
    m_apply->setEnabled(false);
    emit applyRequested(r);
}

void SegmentRulesEditor::reset()
{
    setEdited(SegmentRules{});
    if (!(m_saved == SegmentRules{}))
        apply();
}

void SegmentRulesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::negative().name()));
    Card::changeEvent(event);
}

void SegmentRulesEditor::retranslateUi()
{
    setHeading(tr("Segment rules"));
    setToolTip(tr("Every member is in exactly one segment: the first matching rule wins, in the "
                  "order churned, newcomer, active, occasional, silent."));
    const SegmentRules d;
    const QString texts[][2] = {
        {tr("Churned after"),
         tr("Churned: left the community, or no activity (message, reply or reaction) for this "
            "many days. Default %1.")
             .arg(d.churnDays)},
        {tr("Newcomer for"),
         tr("Newcomer: joined (join event, else first message or reaction) fewer than this many "
            "days before the end of the period. Must be shorter than the churn period. Default "
            "%1.")
             .arg(d.newcomerDays)},
        {tr("Activity window"),
         tr("Active, occasional and silent look at the activity in this many days ending with "
            "the period. Default %1.")
             .arg(d.windowDays)},
        {tr("Active from"),
         tr("Active: active on at least this many days of the activity window; 1 day up to "
            "this number minus one is occasional. Default %1.")
             .arg(d.activeMinDays)},
    };
    QSpinBox *const spins[] = {m_churn, m_newcomer, m_window, m_activeMin};
    for (int i = 0; i < 4; ++i) {
        m_labels.at(i)->setText(texts[i][0]);
        m_labels.at(i)->setToolTip(texts[i][1]);
        spins[i]->setToolTip(texts[i][1]);
        spins[i]->setSuffix(tr(" days"));
    }
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Save these thresholds in the workspace and recompute every segment"));
    m_reset->setText(tr("Reset to defaults"));
    m_reset->setToolTip(tr("Restore the default thresholds (churned after %1 days, newcomer for "
                           "%2 days, active on %3 of %4 days) and save them")
                            .arg(d.churnDays)
                            .arg(d.newcomerDays)
                            .arg(d.activeMinDays)
                            .arg(d.windowDays));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::negative().name()));
}

} // namespace kindred
