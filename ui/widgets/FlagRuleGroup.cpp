#include "FlagRuleGroup.h"

#include "Theme.h"
#include "models/ModerationLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kindred {

FlagRuleGroup::FlagRuleGroup(FlagRule rule, QWidget *parent)
    : QGroupBox(parent), m_rule(rule), m_enabled(new QCheckBox), m_severityLabel(new QLabel),
      m_severity(new QComboBox), m_description(new QLabel), m_fields(new QWidget),
      m_form(new QFormLayout(m_fields)), m_error(new QLabel)
{
    const QString key = FlagRules::key(rule);
    setObjectName(QStringLiteral("flagRule_") + key);
    m_enabled->setObjectName(key + QStringLiteral("_enabled"));
    m_severity->setObjectName(key + QStringLiteral("_severity"));
    m_error->setObjectName(key + QStringLiteral("_error"));
    for (int s = 1; s <= 3; ++s)
        m_severity->addItem(QString(), s);
    m_severityLabel->setBuddy(m_severity);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->hide();
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->addWidget(m_enabled);
    header->addStretch();
    header->addWidget(m_severityLabel);
    header->addWidget(m_severity);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_enabled, &QCheckBox::toggled, this, [this]() {
        updateFieldsEnabled();
        emit edited();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FlagRuleGroup::edited);
    retranslateUi();
}

bool FlagRuleGroup::isRuleEnabled() const
{
    return m_enabled->isChecked();
}

int FlagRuleGroup::severity() const
{
    return m_severity->currentData().toInt();
}

void FlagRuleGroup::setState(bool enabled, int severity)
{
    const QSignalBlocker blockEnabled(m_enabled);
    const QSignalBlocker blockSeverity(m_severity);
    m_enabled->setChecked(enabled);
    const int index = m_severity->findData(severity);
    m_severity->setCurrentIndex(index >= 0 ? index : 1);
    updateFieldsEnabled();
}

QSpinBox *FlagRuleGroup::addNumber(const char *name)
{
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 10 * FlagRules::kMaxThreshold);
    box->setAccelerated(true);
    box->setMinimumWidth(90);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(box, &QSpinBox::valueChanged, this, &FlagRuleGroup::edited);
    auto *label = new QLabel;
    label->setBuddy(box);
    label->setWordWrap(true);
    m_form->addRow(label, box);
    m_fieldLabels.append(label);
    m_fieldEditors.append(box);
    return box;
}

QPlainTextEdit *FlagRuleGroup::addList(const char *name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    connect(edit, &QPlainTextEdit::textChanged, this, &FlagRuleGroup::edited);
    auto *label = new QLabel;
    label->setBuddy(edit);
    label->setWordWrap(true);
    m_form->addRow(label);
    m_form->addRow(edit);
    m_fieldLabels.append(label);
    m_fieldEditors.append(edit);
    return edit;
}

void FlagRuleGroup::setFieldText(int index, const QString &label, const QString &tip)
{
    if (index < 0 || index >= m_fieldLabels.size())
        return;
    m_fieldLabels.at(index)->setText(label);
    m_fieldLabels.at(index)->setToolTip(tip);
    m_fieldEditors.at(index)->setToolTip(tip);
}

QString FlagRuleGroup::fieldText(int index) const
{
    return index >= 0 && index < m_fieldLabels.size() ? m_fieldLabels.at(index)->text() : QString();
}

void FlagRuleGroup::setDescription(const QString &text)
{
    m_description->setText(text);
}

void FlagRuleGroup::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FlagRuleGroup::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FlagRuleGroup::retranslateUi()
{
    setTitle(FlagRules::label(m_rule));
    setToolTip(ModerationLabels::ruleHelp(FlagRules::key(m_rule)));
    m_enabled->setText(tr("Enabled"));
    m_enabled->setToolTip(tr("Off: the rule raises no new flag. Flags it raised before stay in "
                             "the queue."));
    m_severityLabel->setText(tr("Severity:"));
    const QString severityTip = tr("Severity of the flags this rule raises: the review queue "
                                   "lists the most severe first.");
    m_severity->setToolTip(severityTip);
    m_severityLabel->setToolTip(severityTip);
    for (int i = 0; i < m_severity->count(); ++i) {
        const int s = m_severity->itemData(i).toInt();
        m_severity->setItemText(
            i, QStringLiteral("%1 · %2").arg(s).arg(ModerationLabels::severity(s)));
    }
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::negative().name()));
}

QStringList FlagRuleGroup::lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

void FlagRuleGroup::setLines(QPlainTextEdit *edit, const QStringList &entries)
{
    const QSignalBlocker block(edit);
    edit->setPlainText(entries.join(QLatin1Char('\n')));
}

void FlagRuleGroup::updateFieldsEnabled()
{
    m_fields->setEnabled(m_enabled->isChecked());
    m_description->setEnabled(m_enabled->isChecked());
}

} // namespace kindred
