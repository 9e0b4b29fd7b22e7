#include "Sidebar.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace kindred {

Sidebar::Sidebar(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::StrongFocus);
    setFixedWidth(200);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::appLogo(28));
    auto *name = new QLabel(QStringLiteral("Kindred"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(18, 16, 12, 14);
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(name, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(brand);
    layout->addWidget(m_list, 1);
    updateStyle();
}

void Sidebar::addEntry()
{
    auto *item = new QListWidgetItem(m_list);
    item->setSizeHint(QSize(0, 40));
}

void Sidebar::setEntry(int row, const QIcon &icon, const QString &text)
{
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setIcon(icon);
        item->setText(text);
    }
}

void Sidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
    QWidget::changeEvent(event);
}

void Sidebar::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter p(this);
    QColor line = palette().color(QPalette::WindowText);
    line.setAlpha(40);
    p.setPen(line);
    p.drawLine(width() - 1, 0, width() - 1, height());
}

void Sidebar::updateStyle()
{
    // palette(...) is resolved when the sheet is set: set it again after a palette change.
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: transparent; outline: none; }"
        "QListWidget#navigation::item { padding: 0px 10px; margin: 1px 10px;"
        " border-radius: 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
        "QListWidget#navigation::item:hover:!selected { background: palette(alternate-base); }"));
}

} // namespace kindred
