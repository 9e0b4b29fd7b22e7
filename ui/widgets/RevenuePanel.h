#pragma once
// Revenue per month by plan on the Memberships page (PaidMetrics revenue cells): a stacked bar
// chart in ONE currency — amounts of different currencies are never added. With several
// currencies a selector picks one of them, or "converted into <base>" with the rates the user
// enters in an inline RatesEditor (saved in the workspace by the page). Below the chart, the
// total of the months shown and the currencies left out for want of a rate.

#include "analytics/PaidMetrics.h"
#include "charts/PaidCharts.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace kindred {

class InteractiveChartView;
class RatesEditor;

class RevenuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenuePanel)
public:
    /// selectedKey() when the converted view is chosen.
    static QString convertedKey() { return QStringLiteral("*"); }

    explicit RevenuePanel(QWidget *parent = nullptr);

    /// Shows the revenue `cells` over `months`. `currencies`: every currency of the paid
    /// memberships; `rates`: the stored rates (conversion offered when enabled); `fallbackBase`:
    /// the community's currency; `preferred`: the key to select (kept when still offered, else
    /// the first currency).
    void setData(const QList<RevenueCell> &cells, const QList<QDate> &months,
                 const QStringList &currencies, const ExchangeRates &rates,
                 const QString &fallbackBase, const QString &preferred);
    /// A currency code, or convertedKey().
    QString selectedKey() const;
    /// Selects `key` when offered; false otherwise.
    bool select(const QString &key);
    const RevenueSeries &series() const { return m_series; }
    QString summaryText() const;
    /// Redraws the chart (palette or font change).
    void render();

    QComboBox *currencyBox() const { return m_currency; }
    QPushButton *ratesButton() const { return m_ratesButton; }
    RatesEditor *ratesEditor() const { return m_rates; }
    InteractiveChartView *chartView() const { return m_chart; }

signals:
    void selectionChanged(const QString &key);
    void ratesApplied(const ExchangeRates &rates);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCurrencies(const QString &preferred);
    void showSelection();
    void retranslateUi();

    QLabel *m_currencyLabel;
    QComboBox *m_currency;
    QPushButton *m_ratesButton;
    RatesEditor *m_rates;
    InteractiveChartView *m_chart;
    QLabel *m_summary;
    QList<RevenueCell> m_cells;
    QList<QDate> m_months;
    QStringList m_currencies;
    ExchangeRates m_storedRates;
    RevenueSeries m_series;
};

} // namespace kindred
