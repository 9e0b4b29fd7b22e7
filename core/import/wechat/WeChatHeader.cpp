#include "WeChatHeader.h"

namespace kindred::wechat {

WeChatHeader WeChatHeader::parse(const QStringList &fields)
{
    WeChatHeader h;
    h.m_size = fields.size();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed();
        if (!h.m_columns.contains(name))
            h.m_columns.insert(name, i);
    }
    auto has = [&h](const char *name) { return h.m_columns.contains(QLatin1String(name)); };
    auto count = [&h](const QStringList &names) {
        qsizetype n = 0;
        for (const QString &name : names)
            n += h.m_columns.contains(name) ? 1 : 0;
        return n;
    };
    const QStringList memoTrace = {QStringLiteral("localId"),   QStringLiteral("TalkerId"),
                                   QStringLiteral("Type"),      QStringLiteral("SubType"),
                                   QStringLiteral("IsSender"),  QStringLiteral("CreateTime"),
                                   QStringLiteral("StrContent")};
    QStringList pyWxDump = {QStringLiteral("MsgSvrID"),  QStringLiteral("type_name"),
                            QStringLiteral("is_sender"), QStringLiteral("talker"),
                            QStringLiteral("room_name"), QStringLiteral("CreateTime")};
    // A family is recognised by its distinctive column and most of the others, so that a
    // header lacking one required column is still reported as that family's, naming it.
    QStringList required;
    if (has("StrContent") && count(memoTrace) >= 4) {
        h.m_family = Family::MemoTrace;
        required = memoTrace;
    } else if (has("type_name") && count(pyWxDump) >= 4) {
        h.m_family = Family::PyWxDump;
        h.m_jsonContent = !has("msg") && has("content");
        if (!has("msg") && !has("content"))
            pyWxDump.append(QStringLiteral("msg"));
        required = pyWxDump;
    } else {
        return h;
    }
    for (const QString &name : required) {
        if (!h.m_columns.contains(name))
            h.m_missing.append(name);
    }
    return h;
}

} // namespace kindred::wechat
