#pragma once
// Recoverable oddities of one WeChat CSV file, passed to the sink as warnings: the first few of
// each kind with their line, then one summary line per kind with how many more there were.

#include <QHash>
#include <QString>

namespace kindred {
class ImportSink;
}

namespace kindred::wechat {

class WeChatWarnings final
{
public:
    enum class Topic
    {
        DamagedId,
        BadJson,
        SenderMismatch,
        UnknownType,
        BadFlag,
        UnlinkedQuote,
        ExtraFields
    };

    explicit WeChatWarnings(ImportSink &sink) : m_sink(sink) {}

    /// Passes text on while the topic has had fewer than kShown warnings; counts it anyway.
    void add(Topic topic, const QString &text);
    /// A warning given once, whatever its number.
    void addOnce(const QString &text);
    /// The summary lines ("N more ...") of the topics over the limit.
    void finish();

    static constexpr int kShown = 5;

private:
    static QString topicName(Topic topic);

    ImportSink &m_sink;
    QHash<int, int> m_counts;
};

} // namespace kindred::wechat
