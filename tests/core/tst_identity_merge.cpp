// Identity merge: suggestion rules, merge/unmerge round trip (analytics count a merged member
// once and are back to the same figures after unmerge), and the member-count audit against
// independent SQL counts.
//
// Cross-platform workspace: the real Telegram DM export chat-analytics__DM_2A_7M.json (authors
// "Alice" (first seen 2022) and "Bob" (2019), python3: {m.get('from') for m in
// json.load(f)['messages']}) plus a WhatsApp chat written by the test in which Alice, Bob and Carol
// talk.
#include "DbDigest.h"
#include "analytics/AnalyticsSource.h"
#include "analytics/KpiCalculator.h"
#include "identity/MemberAudit.h"
#include "identity/MemberMerger.h"
#include "identity/MergeSuggestions.h"
#include "import/ImportService.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

const QByteArray kWhatsApp = "1/3/21, 09:00 - Alice: morning from WhatsApp\n"
                             "1/3/21, 09:01 - Bob: hi\n"
                             "1/3/21, 09:02 - Carol: hello both\n"
                             "1/4/21, 10:00 - Alice: see you\n";

struct Workspace
{
    QTemporaryDir dir;
    Database db;

    bool build()
    {
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("w.kindred")), &error))
            return false;
        const QString wa = dir.filePath(QStringLiteral("WhatsApp Chat with Friends.txt"));
        QFile f(wa);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(kWhatsApp);
        f.close();
        ImportService service(db);
        ImportResult result;
        ImportError importError;
        const QString tg =
            QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/chat-analytics__DM_2A_7M.json");
        return service.importFile(tg, QString(), &result, &importError) &&
               service.importFile(wa, QStringLiteral("whatsapp"), &result, &importError);
    }
    qint64 memberId(const QString &platform, const QString &name)
    {
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral(
            "SELECT member_id FROM identity WHERE platform = ? AND display_name = ?"));
        q.addBindValue(platform);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    int analyticsMembers()
    {
        AnalyticsSource source(db);
        QString error;
        return source.load(&error) ? int(source.members().size()) : -1;
    }
};

QString kpiSummary(Database &db)
{
    AnalyticsSource source(db);
    QString error;
    if (!source.load(&error))
        return error;
    const KpiCalculator calc(source);
    const Period p{QDate(2019, 1, 1), QDate(2023, 12, 31)};
    const KpiSet k = calc.compute(p);
    return QStringLiteral("members %1 messages %2 mau %3 dau %4 joined %5")
        .arg(k.membersAtEnd)
        .arg(k.messages)
        .arg(k.mau)
        .arg(k.dauMean)
        .arg(k.joined);
}

} // namespace

