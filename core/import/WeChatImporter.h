#pragma once
// WeChat chats exported as CSV by the two tool families that write such files. One file holds
// one chat (PyWxDump may hold several: the channel follows room_name). RFC 4180 (CsvReader),
// UTF-8 with or without BOM, CRLF or LF, quoted multi-line fields. The families are told apart
// by their header; columns are found by name, so extra columns anywhere are accepted.
//
//  (a) MemoTrace / WeChatMsg (留痕), "<chat>_utf8.csv": localId, TalkerId, Type, SubType,
//      IsSender, CreateTime, [Status,] StrContent, [StrTime, Remark, NickName, Sender], and
//      MsgSvrID when a version adds it. CreateTime is Unix seconds (UTC; StrTime, its local
//      rendering, is ignored). Type/SubType are the PC MSG table's codes (WeChatTypes.h):
//      1 text, 3 image, 34 voice, 42 card, 43 video, 47 sticker, 48 location, 50 call,
//      10000/10002 system, 49 app message by SubType (0/6/74 file, 57 quote-reply, 19
//      forwarded chat, 2000 transfer, 5/33/36/... link or mini program).
//  (b) PyWxDump: id, MsgSvrID, type_name, is_sender, talker, room_name, msg, src, CreateTime
//      (older: content = JSON {"src","msg"} instead of msg and src). type_name is Chinese
//      (文本, 图片, 语音, 视频, 动画表情, 引用回复, 系统通知, 撤回消息, 文件, 分享链接,
//      合并转发的聊天记录, ...). CreateTime is the exporting computer's wall-clock time,
//      "2023-08-12 23:22:41", or "2024/10/4 11:42" once re-saved by Excel.
//
// Mapping:
//  * channel: platform "wechat".
//      (b) externalId = name = room_name (the chat's wxid: "...@chatroom" for a group, the
//          partner's wxid for a 1:1 chat), kind "group" or "chat"; the file's base name when
//          room_name is empty.
//      (a) TalkerId is MemoTrace's per-database number of the chat, not its wxid, so
//          externalId = "memotrace-<TalkerId>-<chat>" with <chat> the file's base name without
//          "_utf8" (a number alone could meet another account's chat), name = <chat>, kind
//          unknown (empty). A non-numeric TalkerId (a wxid) is used as is, kind as in (b).
//  * author: the exporting account (IsSender / is_sender = 1) is PersonRef.isSelf with
//      externalId = Sender / talker, or "self" when the export writes none or "我".
//      (a) others: externalId = Sender (wxid), name = Remark, else NickName, else the wxid.
//      (b) groups: externalId = name = talker (wxid; "未知"/"系统" = no author); 1:1 chats:
//          the partner (room_name), whatever talker says (a differing talker is a warning).
//      System lines have an author only when the exporting account made them.
//  * time: UTC seconds. Wall-clock times (b) are read in the zone set by
//      setWallClockOffset(), by default UTC+8 (China Standard Time, Asia/Shanghai has had
//      no daylight saving since 1991): WeChat exports are written on Chinese-locale machines
//      and carry no zone. One warning per file says so. Excel drops the seconds.
//  * text, attachmentKind: see wechat/WeChatBody.h. photo, voice, video, sticker, file,
//      link; transfer, location and card are "other"; a forwarded chat keeps its title as
//      forwardedFrom.
//  * service lines (isService): system notices, pats, calls, recalls. Join events from
//      "邀请...加入了群聊", "...通过扫描...二维码加入群聊", "...加入了群聊", and Remove events
//      from "...移出了群聊" (wechat/WeChatSystemText.h); the actor is the inviter when named.
//      The names are display names: they are resolved to the wxid of an author of the same
//      chat with that Remark/NickName (events are given at the end of the channel, after its
//      messages); an unknown or ambiguous name becomes the identity "name:<name>".
//  * recalls (撤回了一条消息, <revokemsg>, type 10000 recall subtypes): a service line, never
//      a message of its own. The recalled message is usually gone from the export; when it is
//      present it stays one message (counted once, by its own row). A recall naming the
//      recalled MsgSvrID (<sysmsg type="revokemsg"> <newmsgid>) without an id of its own or
//      with that very id gets "revoke-<MsgSvrID>", so that it never replaces the message.
//  * quote-replies (引用回复, 49/57): text = the reply alone; replyToExternalId = the quoted
//      message's MsgSvrID when the XML gives it (refermsg/svrid) and the file's ids are
//      MsgSvrIDs; otherwise the id of the latest earlier message of the chat whose text is the
//      quoted content and which was sent in the same minute as the quoted time (PyWxDump's
//      "[引用](time)name:content" has no id). No match: no link, and a warning.
//  * message externalId: MsgSvrID when it is a number other than 0; else (a) "local-<localId>";
//      else "csv-" + 16 hex digits of SHA-1(author, UTC seconds, type, content, src) + "-n" for
//      the n-th repeat, so that re-importing the same or an overlapping export deduplicates.
//      A MsgSvrID a spreadsheet turned into "7.43727E+18" is not used (warning).
//
// Errors (false with file, line, column): an empty file, a header that is neither family's,
// a missing required column (named; position of the header), a record with fewer fields than
// the header or with text after the last column, an unreadable CreateTime, an unterminated
// quote, text after a closing quote, invalid UTF-8 (GB18030/ANSI files re-saved by Excel are
// not converted: the message says to save them as UTF-8).
// Warnings: the time zone assumption, unusable MsgSvrIDs, content that is not JSON, unknown
// types, unlinked quotes, a 1:1 talker that is not the partner, odd IsSender values.

#include "Importer.h"

namespace kindred {

class WeChatImporter final : public Importer
{
public:
    QString format() const override { return QStringLiteral("wechat"); }
    /// 90 when the first line (after an optional BOM) is a complete header of either family;
    /// 50 when it is recognisably one of them but lacks a required column (read() names it);
    /// else 0.
    int detect(const QByteArray &head, const QString &fileName) const override;
    bool read(const QString &path, ImportSink &sink, ImportError &error) override;

    /// Offset east of UTC, in seconds, of the wall-clock times of PyWxDump files (default
    /// 8 * 3600, China Standard Time).
    void setWallClockOffset(int seconds) { m_offset = seconds; }
    int wallClockOffset() const { return m_offset; }

    static constexpr int kChinaOffset = 8 * 3600;

private:
    int m_offset = kChinaOffset;
};

} // namespace kindred
