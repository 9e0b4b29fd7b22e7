#pragma once
// Slack message text as plain text.
//
// plain() flattens Slack's markup ("mrkdwn" as the export stores it):
//  * <@U123> and <@U123|old name> -> "@" + the user's name (users.json display name, see
//    SlackPeople.h), else the label, else the id;
//  * <#C123|general> -> "#general"; <#C123> -> "#" + the channel's name from the lists, else
//    the id;
//  * <!here>, <!channel>, <!everyone> -> "@here", "@channel", "@everyone";
//    <!subteam^S123|@team> -> the label ("@team"); <!date^...|fallback> -> the fallback;
//  * <http://x|label> -> label, <http://x> -> the URL (also mailto:, tel:, ...; "mailto:" is
//    dropped when there is no label);
//  * &amp; &lt; &gt; -> & < > (Slack escapes exactly these three), inside labels too.
// A '<' without a closing '>' on the same line is kept as written. Formatting marks (*bold*,
// _italic_, `code`, ```blocks```) and :emoji: codes are kept as written.
//
// blocksText() reads Block Kit blocks (2023 shape): rich_text sections, lists, quotes and
// preformatted parts (text, links, user/channel mentions, emoji as ":name:", broadcasts),
// and the text of section, header and context blocks. attachmentsText() reads legacy message
// attachments (link previews, integration posts): each one's fallback, else its pretext, title
// and text. Both are used only when a message's "text" is empty.

#include "SlackDirectory.h"
#include "SlackPeople.h"

#include <QJsonArray>
#include <QString>

namespace kindred::slack {

class SlackMarkup final
{
public:
    SlackMarkup(const SlackPeople &people, const SlackDirectory &directory)
        : m_people(people), m_directory(directory)
    {
    }

    QString plain(QStringView text) const;
    QString blocksText(const QJsonArray &blocks) const;
    QString attachmentsText(const QJsonArray &attachments) const;

    /// &amp; &lt; &gt; -> & < >; every other '&' is kept.
    static QString unescape(QStringView text);

private:
    QString control(QStringView inner) const;
    QString userName(const QString &id) const;
    QString richText(const QJsonObject &element) const;
    QString richInline(const QJsonArray &elements) const;
    QString textObject(const QJsonObject &text) const;

    const SlackPeople &m_people;
    const SlackDirectory &m_directory;
};

} // namespace kindred::slack
