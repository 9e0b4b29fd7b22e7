#include "WeChatEmitter.h"

#include "WeChatBody.h"
#include "WeChatSystemText.h"

#include "import/ImportSink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace kindred::wechat {

namespace {

quint64 hash64(const QString &key)
{
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).left(8);
    return qFromBigEndian<quint64>(digest.constData());
}

/// Key of a quotable message: its text and the minute it was sent in. Minutes, because the
/// times of an Excel-resaved export (and so of the rows) have no seconds while a quote's do.
quint64 quoteKey(const QString &text, qint64 at)
{
    const qint64 minute = at >= 0 ? at / 60 : (at - 59) / 60;
    return hash64(text.trimmed() % QChar(0x1F) % QString::number(minute));
}

} // namespace

WeChatEmitter::WeChatEmitter(ImportSink &sink, WeChatWarnings &warnings, int offsetSeconds,
                             bool idsAreSvrIds)
    : m_sink(sink), m_warnings(warnings), m_offset(offsetSeconds), m_idsAreSvrIds(idsAreSvrIds)
{
}

bool WeChatEmitter::switchChannel(const WeChatRow &row)
{
    if (m_started && row.chatId == m_chatId)
        return true;
    if (!flushEvents())
        return false;
    m_started = true;
    m_chatId = row.chatId;
    m_occurrences.clear();
    m_quotable.clear();
    m_idByName.clear();
    ChannelInfo c;
    c.platform = QStringLiteral("wechat");
    c.externalId = row.chatId;
    c.name = row.chatName.isEmpty() ? row.chatId : row.chatName;
    c.kind = row.chatKind;
    return m_sink.beginChannel(c);
}

QString WeChatEmitter::derivedId(const WeChatRow &row)
{
    // The same values give the same id on every import; the n-th repeat gets "-n".
    const QString key = row.author.externalId % QChar(0x1F) % QString::number(row.sentAt) %
                        QChar(0x1F) % row.typeLabel % QChar(0x1F) % row.content % QChar(0x1F) %
                        row.src;
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).left(8);
    const int n = m_occurrences[qFromBigEndian<quint64>(digest.constData())]++;
    QString id = QStringLiteral("csv-") + QString::fromLatin1(digest.toHex());
    if (n > 0)
        id += QLatin1Char('-') % QString::number(n);
    return id;
}

QString WeChatEmitter::quotedId(const WeChatRow &row, const WeChatBodyInfo &body)
{
    if (!body.quotedSvrId.isEmpty() && m_idsAreSvrIds)
        return body.quotedSvrId;
    if (body.quotedAt != 0) {
        for (const QString &text : body.quotedTexts) {
            const QString id = m_quotable.value(quoteKey(text, body.quotedAt));
            if (!id.isEmpty())
                return id;
        }
    }
    m_warnings.add(WeChatWarnings::Topic::UnlinkedQuote,
                   QCoreApplication::translate(
                       "WeChatImporter",
                       "line %1: the message this quote-reply quotes is not in the file (or "
                       "its text and time do not match); the reply was kept without a link")
                       .arg(row.position.line));
    return QString();
}

void WeChatEmitter::remember(const QString &text, qint64 sentAt, const QString &id)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_quotable.size() >= kMaxRemembered)
        m_quotable.clear();
    m_quotable.insert(quoteKey(text, sentAt), id); // the latest of equal messages wins
}

void WeChatEmitter::learnNames(const WeChatRow &row)
{
    if (!row.author.isValid())
        return;
    if (row.author.isSelf) {
        m_self = row.author;
        return;
    }
    for (const QString &name : {row.author.name, row.nickName}) {
        if (name.isEmpty() || name == row.author.externalId)
            continue;
        const auto it = m_idByName.constFind(name);
        if (it == m_idByName.constEnd())
            m_idByName.insert(name, row.author.externalId);
        else if (it.value() != row.author.externalId)
            m_idByName.insert(name, QString()); // two members share the name
    }
}

PersonRef WeChatEmitter::personNamed(const QString &name) const
{
    const QString id = m_idByName.value(name);
    if (!id.isEmpty())
        return PersonRef{id, name, false, false};
    // Not seen as an author in this chat (or ambiguous): an identity by name.
    return PersonRef{QStringLiteral("name:") + name, name, false, false};
}

bool WeChatEmitter::add(const WeChatRow &row)
{
    if (!switchChannel(row))
        return false;
    learnNames(row);
    const WeChatBodyInfo body = WeChatBody::parse(row.kind, row.content, m_offset);
    MessageInfo m;
    m.author = row.author;
    m.sentAt = row.sentAt;
    m.text = body.text;
    m.forwardedFrom = body.forwardedFrom;
    m.attachmentKind = WeChatTypes::attachmentKind(body.kind);
    m.isService = WeChatTypes::isService(body.kind);
    if (body.kind == Kind::Unknown)
        m_warnings.add(WeChatWarnings::Topic::UnknownType,
                       QCoreApplication::translate(
                           "WeChatImporter",
                           "line %1: unknown message type \"%2\"; the record was kept as text")
                           .arg(row.position.line)
                           .arg(row.typeLabel));
    if (body.kind == Kind::Recall && !m.author.isValid() && m_self.isValid() &&
        m.text.startsWith(QStringLiteral("你")))
        m.author = m_self; // "你撤回了一条消息": the exporting account recalled it

    // A recall that names the recalled message and has no id of its own, or the recalled
    // message's id (WeChat replaces the message's row), gets "revoke-<id>": it never takes the
    // place of the message, which an earlier export may hold.
    m.externalId = row.messageId;
    if (body.kind == Kind::Recall && !body.recalledSvrId.isEmpty() &&
        (m.externalId.isEmpty() || m.externalId == body.recalledSvrId))
        m.externalId = QStringLiteral("revoke-") + body.recalledSvrId;
    if (m.externalId.isEmpty())
        m.externalId = derivedId(row);
    if (body.isQuote)
        m.replyToExternalId = quotedId(row, body);
    if (!m.isService)
        remember(m.text.isEmpty() ? row.content : m.text, m.sentAt, m.externalId);
    if (!m_sink.addMessage(m))
        return false;

    if (body.kind != Kind::System)
        return true;
    for (const Membership &change : WeChatSystemText::memberships(m.text)) {
        PendingEvent p;
        p.event.kind = change.kind;
        p.event.at = m.sentAt;
        p.event.messageExternalId = m.externalId;
        p.memberName = change.member;
        p.actorName = change.actor;
        p.actorIsSelf = change.actorIsSelf;
        m_pending.append(p);
    }
    return true;
}

bool WeChatEmitter::flushEvents()
{
    // Given at the end of the channel: by then the names are known from the messages.
    for (PendingEvent &p : m_pending) {
        p.event.member = personNamed(p.memberName);
        if (p.actorIsSelf)
            p.event.actor = m_self;
        else if (!p.actorName.isEmpty())
            p.event.actor = personNamed(p.actorName);
        if (!m_sink.addEvent(p.event))
            return false;
    }
    m_pending.clear();
    return true;
}

bool WeChatEmitter::finish()
{
    return flushEvents();
}

} // namespace kindred::wechat
