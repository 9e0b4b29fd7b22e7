#include "LevelRulesEditor.h"

#include "models/LevelCountModel.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kindred {

QSpinBox *LevelRulesEditor::intBox(const char *name, int min, int max)
{
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setAccelerated(true);
    connect(box, &QSpinBox::valueChanged, this, &LevelRulesEditor::edited);
    return box;
}

QDoubleSpinBox *LevelRulesEditor::doubleBox(const char *name, double max, int decimals)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0.0, max);
    box->setDecimals(decimals);
    box->setSingleStep(decimals > 0 ? 0.5 : 10.0);
    box->setAccelerated(true);
    connect(box, &QDoubleSpinBox::valueChanged, this, &LevelRulesEditor::edited);
    return box;
}

LevelRulesEditor::LevelRulesEditor(QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this)),
      m_weekDays(intBox("levelWeekDays", 1, LevelRules::kWeekDays)),
      m_weeks(intBox("levelWeeks", 1, 12)),
      m_monthDays(intBox("levelMonthDays", 1, LevelRules::kMonthDays)),
      m_participatingWeight(doubleBox("levelParticipatingWeight", 1e6, 0)),
      m_contributingDays(intBox("levelContributingDays", 1, LevelRules::kMonthDays)),
      m_contributions(intBox("levelContributions", 0, 100000)),
      m_contributingWeight(doubleBox("levelContributingWeight", 1e6, 0)),
      m_leadingDays(intBox("levelLeadingDays", 1, LevelRules::kQuarterDays)),
      m_topPercent(intBox("levelTopPercent", 1, 100)),
      m_leadingWeight(doubleBox("levelLeadingWeight", 1e6, 0)),
      m_messageWeight(doubleBox("levelMessageWeight", 100, 1)),
      m_replyWeight(doubleBox("levelReplyWeight", 100, 1)),
      m_reactionWeight(doubleBox("levelReactionWeight", 100, 2))
{
    m_grid->setContentsMargins(0, 6, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
    // Rows: Participating, Contributing, Leading, activity weight; pairs of label + editor.
    const QList<QList<QWidget *>> rows = {
        {m_weekDays, m_weeks, m_monthDays, m_participatingWeight},
        {m_contributingDays, m_contributions, nullptr, m_contributingWeight},
        {m_leadingDays, m_topPercent, nullptr, m_leadingWeight},
        {m_messageWeight, m_replyWeight, m_reactionWeight, nullptr},
    };
    for (int r = 0; r < rows.size(); ++r) {
        auto *rowLabel = new QLabel;
        QFont bold = rowLabel->font();
        bold.setBold(true);
        rowLabel->setFont(bold);
        m_rowLabels.append(rowLabel);
        m_grid->addWidget(rowLabel, r, 0);
        for (int c = 0; c < rows.at(r).size(); ++c) {
            QWidget *editor = rows.at(r).at(c);
            if (editor == nullptr)
                continue;
            auto *label = new QLabel;
            label->setBuddy(editor);
            m_fieldLabels.append(label);
            m_grid->addWidget(label, r, 1 + 2 * c, Qt::AlignRight);
            m_grid->addWidget(editor, r, 2 + 2 * c);
        }
    }
    m_grid->setColumnStretch(9, 1);
    setRules(LevelRules{});
    retranslateUi();
}

LevelRules LevelRulesEditor::rules() const
{
    LevelRules r;
    r.weekActiveDays = m_weekDays->value();
    r.weeks = m_weeks->value();
    r.monthActiveDays = m_monthDays->value();
    r.participatingWeight = m_participatingWeight->value();
    r.contributingActiveDays = m_contributingDays->value();
    r.contributingContributions = m_contributions->value();
    r.contributingWeight = m_contributingWeight->value();
    r.leadingActiveDays = m_leadingDays->value();
    r.leadingTopPercent = m_topPercent->value();
    r.leadingWeight = m_leadingWeight->value();
    r.messageWeight = m_messageWeight->value();
    r.replyWeight = m_replyWeight->value();
    r.reactionWeight = m_reactionWeight->value();
    return r;
}

void LevelRulesEditor::setRules(const LevelRules &r)
{
    const QList<std::pair<QSpinBox *, int>> ints = {{m_weekDays, r.weekActiveDays},
                                                    {m_weeks, r.weeks},
                                                    {m_monthDays, r.monthActiveDays},
                                                    {m_contributingDays, r.contributingActiveDays},
                                                    {m_contributions, r.contributingContributions},
                                                    {m_leadingDays, r.leadingActiveDays},
                                                    {m_topPercent, r.leadingTopPercent}};
    for (const auto &[box, value] : ints) {
        const QSignalBlocker block(box);
        box->setValue(value);
    }
    const QList<std::pair<QDoubleSpinBox *, double>> doubles = {
        {m_participatingWeight, r.participatingWeight},
        {m_contributingWeight, r.contributingWeight},
        {m_leadingWeight, r.leadingWeight},
        {m_messageWeight, r.messageWeight},
        {m_replyWeight, r.replyWeight},
        {m_reactionWeight, r.reactionWeight}};
    for (const auto &[box, value] : doubles) {
        const QSignalBlocker block(box);
        box->setValue(value);
    }
}

void LevelRulesEditor::retranslateUi()
{
    const LevelRules d;
    m_rowLabels.at(0)->setText(LevelCalculator::name(Level::Participating));
    m_rowLabels.at(1)->setText(LevelCalculator::name(Level::Contributing));
    m_rowLabels.at(2)->setText(LevelCalculator::name(Level::Leading));
    m_rowLabels.at(3)->setText(tr("Activity weight"));
    struct Field
    {
        QString label;
        QString tip;
    };
    const QString offNote = tr("0 turns this way off.");
    const Field fields[] = {
        {tr("Days a week"),
         tr("Participating: active on at least this many days in each of the last weeks "
            "(7-day windows ending on the day). Default %1.")
             .arg(d.weekActiveDays)},
        {tr("for weeks"),
         tr("How many of the last weeks must each hold those days. Default %1.").arg(d.weeks)},
        {tr("or days of 30"),
         tr("Participating also when active on at least this many of the last 30 days. "
            "Default %1.")
             .arg(d.monthActiveDays)},
        {tr("or weight ≥"),
         tr("Participating also with at least this activity weight in 30 days. %1 Default %2.")
             .arg(offNote)
             .arg(d.participatingWeight)},
        {tr("Days of 30"),
         tr("Contributing: active on at least this many of the last 30 days. Default %1.")
             .arg(d.contributingActiveDays)},
        {tr("and contributions"),
         tr("…and at least this many contributions in those 30 days: replies and knowledge "
            "posts (long posts, links, code, files). Default %1.")
             .arg(d.contributingContributions)},
        {tr("or weight ≥"),
         tr("Contributing also with at least this activity weight in 30 days. %1 Default %2.")
             .arg(offNote)
             .arg(d.contributingWeight)},
        {tr("Days of 90"),
         tr("Leading: active on at least this many of the last 90 days. Default %1.")
             .arg(d.leadingActiveDays)},
        {tr("and top %"),
         tr("…and among this top percentage of the members who contributed in those 90 days, "
            "ranked by contributions (ties at the threshold included). Default %1%.")
             .arg(d.leadingTopPercent)},
        {tr("or weight ≥"),
         tr("Leading also with at least this activity weight in 30 days. %1 Default %2.")
             .arg(offNote)
             .arg(d.leadingWeight)},
        {tr("Message ×"),
         tr("Weight of a message that is not a reply. Default %1.").arg(d.messageWeight)},
        {tr("Reply ×"), tr("Weight of a reply. Default %1.").arg(d.replyWeight)},
        {tr("Reaction given ×"),
         tr("Weight of a reaction given (with a time in the export). Default %1.")
             .arg(d.reactionWeight)},
    };
    const QList<QWidget *> editors = {
        m_weekDays,         m_weeks,         m_monthDays,          m_participatingWeight,
        m_contributingDays, m_contributions, m_contributingWeight, m_leadingDays,
        m_topPercent,       m_leadingWeight, m_messageWeight,      m_replyWeight,
        m_reactionWeight};
    for (int i = 0; i < editors.size(); ++i) {
        m_fieldLabels.at(i)->setText(fields[i].label);
        m_fieldLabels.at(i)->setToolTip(fields[i].tip);
        editors.at(i)->setToolTip(fields[i].tip);
    }
    for (QSpinBox *box : {m_weekDays, m_monthDays, m_contributingDays, m_leadingDays})
        box->setSuffix(tr(" days"));
    m_topPercent->setSuffix(QStringLiteral("%"));
    for (QDoubleSpinBox *box : {m_participatingWeight, m_contributingWeight, m_leadingWeight})
        box->setSpecialValueText(tr("off"));
    setToolTip(LevelCountModel::weightText(rules()));
}

} // namespace kindred
