#include "CsvValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace kindred {
namespace {

/// Lower case without spaces, '-' and '_' ("No-Show" -> "noshow").
QString squeeze(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.remove(QRegularExpression(QStringLiteral("[\\s_-]")));
    return s;
}

/// A lookup of words (squeezed) to a canonical value.
QString lookup(const QString &text, const QList<QPair<QString, QStringList>> &table)
{
    const QString key = squeeze(text);
    for (const auto &[value, words] : table)
        if (value == key || words.contains(key))
            return value;
    return {};
}

qint64 wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone, bool *ok)
{
    const QDateTime dt(date, time, zone);
    *ok = date.isValid() && time.isValid() && dt.isValid();
    return *ok ? dt.toSecsSinceEpoch() : 0;
}

QString notADate(const QString &text)
{
    return QCoreApplication::translate("CsvImport",
                                       "'%1' is not a date (expected ISO 8601, yyyy-MM-dd HH:mm, "
                                       "yyyy/M/d H:mm or unix seconds)")
        .arg(text);
}

QString notANumber(const QString &text)
{
    return QCoreApplication::translate("CsvImport", "'%1' is not a number").arg(text);
}

} // namespace

bool CsvValues::parseDate(const QString &input, const QString &format, const QTimeZone &zone,
                          qint64 *utcSeconds, QString *error)
{
    const QString text = input.trimmed();
    bool ok = false;
    if (format.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        const QDateTime parsed = QDateTime::fromString(text, format);
        if (!parsed.isValid()) {
            *error =
                QCoreApplication::translate("CsvImport", "'%1' does not match the date format '%2'")
                    .arg(text, format);
            return false;
        }
        if (format.contains(QLatin1Char('t'))) {
            *utcSeconds = parsed.toSecsSinceEpoch();
            return true;
        }
        *utcSeconds = wallToUtc(parsed.date(), parsed.time(), zone, &ok);
        if (!ok)
            *error = notADate(text);
        return ok;
    }
    static const QRegularExpression unixSeconds(QStringLiteral("^-?\\d{9,10}$"));
    static const QRegularExpression unixMillis(QStringLiteral("^\\d{12,13}$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
                       "(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?)?"
                       "\\s*(Z|z|UTC|GMT|([+-])(\\d{2}):?(\\d{2})?)?$"));
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日?"
                       "(?:\\s*(\\d{1,2})[:：时](\\d{1,2})(?:[:：分](\\d{1,2})秒?)?)?$"));
    if (unixSeconds.match(text).hasMatch()) {
        *utcSeconds = text.toLongLong();
        return true;
    }
    if (unixMillis.match(text).hasMatch()) {
        *utcSeconds = text.toLongLong() / 1000;
        return true;
    }
    auto num = [](const QRegularExpressionMatch &m, int i) { return m.captured(i).toInt(); };
    if (const auto m = compact.match(text); m.hasMatch()) {
        *utcSeconds = wallToUtc(QDate(num(m, 1), num(m, 2), num(m, 3)), QTime(0, 0), zone, &ok);
    } else if (const auto m = dateTime.match(text); m.hasMatch()) {
        const QDate date(num(m, 1), num(m, 3), num(m, 4));
        const QTime time(num(m, 5), num(m, 6), num(m, 7));
        if (m.captured(8).isEmpty()) {
            *utcSeconds = wallToUtc(date, time, zone, &ok);
        } else {
            const int hours = num(m, 10);
            const int minutes = num(m, 11);
            ok = date.isValid() && time.isValid() && hours <= 14 && minutes <= 59;
            const qint64 offset = (m.captured(9) == QLatin1String("-") ? -1 : 1) *
                                  (qint64(hours) * 3600 + qint64(minutes) * 60);
            *utcSeconds = ok ? QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offset : 0;
        }
    } else if (const auto m = chinese.match(text); m.hasMatch()) {
        *utcSeconds = wallToUtc(QDate(num(m, 1), num(m, 2), num(m, 3)),
                                QTime(num(m, 4), num(m, 5), num(m, 6)), zone, &ok);
    }
    if (!ok)
        *error = notADate(text);
    return ok;
}

