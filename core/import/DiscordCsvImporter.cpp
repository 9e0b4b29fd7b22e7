#include "DiscordCsvImporter.h"

#include "CsvReader.h"
#include "discord/DiscordReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTime>
#include <QtEndian>

#include <algorithm>

namespace kindred {

namespace {

constexpr qint64 kPollEvery = 1000; // records between cancel/progress polls
constexpr int kMaxWarnings = 20;

const QStringList &headerFields()
{
    static const QStringList fields = {QStringLiteral("AuthorID"),    QStringLiteral("Author"),
                                       QStringLiteral("Date"),        QStringLiteral("Content"),
                                       QStringLiteral("Attachments"), QStringLiteral("Reactions")};
    return fields;
}

qint64 wallSeconds(const QDate &date, int h, int m, int s, bool &ok)
{
    const QTime time(h, m, s);
    ok = date.isValid() && time.isValid();
    return ok ? qint64(QDate(1970, 1, 1).daysTo(date)) * 86400 + QTime(0, 0).secsTo(time) : 0;
}

/// 12-hour clock: hour 1..12 with AM/PM -> 0..23 (-1 when invalid); no marker: as written.
int hour24(int hour, const QString &marker)
{
    if (marker.isEmpty())
        return hour;
    if (hour < 1 || hour > 12)
        return -1;
    return hour % 12 + (marker.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0 ? 12 : 0);
}

/// The part of an attachment URL or path that names the file, without a query.
QString fileNameOf(QString url)
{
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    if (query >= 0)
        url.truncate(query);
    const qsizetype slash = std::max(url.lastIndexOf(QLatin1Char('/')), url.lastIndexOf(u'\\'));
    return url.mid(slash + 1);
}

bool isServiceText(const QString &t)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(Joined the server\\.|Pinned a message\\.|Started a thread\\.|Changed the channel "
            "icon\\.|Changed the channel name(: .*|\\.)|Started a call.*|Added .+ to the group\\.|"
            "Added a recipient\\.|Removed .+ from the group\\.|Removed a recipient\\.|Left the "
            "group\\.)$"),
        QRegularExpression::DotMatchesEverythingOption);
    return re.match(t).hasMatch();
}

class Run
{
public:
    Run(const QString &path, ImportSink &sink, ImportError &error)
        : m_path(path), m_sink(sink), m_error(error)
    {
    }

    bool execute()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail({},
                        QCoreApplication::translate("DiscordImporter", "cannot open the file: %1")
                            .arg(file.errorString()));
        const qint64 size = file.size();
        CsvReader reader(file);
        CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::Error)
            return csvFail(reader);
        if (status == CsvReader::Status::End)
            return fail({}, QCoreApplication::translate(
                                "DiscordImporter",
                                "the file is empty: it holds no DiscordChatExporter CSV header"));
        if (reader.fields() != headerFields())
            return fail(reader.recordPosition(),
                        QCoreApplication::translate(
                            "DiscordImporter",
                            "not a DiscordChatExporter CSV export: the first line must be the "
                            "header \"AuthorID,Author,Date,Content,Attachments,Reactions\""));
        if (!m_sink.beginChannel(channel()))
            return fail({},
                        QCoreApplication::translate(
                            "DiscordImporter", "the import was stopped when starting the channel"));
        while ((status = reader.next()) == CsvReader::Status::Record) {
            if (reader.recordNumber() % kPollEvery == 0) {
                if (m_sink.isCanceled())
                    return fail(reader.recordPosition(),
                                QCoreApplication::translate("DiscordImporter", "import canceled"));
                m_sink.setProgress(reader.bytesRead(), size);
            }
            if (!record(reader))
                return false;
        }
        if (status == CsvReader::Status::Error)
            return csvFail(reader);
        if (m_reactionWarnings > kMaxWarnings)
            m_sink.addWarning(QCoreApplication::translate(
                                  "DiscordImporter",
                                  "%1 more record(s) had a Reactions field that was not understood")
                                  .arg(m_reactionWarnings - kMaxWarnings));
        m_sink.setProgress(size, size);
        return true;
    }

