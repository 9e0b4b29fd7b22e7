#pragma once
// The content of one exported WeChat message (MemoTrace StrContent, PyWxDump msg) turned into
// the text Kindred stores and the references it holds (quoted or recalled message).
//
// * Text: as written. Photo, voice, video, sticker, card: no text (the export holds only a
//   placeholder such as "图片", "表情", a voice length or an XML body).
// * File, link, transfer, forwarded chat: the appmsg title (and description) of an XML body;
//   a plain PyWxDump msg as written, without its trailing <a href="...">点击查看详情</a>
//   (replaced by the URL). A forwarded chat keeps its title as forwardedFrom.
// * Location: the place name of the XML body, else as written.
// * Quote-reply: the reply's own text. The quoted message is named by the XML body
//   (refermsg/svrid = its MsgSvrID, refermsg/content and createtime), or by PyWxDump's text
//   form "reply\n\n[引用](yyyy-MM-dd HH:mm:ss)name:quoted content" (content and time only).
// * System lines: the text without markup (<revokemsg>, <sysmsg> replacemsg). A system line
//   that is a recall becomes Kind::Recall, with the recalled MsgSvrID when the XML gives it
//   (<sysmsg type="revokemsg"><revokemsg><newmsgid>).

#include "WeChatTypes.h"

#include <QString>
#include <QStringList>

namespace kindred::wechat {

struct WeChatBodyInfo
{
    Kind kind = Kind::Unknown; ///< the row's kind, System promoted to Recall
    QString text;
    QString forwardedFrom;
    QString quotedSvrId;     ///< MsgSvrID of the quoted message, when given
    QStringList quotedTexts; ///< what the quoted content may be, for matching (see .cpp)
    qint64 quotedAt = 0;     ///< UTC seconds of the quoted message, 0 = unknown
    bool isQuote = false;    ///< a quote was found in the body
    QString recalledSvrId;   ///< MsgSvrID of the recalled message, when given
};

class WeChatBody final
{
public:
    /// content and src as exported; offsetSeconds converts PyWxDump's wall-clock quote times.
    static WeChatBodyInfo parse(Kind kind, const QString &content, int offsetSeconds);
    /// Splits PyWxDump's "reply\n\n[引用](time)name:content"; false when text is not in it.
    static bool splitQuoteText(const QString &text, QString &reply, QString &quotedTime,
                               QString &quotedRest);
};

} // namespace kindred::wechat
