#pragma once
// Light and dark palettes. The application runs the Fusion style so that both palettes look
// the same on Windows, macOS and Linux (the native Windows style ignores custom palettes).

#include <QColor>

namespace kindred {

class Theme final
{
public:
    /// Installs the light or dark palette on the application.
    static void apply(bool dark);
    /// True when the application palette is dark.
    static bool isDark();
    /// Accent colours for "better" and "worse" changes, readable on both palettes.
    static QColor positive();
    static QColor negative();
    /// A muted text colour between the window text and the window background.
    static QColor mutedText();
};

} // namespace kindred
