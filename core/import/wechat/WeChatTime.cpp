#include "WeChatTime.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

namespace kindred::wechat {

bool WeChatTime::parseUnix(const QString &text, qint64 &utcSeconds)
{
    const QString t = text.trimmed();
    if (t.size() != 10 && t.size() != 13)
        return false;
    for (const QChar c : t) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    bool ok = false;
    const qint64 value = t.toLongLong(&ok);
    if (!ok)
        return false;
    utcSeconds = t.size() == 13 ? value / 1000 : value;
    return true;
}

bool WeChatTime::parseWallClock(const QString &text, int offsetSeconds, qint64 &utcSeconds,
                                bool &hasSeconds)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    hasSeconds = m.hasCaptured(7) && !m.captured(7).isEmpty();
    const QTime time(m.captured(5).toInt(), m.captured(6).toInt(),
                     hasSeconds ? m.captured(7).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return false;
    utcSeconds =
        qint64(QDate(1970, 1, 1).daysTo(date)) * 86400 + QTime(0, 0).secsTo(time) - offsetSeconds;
    return true;
}

} // namespace kindred::wechat
