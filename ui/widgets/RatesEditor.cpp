#include "RatesEditor.h"

#include "models/Money.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {

RatesEditor::RatesEditor(QWidget *parent)
    : QWidget(parent), m_base(new QComboBox), m_baseLabel(new QLabel), m_rows(new QWidget),
      m_grid(new QGridLayout(m_rows)), m_apply(new QPushButton), m_off(new QPushButton)
{
    m_base->setObjectName(QStringLiteral("ratesBase"));
    m_apply->setObjectName(QStringLiteral("ratesApply"));
    m_off->setObjectName(QStringLiteral("ratesOff"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_baseLabel);
    top->addWidget(m_base);
    top->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(m_off);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_rows);
    layout->addLayout(buttons);

    connect(m_base, &QComboBox::currentIndexChanged, this, [this]() {
        // Rates typed against the old base mean nothing against the new one: start afresh.
        m_major.clear();
        rebuildRows(false);
    });
    connect(m_apply, &QPushButton::clicked, this, [this]() { emit applyRequested(edited()); });
    connect(m_off, &QPushButton::clicked, this, [this]() { emit applyRequested(ExchangeRates{}); });
    retranslateUi();
}

void RatesEditor::setState(const QStringList &currencies, const ExchangeRates &rates,
                           const QString &fallbackBase)
{
    m_currencies = currencies;
    const QString base = rates.isEnabled() ? rates.base : fallbackBase;
    if (!base.isEmpty() && !m_currencies.contains(base))
        m_currencies.prepend(base);
    m_major.clear();
    for (auto it = rates.rates.constBegin(); it != rates.rates.constEnd(); ++it)
        m_major.insert(it.key(), Money::majorRate(it.value(), it.key(), base));
    {
        const QSignalBlocker block(m_base);
        m_base->clear();
        m_base->addItems(m_currencies);
        m_base->setCurrentIndex(int(m_currencies.indexOf(base)));
    }
    rebuildRows(false);
}

ExchangeRates RatesEditor::edited() const
{
    ExchangeRates r;
    r.base = m_base->currentText();
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it)
        r.rates.insert(it.key(), Money::minorRate(it.value()->value(), it.key(), r.base));
    return r;
}

QDoubleSpinBox *RatesEditor::rateBox(const QString &currency) const
{
    return m_boxes.value(currency);
}

void RatesEditor::rebuildRows(bool keepValues)
{
    if (keepValues)
        for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it)
            m_major.insert(it.key(), it.value()->value());
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    const QString base = m_base->currentText();
    int row = 0;
    for (const QString &c : std::as_const(m_currencies)) {
        if (c == base)
            continue;
        auto *box = new QDoubleSpinBox;
        box->setObjectName(QStringLiteral("rate_%1").arg(c));
        box->setDecimals(6);
        box->setRange(0.000001, 1000000.0);
        box->setValue(m_major.value(c, 1.0));
        box->setToolTip(tr("How many %1 one %2 is worth").arg(base, c));
        auto *from = new QLabel(tr("1 %1 =").arg(c));
        auto *to = new QLabel(base);
        m_grid->addWidget(from, row, 0);
        m_grid->addWidget(box, row, 1);
        m_grid->addWidget(to, row, 2);
        for (QWidget *w : {static_cast<QWidget *>(from), static_cast<QWidget *>(box),
                           static_cast<QWidget *>(to)})
            w->setVisible(true); // now, not after the layout's queued show
        m_boxes.insert(c, box);
        ++row;
    }
    m_grid->setColumnStretch(3, 1);
    m_apply->setEnabled(!base.isEmpty() && !m_boxes.isEmpty());
}

void RatesEditor::retranslateUi()
{
    m_baseLabel->setText(tr("Convert into:"));
    m_base->setToolTip(tr("The currency every amount is converted into"));
    m_apply->setText(tr("Apply rates"));
    m_apply->setToolTip(tr("Save these rates in the workspace and show revenue converted"));
    m_off->setText(tr("Turn off"));
    m_off->setToolTip(tr("Forget the rates: revenue is shown per currency only"));
    rebuildRows(true); // the "1 USD =" labels and tooltips
}

void RatesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace kindred
