#pragma once
// Reads the records of a WeChat CSV export (after its header) into WeChatRows, for both
// families; the mapping of each column is documented in WeChatImporter.h.
//
// Errors (read() returns false, errorMessage() and errorPosition() set): a record with fewer
// fields than the header, a record whose extra fields are not empty, an unreadable time.
// Oddities that leave the record usable go to WeChatWarnings.

#include "WeChatHeader.h"
#include "WeChatRow.h"
#include "WeChatWarnings.h"

#include <QString>

namespace kindred::wechat {

class WeChatRowReader final
{
public:
    /// path names the channel when the file holds no chat id; offsetSeconds converts
    /// wall-clock times (east of UTC).
    WeChatRowReader(const WeChatHeader &header, const QString &path, int offsetSeconds,
                    WeChatWarnings &warnings);

    bool read(const CsvReader &reader, WeChatRow &row);

    QString errorMessage() const { return m_errorMessage; }
    CsvPosition errorPosition() const { return m_errorPosition; }
    /// Whether any time so far was a wall-clock time (converted with the offset; the first
    /// one gave the time zone warning).
    bool usedWallClock() const { return m_usedWallClock; }

    static constexpr int kChinaOffset = 8 * 3600;

private:
    bool fail(CsvPosition at, const QString &message);
    QString field(const QStringList &f, const char *name) const;
    qsizetype index(const char *name) const;
    bool readTime(const CsvReader &reader, const char *column, WeChatRow &row);
    QString messageIdFrom(const QString &svrId, qint64 line);
    bool isSenderFlag(const QString &value, qint64 line);
    void readMemoTrace(const QStringList &f, WeChatRow &row, qint64 line);
    void readPyWxDump(const QStringList &f, WeChatRow &row, qint64 line);

    const WeChatHeader &m_header;
    const QString m_path;
    const QString m_baseName;
    const int m_offset;
    WeChatWarnings &m_warnings;
    QString m_errorMessage;
    CsvPosition m_errorPosition;
    bool m_usedWallClock = false;
};

} // namespace kindred::wechat
