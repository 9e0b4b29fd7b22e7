#pragma once
// The report's colours and type scale: one accent (indigo), neutral greys for text and rules,
// green/red for changes. Chart colours come from ChartFactory.

#include <QColor>

namespace kindred::report {

struct Theme final
{
    static QColor accent() { return QColor(0x43, 0x38, 0xca); }     ///< indigo 700
    static QColor accentDark() { return QColor(0x31, 0x2e, 0x81); } ///< indigo 900
    static QColor accentSoft() { return QColor(0xee, 0xf0, 0xfd); } ///< table header, cards
    static QColor accentBar() { return QColor(0xc7, 0xd2, 0xfe); }  ///< in-cell bars
    static QColor barTrack() { return QColor(0xe9, 0xeb, 0xf3); }   ///< inline bar track
    static QColor barFill() { return QColor(0x81, 0x8c, 0xf8); }    ///< inline bar (indigo 400)
    static QColor text() { return QColor(0x11, 0x18, 0x27); }       ///< body text
    static QColor secondary() { return QColor(0x37, 0x41, 0x51); }  ///< table text
    static QColor muted() { return QColor(0x6b, 0x72, 0x80); }      ///< notes, labels
    static QColor rule() { return QColor(0xe5, 0xe7, 0xeb); }       ///< hairlines
    static QColor zebra() { return QColor(0xf7, 0xf8, 0xfa); }      ///< alternate rows
    static QColor positive() { return QColor(0x15, 0x80, 0x3d); }   ///< green 700
    static QColor negative() { return QColor(0xb9, 0x1c, 0x1c); }   ///< red 700

    // Type scale in points.
    static constexpr double kTitle = 30;
    static constexpr double kHeading = 17;
    static constexpr double kSubheading = 9.5;
    static constexpr double kBody = 9;
    static constexpr double kTable = 8.5;
    static constexpr double kSmall = 7.5;
};

} // namespace kindred::report
