#pragma once
// Money in generic CSV files: amounts written in many ways ("199", "¥199", "1,299.50",
// "1.299,50", "CNY 199", "199元") to integer minor currency units, and currencies (codes,
// symbols, Chinese names) to ISO 4217 codes. Errors quote the value ("'12,3x' is not a
// number", context "CsvImport"); the caller prefixes file, line and column.

#include <QString>

namespace kindred {

class CsvMoney final
{
public:
    /// Parses an amount such as "199", "199.00", "¥199", "1,299.50", "1.299,50", "CNY 199",
    /// "199元" or "-20" into minor units of its currency (fen, cents; 0 or 3 decimals for the
    /// currencies that have them). The currency is the `currencyColumn` value if given (a code
    /// or symbol), else the one written with the amount, else `defaultCurrency`; a symbol and a
    /// column that disagree, an unknown currency, or more decimals than the currency has are
    /// errors. An empty amount is 0.
    static bool parseAmount(const QString &text, const QString &currencyColumn,
                            const QString &defaultCurrency, qint64 *minor, QString *currency,
                            QString *error);

    /// ISO 4217 code of a code ("cny"), symbol ("¥" CNY, "$" USD, "€" EUR, "£" GBP, "HK$"…) or
    /// name ("元", "人民币", "RMB", "美元"); "" when not a known currency.
    static QString normaliseCurrency(const QString &text);
    /// True for an active ISO 4217 code (upper case).
    static bool isIsoCurrency(const QString &code);
    /// Decimals of the currency's minor unit: 0 (JPY, KRW…), 3 (BHD, KWD…) or 2.
    static int minorDigits(const QString &code);
};

} // namespace kindred
