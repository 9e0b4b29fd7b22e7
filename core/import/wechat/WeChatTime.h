#pragma once
// Times of the WeChat CSV exports.
//
// * Unix times: 10 digits = seconds, 13 digits = milliseconds (MemoTrace CreateTime, the XML
//   createtime of a quoted message). Absolute: no time zone is involved.
// * Wall-clock times, written in the exporting computer's local time without a zone:
//   "yyyy-MM-dd HH:mm:ss" (PyWxDump), "yyyy/M/d H:mm" and "yyyy/M/d H:mm:ss" (the same file
//   re-saved by Excel in a Chinese locale), also "yyyy-M-d H:mm". They are converted to UTC
//   with a fixed offset (WeChatImporter uses UTC+8, China Standard Time, by default).
//   Day-first or month-first dates ("4/10/2024") are ambiguous and rejected.

#include <QString>

namespace kindred::wechat {

class WeChatTime final
{
public:
    /// 10 or 13 ASCII digits -> UTC seconds; false otherwise.
    static bool parseUnix(const QString &text, qint64 &utcSeconds);
    /// A wall-clock time (formats above) -> UTC seconds, given the zone's offset east of UTC
    /// in seconds. hasSeconds tells whether the text had a seconds field.
    static bool parseWallClock(const QString &text, int offsetSeconds, qint64 &utcSeconds,
                               bool &hasSeconds);
};

} // namespace kindred::wechat
