#include "WhatsAppImporter.h"

#include "WhatsAppParser.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtEndian>

#include <memory>
#include <optional>

namespace kindred {

using namespace whatsapp;

namespace {

constexpr qint64 kMaxLineBytes = 1 << 20;       // WhatsApp caps a message at 65,536 characters
constexpr qsizetype kMaxMessageChars = 1 << 20; // one message, all its lines
constexpr qint64 kPollEvery = 1000;             // lines between cancel/progress polls
constexpr int kMaxDateWarnings = 20;

/// Offset of the first byte that is not valid UTF-8 (overlongs and surrogates included), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        if (i + len > n)
            return i;
        for (qsizetype k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0) ||
            (c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))
            return i;
        i += len;
    }
    return -1;
}

/// The chat text of an export: the file itself, or the chat .txt inside a zip archive.
struct ChatSource
{
    QString path;
    QString entry; ///< name inside the zip; empty for a plain text file
    qint64 size = 0;
    QString chatName;

    bool init(const QString &filePath, QString &err)
    {
        path = filePath;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err = QCoreApplication::translate("WhatsAppImporter", "cannot open the file: %1")
                      .arg(file.errorString());
            return false;
        }
        if (file.peek(4) != QByteArrayLiteral("PK\x03\x04")) {
            size = file.size();
            chatName = chatNameFromFileName(path);
            if (chatName.isEmpty())
                chatName = QFileInfo(path).completeBaseName();
            return true;
        }
        file.close();

        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip)) {
            err = QCoreApplication::translate("WhatsAppImporter",
                                              "cannot open the zip archive (zip error %1)")
                      .arg(zip.getZipError());
            return false;
        }
        QList<QuaZipFileInfo64> texts;
        const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
        for (const QuaZipFileInfo64 &info : infos)
            if (info.name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
                texts.append(info);
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < texts.size() && chosen < 0; ++i)
            if (QFileInfo(texts[i].name).fileName() == QLatin1String("_chat.txt"))
                chosen = i;
        for (qsizetype i = 0; i < texts.size() && chosen < 0; ++i)
            if (QFileInfo(texts[i].name)
                    .fileName()
                    .startsWith(QLatin1String("WhatsApp"), Qt::CaseInsensitive))
                chosen = i;
        if (chosen < 0 && texts.size() == 1)
            chosen = 0;
        if (chosen < 0) {
            err = texts.isEmpty()
                      ? QCoreApplication::translate("WhatsAppImporter",
                                                    "the zip archive holds no .txt chat file "
                                                    "(a WhatsApp export has _chat.txt)")
                      : QCoreApplication::translate(
                            "WhatsAppImporter",
                            "the zip archive holds %1 .txt files and no _chat.txt; "
                            "unzip it and import the chat's .txt file")
                            .arg(texts.size());
            return false;
        }
        entry = texts[chosen].name;
        size = qint64(texts[chosen].uncompressedSize);
        chatName = chatNameFromFileName(entry);
        if (chatName.isEmpty())
            chatName = chatNameFromFileName(path);
        if (chatName.isEmpty())
            chatName = QFileInfo(path).completeBaseName();
        return true;
    }

    std::unique_ptr<QIODevice> open(QString &err) const
    {
        if (entry.isEmpty()) {
            auto file = std::make_unique<QFile>(path);
            if (!file->open(QIODevice::ReadOnly)) {
                err = QCoreApplication::translate("WhatsAppImporter", "cannot open the file: %1")
                          .arg(file->errorString());
                return nullptr;
            }
            return file;
        }
        auto file = std::make_unique<QuaZipFile>(path, entry, QuaZip::csSensitive);
        if (!file->open(QIODevice::ReadOnly)) {
            err = QCoreApplication::translate("WhatsAppImporter",
                                              "cannot read %1 in the zip archive (zip error %2)")
                      .arg(entry)
                      .arg(file->getZipError());
            return nullptr;
        }
        return file;
    }
};

/// Reads lines of at most kMaxLineBytes into one reused buffer (bounded memory).
class LineReader
{
public:
    enum class Status
    {
        Line,
        End,
        TooLong,
        Failed
    };