class TestIdentityMerge : public QObject
{
    Q_OBJECT
private slots:
    void normalisation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name case and spaces")
            << "name" << QStringLiteral("  Alice   Smith ") << QStringLiteral("alice smith");
        QTest::newRow("name full-width")
            << "name" << QStringLiteral("ＡＬＩＣＥ") << QStringLiteral("alice");
        QTest::newRow("name chinese")
            << "name" << QStringLiteral("小 明") << QStringLiteral("小 明");
        QTest::newRow("email") << "email" << QStringLiteral(" Alice@Example.COM ")
                               << QStringLiteral("alice@example.com");
        QTest::newRow("email without @") << "email" << QStringLiteral("alice") << QString();
        QTest::newRow("phone +86")
            << "phone" << QStringLiteral("+86 138-0013-8000") << QStringLiteral("13800138000");
        QTest::newRow("phone plain")
            << "phone" << QStringLiteral("13800138000") << QStringLiteral("13800138000");
        QTest::newRow("phone too short") << "phone" << QStringLiteral("12-34") << QString();
        QTest::newRow("username @")
            << "username" << QStringLiteral("@Alice_Dev") << QStringLiteral("alice_dev");
    }
    void normalisation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString got;
        if (kind == QLatin1String("name"))
            got = MergeSuggestions::normalizeName(input);
        else if (kind == QLatin1String("email"))
            got = MergeSuggestions::normalizeEmail(input);
        else if (kind == QLatin1String("phone"))
            got = MergeSuggestions::normalizePhone(input);
        else
            got = MergeSuggestions::normalizeUsername(input);
        QCOMPARE(got, expected);
    }

    void suggestsSameNameAcrossPlatforms()
    {
        Workspace ws;
        QVERIFY(ws.build());
        QList<MergeSuggestion> s;
        QString error;
        QVERIFY2(MergeSuggestions::find(ws.db, &s, &error), qPrintable(error));
        // Alice and Bob are on both platforms; Carol only on WhatsApp.
        QCOMPARE(s.size(), 2);
        for (const MergeSuggestion &m : s) {
            QCOMPARE(m.reason, QStringLiteral("display_name"));
            QVERIFY(m.evidence == QLatin1String("alice") || m.evidence == QLatin1String("bob"));
            // The target is the one seen first (first_seen is the oracle here, not the rule).
            QVERIFY(
                scalar(
                    ws.db,
                    QStringLiteral("SELECT first_seen FROM member WHERE id = %1").arg(m.targetId)) <
                scalar(
                    ws.db,
                    QStringLiteral("SELECT first_seen FROM member WHERE id = %1").arg(m.sourceId)));
            QCOMPARE(QSet<QString>({m.targetPlatforms, m.sourcePlatforms}),
                     QSet<QString>({QStringLiteral("telegram"), QStringLiteral("whatsapp")}));
        }
        // Dismissed pairs are not suggested again.
        QVERIFY(MergeSuggestions::dismiss(ws.db, s[0].sourceId, s[0].targetId, &error));
        QList<MergeSuggestion> after;
        QVERIFY(MergeSuggestions::find(ws.db, &after, &error));
        QCOMPARE(after.size(), 1);
        QVERIFY(after[0].evidence != s[0].evidence);
    }

    void emailOutranksNameAndAmbiguousNamesAreSkipped()
    {
        Workspace ws;
        QVERIFY(ws.build());
        const qint64 carol = ws.memberId(QStringLiteral("whatsapp"), QStringLiteral("Carol"));
        const qint64 bobTg = ws.memberId(QStringLiteral("telegram"), QStringLiteral("Bob"));
        QVERIFY(carol > 0 && bobTg > 0);
        QSqlQuery q(ws.db.sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE identity SET email = 'Bob@Example.com' WHERE "
                                      "member_id IN (%1, %2)")
                           .arg(carol)
                           .arg(bobTg)));
        QList<MergeSuggestion> s;
        QString error;
        QVERIFY(MergeSuggestions::find(ws.db, &s, &error));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s[0].reason, QStringLiteral("email")); // strongest first
        QCOMPARE(s[0].evidence, QStringLiteral("bob@example.com"));
        QCOMPARE(QSet<qint64>({s[0].targetId, s[0].sourceId}), QSet<qint64>({carol, bobTg}));

        // A second "Alice" on WhatsApp makes the name ambiguous there: no name suggestion.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member(community_id, display_name, "
                                      "first_seen, last_seen) VALUES (1, 'alice', 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO identity(community_id, member_id, platform, "
                                      "external_id, display_name) VALUES (1, %1, 'whatsapp', "
                                      "'alice-2', 'ALICE')")
                           .arg(q.lastInsertId().toLongLong())));
        QVERIFY(MergeSuggestions::find(ws.db, &s, &error));
        for (const MergeSuggestion &m : s)
            QVERIFY2(m.evidence != QLatin1String("alice"), qPrintable(m.evidence));
    }

    void mergeCountsOnceAndUnmergeRestores()
    {
        Workspace ws;
        QVERIFY(ws.build());
        const QString before = kpiSummary(ws.db);
        const int membersBefore = ws.analyticsMembers();
        QCOMPARE(membersBefore, 5); // Alice, Bob (Telegram); Alice, Bob, Carol (WhatsApp)
        const qint64 aliceTg = ws.memberId(QStringLiteral("telegram"), QStringLiteral("Alice"));
        const qint64 aliceWa = ws.memberId(QStringLiteral("whatsapp"), QStringLiteral("Alice"));
        QVERIFY(aliceTg > 0 && aliceWa > 0);

        qint64 mergeId = 0;
        QString error;
        QVERIFY2(MemberMerger::merge(ws.db, aliceWa, aliceTg, QStringLiteral("display_name"),
                                     QStringLiteral("tester"), &mergeId, &error),
                 qPrintable(error));
        QVERIFY(mergeId > 0);
        QCOMPARE(ws.analyticsMembers(), 4);
        QCOMPARE(MemberMerger::survivor(ws.db, aliceWa), aliceTg);
        // The survivor spans both platforms: first seen on Telegram, last seen on WhatsApp.
        AnalyticsSource source(ws.db);
        QVERIFY(source.load(&error));
        QCOMPARE(source.resolve(aliceWa), aliceTg);
        for (const MemberFacts &f : source.members()) {
            if (f.id != aliceTg)
                continue;
            QCOMPARE(f.firstSeen, scalar(ws.db, QStringLiteral("SELECT min(first_seen) FROM "
                                                               "member WHERE id IN (%1, %2)")
                                                    .arg(aliceTg)
                                                    .arg(aliceWa)));
            QCOMPARE(f.lastSeen, scalar(ws.db, QStringLiteral("SELECT max(last_seen) FROM "
                                                              "member WHERE id IN (%1, %2)")
                                                   .arg(aliceTg)
                                                   .arg(aliceWa)));
        }
        QVERIFY(kpiSummary(ws.db) != before);
        // Merging again (either way round) is refused: they are one person.
        QVERIFY(!MemberMerger::merge(ws.db, aliceTg, aliceWa, {}, {}, nullptr, &error));
        QVERIFY(error.contains(QLatin1String("same person")));

        // The suggestion for Alice is gone; Bob's stays.
        QList<MergeSuggestion> s;
        QVERIFY(MergeSuggestions::find(ws.db, &s, &error));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].evidence, QStringLiteral("bob"));

        QList<MergeRecord> log;
        QVERIFY(MemberMerger::log(ws.db, true, &log, &error));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].actor, QStringLiteral("tester"));
        QCOMPARE(log[0].sourceId, aliceWa);

        QVERIFY2(MemberMerger::unmerge(ws.db, mergeId, &error), qPrintable(error));
        QCOMPARE(ws.analyticsMembers(), membersBefore);
        QCOMPARE(kpiSummary(ws.db), before);
        QVERIFY(!MemberMerger::unmerge(ws.db, mergeId, &error)); // already undone
        QVERIFY(MemberMerger::log(ws.db, false, &log, &error));
        QCOMPARE(log.size(), 1);
        QVERIFY(log[0].undoneAt > 0);
    }

    void auditExplainsEveryDifference()
    {
        Workspace ws;
        QVERIFY(ws.build());
        const qint64 aliceTg = ws.memberId(QStringLiteral("telegram"), QStringLiteral("Alice"));
        const qint64 aliceWa = ws.memberId(QStringLiteral("whatsapp"), QStringLiteral("Alice"));
        QString error;
        QVERIFY(MemberMerger::merge(ws.db, aliceWa, aliceTg, {}, {}, nullptr, &error));
        MemberAuditResult audit;
        QVERIFY2(MemberAudit::compute(ws.db, &audit, &error), qPrintable(error));
        QCOMPARE(audit.platforms.size(), 2);
        QCOMPARE(audit.members, qint64(ws.analyticsMembers()));
        qint64 sum = 0;
        for (const PlatformAudit &p : audit.platforms) {
            const QString where = QStringLiteral(" FROM identity i JOIN member m ON m.id = "
                                                 "i.member_id WHERE i.platform = '%1'")
                                      .arg(p.platform);
            QCOMPARE(p.identities, scalar(ws.db, QStringLiteral("SELECT count(*)") + where));
            QCOMPARE(p.bots, scalar(ws.db, QStringLiteral("SELECT count(*)") + where +
                                               QStringLiteral(" AND m.is_bot")));
            QCOMPARE(p.merged, scalar(ws.db, QStringLiteral("SELECT count(*)") + where +
                                                 QStringLiteral(" AND m.merged_into IS NOT "
                                                                "NULL")));
            QCOMPARE(p.identities, p.bots + p.exporter + p.noActivity + p.merged + p.members);
            QCOMPARE(p.batches, 1);
            sum += p.members;
        }
        // Telegram: Alice (also on WhatsApp through the merge) and Bob; WhatsApp: Bob, Carol.
        QCOMPARE(audit.platforms[0].platform, QStringLiteral("telegram"));
        QCOMPARE(audit.platforms[0].members, 2);
        QCOMPARE(audit.platforms[0].alsoElsewhere, 1);
        QCOMPARE(audit.platforms[1].merged, 1);
        QCOMPARE(audit.platforms[1].members, 2);
        QCOMPARE(audit.overlap, sum - audit.members);
        QCOMPARE(audit.overlap, 0);
    }
};

QTEST_GUILESS_MAIN(TestIdentityMerge)
#include "tst_identity_merge.moc"
