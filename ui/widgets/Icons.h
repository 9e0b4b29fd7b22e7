#pragma once
// Small icons drawn with QPainter, so that they render without the Qt SVG plugin and follow
// the palette (light or dark).

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace kindred {

class Icons final
{
public:
    /// The Kindred logo (the same drawing as resources/icons/kindred.svg).
    static QPixmap appLogo(int size);
    /// The application icon: the SVG when the SVG plugin is there, else the drawn logo.
    static QIcon appIcon();
    static QIcon dashboard(const QColor &color);
    static QIcon members(const QColor &color);
    static QIcon content(const QColor &color);
    /// A filled dot, e.g. a segment's colour in tables and combo boxes.
    static QIcon dot(const QColor &color);
};

} // namespace kindred
