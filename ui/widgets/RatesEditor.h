#pragma once
// A small editor of the exchange rates the user enters to see revenue in one currency
// (core/analytics/PaidMetrics.h ExchangeRates): a base currency and, for every other currency
// of the workspace, "1 USD = [7.2] CNY" in ordinary (major-unit) terms, converted to the core's
// minor-unit rates (Money::minorRate) on Apply. "Turn off" asks for no conversion.

#include "analytics/PaidMetrics.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace kindred {

class RatesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatesEditor)
public:
    explicit RatesEditor(QWidget *parent = nullptr);

    /// Shows `currencies` (ISO codes) with `rates` (the stored ones; base `fallbackBase` when
    /// conversion is off).
    void setState(const QStringList &currencies, const ExchangeRates &rates,
                  const QString &fallbackBase);
    /// The rates as edited (minor-unit rates; base = the chosen base).
    ExchangeRates edited() const;
    QComboBox *baseBox() const { return m_base; }
    /// The spin box of `currency` (nullptr for the base or an unknown currency).
    QDoubleSpinBox *rateBox(const QString &currency) const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *offButton() const { return m_off; }

signals:
    /// Apply (enabled rates) or Turn off (rates with an empty base).
    void applyRequested(const ExchangeRates &rates);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Rebuilds the rate rows for the base; `keepValues` keeps the values typed so far.
    void rebuildRows(bool keepValues);
    void retranslateUi();

    QComboBox *m_base;
    QLabel *m_baseLabel;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QPushButton *m_apply;
    QPushButton *m_off;
    QStringList m_currencies;
    QHash<QString, double> m_major; ///< currency -> "1 currency = x base", as last shown/edited
    QHash<QString, QDoubleSpinBox *> m_boxes;
};

} // namespace kindred
