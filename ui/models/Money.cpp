#include "Money.h"

#include <QHash>

#include <cmath>

namespace kindred {

int Money::decimals(const QString &currency)
{
    static const QHash<QString, int> digits = {
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0}, {QStringLiteral("XPF"), 0}, {QStringLiteral("BHD"), 3},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3}, {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("TND"), 3},
    };
    return digits.value(currency.toUpper(), 2);
}

double Money::toMajor(qint64 amountMinor, const QString &currency)
{
    return double(amountMinor) / std::pow(10.0, decimals(currency));
}

QString Money::symbol(const QString &currency)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("CNY"), QStringLiteral("¥")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("JP¥")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},
    };
    const QString code = currency.toUpper();
    const auto it = symbols.constFind(code);
    if (it != symbols.constEnd())
        return *it;
    return code.isEmpty() ? QString() : code + QLatin1Char(' ');
}

QString Money::format(qint64 amountMinor, const QString &currency, const QLocale &locale)
{
    return locale.toCurrencyString(toMajor(amountMinor, currency), symbol(currency),
                                   decimals(currency));
}

QString Money::formatMajor(double major, const QString &currency, const QLocale &locale)
{
    return locale.toCurrencyString(major, symbol(currency), decimals(currency));
}

double Money::majorRate(double minorRate, const QString &from, const QString &base)
{
    return minorRate * std::pow(10.0, decimals(from) - decimals(base));
}

double Money::minorRate(double majorRate, const QString &from, const QString &base)
{
    return majorRate * std::pow(10.0, decimals(base) - decimals(from));
}

} // namespace kindred
