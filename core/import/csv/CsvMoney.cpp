#include "CsvMoney.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace kindred {
namespace {

constexpr const char *kIsoCodes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
    "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR "
    "KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK "
    "MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR "
    "SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD "
    "TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

QString notANumber(const QString &text)
{
    return QCoreApplication::translate("CsvImport", "'%1' is not a number").arg(text);
}

QString notACurrency(const QString &text)
{
    return QCoreApplication::translate("CsvImport", "'%1' is not an ISO 4217 currency").arg(text);
}

/// Splits a number written with grouping and a decimal separator into digits before and after
/// the separator; false when the separators make no sense.
bool splitNumber(const QString &number, QString *integer, QString *fraction)
{
    static const QRegularExpression groupedComma(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
    static const QRegularExpression groupedDot(QStringLiteral("^\\d{1,3}(\\.\\d{3})+$"));
    const qsizetype commas = number.count(QLatin1Char(','));
    const qsizetype dots = number.count(QLatin1Char('.'));
    QChar decimal;
    QChar grouping;
    if (commas > 0 && dots > 0) {
        const bool commaLast =
            number.lastIndexOf(QLatin1Char(',')) > number.lastIndexOf(QLatin1Char('.'));
        decimal = commaLast ? QLatin1Char(',') : QLatin1Char('.');
        grouping = commaLast ? QLatin1Char('.') : QLatin1Char(',');
        if (number.count(decimal) != 1)
            return false;
    } else if (commas > 1 || dots > 1) {
        if (!(commas > 1 ? groupedComma : groupedDot).match(number).hasMatch())
            return false;
        grouping = commas > 1 ? QLatin1Char(',') : QLatin1Char('.');
    } else if (commas == 1) {
        // "1,299" groups thousands; "12,30" is a decimal comma.
        if (groupedComma.match(number).hasMatch())
            grouping = QLatin1Char(',');
        else
            decimal = QLatin1Char(',');
    } else if (dots == 1) {
        decimal = QLatin1Char('.');
    }
    QString n = number;
    if (!grouping.isNull())
        n.remove(grouping);
    const qsizetype at = decimal.isNull() ? -1 : n.indexOf(decimal);
    *integer = at < 0 ? n : n.left(at);
    *fraction = at < 0 ? QString() : n.mid(at + 1);
    static const QRegularExpression digits(QStringLiteral("^\\d*$"));
    return !(integer->isEmpty() && fraction->isEmpty()) && digits.match(*integer).hasMatch() &&
           digits.match(*fraction).hasMatch();
}

} // namespace

QString CsvMoney::normaliseCurrency(const QString &input)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("¥"), QStringLiteral("CNY")},
        {QStringLiteral("￥"), QStringLiteral("CNY")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("人民币"), QStringLiteral("CNY")},
        {QStringLiteral("RMB"), QStringLiteral("CNY")},
        {QStringLiteral("CN¥"), QStringLiteral("CNY")},
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("美元"), QStringLiteral("USD")},
        {QStringLiteral("美金"), QStringLiteral("USD")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("英镑"), QStringLiteral("GBP")},
        {QStringLiteral("HK$"), QStringLiteral("HKD")},
        {QStringLiteral("港币"), QStringLiteral("HKD")},
        {QStringLiteral("港元"), QStringLiteral("HKD")},
        {QStringLiteral("NT$"), QStringLiteral("TWD")},
        {QStringLiteral("S$"), QStringLiteral("SGD")},
        {QStringLiteral("A$"), QStringLiteral("AUD")},
        {QStringLiteral("C$"), QStringLiteral("CAD")},
        {QStringLiteral("CA$"), QStringLiteral("CAD")},
        {QStringLiteral("JP¥"), QStringLiteral("JPY")},
        {QStringLiteral("円"), QStringLiteral("JPY")},
        {QStringLiteral("日元"), QStringLiteral("JPY")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₽"), QStringLiteral("RUB")},
    };
    const QString text = input.trimmed();
    const QString upper = text.toUpper();
    if (const auto it = names.constFind(upper); it != names.constEnd())
        return it.value();
    if (const auto it = names.constFind(text); it != names.constEnd())
        return it.value();
    return isIsoCurrency(upper) ? upper : QString();
}

