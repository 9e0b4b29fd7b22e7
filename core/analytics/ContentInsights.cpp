#include "ContentInsights.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace kindred {
namespace {

// One message of the scanned channels (all times): enough to resolve thread
// roots.
struct Msg {
  qint64 id = 0;
  qint64 channelId = 0;
  qint64 memberId = 0;
  qint64 sentAt = 0;
  qint64 reactions = 0;
  qint64 directReplies = 0;
  bool post = false; ///< a post of the period (non-service, non-bot, in range)
  QString externalId;
  QString replyTo;
  QString thread;
};

QString channelKey(qint64 channelId, const QString &externalId) {
  return QString::number(channelId) + QLatin1Char('\x1f') + externalId;
}

// Root index of every message (see the header: thread_external_id, else the
// reply chain).
std::vector<qint64> resolveRoots(const std::vector<Msg> &msgs) {
  QHash<QString, qint64> byKey;
  byKey.reserve(qsizetype(msgs.size()));
  for (size_t i = 0; i < msgs.size(); ++i)
    byKey.insert(channelKey(msgs[i].channelId, msgs[i].externalId), qint64(i));
  std::vector<qint64> root(msgs.size(), -1);
  for (size_t i = 0; i < msgs.size(); ++i) {
    if (root[i] >= 0)
      continue;
    const Msg &m = msgs[i];
    if (!m.thread.isEmpty() && m.thread != m.externalId) {
      const qint64 t = byKey.value(channelKey(m.channelId, m.thread), -1);
      if (t >= 0) {
        root[i] = t;
        continue;
      }
    }
    std::vector<qint64> chain{qint64(i)};
    QSet<qint64> seen{qint64(i)};
    qint64 cur = qint64(i);
    while (true) {
      const Msg &c = msgs[size_t(cur)];
      if (c.replyTo.isEmpty())
        break;
      const qint64 p = byKey.value(channelKey(c.channelId, c.replyTo), -1);
      if (p < 0 || seen.contains(p))
        break;
      cur = p;
      if (root[size_t(cur)] >= 0) {
        cur = root[size_t(cur)];
        break;
      }
      seen.insert(cur);
      chain.push_back(cur);
    }
    for (qint64 c : chain)
      root[size_t(c)] = cur;
  }
  return root;
}

QString localTime(qint64 utc, const QTimeZone &zone, const QString &format) {
  return QDateTime::fromSecsSinceEpoch(utc, zone).toString(format);
}

} // namespace

ContentInsights::ContentInsights(const AnalyticsSource &source)
    : m_source(source) {}