private:
    bool fail(CsvPosition at, const QString &message)
    {
        m_error.line = at.line;
        m_error.column = at.column;
        m_error.message = message;
        return false;
    }

    bool csvFail(const CsvReader &reader)
    {
        QString message;
        switch (reader.error()) {
        case CsvReader::Error::Read:
            message = QCoreApplication::translate("DiscordImporter", "read error: %1")
                          .arg(reader.deviceError());
            break;
        case CsvReader::Error::UnterminatedQuote:
            message = QCoreApplication::translate(
                "DiscordImporter",
                "the quoted field that starts here is not closed before the end of "
                "the file");
            break;
        case CsvReader::Error::CharacterAfterQuote:
            message = QCoreApplication::translate(
                "DiscordImporter",
                "unexpected character after the closing quote of a field (a quote "
                "inside a quoted field must be doubled)");
            break;
        case CsvReader::Error::InvalidUtf8:
            message = QCoreApplication::translate(
                "DiscordImporter", "the text is not valid UTF-8; DiscordChatExporter writes UTF-8");
            break;
        case CsvReader::Error::RecordTooLarge:
            message = QCoreApplication::translate(
                          "DiscordImporter", "the record that starts here is larger than %1 MiB")
                          .arg(reader.maxRecordBytes() >> 20);
            break;
        case CsvReader::Error::None:
            break;
        }
        return fail(reader.errorPosition(), message);
    }

    ChannelInfo channel() const
    {
        static const QRegularExpression re(
            QStringLiteral("^(.*?)\\s*\\[(\\d+)\\](?:\\s*\\[part \\d+\\])?$"));
        const QString base = QFileInfo(m_path).completeBaseName();
        ChannelInfo c;
        c.platform = QStringLiteral("discord");
        const QRegularExpressionMatch m = re.match(base);
        QString name = base;
        if (m.hasMatch()) {
            c.externalId = m.captured(2);
            name = m.captured(1);
        } else {
            c.externalId = base;
        }
        const QStringList parts = name.split(QStringLiteral(" - "));
        c.name = parts.size() >= 3 ? parts.first() + QStringLiteral(" / ") + parts.last() : name;
        if (c.name.isEmpty())
            c.name = c.externalId;
        return c;
    }

    QString messageId(const MessageInfo &m, const QString &attachments)
    {
        const QString key = m.author.externalId % QChar(0x1F) % QString::number(m.sentAt) %
                            QChar(0x1F) % m.text % QChar(0x1F) % attachments;
        const QByteArray digest =
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).left(8);
        const int n = m_occurrences[qFromBigEndian<quint64>(digest.constData())]++;
        QString id = QStringLiteral("csv-") + QString::fromLatin1(digest.toHex());
        if (n > 0)
            id += QLatin1Char('-') % QString::number(n);
        return id;
    }

    bool record(const CsvReader &reader)
    {
        const QStringList &f = reader.fields();
        if (f.size() != 6)
            return fail(reader.recordPosition(),
                        QCoreApplication::translate(
                            "DiscordImporter",
                            "record %1 has %2 field(s); a DiscordChatExporter CSV record has 6")
                            .arg(reader.recordNumber())
                            .arg(f.size()));
        MessageInfo m;
        m.author.externalId = f[0].trimmed();
        static const QRegularExpression discriminator(QStringLiteral("#\\d{4}$"));
        m.author.name = f[1];
        m.author.name.remove(discriminator);
        if (m.author.name == QLatin1String("Deleted User") && m.author.isValid())
            m.author.name += QStringLiteral(" #") + m.author.externalId;
        if (m.author.name.isEmpty())
            m.author.name = m.author.externalId;
        bool wallClock = false;
        if (!DiscordCsvImporter::parseDate(f[2].trimmed(), m.sentAt, wallClock))
            return fail(reader.fieldPosition(2),
                        QCoreApplication::translate(
                            "DiscordImporter",
                            "invalid date \"%1\": expected ISO 8601 such as "
                            "2023-01-05T10:12:13.456+01:00 or DiscordChatExporter's "
                            "dd-MMM-yy hh:mm tt such as 05-Jan-23 10:12 AM")
                            .arg(f[2]));
        if (wallClock && !m_warnedWallClock) {
            m_warnedWallClock = true;
            m_sink.addWarning(
                QCoreApplication::translate(
                    "DiscordImporter",
                    "%1: the dates have no time zone (old DiscordChatExporter date format); "
                    "they were read as UTC")
                    .arg(QFileInfo(m_path).fileName()));
        }
        m.text = f[3];
        m.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QStringList urls = f[4].split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &url : urls) {
            if (!url.trimmed().isEmpty()) {
                m.attachmentKind = discord::attachmentKindOf(fileNameOf(url.trimmed()), QString());
                break;
            }
        }
        if (!DiscordCsvImporter::parseReactions(f[5], m.reactions)) {
            m.reactions.clear();
            if (++m_reactionWarnings <= kMaxWarnings)
                m_sink.addWarning(QCoreApplication::translate(
                                      "DiscordImporter",
                                      "line %1: the Reactions field \"%2\" is not in the form "
                                      "\"emoji (count),...\"; its reactions were skipped")
                                      .arg(reader.fieldPosition(5).line)
                                      .arg(f[5]));
        }
        m.isService = m.attachmentKind.isEmpty() && isServiceText(m.text);
        m.externalId = messageId(m, f[4]);
        if (!m_sink.addMessage(m))
            return fail(reader.recordPosition(),
                        QCoreApplication::translate(
                            "DiscordImporter", "the import was stopped while storing record %1")
                            .arg(reader.recordNumber()));
        if (!m.isService || !m.author.isValid())
            return true;
        EventInfo e;
        e.at = m.sentAt;
        e.messageExternalId = m.externalId;
        if (m.text == QLatin1String("Joined the server.")) {
            e.kind = EventInfo::Kind::Join;
            e.member = m.author;
        } else if (m.text == QLatin1String("Pinned a message.")) {
            e.kind = EventInfo::Kind::Pin;
            e.actor = m.author;
        } else {
            return true;
        }
        if (!m_sink.addEvent(e))
            return fail(reader.recordPosition(),
                        QCoreApplication::translate(
                            "DiscordImporter",
                            "the import was stopped while storing the event of record %1")
                            .arg(reader.recordNumber()));
        return true;
    }

    const QString m_path;
    ImportSink &m_sink;
    ImportError &m_error;
    QHash<quint64, int> m_occurrences;
    bool m_warnedWallClock = false;
    int m_reactionWarnings = 0;
};

} // namespace