    explicit LineReader(QIODevice &device)
        : m_device(device), m_buffer(kMaxLineBytes + 2, Qt::Uninitialized)
    {
    }

    Status next()
    {
        if (m_device.atEnd())
            return Status::End;
        const qint64 n = m_device.readLine(m_buffer.data(), m_buffer.size());
        if (n <= 0)
            return m_device.atEnd() || n == 0 ? Status::End : Status::Failed;
        ++m_lineNumber;
        qsizetype len = qsizetype(n);
        const bool newline = m_buffer.at(len - 1) == '\n';
        if (!newline && len >= m_buffer.size() - 1)
            return Status::TooLong;
        if (newline)
            --len;
        if (len > 0 && m_buffer.at(len - 1) == '\r')
            --len;
        m_line = QByteArrayView(m_buffer.constData(), len);
        return Status::Line;
    }

    QByteArrayView line() const { return m_line; }
    qint64 lineNumber() const { return m_lineNumber; }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    QByteArrayView m_line;
    qint64 m_lineNumber = 0;
};

/// One import: pass 1 validates and gathers the file-wide facts, pass 2 emits.
class Run
{
public:
    Run(const ChatSource &source, ImportSink &sink, ImportError &error)
        : m_source(source), m_sink(sink), m_error(error)
    {
    }

    bool execute()
    {
        if (!scan(false))
            return false;
        m_order.decide();
        if (m_order.conflicting())
            m_sink.addWarning(QCoreApplication::translate(
                "WhatsAppImporter",
                "the file mixes day-first and month-first dates (both 13/1 and 1/13 style); "
                "ambiguous dates were read day-first, others the way they are valid"));
        ChannelInfo channel;
        channel.platform = QStringLiteral("whatsapp");
        channel.externalId = m_source.chatName;
        channel.name = m_source.chatName;
        channel.kind =
            m_authors.size() > 2 || m_groupHint ? QStringLiteral("group") : QStringLiteral("chat");
        if (!m_sink.beginChannel(channel))
            return fail(0, 0,
                        QCoreApplication::translate(
                            "WhatsAppImporter", "the import was stopped when starting the chat"));
        if (!scan(true))
            return false;
        if (m_swapped > 0)
            m_sink.addWarning(
                QCoreApplication::translate("WhatsAppImporter",
                                            "%1 line(s) had a date valid only with day and "
                                            "month swapped; read that way")
                    .arg(m_swapped));
        if (m_invalidDates > kMaxDateWarnings)
            m_sink.addWarning(
                QCoreApplication::translate("WhatsAppImporter",
                                            "%1 more line(s) with an invalid date were kept as "
                                            "text of the previous message")
                    .arg(m_invalidDates - kMaxDateWarnings));
        m_sink.setProgress(m_source.size, m_source.size);
        return true;
    }

private:
    struct Pending
    {
        qint64 line = 0;
        qint64 sentAt = 0;
        Body body;
        QString more; ///< continuation lines, each preceded by "\n"
    };

    bool fail(qint64 line, qint64 column, QString message)
    {
        if (!m_source.entry.isEmpty())
            message +=
                QCoreApplication::translate("WhatsAppImporter", " (in %1 of the zip archive)")
                    .arg(m_source.entry);
        m_error.line = line;
        m_error.column = column;
        m_error.message = message;
        return false;
    }