QList<ThreadRanking> ContentInsights::topThreads(const Period &period,
                                                 const ContentWeights &w,
                                                 int limit) const {
  const qint64 start = m_source.startOf(period);
  const qint64 end = m_source.endOf(period);
  const QString filter =
      m_source.channelClause(QStringLiteral("+m.channel_id"));
  std::vector<Msg> msgs;
  QSqlQuery q(m_source.database().sql());
  q.setForwardOnly(true);
  // Every non-service message of the channels (ancestors may predate the
  // period), with the reactions and direct replies of the period's posts.
  q.prepare(
      QStringLiteral(
          "SELECT m.id, m.channel_id, coalesce(m.member_id, 0), m.sent_at, "
          "m.external_id, "
          "coalesce(m.reply_to_external_id, ''), "
          "coalesce(m.thread_external_id, ''), "
          "(m.sent_at >= :s AND m.sent_at < :e AND coalesce(b.is_bot, 0) = 0), "
          "CASE WHEN m.sent_at >= :s2 AND m.sent_at < :e2 THEN (SELECT "
          "coalesce(sum("
          "r.count), 0) FROM reaction r WHERE r.message_id = m.id) ELSE 0 END, "
          "CASE WHEN m.sent_at >= :s3 AND m.sent_at < :e3 THEN (SELECT "
          "count(*) FROM "
          "message x WHERE x.channel_id = m.channel_id AND "
          "x.reply_to_external_id = "
          "m.external_id AND x.is_service = 0) ELSE 0 END "
          "FROM message m JOIN channel c ON c.id = +m.channel_id LEFT JOIN "
          "member b ON "
          "b.id = m.member_id WHERE c.community_id = :c AND m.is_service = 0 "
          "AND "
          "m.sent_at < :e4%1")
          .arg(filter));
  q.bindValue(QStringLiteral(":s"), start);
  q.bindValue(QStringLiteral(":e"), end);
  q.bindValue(QStringLiteral(":s2"), start);
  q.bindValue(QStringLiteral(":e2"), end);
  q.bindValue(QStringLiteral(":s3"), start);
  q.bindValue(QStringLiteral(":e3"), end);
  q.bindValue(QStringLiteral(":e4"), end);
  q.bindValue(QStringLiteral(":c"), m_source.communityId());
  if (!q.exec())
    return {};
  while (q.next()) {
    Msg m;
    m.id = q.value(0).toLongLong();
    m.channelId = q.value(1).toLongLong();
    m.memberId = q.value(2).toLongLong();
    m.sentAt = q.value(3).toLongLong();
    m.externalId = q.value(4).toString();
    m.replyTo = q.value(5).toString();
    m.thread = q.value(6).toString();
    m.post = q.value(7).toBool();
    m.reactions = q.value(8).toLongLong();
    m.directReplies = q.value(9).toLongLong();
    msgs.push_back(std::move(m));
  }
  q.finish();
  const std::vector<qint64> root = resolveRoots(msgs);

  struct Acc {
    ThreadRanking row;
    QSet<qint64> people;
  };
  QHash<qint64, Acc> threads; // by root index
  for (size_t i = 0; i < msgs.size(); ++i) {
    const Msg &m = msgs[i];
    const qint64 r = root[i];
    if (!m.post || !msgs[size_t(r)].post)
      continue;
    Acc &a = threads[r];
    a.row.posts += 1;
    a.row.reactions += m.reactions;
    a.row.lastPostAt = std::max(a.row.lastPostAt, m.sentAt);
    ContentRanking c;
    c.reactions = m.reactions;
    c.replies = m.directReplies;
    a.row.score += Rankings::score(c, w, double(end - m.sentAt) / 86400.0);
    if (const qint64 who = m_source.resolve(m.memberId))
      a.people.insert(who);
  }
  QList<ThreadRanking> out;
  for (auto it = threads.begin(); it != threads.end(); ++it) {
    ThreadRanking t = it->row;
    if (t.posts < 2)
      continue;
    const Msg &r = msgs[size_t(it.key())];
    t.rootId = r.id;
    t.authorId = r.memberId;
    t.startedAt = r.sentAt;
    t.replies = t.posts - 1;
    t.participants = it->people.size();
    out.append(t);
  }
  std::sort(out.begin(), out.end(),
            [](const ThreadRanking &a, const ThreadRanking &b) {
              if (a.score != b.score)
                return a.score > b.score;
              if (a.posts != b.posts)
                return a.posts > b.posts;
              return a.rootId < b.rootId;
            });
  if (limit > 0 && out.size() > limit)
    out.resize(limit);
  // Names and texts of the listed roots.
  QSqlQuery d(m_source.database().sql());
  d.prepare(QStringLiteral(
      "SELECT ch.name, coalesce(mb.display_name, ''), m.text FROM message m "
      "JOIN channel ch ON ch.id = m.channel_id LEFT JOIN member mb ON "
      "mb.id = m.member_id WHERE m.id = ?"));
  for (ThreadRanking &t : out) {
    d.addBindValue(t.rootId);
    if (d.exec() && d.next()) {
      t.channel = d.value(0).toString();
      t.author = d.value(1).toString();
      t.text = d.value(2).toString();
    }
    d.finish();
  }
  return out;
}

QList<EssencePost> ContentInsights::essencePosts() const {
  QList<EssencePost> out;
  QSqlQuery q(m_source.database().sql());
  q.setForwardOnly(true);
  q.prepare(
      QStringLiteral("SELECT e.message_id, ch.name, coalesce(mb.display_name, "
                     "''), coalesce(m.member_id, 0), "
                     "m.sent_at, m.text, e.marked_at, e.marked_by, e.note, "
                     "(SELECT coalesce(sum(r.count), 0) "
                     "FROM reaction r WHERE r.message_id = m.id), (SELECT "
                     "count(*) FROM message x WHERE "
                     "x.channel_id = m.channel_id AND x.reply_to_external_id = "
                     "m.external_id AND "
                     "x.is_service = 0) FROM essence e JOIN message m ON m.id "
                     "= e.message_id JOIN channel ch "
                     "ON ch.id = m.channel_id LEFT JOIN member mb ON mb.id = "
                     "m.member_id WHERE "
                     "ch.community_id = ? ORDER BY m.sent_at DESC, m.id DESC"));
  q.addBindValue(m_source.communityId());
  if (!q.exec())
    return out;
  while (q.next()) {
    EssencePost p;
    p.messageId = q.value(0).toLongLong();
    p.channel = q.value(1).toString();
    p.author = q.value(2).toString();
    p.authorId = q.value(3).toLongLong();
    p.sentAt = q.value(4).toLongLong();
    p.text = q.value(5).toString();
    p.markedAt = q.value(6).toLongLong();
    p.markedBy = q.value(7).toString();
    p.note = q.value(8).toString();
    p.reactions = q.value(9).toLongLong();
    p.replies = q.value(10).toLongLong();
    out.append(p);
  }
  return out;
}