bool CsvMoney::isIsoCurrency(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> s;
        for (const QString &c : QString::fromLatin1(kIsoCodes).split(QLatin1Char(' ')))
            s.insert(c);
        return s;
    }();
    return codes.contains(code);
}

int CsvMoney::minorDigits(const QString &code)
{
    static const QStringList zero =
        QStringLiteral("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF "
                       "XOF XPF")
            .split(QLatin1Char(' '));
    static const QStringList three =
        QStringLiteral("BHD IQD JOD KWD LYD OMR TND").split(QLatin1Char(' '));
    return zero.contains(code) ? 0 : three.contains(code) ? 3 : 2;
}

bool CsvMoney::parseAmount(const QString &input, const QString &currencyColumn,
                           const QString &defaultCurrency, qint64 *minor, QString *currency,
                           QString *error)
{
    const QString text = input.trimmed();
    QString columnCode;
    if (!currencyColumn.trimmed().isEmpty()) {
        columnCode = normaliseCurrency(currencyColumn);
        if (columnCode.isEmpty()) {
            *error = notACurrency(currencyColumn.trimmed());
            return false;
        }
    }
    if (text.isEmpty()) {
        *minor = 0;
        *currency = columnCode.isEmpty() ? defaultCurrency : columnCode;
        return true;
    }
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isDigit() && text.at(i).unicode() < 128) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first < 0) {
        *error = notANumber(text);
        return false;
    }
    QString prefix = text.left(first).trimmed();
    const QString suffix = text.mid(last + 1).trimmed();
    bool negative = false;
    for (const QChar sign : {QChar(u'-'), QChar(0x2212)}) {
        if (prefix.startsWith(sign) || prefix.endsWith(sign)) {
            negative = true;
            prefix = (prefix.startsWith(sign) ? prefix.mid(1) : prefix.chopped(1)).trimmed();
        }
    }
    if (prefix.startsWith(QLatin1Char('+')))
        prefix = prefix.mid(1).trimmed();
    if (!prefix.isEmpty() && !suffix.isEmpty()) {
        *error = notANumber(text);
        return false;
    }
    const QString marker = prefix.isEmpty() ? suffix : prefix;
    QString markerCode;
    if (!marker.isEmpty()) {
        markerCode = normaliseCurrency(marker);
        static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{3}$"));
        if (markerCode.isEmpty()) {
            *error = letters.match(marker).hasMatch() ? notACurrency(marker) : notANumber(text);
            return false;
        }
    }
    QString number = text.mid(first, last - first + 1);
    number.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}']")));
    QString integer;
    QString fraction;
    if (!splitNumber(number, &integer, &fraction)) {
        *error = notANumber(text);
        return false;
    }
    if (!columnCode.isEmpty() && !markerCode.isEmpty() && columnCode != markerCode) {
        *error = QCoreApplication::translate("CsvImport",
                                             "'%1' is in %2 but the currency column says %3")
                     .arg(text, markerCode, columnCode);
        return false;
    }
    const QString code = !columnCode.isEmpty()   ? columnCode
                         : !markerCode.isEmpty() ? markerCode
                                                 : defaultCurrency;
    if (!isIsoCurrency(code)) {
        *error = QCoreApplication::translate("CsvImport",
                                             "'%1' has no currency and the default currency '%2' "
                                             "is not an ISO 4217 code")
                     .arg(text, code);
        return false;
    }
    const int digits = minorDigits(code);
    while (fraction.size() > digits && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > digits) {
        *error = QCoreApplication::translate("CsvImport", "'%1' has more decimals than %2 has (%3)")
                     .arg(text, code)
                     .arg(digits);
        return false;
    }
    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    if (integer.size() > 15) {
        *error = QCoreApplication::translate("CsvImport", "'%1' is too large").arg(text);
        return false;
    }
    qint64 value = integer.isEmpty() ? 0 : integer.toLongLong();
    for (int i = 0; i < digits; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    *minor = negative ? -value : value;
    *currency = code;
    return true;
}

} // namespace kindred