    bool scan(bool emitting)
    {
        QString err;
        const std::unique_ptr<QIODevice> device = m_source.open(err);
        if (!device)
            return fail(0, 0, err);
        LineReader reader(*device);
        bool started = false;
        qsizetype messageChars = 0;
        m_pending.reset();
        for (;;) {
            const LineReader::Status status = reader.next();
            if (status == LineReader::Status::End)
                break;
            const qint64 lineNo =
                reader.lineNumber() + (status == LineReader::Status::Failed ? 1 : 0);
            if (status == LineReader::Status::Failed)
                return fail(lineNo, 0,
                            QCoreApplication::translate("WhatsAppImporter", "read error: %1")
                                .arg(device->errorString()));
            if (status == LineReader::Status::TooLong)
                return fail(lineNo, 1,
                            QCoreApplication::translate(
                                "WhatsAppImporter",
                                "line %1 is longer than %2 bytes: not a WhatsApp chat "
                                "export, or a damaged one")
                                .arg(lineNo)
                                .arg(kMaxLineBytes));
            if (lineNo % kPollEvery == 0) {
                if (m_sink.isCanceled())
                    return fail(lineNo, 0,
                                QCoreApplication::translate("WhatsAppImporter", "import canceled"));
                const qint64 pos = device->pos();
                m_sink.setProgress(emitting ? m_source.size / 2 + pos / 2 : pos / 2, m_source.size);
            }
            const QByteArrayView bytes = reader.line();
            if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
                return fail(lineNo, bad + 1,
                            QCoreApplication::translate(
                                "WhatsAppImporter",
                                "line %1 is not valid UTF-8 text (byte 0x%2 at byte "
                                "column %3); WhatsApp exports are UTF-8")
                                .arg(lineNo)
                                .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0'))
                                .arg(bad + 1));
            const QString raw = QString::fromUtf8(bytes);
            QString line = stripMarks(raw);
            LineHeader header;
            if (parseHeader(line, header)) {
                messageChars = header.body.size();
                if (!(emitting ? startMessage(std::move(header), raw, lineNo, started)
                               : observe(header, raw)))
                    return false;
                started = true;
                continue;
            }
            if (!started) {
                if (line.trimmed().isEmpty())
                    continue;
                return fail(lineNo, 1,
                            QCoreApplication::translate(
                                "WhatsAppImporter",
                                "not a WhatsApp chat export: line %1 does not start "
                                "with a date and time such as \"31/12/20, 23:59 - \" "
                                "or \"[12/31/20, 11:59:59 PM] \"")
                                .arg(lineNo));
            }
            messageChars += line.size() + 1;
            if (messageChars > kMaxMessageChars)
                return fail(
                    lineNo, 1,
                    QCoreApplication::translate("WhatsAppImporter",
                                                "the message ending at line %1 is longer than %2 "
                                                "characters: not a WhatsApp chat export, or a "
                                                "damaged one")
                        .arg(lineNo)
                        .arg(kMaxMessageChars));
            if (emitting && m_pending)
                m_pending->more += QLatin1Char('\n') % line;
        }
        if (!started) {
            m_error.offset = 0;
            return fail(
                0, 0,
                QCoreApplication::translate(
                    "WhatsAppImporter", "the file is empty: it holds no WhatsApp chat messages"));
        }
        if (emitting && !flush())
            return false;
        return true;
    }

    /// Pass 1: date evidence, authors, group hints.
    bool observe(const LineHeader &header, const QString &raw)
    {
        m_order.observe(header);
        const Body body = splitBody(header.body, markAfterSender(raw));
        if (!body.isSystem) {
            if (m_authors.size() < 3)
                m_authors.insert(body.author);
        } else if (!m_groupHint) {
            m_groupHint = mentionsGroup(body.text) || !parseMembership(body.text).isEmpty();
        }
        return true;
    }

    /// Pass 2: emits the previous message and starts a new one.
    bool startMessage(LineHeader &&header, const QString &raw, qint64 lineNo, bool started)
    {
        QDate date;
        QTime time;
        bool swapped = false;
        if (!m_order.resolve(header, date, time, swapped)) {
            if (++m_invalidDates <= kMaxDateWarnings)
                m_sink.addWarning(
                    QCoreApplication::translate("WhatsAppImporter",
                                                "line %1: invalid date or time; the line was "
                                                "kept as text of the previous message")
                        .arg(lineNo));
            if (started && m_pending)
                m_pending->more += QLatin1Char('\n') % stripMarks(raw);
            return true;
        }
        if (swapped)
            ++m_swapped;
        if (!flush())
            return false;
        m_pending.emplace();
        m_pending->line = lineNo;
        m_pending->sentAt =
            qint64(QDate(1970, 1, 1).daysTo(date)) * 86400 + QTime(0, 0).secsTo(time);
        m_pending->body = splitBody(header.body, markAfterSender(raw));
        return true;
    }

