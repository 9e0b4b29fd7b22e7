#pragma once
// Money as Kindred shows it: amounts are stored as integers in minor units (fen, cents) of an
// ISO 4217 currency (core/analytics/PaidMetrics.h); shown in major units with the currency's
// decimals (ISO 4217 minor units: 0 for JPY, KRW, ...; 3 for BHD, KWD, ...; else 2) through
// QLocale::toCurrencyString with a short symbol (¥ for CNY, $ for USD, ...; else the code).
// Used by the Memberships page and the PDF report alike.

#include <QLocale>
#include <QString>

namespace kindred {

class Money final
{
public:
    /// Minor-unit digits of `currency` (ISO 4217 code, any case); 2 when unknown.
    static int decimals(const QString &currency);
    /// `amountMinor` in major units: 12345 CNY fen -> 123.45.
    static double toMajor(qint64 amountMinor, const QString &currency);
    /// The symbol written before an amount: "¥" (CNY), "$" (USD), "€", "£", "JP¥", "HK$", ...;
    /// the code and a space for other currencies ("CHF ").
    static QString symbol(const QString &currency);
    /// "¥1,234.50" in `locale` (the application's default locale when omitted).
    static QString format(qint64 amountMinor, const QString &currency,
                          const QLocale &locale = QLocale());
    /// A major-unit value (an average, a converted amount) formatted like format().
    static QString formatMajor(double major, const QString &currency,
                               const QLocale &locale = QLocale());
    /// The user-facing exchange rate "1 `from` = x `base`" of a minor-unit rate of
    /// ExchangeRates (base minor units per minor unit of `from`), and back.
    static double majorRate(double minorRate, const QString &from, const QString &base);
    static double minorRate(double majorRate, const QString &from, const QString &base);
};

} // namespace kindred
