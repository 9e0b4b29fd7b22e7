#pragma once
// Text corpus of the demo community: realistic Chinese and English chat lines of a paid
// programming study group (Rust, Go, Python, databases, interviews), built from templates
// and phrase lists with the generator's seeded random numbers. No I/O, no state.

#include <QDate>
#include <QString>

namespace kindred::demo {

class DemoRng;

namespace Corpus {

/// Number of technical topics; questions and their answers share a topic index.
int topicCount();
/// A display name: Chinese name, nickname, or English handle.
QString personName(DemoRng &rng);
/// The display name of a spam account posting spam(variant).
QString spammerName(int variant);
QString botName(int bot); ///< 0 check-in bot, 1 welcome bot, 2 GitHub feed bot

QString hello(DemoRng &rng, bool zh);
QString chat(DemoRng &rng, bool zh);
QString chatReply(DemoRng &rng, bool zh);
QString question(DemoRng &rng, int topic, bool zh);
QString answer(DemoRng &rng, int topic, bool zh);
QString thanks(DemoRng &rng, bool zh);
/// A member's check-in for `streak` consecutive days.
QString checkin(DemoRng &rng, int streak);
/// The check-in bot's daily prompt (dayNo counts from 1).
QString checkinPrompt(int dayNo, const QDate &date);
QString welcome(const QString &name);
QString resource(DemoRng &rng, bool zh);
QString feed(DemoRng &rng);
QString announcement(DemoRng &rng);
/// Live event announcement (`before` = preview, else replay link); idx selects the topic.
QString liveEvent(int idx, const QDate &date, bool before);
/// Discord live-coding chat.
QString live(DemoRng &rng, bool zh);
/// Spam text of one spam account (the same text is repeated).
QString spam(int variant);
QString flood(DemoRng &rng);
QString forwardSource(DemoRng &rng);
QString emoji(DemoRng &rng);

} // namespace Corpus
} // namespace kindred::demo
