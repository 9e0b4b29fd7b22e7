#include "Card.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace kindred {

Card::Card(QWidget *parent)
    : QFrame(parent), m_layout(new QVBoxLayout(this)), m_heading(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("cardHeading"));
    QFont f = m_heading->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    m_heading->setFont(f);
    m_heading->hide();
    m_layout->setContentsMargins(16, 12, 16, 12);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_heading);
}

void Card::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

QString Card::heading() const
{
    return m_heading->text();
}

void Card::addWidget(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

void Card::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor border = pal.color(QPalette::WindowText);
    border.setAlpha(38);
    p.setPen(QPen(border, 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
}

} // namespace kindred
