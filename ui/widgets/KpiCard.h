#pragma once
// One headline figure on the Dashboard: a title, a big value, and the change against the
// previous period (▲ / ▼, green when better, red when worse); the tooltip gives the metric's
// definition.

#include "Card.h"

class QLabel;

namespace kindred {

class KpiCard final : public Card
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)
public:
    explicit KpiCard(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    /// Relative change (0.1 = +10%); NaN when the previous period had nothing to compare.
    /// `previous` is shown in the tooltip of the change.
    void setChange(double relative, const QString &previous);
    void setDefinition(const QString &definition);

    QString title() const;
    QString valueText() const;
    QString changeText() const;
    /// Formats a relative change as "▲ 12.5%" / "▼ 3.0%" / "0%" / "—" (NaN).
    static QString formatChange(double relative);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    double m_relative = 0;
};

} // namespace kindred
