#pragma once
// Help > About.

class QWidget;

namespace kindred {

class AboutDialog final
{
public:
    static void show(QWidget *parent);
};

} // namespace kindred