int DiscordCsvImporter::detect(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    qsizetype end = head.indexOf('\n');
    if (end < 0)
        end = head.size();
    QByteArray line = head.left(end);
    QBuffer buffer(&line);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    return reader.next() == CsvReader::Status::Record && reader.recordPosition().line == 1 &&
                   reader.fields() == headerFields()
               ? 90
               : 0;
}

bool DiscordCsvImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError{};
    error.file = path;
    return Run(path, sink, error).execute();
}

bool DiscordCsvImporter::parseDate(const QString &text, qint64 &utcSeconds, bool &isWallClock)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                       "\\s*(Z|([+-])(\\d{2}):?(\\d{2}))?$"));
    static const QRegularExpression dce(
        QStringLiteral("^(\\d{1,2})-([A-Za-z]{3})-(\\d{2}|\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                       "(?: ?([AaPp][Mm]))?$"));
    static const QRegularExpression us(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4}) (\\d{1,2}):(\\d{2})(?::(\\d{2}))? "
                       "([AaPp][Mm])$"));
    auto num = [](const QRegularExpressionMatch &m, int i) { return m.captured(i).toInt(); };
    bool ok = false;
    if (const auto m = iso.match(text); m.hasMatch()) {
        utcSeconds = wallSeconds(QDate(num(m, 1), num(m, 2), num(m, 3)), num(m, 4), num(m, 5),
                                 num(m, 6), ok);
        isWallClock = m.captured(7).isEmpty();
        if (!m.captured(8).isEmpty()) {
            if (num(m, 9) > 23 || num(m, 10) > 59)
                return false;
            const qint64 offset = num(m, 9) * 3600 + num(m, 10) * 60;
            utcSeconds -= m.captured(8) == QLatin1String("-") ? -offset : offset;
        }
        return ok;
    }
    isWallClock = true;
    if (const auto m = dce.match(text); m.hasMatch()) {
        // English month abbreviations, at offsets 0, 3, ... 33.
        const qsizetype at =
            QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec").indexOf(m.captured(2).toLower());
        const qsizetype month = at >= 0 && at % 3 == 0 ? at / 3 : -1;
        int year = num(m, 3);
        if (m.captured(3).size() == 2)
            year += 2000; // "yy": Discord exists since 2015
        const int hour = hour24(num(m, 4), m.captured(7));
        if (month < 0 || hour < 0)
            return false;
        utcSeconds =
            wallSeconds(QDate(year, int(month) + 1, num(m, 1)), hour, num(m, 5), num(m, 6), ok);
        return ok;
    }
    if (const auto m = us.match(text); m.hasMatch()) {
        const int hour = hour24(num(m, 4), m.captured(7));
        if (hour < 0)
            return false;
        utcSeconds =
            wallSeconds(QDate(num(m, 3), num(m, 1), num(m, 2)), hour, num(m, 5), num(m, 6), ok);
        return ok;
    }
    return false;
}

bool DiscordCsvImporter::parseReactions(const QString &text, QList<ReactionInfo> &out)
{
    static const QRegularExpression re(QStringLiteral("\\s*(.+?) \\((\\d+)\\)\\s*(?:,|$)"));
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = re.match(text, pos, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return false;
        ReactionInfo r;
        r.emoji = m.captured(1);
        bool ok = false;
        r.count = m.captured(2).toInt(&ok);
        if (!ok)
            return false;
        out.append(r);
        pos = m.capturedEnd(0);
    }
    return true;
}

} // namespace kindred
