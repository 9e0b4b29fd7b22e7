#include "TelegramDates.h"

#include <QDateTime>

namespace kindred::telegram {

namespace {

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

bool parseIsoDate(std::string_view s, Civil &c)
{
    // YYYY-MM-DD[T ]HH:MM[:SS]
    if (s.size() < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') ||
        s[13] != ':')
        return false;
    const int y = digits(s.data(), 4), mo = digits(s.data() + 5, 2), d = digits(s.data() + 8, 2);
    const int h = digits(s.data() + 11, 2), mi = digits(s.data() + 14, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return false;
    size_t i = 16;
    int sec = 0;
    if (i < s.size() && s[i] == ':') {
        if (s.size() < i + 3 || (sec = digits(s.data() + i + 1, 2)) < 0 || sec > 60)
            return false;
        i += 3;
    }
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) { // fraction: dropped
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    }
    c.hasZone = false;
    c.zoneOffset = 0;
    if (i < s.size()) {
        if (s[i] == 'Z' || s[i] == 'z') {
            c.hasZone = true;
            ++i;
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            ++i;
            if (s.size() < i + 2)
                return false;
            const int zh = digits(s.data() + i, 2);
            i += 2;
            int zm = 0;
            if (i < s.size() && s[i] == ':')
                ++i;
            if (s.size() >= i + 2) {
                zm = digits(s.data() + i, 2);
                i += 2;
            }
            if (zh < 0 || zh > 18 || zm < 0 || zm > 59)
                return false;
            c.hasZone = true;
            c.zoneOffset = sign * (zh * 3600 + zm * 60);
        }
        if (i != s.size())
            return false;
    }
    c.days = daysFromCivil(y, mo, d);
    c.hour = h;
    c.secondsInHour = mi * 60 + sec;
    return true;
}

bool parseUnixString(std::string_view s, qint64 &out)
{
    if (s.empty() || s.size() > 15)
        return false;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

qint64 LocalClock::hourStart(qint64 hourKey)
{
    const auto it = m_cache.constFind(hourKey);
    if (it != m_cache.constEnd())
        return it.value();
    // Two-step offset lookup: correct on both sides of a DST change; a time inside a DST
    // gap maps to the instant the clock reading would have had with the old offset.
    const qint64 naive = hourKey * 3600;
    const int off1 = QDateTime::fromSecsSinceEpoch(naive, Qt::LocalTime).offsetFromUtc();
    const int off2 = QDateTime::fromSecsSinceEpoch(naive - off1, Qt::LocalTime).offsetFromUtc();
    const qint64 utc = naive - off2;
    if (m_cache.size() > 100000)
        m_cache.clear();
    m_cache.insert(hourKey, utc);
    return utc;
}

} // namespace kindred::telegram
