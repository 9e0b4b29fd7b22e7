#pragma once
// Message types of the WeChat CSV exports, as one enum for both families (see WeChatImporter.h):
// MemoTrace's numeric (Type, SubType) pairs of the PC WeChat MSG table and PyWxDump's Chinese
// type names (its type_converter() table, plus the names other tools use for the same types).

#include <QString>

namespace kindred::wechat {

enum class Kind
{
    Text,
    Photo,
    Voice,
    Video,
    Sticker,
    File,
    Link,          ///< shared article, music, mini program, channel video, ...
    Quote,         ///< a quote-reply (appmsg type 57, 引用回复)
    ForwardedChat, ///< a bundle of forwarded messages (appmsg type 19, 合并转发的聊天记录)
    Transfer,      ///< money transfer, red packet
    Location,
    Card, ///< contact / official account card
    Call, ///< voice or video call summary (a service line)
    System,
    Pat,    ///< 拍一拍 (a service line)
    Recall, ///< 撤回 (a service line)
    Unknown
};

class WeChatTypes final
{
public:
    /// The kind of a MemoTrace (Type, SubType) pair; Unknown for codes not listed.
    static Kind fromCode(int type, int subType);
    /// The kind of a PyWxDump type_name such as 文本 or (分享)卡片式链接; Unknown otherwise.
    static Kind fromName(const QString &typeName);

    /// attachmentKind of a kind: photo, voice, video, sticker, file, link, other or empty.
    static QString attachmentKind(Kind kind);
    /// Whether rows of the kind are service lines (system, recall, pat, call).
    static bool isService(Kind kind);
    /// Media whose exported text is only a placeholder ("图片", an XML blob, a voice length).
    static bool hasPlaceholderText(Kind kind);
};

} // namespace kindred::wechat
