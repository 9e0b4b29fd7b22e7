#include "Pseudonymizer.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kindred {
namespace {

/// CJK and other scripts written without spaces between words.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
        return true;
    default:
        return false;
    }
}

/// A character that makes a word boundary necessary next to it (letters and digits of spaced
/// scripts, and "_").
bool isWordChar(QChar c)
{
    return (c.isLetterOrNumber() && !isUnspacedScript(c)) || c == QLatin1Char('_');
}

/// `text` at `pos` (length `len`) is a whole occurrence of `needle`: no word character glued
/// to an edge of the needle that is itself a word character.
bool atBoundaries(const QString &text, qsizetype pos, qsizetype len, const QString &needle)
{
    if (isWordChar(needle.front()) && pos > 0 && isWordChar(text.at(pos - 1)))
        return false;
    if (isWordChar(needle.back()) && pos + len < text.size() && isWordChar(text.at(pos + len)))
        return false;
    return true;
}

} // namespace

QString Pseudonymizer::digestHex(const QByteArray &salt, qint64 memberId)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(QByteArray::number(memberId), salt,
                                                                QCryptographicHash::Sha256)
                                   .toHex()
                                   .toUpper());
}

Pseudonymizer::Pseudonymizer(const QByteArray &salt, const QList<Member> &members) : m_salt(salt)
{
    if (m_salt.isEmpty())
        return;
    QList<Member> sorted = members;
    std::sort(sorted.begin(), sorted.end(),
              [](const Member &a, const Member &b) { return a.id < b.id; });
    for (const Member &m : sorted) {
        if (m.id <= 0 || m_codes.contains(m.id))
            continue;
        m_codes.insert(m.id, assign(m.id));
        if (m.mergedInto > 0 && m.mergedInto != m.id)
            m_mergedInto.insert(m.id, m.mergedInto);
    }

    // Needles of the text replacement: a needle naming several persons is anonymous.
    QHash<QString, Needle> byKey; // case-folded text -> needle
    auto add = [&](const QString &text, qint64 rootId) {
        const QString key = text.toCaseFolded();
        auto it = byKey.find(key);
        if (it == byKey.end())
            byKey.insert(key, Needle{text, rootId});
        else if (it->memberId != rootId)
            it->memberId = 0;
    };
    for (const Member &m : sorted) {
        const qint64 r = root(m.id);
        const QString name = m.name.trimmed();
        if (name.size() >= 2)
            add(name, r);
        for (const QString &u : m.usernames) {
            const QString handle = u.trimmed();
            if (!handle.isEmpty())
                add(handle.startsWith(QLatin1Char('@')) ? handle : QLatin1Char('@') + handle, r);
        }
    }
    m_needles = byKey.values();
    std::sort(m_needles.begin(), m_needles.end(), [](const Needle &a, const Needle &b) {
        if (a.text.size() != b.text.size())
            return a.text.size() > b.text.size();
        return a.text < b.text;
    });
}

QString Pseudonymizer::assign(qint64 memberId)
{
    const QString hex = digestHex(m_salt, memberId);
    int digits = kCodeDigits;
    while (digits < hex.size() && m_used.contains(hex.left(digits)))
        ++digits;
    const QString code = hex.left(digits);
    m_used.insert(code);
    return code;
}

qint64 Pseudonymizer::root(qint64 memberId) const
{
    for (int hops = 0; hops < 32 && m_mergedInto.contains(memberId); ++hops)
        memberId = m_mergedInto.value(memberId);
    return memberId;
}

QString Pseudonymizer::code(qint64 memberId) const
{
    if (!isValid() || memberId <= 0)
        return {};
    const qint64 r = root(memberId);
    if (const auto it = m_codes.constFind(r); it != m_codes.constEnd())
        return *it;
    // Not loaded (a member added since): the code it gets when loaded next, unless a member
    // with a lower id was added as well.
    const QString hex = digestHex(m_salt, r);
    int digits = kCodeDigits;
    while (digits < hex.size() && m_used.contains(hex.left(digits)))
        ++digits;
    return hex.left(digits);
}

QString Pseudonymizer::pseudonym(qint64 memberId) const
{
    const QString c = code(memberId);
    if (c.isEmpty())
        return QCoreApplication::translate("Pseudonymizer", "(a member)");
    return QCoreApplication::translate("Pseudonymizer", "Member %1").arg(c);
}

QString Pseudonymizer::pseudonymiseText(const QString &text) const
{
    if (text.isEmpty() || m_needles.isEmpty())
        return text;
    struct Match
    {
        qsizetype pos, len;
        qint64 memberId;
    };
    QList<Match> matches;
    for (const Needle &n : m_needles) {
        for (qsizetype pos = text.indexOf(n.text, 0, Qt::CaseInsensitive); pos >= 0;
             pos = text.indexOf(n.text, pos + 1, Qt::CaseInsensitive)) {
            if (atBoundaries(text, pos, n.text.size(), n.text))
                matches.append({pos, n.text.size(), n.memberId});
        }
    }
    if (matches.isEmpty())
        return text;
    // Earliest first, the longest of those starting at the same place; no overlaps.
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.pos != b.pos ? a.pos < b.pos : a.len > b.len;
    });
    QString out;
    qsizetype at = 0;
    for (const Match &m : matches) {
        if (m.pos < at)
            continue;
        out += QStringView(text).mid(at, m.pos - at);
        if (text.at(m.pos) == QLatin1Char('@'))
            out += QLatin1Char('@');
        out += pseudonym(m.memberId);
        at = m.pos + m.len;
    }
    out += QStringView(text).mid(at);
    return out;
}

QByteArray Pseudonymizer::salt(Database &db, QString *error)
{
    const QString key = QString::fromLatin1(kSaltKey);
    QByteArray stored = QByteArray::fromHex(db.setting(key).toLatin1());
    if (stored.size() >= 16)
        return stored;
    QByteArray fresh(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                         reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO setting (key, value) VALUES (:k, :v)"));
        q.bindValue(QStringLiteral(":k"), key);
        q.bindValue(QStringLiteral(":v"), QString::fromLatin1(fresh.toHex()));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
    }
    // Another process may have stored its salt first: the stored one wins.
    stored = QByteArray::fromHex(db.setting(key).toLatin1());
    if (stored.size() < 16) {
        if (error)
            *error = QCoreApplication::translate("Pseudonymizer",
                                                 "the workspace's pseudonym salt is unreadable");
        return {};
    }
    return stored;
}

bool Pseudonymizer::load(Database &db, Pseudonymizer *out, QString *error)
{
    const QByteArray s = salt(db, error);
    if (s.isEmpty())
        return false;
    QHash<qint64, QStringList> usernames;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT member_id, username FROM identity WHERE username <> '' ORDER BY id"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next())
            usernames[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    QList<Member> members;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, display_name, coalesce(merged_into, 0) FROM member ORDER BY id"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            Member m;
            m.id = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.mergedInto = q.value(2).toLongLong();
            m.usernames = usernames.value(m.id);
            members.append(m);
        }
    }
    *out = Pseudonymizer(s, members);
    return true;
}

} // namespace kindred
