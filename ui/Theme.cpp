#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace kindred {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x22, 0x28), base(0x17, 0x19, 0x1e), text(0xe4, 0xe6, 0xea);
    const QColor button(0x2a, 0x2d, 0x34), disabled(0x6e, 0x73, 0x7c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2e, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x35, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x34));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0b, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3e, 0x47));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf9));
    return p;
}

} // namespace

void Theme::apply(bool dark)
{
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor Theme::positive()
{
    return isDark() ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
}

QColor Theme::negative()
{
    return isDark() ? QColor(0xf8, 0x71, 0x71) : QColor(0xc0, 0x26, 0x26);
}

QColor Theme::mutedText()
{
    const QPalette p = QApplication::palette();
    const QColor a = p.color(QPalette::WindowText), b = p.color(QPalette::Window);
    return QColor((a.red() * 3 + b.red() * 2) / 5, (a.green() * 3 + b.green() * 2) / 5,
                  (a.blue() * 3 + b.blue() * 2) / 5);
}

} // namespace kindred
