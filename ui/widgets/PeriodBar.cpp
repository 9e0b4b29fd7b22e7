#include "PeriodBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kindred {

PeriodBar::PeriodBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_preset(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_dash(new QLabel(QStringLiteral("–"), this)),
      m_to(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(1990, 1, 1));
        edit->setMaximumDate(QDate(2200, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &PeriodBar::onDateEdited);
    }
    for (int i = 0; i <= Custom; ++i)
        m_preset->addItem(QString(), i);
    m_preset->setCurrentIndex(Last30Days);
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_preset, &QComboBox::activated, this, &PeriodBar::onPresetActivated);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(350);
    connect(&m_debounce, &QTimer::timeout, this, [this]() { emit periodChanged(period()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addWidget(m_preset);
    layout->addSpacing(6);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    m_last = QDate::currentDate();
    m_first = m_last.addDays(-364);
    showPeriod(presetPeriod(Last30Days));
    retranslateUi();
}

void PeriodBar::setDataRange(const QDate &first, const QDate &last)
{
    m_last = last.isValid() ? last : QDate::currentDate();
    m_first = first.isValid() && first <= m_last ? first : m_last;
    retranslateUi(); // the preset tooltip names the last day
    if (preset() != Custom)
        showPeriod(presetPeriod(preset()));
    m_debounce.stop();
    emit periodChanged(period());
}

void PeriodBar::setPreset(Preset preset, bool notify)
{
    m_preset->setCurrentIndex(preset);
    if (notify)
        onPresetActivated(preset);
    else if (preset != Custom)
        showPeriod(presetPeriod(preset));
}

PeriodBar::Preset PeriodBar::preset() const
{
    return Preset(m_preset->currentIndex());
}

void PeriodBar::setPeriod(const Period &period)
{
    m_preset->setCurrentIndex(Custom);
    showPeriod(period);
    m_debounce.stop();
    emit periodChanged(this->period());
}

Period PeriodBar::period() const
{
    return Period{m_from->date(), m_to->date()};
}

Period PeriodBar::presetPeriod(Preset preset) const
{
    switch (preset) {
    case Last7Days:
        return Period::ending(m_last, 7);
    case Last90Days:
        return Period::ending(m_last, 90);
    case ThisMonth:
        return Period{QDate(m_last.year(), m_last.month(), 1), m_last};
    case AllTime:
        return Period{m_first, m_last};
    case Last30Days:
    case Custom:
        break;
    }
    return Period::ending(m_last, 30);
}

void PeriodBar::onPresetActivated(int index)
{
    if (index == Custom)
        return;
    showPeriod(presetPeriod(Preset(index)));
    m_debounce.stop();
    emit periodChanged(period());
}

void PeriodBar::onDateEdited()
{
    if (m_updating)
        return;
    m_updating = true;
    // Keep from <= to: move the other end along.
    if (sender() == m_from && m_from->date() > m_to->date())
        m_to->setDate(m_from->date());
    else if (sender() == m_to && m_to->date() < m_from->date())
        m_from->setDate(m_to->date());
    m_updating = false;
    m_preset->setCurrentIndex(Custom);
    m_debounce.start();
}

void PeriodBar::showPeriod(const Period &period)
{
    m_updating = true;
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_updating = false;
}

void PeriodBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PeriodBar::retranslateUi()
{
    m_label->setText(tr("Period:"));
    m_preset->setItemText(Last7Days, tr("Last 7 days"));
    m_preset->setItemText(Last30Days, tr("Last 30 days"));
    m_preset->setItemText(Last90Days, tr("Last 90 days"));
    m_preset->setItemText(ThisMonth, tr("This month"));
    m_preset->setItemText(AllTime, tr("All time"));
    m_preset->setItemText(Custom, tr("Custom"));
    const QString anchor = tr("Presets end on the day of the last message (%1).")
                               .arg(QLocale().toString(m_last, QLocale::LongFormat));
    m_preset->setToolTip(anchor);
    m_from->setToolTip(tr("First day of the period (community time zone)"));
    m_to->setToolTip(tr("Last day of the period, included"));
}

} // namespace kindred