bool CsvValues::parseStatus(const QString &text, QString *status, QString *error)
{
    static const QList<QPair<QString, QStringList>> table = {
        {QStringLiteral("trial"),
         {QStringLiteral("trialing"), QStringLiteral("trialling"), QStringLiteral("freetrial"),
          QStringLiteral("试用"), QStringLiteral("试用中"), QStringLiteral("体验")}},
        {QStringLiteral("active"),
         {QStringLiteral("paid"), QStringLiteral("valid"), QStringLiteral("current"),
          QStringLiteral("normal"), // 知识星球 scope "normal" (a paid member)
          QStringLiteral("ongoing"), QStringLiteral("有效"), QStringLiteral("正常"),
          QStringLiteral("生效"), QStringLiteral("生效中"), QStringLiteral("已支付"),
          QStringLiteral("已付款"), QStringLiteral("支付成功"), QStringLiteral("进行中")}},
        {QStringLiteral("expired"),
         {QStringLiteral("lapsed"), QStringLiteral("ended"), QStringLiteral("过期"),
          QStringLiteral("已过期"), QStringLiteral("到期"), QStringLiteral("已到期"),
          QStringLiteral("失效"), QStringLiteral("已失效")}},
        {QStringLiteral("refunded"),
         {QStringLiteral("refund"), QStringLiteral("退款"), QStringLiteral("已退款"),
          QStringLiteral("退费")}},
        {QStringLiteral("cancelled"),
         {QStringLiteral("canceled"), QStringLiteral("cancel"), QStringLiteral("取消"),
          QStringLiteral("已取消"), QStringLiteral("关闭"), QStringLiteral("已关闭")}},
    };
    *status = lookup(text, table);
    if (status->isEmpty())
        *error = QCoreApplication::translate("CsvImport",
                                             "'%1' is not a membership status (trial, active, "
                                             "expired, refunded, cancelled; 试用, 有效, 过期, "
                                             "退款, 取消)")
                     .arg(text.trimmed());
    return !status->isEmpty();
}

bool CsvValues::parseAttendance(const QString &text, QString *status, QString *error)
{
    static const QList<QPair<QString, QStringList>> table = {
        {QStringLiteral("registered"),
         {QStringLiteral("signedup"), QStringLiteral("signup"), QStringLiteral("rsvp"),
          QStringLiteral("going"), QStringLiteral("enrolled"), QStringLiteral("报名"),
          QStringLiteral("已报名")}},
        {QStringLiteral("attended"),
         {QStringLiteral("present"), QStringLiteral("checkedin"), QStringLiteral("checkin"),
          QStringLiteral("yes"), QStringLiteral("签到"), QStringLiteral("已签到"),
          QStringLiteral("出席"), QStringLiteral("参加"), QStringLiteral("已参加"),
          QStringLiteral("到场")}},
        {QStringLiteral("absent"),
         {QStringLiteral("noshow"), QStringLiteral("missed"), QStringLiteral("no"),
          QStringLiteral("缺席"), QStringLiteral("未到"), QStringLiteral("未签到"),
          QStringLiteral("旷课")}},
    };
    if (text.trimmed().isEmpty()) {
        *status = QStringLiteral("attended");
        return true;
    }
    *status = lookup(text, table);
    if (status->isEmpty())
        *error = QCoreApplication::translate("CsvImport",
                                             "'%1' is not an attendance (registered, attended, "
                                             "absent; 报名, 签到, 缺席)")
                     .arg(text.trimmed());
    return !status->isEmpty();
}

bool CsvValues::parseScore(const QString &input, double *score, QString *error)
{
    QString text = input.trimmed();
    static const QRegularExpression stars(QStringLiteral("^[\\x{2605}\\x{2B50}]+$"));
    if (stars.match(text).hasMatch()) {
        *score = double(text.size());
        return true;
    }
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    else if (const qsizetype slash = text.indexOf(QLatin1Char('/')); slash > 0)
        text.truncate(slash); // "4/5"
    text = text.trimmed();
    if (text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    bool ok = number.match(text).hasMatch();
    if (ok)
        *score = text.toDouble(&ok);
    if (!ok)
        *error = notANumber(input.trimmed());
    return ok;
}

bool CsvValues::parseEmail(const QString &text, QString *email, QString *error)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    *email = text.trimmed().toLower();
    if (re.match(*email).hasMatch())
        return true;
    *error = QCoreApplication::translate("CsvImport", "'%1' is not an email address")
                 .arg(text.trimmed());
    return false;
}

bool CsvValues::parsePhone(const QString &text, QString *phone, QString *error)
{
    QString s = text.trimmed();
    s.remove(QRegularExpression(QStringLiteral("[\\s\\-.()\\x{00A0}]")));
    static const QRegularExpression re(QStringLiteral("^\\+?\\d{5,20}$"));
    if (re.match(s).hasMatch()) {
        *phone = s;
        return true;
    }
    *error =
        QCoreApplication::translate("CsvImport", "'%1' is not a phone number").arg(text.trimmed());
    return false;
}

} // namespace kindred
