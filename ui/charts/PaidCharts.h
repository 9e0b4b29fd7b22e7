#pragma once
// The charts of the paid side (Memberships page and the PDF report's paid section), built like
// ChartFactory's: the caller owns the returned QChart; the same builders serve the GUI and an
// off-screen report render.
//   revenueChart   revenue per month as bars stacked by plan, in ONE currency (major units):
//                  either one currency of the data or everything converted into a base
//                  currency with user-entered rates (RevenueSeries says which);
//   renewalChart   renewal rate (续费率, renewed / expiring, %) per expiry month, a line;
//   rfmChart       paying members per RFM segment, horizontal bars in the segment colours.

#include "analytics/PaidMetrics.h"
#include "analytics/Rfm.h"
#include "charts/ChartFactory.h"

class QChart;

namespace kindred {

/// Revenue per month by plan in one currency, ready to draw (see PaidCharts::revenueSeries).
struct RevenueSeries
{
    QList<QDate> months;          ///< first days of the months, oldest first
    QString currency;             ///< the currency of `amounts` (the base when converted)
    bool converted = false;       ///< amounts converted with user rates
    QStringList plans;            ///< plan names ("" = no plan), ordered by total descending
    QList<QList<qint64>> amounts; ///< [plan][month] minor units of `currency`
    QStringList missingRates;     ///< currencies left out (no rate) when converted

    qint64 monthTotal(int month) const;
    qint64 total() const;
};

class PaidCharts final
{
public:
    /// The first days of the months from `from`'s month to `to`'s month, inclusive.
    static QList<QDate> monthsBetween(const QDate &from, const QDate &to);
    /// Revenue cells of `currency` only, summed per plan and month of `months`.
    static RevenueSeries revenueSeries(const QList<RevenueCell> &cells, const QList<QDate> &months,
                                       const QString &currency);
    /// Every cell converted into rates.base (ExchangeRates::convert, cell by cell); cells whose
    /// currency has no rate are left out and listed in missingRates.
    static RevenueSeries convertedSeries(const QList<RevenueCell> &cells,
                                         const QList<QDate> &months, const ExchangeRates &rates);

    /// Stacked bars (one set per plan, in `series.plans` order) of revenue per month in major
    /// units of series.currency. The only series is a QStackedBarSeries.
    static QChart *revenueChart(const RevenueSeries &series, const ChartFactory::Style &style);
    /// Renewal rate in % per month (months without expiring memberships have no point). The
    /// only series is a QLineSeries whose x is the month's index.
    static QChart *renewalChart(const QList<RenewalMonth> &months,
                                const ChartFactory::Style &style);
    /// Members per RFM segment (Rfm::all() order, top to bottom).
    static QChart *rfmChart(const QList<RfmRow> &rows, const ChartFactory::Style &style);

    /// Display name of a plan ("(no plan)" for ""), translated (context "PaidCharts").
    static QString planName(const QString &plan);
    /// Colour of the i-th plan of a chart.
    static QColor planColor(int index);
    /// The colour of an RFM segment everywhere (chart, table swatch, report).
    static QColor rfmColor(RfmSegment segment);
    /// Members per segment of `rows`, indexed by int(RfmSegment).
    static QList<int> rfmCounts(const QList<RfmRow> &rows);
};

} // namespace kindred
