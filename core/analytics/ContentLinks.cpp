// ContentInsights: links and domains (see ContentInsights.h for the
// definitions).
#include "ContentInsights.h"

#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {
namespace {

struct LinkAcc {
  LinkRanking row;
  QSet<qint64> sharers;
  QSet<QString> links;
};

} // namespace

QStringList ContentInsights::extractLinks(const QString &text) {
  // Stops at whitespace, <>"', CJK ideographs/punctuation and full-width forms.
  static const QRegularExpression re(
      QStringLiteral("https?://"
                     "[^\\s<>\"'\\x{3000}-\\x{303F}\\x{3400}-\\x{9FFF}\\x{FF00}"
                     "-\\x{FFEF}]+"),
      QRegularExpression::CaseInsensitiveOption);
  QStringList out;
  auto it = re.globalMatch(text);
  while (it.hasNext()) {
    QString url = it.next().captured(0);
    while (!url.isEmpty()) {
      const QChar last = url.back();
      if (QStringLiteral(".,;:!?'\"").contains(last)) {
        url.chop(1);
        continue;
      }
      const std::pair<QChar, QChar> pairs[] = {
          {u'(', u')'}, {u'[', u']'}, {u'{', u'}'}};
      bool chopped = false;
      for (const auto &[open, close] : pairs)
        if (last == close && url.count(open) < url.count(close)) {
          url.chop(1);
          chopped = true;
          break;
        }
      if (!chopped)
        break;
    }
    const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
    const qsizetype hostEnd = url.indexOf(QLatin1Char('/'), schemeEnd + 3);
    QString scheme = url.left(schemeEnd).toLower();
    QString host =
        url.mid(schemeEnd + 3, hostEnd < 0 ? -1 : hostEnd - schemeEnd - 3)
            .toLower();
    QString rest = hostEnd < 0 ? QString() : url.mid(hostEnd);
    if (host.startsWith(QStringLiteral("www.")))
      host = host.mid(4);
    while (rest.endsWith(QLatin1Char('/')))
      rest.chop(1);
    if (host.isEmpty())
      continue;
    const QString key = scheme + QStringLiteral("://") + host + rest;
    if (!out.contains(key))
      out.append(key);
  }
  return out;
}

QString ContentInsights::domainOf(const QString &link) {
  const qsizetype schemeEnd = link.indexOf(QStringLiteral("://"));
  if (schemeEnd < 0)
    return {};
  QString host = link.mid(schemeEnd + 3);
  const qsizetype slash = host.indexOf(QLatin1Char('/'));
  if (slash >= 0)
    host.truncate(slash);
  const qsizetype q = host.indexOf(QLatin1Char('?'));
  if (q >= 0)
    host.truncate(q);
  const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
  if (at >= 0)
    host = host.mid(at + 1);
  const qsizetype colon = host.indexOf(QLatin1Char(':'));
  if (colon >= 0)
    host.truncate(colon);
  if (host.startsWith(QStringLiteral("www.")))
    host = host.mid(4);
  return host;
}

namespace {

// The period's posts containing "http" with their links; calls `visit` per
// (post, link).
template <typename F>
bool scanLinks(const AnalyticsSource &source, const Period &period, F visit) {
  QSqlQuery q(source.database().sql());
  q.setForwardOnly(true);
  q.prepare(QStringLiteral("SELECT m.id, coalesce(m.member_id, 0), m.sent_at, "
                           "m.text FROM message m JOIN "
                           "channel c ON c.id = +m.channel_id LEFT JOIN member "
                           "b ON b.id = m.member_id "
                           "WHERE c.community_id = :c AND m.is_service = 0 AND "
                           "coalesce(b.is_bot, 0) = 0 "
                           "AND m.sent_at >= :s AND m.sent_at < :e AND m.text "
                           "LIKE '%http%'%1 ORDER BY "
                           "m.sent_at, m.id")
                .arg(source.channelClause(QStringLiteral("+m.channel_id"))));
  q.bindValue(QStringLiteral(":c"), source.communityId());
  q.bindValue(QStringLiteral(":s"), source.startOf(period));
  q.bindValue(QStringLiteral(":e"), source.endOf(period));
  if (!q.exec())
    return false;
  while (q.next()) {
    const QString text = q.value(3).toString();
    const QStringList links = ContentInsights::extractLinks(text);
    for (const QString &l : links)
      visit(q.value(0).toLongLong(), source.resolve(q.value(1).toLongLong()),
            q.value(2).toLongLong(), text, l);
  }
  return true;
}

QList<LinkRanking> finish(QHash<QString, LinkAcc> &acc, int limit) {
  QList<LinkRanking> out;
  out.reserve(acc.size());
  for (LinkAcc &a : acc) {
    a.row.sharers = a.sharers.size();
    a.row.distinctLinks = a.links.size();
    out.append(a.row);
  }
  std::sort(out.begin(), out.end(),
            [](const LinkRanking &a, const LinkRanking &b) {
              if (a.count != b.count)
                return a.count > b.count;
              if (a.sharers != b.sharers)
                return a.sharers > b.sharers;
              return a.key < b.key;
            });
  if (limit > 0 && out.size() > limit)
    out.resize(limit);
  return out;
}

void add(LinkAcc &a, const QString &key, const QString &domain, qint64 id,
         qint64 who, qint64 at, const QString &text) {
  if (a.row.count == 0) {
    a.row.key = key;
    a.row.domain = domain;
    a.row.firstSharedAt = at;
    a.row.exampleMessageId = id;
    a.row.exampleText = text;
  }
  a.row.count += 1;
  a.row.lastSharedAt = std::max(a.row.lastSharedAt, at);
  if (who)
    a.sharers.insert(who);
}

} // namespace

QList<LinkRanking> ContentInsights::topLinks(const Period &period,
                                             int limit) const {
  QHash<QString, LinkAcc> acc;
  scanLinks(m_source, period,
            [&](qint64 id, qint64 who, qint64 at, const QString &text,
                const QString &link) {
              add(acc[link], link, domainOf(link), id, who, at, text);
            });
  return finish(acc, limit);
}

QList<LinkRanking> ContentInsights::topDomains(const Period &period,
                                               int limit) const {
  QHash<QString, LinkAcc> acc;
  qint64 lastId = -1;
  QSet<QString> seenInPost;
  scanLinks(m_source, period,
            [&](qint64 id, qint64 who, qint64 at, const QString &text,
                const QString &link) {
              if (id != lastId) {
                lastId = id;
                seenInPost.clear();
              }
              const QString domain = domainOf(link);
              LinkAcc &a = acc[domain];
              a.links.insert(link);
              if (seenInPost.contains(domain))
                return;
              seenInPost.insert(domain);
              add(a, domain, domain, id, who, at, text);
            });
  return finish(acc, limit);
}

} // namespace kindred
