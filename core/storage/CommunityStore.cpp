#include "CommunityStore.h"

#include "Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace kindred {
namespace {

CommunitySettings normalized(const CommunitySettings &s)
{
    return CommunitySettings{s.id, s.name.trimmed(), s.currency.trimmed(), s.timezone.trimmed()};
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

} // namespace

CommunityStore::CommunityStore(Database &db) : m_db(db) {}

bool CommunityStore::read(CommunitySettings *out, QString *error) const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, currency, timezone FROM community ORDER BY id LIMIT 1"))) {
        *error = QCoreApplication::translate("CommunityStore", "cannot read the community: %1")
                     .arg(q.lastError().text());
        return false;
    }
    CommunitySettings s;
    if (q.next()) {
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.currency = q.value(2).toString();
        s.timezone = q.value(3).toString();
    } else {
        s.name = QFileInfo(m_db.path()).completeBaseName(); // as defaultCommunityId() would
    }
    *out = s;
    return true;
}

bool CommunityStore::validate(const CommunitySettings &settings, QString *error)
{
    const CommunitySettings s = normalized(settings);
    if (s.name.isEmpty()) {
        *error =
            QCoreApplication::translate("CommunityStore", "the community name must not be empty");
        return false;
    }
    if (s.timezone.isEmpty() || !QTimeZone(s.timezone.toUtf8()).isValid()) {
        *error = QCoreApplication::translate(
                     "CommunityStore",
                     "'%1' is not a known time zone (use an IANA id such as Asia/Shanghai)")
                     .arg(s.timezone);
        return false;
    }
    if (!isCurrencyCode(s.currency)) {
        *error = QCoreApplication::translate(
                     "CommunityStore",
                     "'%1' is not a currency code (three capital letters A–Z, such as CNY)")
                     .arg(s.currency);
        return false;
    }
    return true;
}

bool CommunityStore::update(const CommunitySettings &settings, QString *error)
{
    if (!validate(settings, error))
        return false;
    const CommunitySettings s = normalized(settings);
    QSqlDatabase sql = m_db.sql();
    auto failed = [&](const QString &why) {
        *error =
            QCoreApplication::translate("CommunityStore", "cannot save the community settings: %1")
                .arg(why);
        sql.rollback();
        return false;
    };
    if (!sql.transaction())
        return failed(sql.lastError().text());
    const qint64 id = m_db.defaultCommunityId(s.name);
    if (id <= 0)
        return failed(sql.lastError().text());
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("UPDATE community SET name = ?, currency = ?, timezone = ? "
                             "WHERE id = ?"));
    q.addBindValue(s.name);
    q.addBindValue(s.currency);
    q.addBindValue(s.timezone);
    q.addBindValue(id);
    if (!q.exec())
        return failed(q.lastError().text());
    if (!sql.commit())
        return failed(sql.lastError().text());
    return true;
}

} // namespace kindred
