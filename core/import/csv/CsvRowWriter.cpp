#include "CsvRowWriter.h"

#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <sqlite3.h>

namespace kindred {
namespace {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString hashOf(const QStringList &values)
{
    const QByteArray digest =
        QCryptographicHash::hash(values.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(20));
}

} // namespace

CsvRowWriter::CsvRowWriter(sqlite3 *db, qint64 communityId, qint64 batchId,
                           const CsvMapping &mapping, qint64 importedAt)
    : m_db(db), m_communityId(communityId), m_batchId(batchId), m_mapping(mapping),
      m_importedAt(importedAt), m_members(db, communityId, batchId, mapping)
{
}

CsvRowWriter::~CsvRowWriter() = default;

bool CsvRowWriter::prepare(QString *error)
{
    if (!m_members.prepare(error))
        return false;
    auto make = [this](const char *sql) { return std::make_unique<SqliteStatement>(m_db, sql); };
    m_insertChannel = make("INSERT INTO channel(community_id, platform, external_id, name, "
                           "import_batch_id) VALUES (?1, ?2, ?3, ?3, ?4) ON CONFLICT DO NOTHING");
    m_findChannel = make("SELECT id FROM channel WHERE community_id = ?1 AND platform = ?2 AND "
                         "external_id = ?3");
    m_insertMessage = make("INSERT INTO message(channel_id, external_id, member_id, sent_at, "
                           "text, reply_to_external_id, import_batch_id) VALUES (?1, ?2, ?3, ?4, "
                           "?5, ?6, ?7) ON CONFLICT(channel_id, external_id) DO NOTHING");
    m_insertPlan = make("INSERT INTO plan(community_id, name, currency, import_batch_id) VALUES "
                        "(?1, ?2, ?3, ?4) ON CONFLICT(community_id, name) DO NOTHING");
    m_findPlan = make("SELECT id FROM plan WHERE community_id = ?1 AND name = ?2");
    m_insertMembership = make(
        "INSERT INTO membership(community_id, member_id, plan_id, amount_minor, currency, "
        "started_at, expires_at, status, external_id, import_batch_id) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(community_id, external_id) DO NOTHING");
    // The score is bound as text: the REAL column's affinity stores it as a number.
    m_insertFeedback = make("INSERT INTO feedback(community_id, member_id, submitted_at, score, "
                            "text, external_id, import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                            "?7) ON CONFLICT(community_id, external_id) DO NOTHING");
    m_insertActivity = make("INSERT INTO activity(community_id, name, kind, starts_at, ends_at, "
                            "import_batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            "ON CONFLICT(community_id, name, starts_at) DO NOTHING");
    m_findActivity = make("SELECT id FROM activity WHERE community_id = ?1 AND name = ?2 AND "
                          "starts_at = ?3");
    m_insertAttendance = make("INSERT INTO activity_attendance(activity_id, member_id, status, "
                              "import_batch_id) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING");
    for (auto *s :
         {m_insertChannel.get(), m_findChannel.get(), m_insertMessage.get(), m_insertPlan.get(),
          m_findPlan.get(), m_insertMembership.get(), m_insertFeedback.get(),
          m_insertActivity.get(), m_findActivity.get(), m_insertAttendance.get()}) {
        if (!s->isValid()) {
            *error =
                QCoreApplication::translate("CsvImport", "cannot prepare the import statements: %1")
                    .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
    }
    return true;
}

bool CsvRowWriter::fail()
{
    m_lastError = QCoreApplication::translate("CsvImport", "database error while storing a row: %1")
                      .arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

QString CsvRowWriter::externalId(const CsvMapping &mapping, const CsvRow &row)
{
    const QString member = row.memberKey();
    const QString at = QString::number(row.at);
    switch (mapping.target) {
    case CsvTarget::Messages:
        return row.recordId.isEmpty() ? QStringLiteral("h:") + hashOf({member, at, row.text})
                                      : row.recordId;
    case CsvTarget::Memberships:
        if (!row.recordId.isEmpty())
            return mapping.source + QLatin1Char(':') + row.recordId;
        return mapping.source + QStringLiteral(":h:") +
               hashOf({member, row.plan, QString::number(row.amountMinor), row.currency, at});
    case CsvTarget::Feedback:
        if (!row.recordId.isEmpty())
            return mapping.source + QLatin1Char(':') + row.recordId;
        return mapping.source + QStringLiteral(":h:") +
               hashOf(
                   {member, at, row.hasScore ? QString::number(row.score) : QString(), row.text});
    case CsvTarget::Members:
    case CsvTarget::Activities:
        break;
    }
    return {};
}

qint64 CsvRowWriter::ensure(SqliteStatement &insert, SqliteStatement &find, bool *created)
{
    const int rc = insert.step();
    insert.reset();
    if (rc != SQLITE_DONE)
        return -1;
    *created = sqlite3_changes(m_db) > 0;
    if (*created)
        return sqlite3_last_insert_rowid(m_db);
    qint64 id = -1;
    if (find.step() == SQLITE_ROW)
        id = find.columnInt64(0);
    find.reset();
    return id;
}

bool CsvRowWriter::write(const CsvRow &row, bool *added)
{
    *added = false;
    bool created = false;
    const qint64 member = m_members.resolve(row, &created);
    if (member < 0) {
        m_lastError = m_members.lastError();
        return false;
    }
    switch (m_mapping.target) {
    case CsvTarget::Members:
        *added = created;
        return true;
    case CsvTarget::Messages:
        return writeMessage(row, member, added);
    case CsvTarget::Memberships:
        return writeMembership(row, member, added);
    case CsvTarget::Feedback:
        return writeFeedback(row, member, added);
    case CsvTarget::Activities:
        return writeActivity(row, member, added);
    }
    return true;
}

bool CsvRowWriter::writeMessage(const CsvRow &row, qint64 member, bool *added)
{
    const QString channel = row.channel.isEmpty() ? m_mapping.source : row.channel;
    qint64 channelId = m_channels.value(channel, 0);
    if (channelId == 0) {
        m_insertChannel->bind(1, m_communityId);
        m_insertChannel->bind(2, m_mapping.source);
        m_insertChannel->bind(3, channel);
        m_insertChannel->bind(4, m_batchId);
        m_findChannel->bind(1, m_communityId);
        m_findChannel->bind(2, m_mapping.source);
        m_findChannel->bind(3, channel);
        bool created = false;
        channelId = ensure(*m_insertChannel, *m_findChannel, &created);
        if (channelId <= 0)
            return fail();
        m_channels.insert(channel, channelId);
    }
    auto &ins = *m_insertMessage;
    ins.bind(1, channelId);
    ins.bind(2, externalId(m_mapping, row));
    ins.bindNullable(3, member);
    ins.bind(4, row.at);
    ins.bind(5, text(row.text));
    ins.bindNullable(6, row.replyTo);
    ins.bind(7, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail();
    *added = sqlite3_changes(m_db) > 0;
    if (*added && member > 0) {
        const auto it = m_seenIndex.constFind(member);
        if (it == m_seenIndex.constEnd()) {
            m_seenIndex.insert(member, qsizetype(m_seen.size()));
            m_seen.push_back({member, row.at, row.at});
        } else {
            Seen &s = m_seen[size_t(it.value())];
            s.first = std::min(s.first, row.at);
            s.last = std::max(s.last, row.at);
        }
    }
    return true;
}

bool CsvRowWriter::writeMembership(const CsvRow &row, qint64 member, bool *added)
{
    qint64 planId = 0;
    if (!row.plan.isEmpty()) {
        planId = m_plans.value(row.plan, 0);
        if (planId == 0) {
            m_insertPlan->bind(1, m_communityId);
            m_insertPlan->bind(2, row.plan);
            m_insertPlan->bind(3, text(row.currency));
            m_insertPlan->bind(4, m_batchId);
            m_findPlan->bind(1, m_communityId);
            m_findPlan->bind(2, row.plan);
            bool created = false;
            planId = ensure(*m_insertPlan, *m_findPlan, &created);
            if (planId <= 0)
                return fail();
            m_plans.insert(row.plan, planId);
        }
    }
    QString status = row.status;
    if (status.isEmpty())
        status = row.endAt != 0 && row.endAt < m_importedAt ? QStringLiteral("expired")
                                                            : QStringLiteral("active");
    auto &ins = *m_insertMembership;
    ins.bind(1, m_communityId);
    ins.bind(2, member);
    ins.bindNullable(3, planId);
    ins.bind(4, row.amountMinor);
    ins.bind(5, text(row.currency));
    ins.bind(6, row.at);
    ins.bindNullable(7, row.endAt);
    ins.bind(8, status);
    ins.bind(9, externalId(m_mapping, row));
    ins.bind(10, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail();
    *added = sqlite3_changes(m_db) > 0;
    return true;
}

bool CsvRowWriter::writeFeedback(const CsvRow &row, qint64 member, bool *added)
{
    auto &ins = *m_insertFeedback;
    ins.bind(1, m_communityId);
    ins.bindNullable(2, member);
    ins.bind(3, row.at);
    if (row.hasScore)
        ins.bind(4, QString::number(row.score, 'g', 17));
    else
        ins.bindNull(4);
    ins.bind(5, text(row.text));
    ins.bind(6, externalId(m_mapping, row));
    ins.bind(7, m_batchId);
    const int rc = ins.step();
    ins.reset();
    if (rc != SQLITE_DONE)
        return fail();
    *added = sqlite3_changes(m_db) > 0;
    return true;
}

bool CsvRowWriter::writeActivity(const CsvRow &row, qint64 member, bool *added)
{
    const QString key = row.activity + QChar(0x1F) + QString::number(row.at);
    qint64 activityId = m_activities.value(key, 0);
    if (activityId == 0) {
        m_insertActivity->bind(1, m_communityId);
        m_insertActivity->bind(2, row.activity);
        m_insertActivity->bind(3, text(row.kind));
        m_insertActivity->bind(4, row.at);
        m_insertActivity->bindNullable(5, row.endAt);
        m_insertActivity->bind(6, m_batchId);
        m_findActivity->bind(1, m_communityId);
        m_findActivity->bind(2, row.activity);
        m_findActivity->bind(3, row.at);
        bool created = false;
        activityId = ensure(*m_insertActivity, *m_findActivity, &created);
        if (activityId <= 0)
            return fail();
        m_activities.insert(key, activityId);
        *added = created;
    }
    if (member > 0) {
        auto &ins = *m_insertAttendance;
        ins.bind(1, activityId);
        ins.bind(2, member);
        ins.bind(3, row.attendance);
        ins.bind(4, m_batchId);
        const int rc = ins.step();
        ins.reset();
        if (rc != SQLITE_DONE)
            return fail();
        *added = *added || sqlite3_changes(m_db) > 0;
    }
    return true;
}

bool CsvRowWriter::finish(QString *error)
{
    SqliteStatement seen(m_db, "UPDATE member SET first_seen = min(coalesce(first_seen, ?1), ?1), "
                               "last_seen = max(coalesce(last_seen, ?2), ?2) WHERE id = ?3");
    if (!seen.isValid()) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (const Seen &s : m_seen) {
        seen.bind(1, s.first);
        seen.bind(2, s.last);
        seen.bind(3, s.member);
        const int rc = seen.step();
        seen.reset();
        if (rc != SQLITE_DONE) {
            *error = seen.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace kindred
