#include "MergeSuggestions.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace kindred {
namespace {

const QString kDismissedKey = QStringLiteral("identity/dismissed_pairs");

QString pairKey(qint64 a, qint64 b)
{
    return QStringLiteral("%1-%2").arg(std::min(a, b)).arg(std::max(a, b));
}

QSet<QString> dismissedPairs(Database &db)
{
    QSet<QString> out;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(kDismissedKey);
    if (q.exec() && q.next()) {
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array())
            out.insert(v.toString());
    }
    return out;
}

struct Person
{
    QString name;
    qint64 firstSeen = std::numeric_limits<qint64>::max();
    QSet<QString> platforms;
};

int strength(const QString &reason)
{
    static const QStringList order = {QStringLiteral("email"), QStringLiteral("phone"),
                                      QStringLiteral("username"), QStringLiteral("display_name")};
    return int(order.indexOf(reason));
}

} // namespace

QString MergeSuggestions::normalizeName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

QString MergeSuggestions::normalizeEmail(const QString &email)
{
    const QString e = email.trimmed().toCaseFolded();
    return e.contains(QLatin1Char('@')) ? e : QString();
}

QString MergeSuggestions::normalizePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(QChar(QLatin1Char(char('0' + c.digitValue()))));
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits = digits.mid(2);
    else if (digits.size() == 12 && digits.startsWith(QLatin1Char('0')))
        digits = digits.mid(1);
    return digits.size() >= 7 ? digits : QString();
}

QString MergeSuggestions::normalizeUsername(const QString &username)
{
    QString u = username.trimmed();
    if (u.startsWith(QLatin1Char('@')))
        u.remove(0, 1);
    return u.toCaseFolded();
}

bool MergeSuggestions::find(Database &db, QList<MergeSuggestion> *out, QString *error)
{
    out->clear();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // Members after merges: survivor of every member (chains resolved here).
    QHash<qint64, qint64> mergedInto;
    QHash<qint64, Person> people;
    if (!q.exec(QStringLiteral("SELECT id, coalesce(merged_into, 0), display_name, first_seen, "
                               "is_bot OR is_self FROM member"))) {
        *error = q.lastError().text();
        return false;
    }
    QSet<qint64> excluded;
    QHash<qint64, Person> raw;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toLongLong() > 0)
            mergedInto.insert(id, q.value(1).toLongLong());
        if (q.value(4).toBool())
            excluded.insert(id);
        Person p;
        p.name = q.value(2).toString();
        if (!q.value(3).isNull())
            p.firstSeen = q.value(3).toLongLong();
        raw.insert(id, p);
    }
    auto root = [&](qint64 id) {
        for (int hops = 0; hops < 64 && mergedInto.contains(id); ++hops)
            id = mergedInto.value(id);
        return id;
    };
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        const qint64 r = root(it.key());
        if (excluded.contains(r))
            continue;
        Person &p = people[r];
        if (r == it.key())
            p.name = it.value().name;
        p.firstSeen = std::min(p.firstSeen, it.value().firstSeen);
    }

    // key -> platform -> survivors; e-mail and phone ignore the platform.
    QHash<QString, QMap<QString, QSet<qint64>>> byUsername, byName;
    QHash<QString, QSet<qint64>> byEmail, byPhone;
    if (!q.exec(QStringLiteral("SELECT member_id, platform, username, display_name, email, phone "
                               "FROM identity"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 r = root(q.value(0).toLongLong());
        if (!people.contains(r))
            continue;
        const QString platform = q.value(1).toString();
        people[r].platforms.insert(platform);
        if (const QString u = normalizeUsername(q.value(2).toString()); !u.isEmpty())
            byUsername[u][platform].insert(r);
        if (const QString n = normalizeName(q.value(3).toString()); n.size() >= 2)
            byName[n][platform].insert(r);
        if (const QString e = normalizeEmail(q.value(4).toString()); !e.isEmpty())
            byEmail[e].insert(r);
        if (const QString p = normalizePhone(q.value(5).toString()); !p.isEmpty())
            byPhone[p].insert(r);
    }

    const QSet<QString> dismissed = dismissedPairs(db);
    QHash<QString, MergeSuggestion> best; // by pair
    auto suggest = [&](qint64 a, qint64 b, const QString &reason, const QString &evidence) {
        if (a == b)
            return;
        const QString key = pairKey(a, b);
        if (dismissed.contains(key))
            return;
        auto it = best.find(key);
        if (it != best.end() && strength(it->reason) <= strength(reason))
            return;
        const Person &pa = people[a];
        const Person &pb = people[b];
        const bool aFirst = pa.firstSeen < pb.firstSeen || (pa.firstSeen == pb.firstSeen && a < b);
        MergeSuggestion s;
        s.targetId = aFirst ? a : b;
        s.sourceId = aFirst ? b : a;
        const Person &t = aFirst ? pa : pb;
        const Person &o = aFirst ? pb : pa;
        s.targetName = t.name;
        s.sourceName = o.name;
        QStringList tp(t.platforms.cbegin(), t.platforms.cend());
        QStringList sp(o.platforms.cbegin(), o.platforms.cend());
        tp.sort();
        sp.sort();
        s.targetPlatforms = tp.join(QStringLiteral(", "));
        s.sourcePlatforms = sp.join(QStringLiteral(", "));
        s.reason = reason;
        s.evidence = evidence;
        best.insert(key, s);
    };
    auto suggestAll = [&](const QSet<qint64> &members, const QString &reason,
                          const QString &evidence) {
        QList<qint64> ids(members.cbegin(), members.cend());
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                suggest(ids[i], ids[j], reason, evidence);
    };
    for (auto it = byEmail.cbegin(); it != byEmail.cend(); ++it)
        suggestAll(it.value(), QStringLiteral("email"), it.key());
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it)
        suggestAll(it.value(), QStringLiteral("phone"), it.key());
    // By name: one member per platform, on at least two platforms.
    auto crossPlatform = [&](const QHash<QString, QMap<QString, QSet<qint64>>> &index,
                             const QString &reason) {
        for (auto it = index.cbegin(); it != index.cend(); ++it) {
            QSet<qint64> unique;
            bool ambiguous = false;
            for (const QSet<qint64> &onPlatform : it.value()) {
                if (onPlatform.size() > 1)
                    ambiguous = true;
                unique.unite(onPlatform);
            }
            if (!ambiguous && it.value().size() >= 2)
                suggestAll(unique, reason, it.key());
        }
    };
    crossPlatform(byUsername, QStringLiteral("username"));
    crossPlatform(byName, QStringLiteral("display_name"));

    *out = best.values();
    std::sort(out->begin(), out->end(), [](const MergeSuggestion &a, const MergeSuggestion &b) {
        if (strength(a.reason) != strength(b.reason))
            return strength(a.reason) < strength(b.reason);
        if (a.targetName != b.targetName)
            return a.targetName.localeAwareCompare(b.targetName) < 0;
        return a.sourceId < b.sourceId;
    });
    return true;
}

bool MergeSuggestions::dismiss(Database &db, qint64 memberA, qint64 memberB, QString *error)
{
    QSet<QString> pairs = dismissedPairs(db);
    pairs.insert(pairKey(memberA, memberB));
    QStringList sorted(pairs.cbegin(), pairs.cend());
    sorted.sort();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(kDismissedKey);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(sorted)).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace kindred
