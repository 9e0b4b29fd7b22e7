#pragma once
// A rounded panel on the Base colour with a faint border: the building block of the
// Dashboard (KPI cards, chart panels). An optional heading sits on top of the content.

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace kindred {

class Card : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)
public:
    explicit Card(QWidget *parent = nullptr);

    /// Shows `heading` above the content (empty hides it).
    void setHeading(const QString &heading);
    QString heading() const;
    /// Adds a widget below the heading.
    void addWidget(QWidget *widget, int stretch = 0);

protected:
    void paintEvent(QPaintEvent *event) override;
    QVBoxLayout *cardLayout() const { return m_layout; }

private:
    QVBoxLayout *m_layout;
    QLabel *m_heading;
};

} // namespace kindred
