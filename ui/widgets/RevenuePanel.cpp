#include "RevenuePanel.h"

#include "RatesEditor.h"
#include "Theme.h"
#include "models/Money.h"
#include "widgets/InteractiveChartView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {

RevenuePanel::RevenuePanel(QWidget *parent)
    : QWidget(parent), m_currencyLabel(new QLabel), m_currency(new QComboBox),
      m_ratesButton(new QPushButton), m_rates(new RatesEditor), m_chart(new InteractiveChartView),
      m_summary(new QLabel)
{
    m_currency->setObjectName(QStringLiteral("revenueCurrency"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ratesButton->setObjectName(QStringLiteral("revenueRatesButton"));
    m_ratesButton->setCheckable(true);
    m_rates->setObjectName(QStringLiteral("ratesEditor"));
    m_rates->hide();
    m_chart->setObjectName(QStringLiteral("revenueChart"));
    m_chart->setMinimumSize(360, 240);
    m_summary->setObjectName(QStringLiteral("revenueSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currency);
    bar->addStretch();
    bar->addWidget(m_ratesButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_rates);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);

    connect(m_currency, &QComboBox::currentIndexChanged, this, [this]() {
        showSelection();
        emit selectionChanged(selectedKey());
    });
    connect(m_ratesButton, &QPushButton::toggled, m_rates, &QWidget::setVisible);
    connect(m_rates, &RatesEditor::applyRequested, this, &RevenuePanel::ratesApplied);
    retranslateUi();
}

void RevenuePanel::setData(const QList<RevenueCell> &cells, const QList<QDate> &months,
                           const QStringList &currencies, const ExchangeRates &rates,
                           const QString &fallbackBase, const QString &preferred)
{
    m_cells = cells;
    m_months = months;
    m_currencies = currencies;
    m_storedRates = rates;
    m_rates->setState(currencies, rates, fallbackBase);
    const bool several = currencies.size() > 1 || rates.isEnabled();
    m_ratesButton->setVisible(several);
    if (!several)
        m_ratesButton->setChecked(false);
    fillCurrencies(preferred);
}

void RevenuePanel::fillCurrencies(const QString &preferred)
{
    {
        const QSignalBlocker block(m_currency);
        m_currency->clear();
        for (const QString &c : std::as_const(m_currencies))
            m_currency->addItem(c, c);
        if (m_storedRates.isEnabled())
            m_currency->addItem(tr("All, converted into %1").arg(m_storedRates.base),
                                convertedKey());
        int index = m_currency->findData(preferred);
        m_currency->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool several = m_currency->count() > 1;
    m_currency->setVisible(several);
    m_currencyLabel->setVisible(several);
    showSelection();
}

QString RevenuePanel::selectedKey() const
{
    return m_currency->currentData().toString();
}

bool RevenuePanel::select(const QString &key)
{
    const int index = m_currency->findData(key);
    if (index < 0)
        return false;
    m_currency->setCurrentIndex(index);
    return true;
}

void RevenuePanel::showSelection()
{
    const QString key = selectedKey();
    if (key == convertedKey())
        m_series = PaidCharts::convertedSeries(m_cells, m_months, m_storedRates);
    else
        m_series = PaidCharts::revenueSeries(m_cells, m_months, key);
    render();
    const QLocale locale;
    QString text;
    if (!m_months.isEmpty()) {
        qint64 memberships = 0;
        for (const RevenueCell &c : std::as_const(m_cells))
            if (key == convertedKey() ? !m_series.missingRates.contains(c.currency)
                                      : c.currency == key)
                memberships += c.memberships;
        text = tr("%1 – %2: %3 from %n paid membership(s), by month of the membership's start; "
                  "refunded memberships are not revenue.",
                  nullptr, int(memberships))
                   .arg(m_months.first().toString(QStringLiteral("yyyy-MM")),
                        m_months.last().toString(QStringLiteral("yyyy-MM")),
                        Money::format(m_series.total(), m_series.currency, locale));
    }
    if (key == convertedKey()) {
        QStringList rates;
        for (auto it = m_storedRates.rates.constBegin(); it != m_storedRates.rates.constEnd(); ++it)
            rates << tr("1 %1 = %2 %3")
                         .arg(it.key(),
                              locale.toString(
                                  Money::majorRate(it.value(), it.key(), m_storedRates.base), 'g',
                                  6),
                              m_storedRates.base);
        rates.sort();
        text += QLatin1Char(' ') + tr("Converted with your rates: %1.").arg(rates.join(tr(", ")));
        if (!m_series.missingRates.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Left out (no rate): %1.").arg(m_series.missingRates.join(tr(", ")));
    }
    m_summary->setText(text);
}

QString RevenuePanel::summaryText() const
{
    return m_summary->text();
}

void RevenuePanel::render()
{
    ChartFactory::Style style;
    style.dark = Theme::isDark();
    style.font = font();
    m_chart->replaceChart(PaidCharts::revenueChart(m_series, style));
}

void RevenuePanel::retranslateUi()
{
    m_currencyLabel->setText(tr("Currency:"));
    m_currency->setToolTip(tr("Amounts in different currencies are never added: pick one, or "
                              "convert them all with your exchange rates"));
    m_ratesButton->setText(tr("Exchange rates…"));
    m_ratesButton->setToolTip(tr("Enter the rates to convert every currency into one"));
    m_chart->setToolTip(tr("Revenue = amounts of the paid memberships (active, expired, "
                           "cancelled) started in each month, stacked by plan. Hover a bar "
                           "for its amount."));
    if (m_currency->count() > 0)
        fillCurrencies(selectedKey());
}

void RevenuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kindred
