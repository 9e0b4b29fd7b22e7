#include "WeChatWarnings.h"

#include "import/ImportSink.h"

#include <QCoreApplication>

#include <algorithm>

namespace kindred::wechat {

void WeChatWarnings::add(Topic topic, const QString &text)
{
    if (++m_counts[int(topic)] <= kShown)
        m_sink.addWarning(text);
}

void WeChatWarnings::addOnce(const QString &text)
{
    m_sink.addWarning(text);
}

QString WeChatWarnings::topicName(Topic topic)
{
    switch (topic) {
    case Topic::DamagedId:
        return QCoreApplication::translate("WeChatImporter", "record(s) with an unusable MsgSvrID");
    case Topic::BadJson:
        return QCoreApplication::translate("WeChatImporter",
                                           "record(s) whose content is not {\"src\",\"msg\"} JSON");
    case Topic::SenderMismatch:
        return QCoreApplication::translate("WeChatImporter",
                                           "record(s) whose talker is not the chat partner");
    case Topic::UnknownType:
        return QCoreApplication::translate("WeChatImporter", "record(s) of an unknown type");
    case Topic::BadFlag:
        return QCoreApplication::translate("WeChatImporter",
                                           "record(s) with an IsSender value other than 0 or 1");
    case Topic::UnlinkedQuote:
        return QCoreApplication::translate("WeChatImporter",
                                           "quote-replies whose quoted message was not found");
    case Topic::ExtraFields:
        return QCoreApplication::translate("WeChatImporter",
                                           "record(s) with more fields than the header");
    }
    return QString();
}

void WeChatWarnings::finish()
{
    QList<int> topics = m_counts.keys();
    std::sort(topics.begin(), topics.end());
    for (const int topic : topics) {
        const int more = m_counts.value(topic) - kShown;
        if (more > 0)
            m_sink.addWarning(QCoreApplication::translate("WeChatImporter", "%1 more %2")
                                  .arg(more)
                                  .arg(topicName(Topic(topic))));
    }
}

} // namespace kindred::wechat
