#include "WeChatImporter.h"

#include "CsvReader.h"
#include "wechat/WeChatEmitter.h"
#include "wechat/WeChatHeader.h"
#include "wechat/WeChatRowReader.h"
#include "wechat/WeChatWarnings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

namespace kindred {

namespace {

using namespace kindred::wechat;

constexpr qint64 kPollEvery = 1000; // records between cancel/progress polls
static_assert(WeChatImporter::kChinaOffset == WeChatRowReader::kChinaOffset);

class Run
{
public:
    Run(const QString &path, int offset, ImportSink &sink, ImportError &error)
        : m_path(path), m_offset(offset), m_sink(sink), m_error(error), m_warnings(sink)
    {
    }

    bool execute()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail({},
                        QCoreApplication::translate("WeChatImporter", "cannot open the file: %1")
                            .arg(file.errorString()));
        const qint64 size = file.size();
        CsvReader reader(file);
        CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::Error)
            return csvFail(reader);
        if (status == CsvReader::Status::End)
            return fail({}, QCoreApplication::translate(
                                "WeChatImporter", "the file is empty: it holds no CSV header"));
        const WeChatHeader header = WeChatHeader::parse(reader.fields());
        if (header.family() == Family::None)
            return fail(reader.recordPosition(),
                        QCoreApplication::translate(
                            "WeChatImporter",
                            "not a WeChat CSV export: the first line must be a MemoTrace header "
                            "(localId,TalkerId,Type,SubType,IsSender,CreateTime,...,StrContent) "
                            "or a PyWxDump header (id,MsgSvrID,type_name,is_sender,talker,"
                            "room_name,msg,src,CreateTime)"));
        if (!header.missing().isEmpty())
            return fail(reader.recordPosition(),
                        QCoreApplication::translate("WeChatImporter",
                                                    "the %1 header lacks the column(s) %2")
                            .arg(header.family() == Family::MemoTrace ? QStringLiteral("MemoTrace")
                                                                      : QStringLiteral("PyWxDump"),
                                 header.missing().join(QStringLiteral(", "))));
        WeChatRowReader rows(header, m_path, m_offset, m_warnings);
        WeChatEmitter emitter(m_sink, m_warnings, m_offset,
                              header.column(QStringLiteral("MsgSvrID")) >= 0);
        WeChatRow row;
        while ((status = reader.next()) == CsvReader::Status::Record) {
            if (reader.recordNumber() % kPollEvery == 0) {
                if (m_sink.isCanceled())
                    return fail(reader.recordPosition(),
                                QCoreApplication::translate("WeChatImporter", "import canceled"));
                m_sink.setProgress(reader.bytesRead(), size);
            }
            if (!rows.read(reader, row))
                return fail(rows.errorPosition(), rows.errorMessage());
            if (!emitter.add(row))
                return stopped(row.position, reader.recordNumber());
        }
        if (status == CsvReader::Status::Error)
            return csvFail(reader);
        if (!emitter.finish())
            return stopped({}, reader.recordNumber());
        m_warnings.finish();
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

    bool stopped(CsvPosition at, qint64 record)
    {
        return fail(at, QCoreApplication::translate(
                            "WeChatImporter", "the import was stopped while storing record %1")
                            .arg(record));
    }

    bool csvFail(const CsvReader &reader)
    {
        QString message;
        switch (reader.error()) {
        case CsvReader::Error::Read:
            message = QCoreApplication::translate("WeChatImporter", "read error: %1")
                          .arg(reader.deviceError());
            break;
        case CsvReader::Error::UnterminatedQuote:
            message = QCoreApplication::translate(
                "WeChatImporter",
                "the quoted field that starts here is not closed before the end of the file");
            break;
        case CsvReader::Error::CharacterAfterQuote:
            message = QCoreApplication::translate(
                "WeChatImporter",
                "unexpected character after the closing quote of a field (a quote inside a "
                "quoted field must be doubled)");
            break;
        case CsvReader::Error::InvalidUtf8:
            message = QCoreApplication::translate(
                "WeChatImporter",
                "the text is not valid UTF-8; WeChat export tools write UTF-8 (a file re-saved "
                "by Excel as GB18030/ANSI must be saved again as \"CSV UTF-8\")");
            break;
        case CsvReader::Error::RecordTooLarge:
            message = QCoreApplication::translate(
                          "WeChatImporter", "the record that starts here is larger than %1 MiB")
                          .arg(reader.maxRecordBytes() >> 20);
            break;
        case CsvReader::Error::None:
            break;
        }
        return fail(reader.errorPosition(), message);
    }

    const QString m_path;
    const int m_offset;
    ImportSink &m_sink;
    ImportError &m_error;
    WeChatWarnings m_warnings;
};

} // namespace

int WeChatImporter::detect(const QByteArray &head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    qsizetype end = head.indexOf('\n');
    if (end < 0)
        end = head.size();
    QByteArray line = head.left(end);
    QBuffer buffer(&line);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    if (reader.next() != CsvReader::Status::Record || reader.recordPosition().line != 1)
        return 0;
    const WeChatHeader header = WeChatHeader::parse(reader.fields());
    if (header.family() == Family::None)
        return 0;
    return header.isComplete() ? 90 : 50;
}

bool WeChatImporter::read(const QString &path, ImportSink &sink, ImportError &error)
{
    error = ImportError{};
    error.file = path;
    return Run(path, m_offset, sink, error).execute();
}

} // namespace kindred