    QString messageId(const MessageInfo &m)
    {
        const QString key = QString::number(m.sentAt) % QChar(0x1F) % m.author.externalId %
                            QChar(0x1F) % m.attachmentKind % QChar(0x1F) % m.text;
        const QByteArray digest =
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).left(8);
        const int n = m_occurrences[qFromBigEndian<quint64>(digest.constData())]++;
        QString id = QString::fromLatin1(digest.toHex());
        if (n > 0)
            id += QLatin1Char('-') % QString::number(n);
        return id;
    }

    bool flush()
    {
        if (!m_pending)
            return true;
        Pending p = std::move(*m_pending);
        m_pending.reset();

        MessageInfo m;
        m.sentAt = p.sentAt;
        m.isService = p.body.isSystem;
        QString text;
        if (m.isService) {
            text = p.body.text % p.more;
        } else {
            m.author.externalId = p.body.author;
            m.author.name = p.body.author;
            if (p.more.isEmpty() && isDeletedPlaceholder(p.body.text)) {
                // kept: the author did post; the placeholder is not content
            } else if (const QString kind = attachmentKind(p.body.text); !kind.isEmpty()) {
                m.attachmentKind = kind;
                text = p.more.mid(1); // a caption on the following lines
            } else {
                text = p.body.text % p.more;
            }
        }
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m.text = text;
        m.externalId = messageId(m);
        if (!m_sink.addMessage(m))
            return fail(
                p.line, 0,
                QCoreApplication::translate("WhatsAppImporter",
                                            "the import was stopped while storing the message of "
                                            "line %1")
                    .arg(p.line));
        if (!m.isService)
            return true;
        for (const Membership &change : parseMembership(p.body.text)) {
            if (isExporter(change.member))
                continue; // the export never names its own user
            EventInfo e;
            e.kind = change.kind;
            e.member = PersonRef{change.member, change.member, false};
            if (!change.actor.isEmpty() && !isExporter(change.actor))
                e.actor = PersonRef{change.actor, change.actor, false};
            e.at = m.sentAt;
            e.messageExternalId = m.externalId;
            if (!m_sink.addEvent(e))
                return fail(
                    p.line, 0,
                    QCoreApplication::translate("WhatsAppImporter",
                                                "the import was stopped while storing the event of "
                                                "line %1")
                        .arg(p.line));
        }
        return true;
    }

    const ChatSource &m_source;
    ImportSink &m_sink;
    ImportError &m_error;
    DateOrder m_order;
    QSet<QString> m_authors; ///< up to three: only "more than two" matters
    bool m_groupHint = false;
    std::optional<Pending> m_pending;
    QHash<quint64, int> m_occurrences;
    qint64 m_swapped = 0;
    int m_invalidDates = 0;
};

} // namespace

int WhatsAppImporter::detect(const QByteArray &head, const QString &fileName) const
{
    if (head.isEmpty() || head.startsWith("PK\x03\x04"))
        return 0;
    const QString text = QString::fromUtf8(head);
    int matched = 0;
    int checked = 0;
    qsizetype start = 0;
    while (start < text.size() && checked < 20) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const bool complete = end >= 0;
        if (!complete)
            end = text.size();
        QString line = stripMarks(QStringView(text).mid(start, end - start));
        start = end + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        LineHeader header;
        const bool isHeader = parseHeader(line, header);
        if (checked == 0 && !isHeader)
            return 0; // every export starts with a dated line
        ++checked;
        if (isHeader)
            ++matched;
        if (!complete)
            break;
    }
    if (matched == 0)
        return 0;
    int score = matched >= 2 ? 80 : 60;
    const QString name = QFileInfo(fileName).fileName();
    if (name.startsWith(QLatin1String("WhatsApp"), Qt::CaseInsensitive) ||
        name.compare(QLatin1String("_chat.txt"), Qt::CaseInsensitive) == 0)
        score += 10;
    return score;
}

bool WhatsAppImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError{};
    error.file = path;
    ChatSource source;
    QString err;
    if (!source.init(path, err)) {
        error.message = err;
        return false;
    }
    Run run(source, sink, error);
    return run.execute();
}

} // namespace kindred
