#pragma once
// The XML bodies WeChat stores for non-text messages (StrContent of the MSG table, as MemoTrace
// exports it, or an unparsed body in a PyWxDump msg): <msg><appmsg> for files, links, quote-
// replies and forwarded chats, <sysmsg type="revokemsg"> for recalls, <msg><img>/<emoji>/
// <location> for media. Only the fields the importer maps are kept.
//
// Tolerant: a "sender:\n" prefix (group messages) is skipped, and a body that is not well-
// formed keeps what was read before the error (WeChat writes such bodies now and then).

#include <QString>

namespace kindred::wechat {

struct WeChatXmlFields
{
    bool isXml = false; ///< the text starts with '<' and parsed at least one element
    QString root;       ///< name of the document element (msg, sysmsg, revokemsg, ...)
    QString sysmsgType; ///< <sysmsg type="...">
    QString title;      ///< appmsg/title
    QString des;        ///< appmsg/des
    QString url;        ///< appmsg/url
    QString appType;    ///< appmsg/type
    QString referSvrId; ///< appmsg/refermsg/svrid: MsgSvrID of the quoted message
    QString referContent;
    QString referDisplayName;
    QString referCreateTime; ///< unix seconds as written
    QString revokeText;      ///< <revokemsg>text</revokemsg> or revokemsg/replacemsg
    QString revokedSvrId;    ///< revokemsg/newmsgid: MsgSvrID of the recalled message
    QString locationLabel;   ///< location/@poiname or @label
    QString plainText;       ///< all character data, joined by spaces
};

class WeChatXml final
{
public:
    static WeChatXmlFields parse(const QString &text);
};

} // namespace kindred::wechat
