#include "KpiCard.h"

#include "Theme.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace kindred {

KpiCard::KpiCard(QWidget *parent)
    : Card(parent), m_title(new QLabel(this)), m_value(new QLabel(this)), m_change(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_change->setObjectName(QStringLiteral("kpiChange"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_title->setWordWrap(false);
    m_title->setForegroundRole(QPalette::PlaceholderText); // muted, follows the palette
    m_value->setText(QStringLiteral("—"));
    m_change->setText(QStringLiteral(" "));

    addWidget(m_title);
    addWidget(m_value);
    addWidget(m_change);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumWidth(150);
    updateColors();
}

void KpiCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiCard::setChange(double relative, const QString &previous)
{
    m_relative = relative;
    m_change->setText(formatChange(relative));
    m_change->setToolTip(tr("Previous period: %1").arg(previous));
    updateColors();
}

void KpiCard::setDefinition(const QString &definition)
{
    setToolTip(definition);
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

QString KpiCard::formatChange(double relative)
{
    if (!std::isfinite(relative))
        return QStringLiteral("—");
    const QString pct = QLocale().toString(std::abs(relative) * 100.0, 'f', 1) + QLatin1Char('%');
    if (std::abs(relative) < 0.0005)
        return QStringLiteral("0%");
    return (relative > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + pct;
}

void KpiCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    Card::changeEvent(event);
}

void KpiCard::updateColors()
{
    QPalette change = m_change->palette();
    QColor c = Theme::mutedText();
    if (std::isfinite(m_relative) && std::abs(m_relative) >= 0.0005)
        c = m_relative > 0 ? Theme::positive() : Theme::negative();
    change.setColor(QPalette::WindowText, c);
    m_change->setPalette(change);
}

} // namespace kindred
