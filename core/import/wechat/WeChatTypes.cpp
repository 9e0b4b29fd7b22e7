#include "WeChatTypes.h"

#include <QHash>
#include <QRegularExpression>

namespace kindred::wechat {

Kind WeChatTypes::fromCode(int type, int subType)
{
    switch (type) {
    case 1:
        return Kind::Text;
    case 3:
        return Kind::Photo;
    case 34:
        return Kind::Voice;
    case 37: // friend request
        return Kind::System;
    case 42:
        return Kind::Card;
    case 43:
        return Kind::Video;
    case 47:
        return Kind::Sticker;
    case 48:
        return Kind::Location;
    case 50:
        return Kind::Call;
    case 10000:
        switch (subType) {
        case 1:
        case 5:
        case 6:
        case 33:
        case 36:
        case 57:
            return Kind::Recall;
        case 4:
            return Kind::Pat;
        default:
            return Kind::System;
        }
    case 10002: // sysmsg XML: recalls (<revokemsg>), pats, group notices
        return Kind::System;
    case 49:
        switch (subType) {
        case 0:
        case 6:
        case 74:
            return Kind::File;
        case 1:  // pasted text
        case 53: // 接龙 (group solitaire)
        case 87: // group announcement
            return Kind::Text;
        case 8: // uploaded GIF
            return Kind::Sticker;
        case 17: // live location sharing
            return Kind::Location;
        case 19:
        case 40: // favourites bundle
            return Kind::ForwardedChat;
        case 57:
            return Kind::Quote;
        case 2000:
        case 2001:
        case 2003:
            return Kind::Transfer;
        default: // 3 music, 4/5 link, 24 note, 33/36 mini program, 50/51/63/88 channels, ...
            return Kind::Link;
        }
    default:
        return Kind::Unknown;
    }
}

Kind WeChatTypes::fromName(const QString &typeName)
{
    static const QHash<QString, Kind> names = {
        {QStringLiteral("文本"), Kind::Text},
        {QStringLiteral("粘贴的文本"), Kind::Text},
        {QStringLiteral("接龙"), Kind::Text},
        {QStringLiteral("群公告"), Kind::Text},
        {QStringLiteral("图片"), Kind::Photo},
        {QStringLiteral("语音"), Kind::Voice},
        {QStringLiteral("视频"), Kind::Video},
        {QStringLiteral("动画表情"), Kind::Sticker},
        {QStringLiteral("表情"), Kind::Sticker},
        {QStringLiteral("用户上传的GIF表情"), Kind::Sticker},
        {QStringLiteral("文件"), Kind::File},
        {QStringLiteral("文件(猜)"), Kind::File},
        {QStringLiteral("引用回复"), Kind::Quote},
        {QStringLiteral("带有引用的文本消息"), Kind::Quote},
        {QStringLiteral("合并转发的聊天记录"), Kind::ForwardedChat},
        {QStringLiteral("(分享)收藏夹"), Kind::ForwardedChat},
        {QStringLiteral("转账"), Kind::Transfer},
        {QStringLiteral("红包"), Kind::Transfer},
        {QStringLiteral("赠送红包封面"), Kind::Transfer},
        {QStringLiteral("位置"), Kind::Location},
        {QStringLiteral("位置共享"), Kind::Location},
        {QStringLiteral("名片"), Kind::Card},
        {QStringLiteral("推荐公众号"), Kind::Card},
        {QStringLiteral("语音通话"), Kind::Call},
        {QStringLiteral("视频通话"), Kind::Call},
        {QStringLiteral("音视频通话"), Kind::Call},
        {QStringLiteral("系统通知"), Kind::System},
        {QStringLiteral("系统消息"), Kind::System},
        {QStringLiteral("添加好友"), Kind::System},
        {QStringLiteral("邀请加群"), Kind::System},
        {QStringLiteral("拍一拍"), Kind::Pat},
        {QStringLiteral("撤回消息"), Kind::Recall},
    };
    const QString name = typeName.trimmed();
    if (const auto it = names.constFind(name); it != names.constEnd())
        return it.value();
    static const QRegularExpression recall(QStringLiteral("^消息撤回\\d*$"));
    if (recall.match(name).hasMatch())
        return Kind::Recall;
    // (分享)卡片式链接, 分享链接, (分享)音乐, (分享)小程序, (分享)视频号视频, 视频号直播...,
    // 游戏相关
    static const QRegularExpression link(
        QStringLiteral("^\\(分享\\)|分享|链接|小程序|视频号|音乐|游戏相关"));
    if (link.match(name).hasMatch())
        return Kind::Link;
    return Kind::Unknown;
}

QString WeChatTypes::attachmentKind(Kind kind)
{
    switch (kind) {
    case Kind::Photo:
        return QStringLiteral("photo");
    case Kind::Voice:
        return QStringLiteral("voice");
    case Kind::Video:
        return QStringLiteral("video");
    case Kind::Sticker:
        return QStringLiteral("sticker");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Link:
        return QStringLiteral("link");
    case Kind::Transfer:
    case Kind::Location:
    case Kind::Card:
        return QStringLiteral("other");
    default:
        return QString();
    }
}

bool WeChatTypes::isService(Kind kind)
{
    return kind == Kind::System || kind == Kind::Pat || kind == Kind::Recall || kind == Kind::Call;
}

bool WeChatTypes::hasPlaceholderText(Kind kind)
{
    return kind == Kind::Photo || kind == Kind::Voice || kind == Kind::Video ||
           kind == Kind::Sticker || kind == Kind::Card;
}

} // namespace kindred::wechat
