#include "WeChatRowReader.h"

#include "WeChatTime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kindred::wechat {

namespace {

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// "UTC+8", "UTC-5", "UTC+5:30".
QString offsetText(int seconds)
{
    const int minutes = (seconds < 0 ? -seconds : seconds) / 60;
    QString text = QStringLiteral("UTC%1%2")
                       .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(minutes / 60);
    if (minutes % 60)
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

/// MemoTrace names its file "<chat remark>_utf8.csv".
QString chatNameOf(const QString &path)
{
    QString base = QFileInfo(path).completeBaseName();
    if (base.endsWith(QLatin1String("_utf8")))
        base.chop(5);
    return base;
}

} // namespace

WeChatRowReader::WeChatRowReader(const WeChatHeader &header, const QString &path, int offsetSeconds,
                                 WeChatWarnings &warnings)
    : m_header(header), m_path(path), m_baseName(chatNameOf(path)), m_offset(offsetSeconds),
      m_warnings(warnings)
{
}

bool WeChatRowReader::fail(CsvPosition at, const QString &message)
{
    m_errorPosition = at;
    m_errorMessage = message;
    return false;
}

qsizetype WeChatRowReader::index(const char *name) const
{
    return m_header.column(QLatin1String(name));
}

QString WeChatRowReader::field(const QStringList &f, const char *name) const
{
    const qsizetype i = index(name);
    return i >= 0 && i < f.size() ? f.at(i) : QString();
}

bool WeChatRowReader::read(const CsvReader &reader, WeChatRow &row)
{
    const QStringList &f = reader.fields();
    row = WeChatRow();
    row.position = reader.recordPosition();
    const qint64 line = row.position.line;
    if (f.size() < m_header.size())
        return fail(row.position,
                    QCoreApplication::translate("WeChatImporter",
                                                "record %1 has %2 field(s); the header has %3")
                        .arg(reader.recordNumber())
                        .arg(f.size())
                        .arg(m_header.size()));
    for (qsizetype i = m_header.size(); i < f.size(); ++i) {
        if (!f.at(i).trimmed().isEmpty())
            return fail(reader.fieldPosition(i),
                        QCoreApplication::translate(
                            "WeChatImporter",
                            "record %1 has %2 field(s) and text after the last column; the "
                            "header has %3 (is a comma inside a field not quoted?)")
                            .arg(reader.recordNumber())
                            .arg(f.size())
                            .arg(m_header.size()));
    }
    if (f.size() > m_header.size())
        m_warnings.add(WeChatWarnings::Topic::ExtraFields,
                       QCoreApplication::translate(
                           "WeChatImporter", "line %1: empty fields after the last column ignored")
                           .arg(line));
    if (!readTime(reader, "CreateTime", row))
        return false;
    if (m_header.family() == Family::MemoTrace)
        readMemoTrace(f, row, line);
    else
        readPyWxDump(f, row, line);
    return true;
}

bool WeChatRowReader::readTime(const CsvReader &reader, const char *column, WeChatRow &row)
{
    const qsizetype i = index(column);
    const QString text = reader.fields().at(i).trimmed();
    if (WeChatTime::parseUnix(text, row.sentAt))
        return true;
    bool hasSeconds = false;
    if (m_header.family() == Family::PyWxDump &&
        WeChatTime::parseWallClock(text, m_offset, row.sentAt, hasSeconds)) {
        if (!m_usedWallClock) {
            m_usedWallClock = true;
            const QString zone =
                m_offset == kChinaOffset
                    ? QCoreApplication::translate("WeChatImporter", "China Standard Time (UTC+8)")
                    : offsetText(m_offset);
            m_warnings.addOnce(
                QCoreApplication::translate(
                    "WeChatImporter",
                    "%1: the times have no time zone (WeChat exports write the exporting "
                    "computer's local time); they were read as %2")
                    .arg(QFileInfo(m_path).fileName(), zone));
        }
        return true;
    }
    return fail(reader.fieldPosition(i),
                m_header.family() == Family::MemoTrace
                    ? QCoreApplication::translate(
                          "WeChatImporter",
                          "invalid CreateTime \"%1\": expected Unix seconds such as 1700000000")
                          .arg(reader.fields().at(i))
                    : QCoreApplication::translate(
                          "WeChatImporter",
                          "invalid CreateTime \"%1\": expected a time such as 2023-08-12 "
                          "23:22:41 or 2024/10/4 11:42, or Unix seconds")
                          .arg(reader.fields().at(i)));
}

QString WeChatRowReader::messageIdFrom(const QString &rawSvrId, qint64 line)
{
    const QString svrId = rawSvrId.trimmed();
    if (isDigits(svrId) && svrId != QLatin1String("0"))
        return svrId;
    if (!svrId.isEmpty() && svrId != QLatin1String("0"))
        m_warnings.add(WeChatWarnings::Topic::DamagedId,
                       QCoreApplication::translate(
                           "WeChatImporter",
                           "line %1: MsgSvrID \"%2\" is not a number (a spreadsheet may have "
                           "rounded it); an id was derived from the record instead")
                           .arg(line)
                           .arg(svrId));
    return QString();
}

bool WeChatRowReader::isSenderFlag(const QString &raw, qint64 line)
{
    const QString value = raw.trimmed();
    if (value == QLatin1String("1") ||
        value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (!value.isEmpty() && value != QLatin1String("0") &&
        value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        m_warnings.add(
            WeChatWarnings::Topic::BadFlag,
            QCoreApplication::translate(
                "WeChatImporter", "line %1: the sender flag \"%2\" is neither 0 nor 1; read as 0")
                .arg(line)
                .arg(value));
    return false;
}

void WeChatRowReader::readMemoTrace(const QStringList &f, WeChatRow &row, qint64 line)
{
    // Chat: TalkerId is the MSG table's key of the chat, a number local to the exporting
    // account's database; older tools wrote the chat's wxid there.
    const QString talker = field(f, "TalkerId").trimmed();
    row.chatName = m_baseName.isEmpty() ? talker : m_baseName;
    if (isDigits(talker) || talker.isEmpty()) {
        row.chatId = QStringLiteral("memotrace-%1-%2").arg(talker, m_baseName);
    } else {
        row.chatId = talker;
        row.chatKind = talker.endsWith(QLatin1String("@chatroom")) ? QStringLiteral("group")
                                                                   : QStringLiteral("chat");
    }

    bool typeOk = false, subOk = false;
    const QString typeText = field(f, "Type").trimmed();
    const QString subText = field(f, "SubType").trimmed();
    const int type = typeText.toInt(&typeOk);
    const int subType = subText.isEmpty() ? 0 : subText.toInt(&subOk);
    row.typeLabel =
        typeText + QLatin1Char('/') + (subText.isEmpty() ? QStringLiteral("0") : subText);
    row.kind = typeOk && (subOk || subText.isEmpty()) ? WeChatTypes::fromCode(type, subType)
                                                      : Kind::Unknown;
    row.content = field(f, "StrContent");

    row.messageId = messageIdFrom(field(f, "MsgSvrID"), line);
    const QString localId = field(f, "localId").trimmed();
    if (row.messageId.isEmpty() && isDigits(localId))
        row.messageId = QStringLiteral("local-") + localId;

    row.isSender = isSenderFlag(field(f, "IsSender"), line);
    const QString sender = field(f, "Sender").trimmed();
    row.nickName = field(f, "NickName").trimmed();
    QString name = field(f, "Remark").trimmed();
    if (name.isEmpty())
        name = row.nickName;
    if (row.isSender) {
        row.author.externalId = sender.isEmpty() ? QStringLiteral("self") : sender;
        row.author.isSelf = true;
    } else if (!WeChatTypes::isService(row.kind)) {
        row.author.externalId = sender;
    }
    if (row.author.isValid())
        row.author.name = name.isEmpty() ? row.author.externalId : name;
}

void WeChatRowReader::readPyWxDump(const QStringList &f, WeChatRow &row, qint64 line)
{
    const QString room = field(f, "room_name").trimmed();
    row.chatId = room.isEmpty() ? m_baseName : room;
    row.chatName = row.chatId;
    row.chatKind = row.chatId.endsWith(QLatin1String("@chatroom")) ? QStringLiteral("group")
                                                                   : QStringLiteral("chat");
    row.typeLabel = field(f, "type_name").trimmed();
    row.kind = WeChatTypes::fromName(row.typeLabel);
    row.messageId = messageIdFrom(field(f, "MsgSvrID"), line);

    if (m_header.hasJsonContent()) {
        const QString content = field(f, "content");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            row.content = doc.object().value(QLatin1String("msg")).toString();
            row.src = doc.object().value(QLatin1String("src")).toString();
        } else {
            row.content = content;
            m_warnings.add(WeChatWarnings::Topic::BadJson,
                           QCoreApplication::translate(
                               "WeChatImporter",
                               "line %1: the content field is not the JSON object {\"src\", "
                               "\"msg\"}; it was kept as text")
                               .arg(line));
        }
    } else {
        row.content = field(f, "msg");
        row.src = field(f, "src");
    }

    // PyWxDump writes "我" (or the account's wxid) as the talker of the account's messages,
    // the member's wxid in a group, and the partner's wxid in a 1:1 chat.
    const QString talker = field(f, "talker").trimmed();
    row.isSender = isSenderFlag(field(f, "is_sender"), line);
    if (row.isSender) {
        const bool named = !talker.isEmpty() && talker != QStringLiteral("我");
        row.author.externalId = named ? talker : QStringLiteral("self");
        row.author.name = named ? talker : QStringLiteral("我");
        row.author.isSelf = true;
        return;
    }
    if (WeChatTypes::isService(row.kind))
        return;
    if (row.chatKind == QLatin1String("group")) {
        if (talker != QStringLiteral("未知") && talker != QStringLiteral("系统"))
            row.author.externalId = talker;
    } else {
        row.author.externalId = row.chatId;
        if (!talker.isEmpty() && talker != row.chatId)
            m_warnings.add(WeChatWarnings::Topic::SenderMismatch,
                           QCoreApplication::translate(
                               "WeChatImporter",
                               "line %1: is_sender is 0 but the talker \"%2\" is not the chat "
                               "partner \"%3\"; the message was given to the partner")
                               .arg(line)
                               .arg(talker, row.chatId));
    }
    row.author.name = row.author.externalId;
}

} // namespace kindred::wechat