QList<ContentRanking> ContentInsights::candidates(const Period &period,
                                                  const ContentWeights &w,
                                                  int topN) const {
  QSet<qint64> marked;
  {
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT message_id FROM essence")))
      while (q.next())
        marked.insert(q.value(0).toLongLong());
  }
  QList<ContentRanking> out;
  const QList<ContentRanking> top =
      Rankings(m_source).topContent(period, w, topN);
  for (const ContentRanking &c : top)
    if (c.score > 0 && !marked.contains(c.messageId))
      out.append(c);
  return out;
}

bool ContentInsights::isMarked(Database &db, qint64 messageId) {
  QSqlQuery q(db.sql());
  q.prepare(QStringLiteral("SELECT 1 FROM essence WHERE message_id = ?"));
  q.addBindValue(messageId);
  return q.exec() && q.next();
}

bool ContentInsights::mark(Database &db, qint64 messageId, const QString &actor,
                           const QString &note, QString *error, qint64 now) {
  QSqlDatabase sql = db.sql();
  if (actor.trimmed().isEmpty()) {
    *error = QCoreApplication::translate(
        "ContentInsights", "marking a post as essence needs the actor's name");
    return false;
  }
  if (!sql.transaction()) {
    *error = sql.lastError().text();
    return false;
  }
  bool ok = false;
  {
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("SELECT is_service FROM message WHERE id = ?"));
    q.addBindValue(messageId);
    if (!q.exec() || !q.next()) {
      *error = QCoreApplication::translate("ContentInsights",
                                           "there is no message %1")
                   .arg(messageId);
    } else if (q.value(0).toInt() != 0) {
      *error =
          QCoreApplication::translate(
              "ContentInsights", "message %1 is a service message, not a post")
              .arg(messageId);
    } else {
      q.finish();
      QSqlQuery ins(sql);
      ins.prepare(QStringLiteral(
          "INSERT INTO essence(message_id, marked_at, marked_by, note) VALUES "
          "(?, ?, ?, ?) "
          "ON CONFLICT(message_id) DO UPDATE SET marked_at = "
          "excluded.marked_at, "
          "marked_by = excluded.marked_by, note = excluded.note"));
      ins.addBindValue(messageId);
      ins.addBindValue(now > 0 ? now : QDateTime::currentSecsSinceEpoch());
      ins.addBindValue(actor.trimmed());
      ins.addBindValue(note.isNull() ? QStringLiteral("") : note);
      ok = ins.exec();
      if (!ok)
        *error = ins.lastError().text();
    }
  }
  if (!ok) {
    sql.rollback();
    return false;
  }
  if (!sql.commit()) {
    *error = sql.lastError().text();
    sql.rollback();
    return false;
  }
  return true;
}

bool ContentInsights::unmark(Database &db, qint64 messageId, QString *error) {
  QSqlDatabase sql = db.sql();
  if (!sql.transaction()) {
    *error = sql.lastError().text();
    return false;
  }
  int removed = -1;
  {
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("DELETE FROM essence WHERE message_id = ?"));
    q.addBindValue(messageId);
    if (q.exec())
      removed = q.numRowsAffected();
    else
      *error = q.lastError().text();
  }
  if (removed == 0)
    *error = QCoreApplication::translate("ContentInsights",
                                         "message %1 is not marked as "
                                         "essence")
                 .arg(messageId);
  if (removed <= 0) {
    sql.rollback();
    return false;
  }
  if (!sql.commit()) {
    *error = sql.lastError().text();
    sql.rollback();
    return false;
  }
  return true;
}

