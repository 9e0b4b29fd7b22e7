// WhatsAppImporter's line rules on the real exports and on input written for the test:
// membership events and system lines, stable and distinct message ids, day-first versus
// month-first dates decided from the whole file, and format detection.

#include "WhatsAppTestSupport.h"

#include <QDir>
#include <QtTest>

using namespace kindred;
using namespace kindred::test;

class TestWhatsAppFormats : public WhatsAppTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // ---------------------------------------------------------------- events
    void membershipEvents_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << "WhatsR__englishandroid24h.txt";
        QTest::newRow("en ios") << "WhatsR__englishiosampm.txt";
        QTest::newRow("de") << "WhatsR__germanandroid24h.txt";
        QTest::newRow("de ios") << "WhatsR__germanios24h.txt";
    }

    void membershipEvents()
    {
        QFETCH(QString, file);
        RecordingSink sink;
        QVERIFY(import(fixture(file), sink));
        // "You added Mallory", "You removed Mallory", "You added Alice", "You added Bob"
        using K = EventInfo::Kind;
        const QList<QPair<K, QString>> want = {{K::Invite, QStringLiteral("Mallory")},
                                               {K::Remove, QStringLiteral("Mallory")},
                                               {K::Invite, QStringLiteral("Alice")},
                                               {K::Invite, QStringLiteral("Bob")}};
        QCOMPARE(sink.events.size(), want.size());
        QSet<QString> serviceIds;
        for (const auto &m : sink.messages)
            if (m.info.isService)
                serviceIds.insert(m.info.externalId);
        for (qsizetype i = 0; i < want.size(); ++i) {
            const EventInfo &e = sink.events[i].info;
            QCOMPARE(e.kind, want[i].first);
            QCOMPARE(e.member.externalId, want[i].second);
            QCOMPARE(e.member.name, want[i].second);
            QVERIFY(!e.actor.isValid()); // "You" is never named in the export
            QVERIFY(serviceIds.contains(e.messageExternalId));
            QVERIFY(e.at > 0);
        }
    }

    void systemLineRules()
    {
        const QByteArray text =
            "[1/2/23, 10:00:00] Team: \xE2\x80\x8E"
            "Alice added Bob and ~\xE2\x80\xAF"
            "Carol\n"
            "[1/2/23, 10:01:00] Bob: I added milk to the list\n"
            "[1/2/23, 10:02:00] Dan joined using this group's invite link\n"
            "[1/2/23, 10:03:00] Carol left\n"
            "[1/2/23, 10:04:00] Alice removed Dan\n"
            "[1/2/23, 10:05:00] Alice changed the subject to \"Who added: whom\"\n"
            "[1/2/23, 10:06:00] Eve hat die Gruppe verlassen.\n"
            "[1/2/23, 10:07:00] Alice hat Frank hinzugef\xC3\xBCgt.\n"
            "[1/2/23, 10:08:00] Alice hat das Gruppenbild entfernt.\n"
            "[1/2/23, 10:09:00] Alice: \xE2\x80\x8Eimage omitted\n";
        const QString path = writeTemp(QStringLiteral("WhatsApp Chat - Team.txt"), text);
        RecordingSink sink;
        QVERIFY(import(path, sink));
        QCOMPARE(sink.channels[0].externalId, QStringLiteral("Team"));
        QCOMPARE(sink.channels[0].kind, QStringLiteral("group"));
        QCOMPARE(sink.messages.size(), 10);
        QCOMPARE(int(sink.userMessages().size()), 2); // Bob's "I added milk", Alice's image
        QVERIFY(sink.messages[0].info.isService);     // iOS: attributed to the chat, marked
        QCOMPARE(sink.messages[0].info.text, QStringLiteral("Alice added Bob and ~\u202FCarol"));
        QVERIFY(sink.messages[5].info.isService); // quoted colon is not a sender
        using K = EventInfo::Kind;
        struct Want
        {
            K kind;
            const char *member;
            const char *actor;
        };
        const QList<Want> want = {{K::Invite, "Bob", "Alice"},  {K::Invite, "Carol", "Alice"},
                                  {K::Join, "Dan", ""},         {K::Leave, "Carol", ""},
                                  {K::Remove, "Dan", "Alice"},  {K::Leave, "Eve", ""},
                                  {K::Invite, "Frank", "Alice"}};
        QCOMPARE(sink.events.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const EventInfo &e = sink.events[i].info;
            QCOMPARE(e.kind, want[i].kind);
            QCOMPARE(e.member.externalId, QString::fromUtf8(want[i].member));
            QCOMPARE(e.actor.externalId, QString::fromUtf8(want[i].actor));
        }
    }

    // ---------------------------------------------------------------- ids and dedup
    void stableIds()
    {
        const QString path = fixture(QStringLiteral("WhatsR__englishandroid24h.txt"));
        RecordingSink a;
        RecordingSink b;
        QVERIFY(import(path, a));
        QVERIFY(import(path, b));
        QCOMPARE(a.messages.size(), b.messages.size());
        for (qsizetype i = 0; i < a.messages.size(); ++i)
            QCOMPARE(a.messages[i].info.externalId, b.messages[i].info.externalId);

        // A later export of the chat: the same lines plus newer ones. Every earlier id is
        // produced again, so the earlier messages deduplicate.
        const QByteArray later = readAll(path).trimmed() +
                                 "\n1/31/18, 09:00 - Alice: Good morning\n"
                                 "1/31/18, 09:01 - Bob: Morning!\n";
        RecordingSink c;
        QVERIFY(import(writeTemp(QStringLiteral("later.txt"), later), c));
        QCOMPARE(c.messages.size(), a.messages.size() + 2);
        for (qsizetype i = 0; i < a.messages.size(); ++i)
            QCOMPARE(c.messages[i].info.externalId, a.messages[i].info.externalId);
    }

    void repeatedMessagesGetDistinctIds()
    {
        const QByteArray text = "1/1/21, 12:00 - A: ok\n"
                                "1/1/21, 12:00 - A: ok\n"
                                "1/1/21, 12:00 - B: ok\n"
                                "1/1/21, 12:00 - A: ok\n";
        RecordingSink sink;
        QVERIFY(import(writeTemp(QStringLiteral("repeat.txt"), text), sink));
        QCOMPARE(sink.messages.size(), 4);
        const QString first = sink.messages[0].info.externalId;
        QCOMPARE(sink.messages[1].info.externalId, first + QStringLiteral("-1"));
        QCOMPARE(sink.messages[3].info.externalId, first + QStringLiteral("-2"));
        QVERIFY(sink.messages[2].info.externalId != first);
    }

    // ---------------------------------------------------------------- dates
    void dateOrderFromWholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("first");
        // only the last line decides; the first lines are ambiguous
        QTest::newRow("day-first late") << QByteArray("01/02/21, 10:00 - A: x\n"
                                                      "05/02/21, 10:00 - A: y\n"
                                                      "13/02/21, 10:00 - A: z\n")
                                        << "2021-02-01T10:00:00";
        QTest::newRow("month-first late") << QByteArray("01/02/21, 10:00 - A: x\n"
                                                        "05/02/21, 10:00 - A: y\n"
                                                        "02/13/21, 10:00 - A: z\n")
                                          << "2021-01-02T10:00:00";
        QTest::newRow("ambiguous slash: day-first")
            << QByteArray("01/02/21, 10:00 - A: x\n") << "2021-02-01T10:00:00";
        QTest::newRow("12h edge cases") << QByteArray("[1/2/21, 12:00:03 AM] A: x\n"
                                                      "[1/2/21, 00:04:03 AM] A: y\n")
                                        << "2021-02-01T00:00:03";
    }

    void dateOrderFromWholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, first);
        RecordingSink sink;
        QVERIFY(import(writeTemp(QStringLiteral("order.txt"), text), sink));
        QCOMPARE(wall(sink.messages[0].info.sentAt), first);
    }

    void mixedDateOrdersWarn()
    {
        const QByteArray text = "01/02/21, 10:00 - A: ambiguous, day-first\n"
                                "13/01/21, 10:00 - A: day-first only\n"
                                "01/13/21, 10:00 - A: month-first only\n"
                                "31/02/21, 10:00 - A: no such day either way\n";
        RecordingSink sink;
        QVERIFY(import(writeTemp(QStringLiteral("mixed.txt"), text), sink));
        QCOMPARE(sink.messages.size(), 3);
        QCOMPARE(wall(sink.messages[0].info.sentAt), QStringLiteral("2021-02-01T10:00:00"));
        QCOMPARE(wall(sink.messages[1].info.sentAt), QStringLiteral("2021-01-13T10:00:00"));
        QCOMPARE(wall(sink.messages[2].info.sentAt), QStringLiteral("2021-01-13T10:00:00"));
        // the invalid date line is kept as text of the previous message
        QVERIFY(sink.messages[2].info.text.endsWith(QLatin1String("no such day either way")));
        const QString warnings = sink.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("mixes day-first and month-first")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("swapped")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("line 4")), qPrintable(warnings));
    }

    // ---------------------------------------------------------------- detect
    void detectFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(QStringLiteral(KINDRED_EXPORTS_DIR "/whatsapp"))
                .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f << f;
        // for a zip the caller passes the inner file's head and name
        QTest::newRow("zip inner") << "chat-analytics__4A_11M.txt"
                                   << "_chat.txt";
    }

    void detectFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        const QByteArray head = readAll(fixture(file)).left(64 * 1024);
        QVERIFY(WhatsAppImporter().detect(head, name) >= 80);
    }

    void detectRejectsOtherFormats()
    {
        WhatsAppImporter importer;
        int checked = 0;
        for (const char *dir : {"telegram", "discord", "slack", "wechat", "discourse"}) {
            QDir d(QStringLiteral(KINDRED_EXPORTS_DIR "/") + QLatin1String(dir));
            for (const QString &f : d.entryList(QDir::Files)) {
                const QByteArray head = readAll(d.filePath(f)).left(64 * 1024);
                QVERIFY2(importer.detect(head, f) == 0, qPrintable(f));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
        QCOMPARE(importer.detect(QByteArray(), QStringLiteral("x.txt")), 0);
        QCOMPARE(importer.detect("id,author,text\n1,a,b\n", QStringLiteral("x.csv")), 0);
        QCOMPARE(importer.detect("{\"messages\": []}", QStringLiteral("result.json")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppFormats)
#include "tst_whatsapp_formats.moc"