QString ContentInsights::essenceMarkdown() const {
  const QTimeZone zone = m_source.clock().zone();
  QList<EssencePost> posts = essencePosts();
  std::sort(posts.begin(), posts.end(),
            [](const EssencePost &a, const EssencePost &b) {
              return a.sentAt != b.sentAt ? a.sentAt < b.sentAt
                                          : a.messageId < b.messageId;
            });
  // All non-service messages of the channels holding essence posts, for their
  // threads.
  struct Named {
    QString author;
    QString text;
  };
  std::vector<Msg> msgs;
  QHash<qint64, Named> named;
  QHash<qint64, size_t> indexOf;
  if (!posts.isEmpty()) {
    QSqlQuery q(m_source.database().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.id, m.channel_id, m.sent_at, "
                             "m.external_id, coalesce(m.reply_to_external_id, "
                             "''), coalesce(m.thread_external_id, ''), "
                             "coalesce(mb.display_name, ''), m.text FROM "
                             "message m LEFT JOIN member mb ON mb.id = "
                             "m.member_id WHERE m.is_service = 0 AND "
                             "m.channel_id IN (SELECT DISTINCT x.channel_id "
                             "FROM essence e JOIN message x ON x.id "
                             "= e.message_id) ORDER BY m.sent_at, m.id"));
    if (q.exec())
      while (q.next()) {
        Msg m;
        m.id = q.value(0).toLongLong();
        m.channelId = q.value(1).toLongLong();
        m.sentAt = q.value(2).toLongLong();
        m.externalId = q.value(3).toString();
        m.replyTo = q.value(4).toString();
        m.thread = q.value(5).toString();
        indexOf.insert(m.id, msgs.size());
        named.insert(m.id, {q.value(6).toString(), q.value(7).toString()});
        msgs.push_back(std::move(m));
      }
  }
  const std::vector<qint64> root = resolveRoots(msgs);
  const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
  auto oneLine = [](QString s) {
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
  };

  QString md;
  md += QStringLiteral("# ") +
        QCoreApplication::translate("ContentInsights", "Essence of %1")
            .arg(m_source.communityName()) +
        QStringLiteral("\n\n");
  md += QCoreApplication::translate("ContentInsights", "Essence posts: %1.")
            .arg(posts.size()) +
        QStringLiteral("\n");
  QString month;
  for (const EssencePost &p : posts) {
    const QString m = localTime(p.sentAt, zone, QStringLiteral("yyyy-MM"));
    if (m != month) {
      month = m;
      md += QStringLiteral("\n## ") + month + QStringLiteral("\n");
    }
    md += QStringLiteral("\n### %1 · %2 · %3\n\n")
              .arg(p.channel, p.author, localTime(p.sentAt, zone, fmt));
    if (!p.note.isEmpty())
      md += QStringLiteral("*") +
            QCoreApplication::translate("ContentInsights", "Note (%1): %2")
                .arg(p.markedBy, oneLine(p.note)) +
            QStringLiteral("*\n\n");
    md += p.text.trimmed() + QStringLiteral("\n");
    const auto self = indexOf.constFind(p.messageId);
    if (self != indexOf.constEnd()) {
      QStringList replies;
      for (size_t i = 0; i < msgs.size(); ++i)
        if (i != *self && root[i] == qint64(*self)) {
          const Named &n = named.value(msgs[i].id);
          replies.append(QStringLiteral("- **%1** (%2): %3")
                             .arg(n.author,
                                  localTime(msgs[i].sentAt, zone, fmt),
                                  oneLine(n.text)));
        }
      if (!replies.isEmpty())
        md += QStringLiteral("\n**") +
              QCoreApplication::translate("ContentInsights", "Replies") +
              QStringLiteral("**\n\n") + replies.join(QLatin1Char('\n')) +
              QStringLiteral("\n");
    }
    const QStringList links = extractLinks(p.text);
    if (!links.isEmpty()) {
      md += QStringLiteral("\n**") +
            QCoreApplication::translate("ContentInsights", "Links") +
            QStringLiteral("**\n\n");
      for (const QString &l : links)
        md += QStringLiteral("- <") + l + QStringLiteral(">\n");
    }
  }
  return md;
}

bool ContentInsights::exportMarkdown(const QString &path,
                                     QString *error) const {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) {
    *error =
        QCoreApplication::translate("ContentInsights", "cannot write %1: %2")
            .arg(path, f.errorString());
    return false;
  }
  f.write(essenceMarkdown().toUtf8());
  if (!f.commit()) {
    *error =
        QCoreApplication::translate("ContentInsights", "cannot write %1: %2")
            .arg(path, f.errorString());
    return false;
  }
  return true;
}

} // namespace kindred
