// Pseudonymizer (core/privacy): the HMAC-SHA256 codes against values computed independently
// with Python's hmac module, deterministic collision resolution (a real 6-digit collision of
// the salt "collision-test"), merged members, pseudonymised free text, the salt stored once
// per workspace, pseudonyms stable across reopening and different between two workspaces, and
// no two persons of the demo community sharing a pseudonym.
#include "demo/DemoGenerator.h"
#include "privacy/Pseudonymizer.h"
#include "storage/Database.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

using Member = Pseudonymizer::Member;

int saltRows(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM setting WHERE key = :k"));
    q.bindValue(QStringLiteral(":k"), QString::fromLatin1(Pseudonymizer::kSaltKey));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

/// Pseudonyms of member ids 1..n of the workspace at `path` (opened and closed here).
QStringList pseudonymsOf(const QString &path, int n, QByteArray *salt = nullptr)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {QStringLiteral("open failed: ") + error};
    Pseudonymizer p;
    if (!Pseudonymizer::load(db, &p, &error))
        return {QStringLiteral("load failed: ") + error};
    if (salt)
        *salt = Pseudonymizer::salt(db, &error);
    QStringList out;
    for (int id = 1; id <= n; ++id)
        out << p.pseudonym(id);
    return out;
}

} // namespace

class TestPseudonymizer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.kindred"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
    }

    void digest_data()
    {
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("hex");
        // python3: hmac.new(salt, str(id).encode(), hashlib.sha256).hexdigest().upper()
        QTest::newRow("kindred 1")
            << QByteArray("kindred") << qint64(1)
            << QStringLiteral("A9FB39C4166AE83596DA8116FAB0C4A5A26A418D5337C426A24AA807BA63063D");
        QTest::newRow("kindred 2")
            << QByteArray("kindred") << qint64(2)
            << QStringLiteral("110EEEF5BC7636107076504C42A059DD78C690673289CB9C418BEBC555C7A442");
        QTest::newRow("other salt 1")
            << QByteArray("other salt") << qint64(1)
            << QStringLiteral("09E81F1359012FF9DCD75743C8A9AA80296B27120C5D83E3E7723C2E48E69021");
    }

    void digest()
    {
        QFETCH(QByteArray, salt);
        QFETCH(qint64, id);
        QFETCH(QString, hex);
        QCOMPARE(Pseudonymizer::digestHex(salt, id), hex);
        const Pseudonymizer p(salt, {Member{id, QStringLiteral("x"), 0, {}}});
        QCOMPARE(p.code(id), hex.left(6));
        QCOMPARE(p.pseudonym(id), QStringLiteral("Member ") + hex.left(6));
    }

    void emptyAndUnknown()
    {
        const Pseudonymizer none;
        QVERIFY(!none.isValid());
        QCOMPARE(none.code(5), QString());
        QCOMPARE(none.pseudonym(5), QStringLiteral("(a member)"));
        const Pseudonymizer p(QByteArray("kindred"), {Member{2, QStringLiteral("B"), 0, {}}});
        QCOMPARE(p.pseudonym(0), QStringLiteral("(a member)"));
        // An id not loaded still gets its code (as it would when loaded).
        QCOMPARE(p.code(1), QStringLiteral("A9FB39"));
    }

    void collision()
    {
        // With the salt "collision-test", ids 612 and 1326 share the digits 4D4EB1 (HMAC
        // prefixes 4D4EB168… and 4D4EB178…, found with Python): the lower id keeps 6 digits,
        // the higher one gets a seventh, whatever the order the members are given in.
        const QByteArray salt("collision-test");
        QCOMPARE(Pseudonymizer::digestHex(salt, 612).left(8), QStringLiteral("4D4EB168"));
        QCOMPARE(Pseudonymizer::digestHex(salt, 1326).left(8), QStringLiteral("4D4EB178"));
        const Member a{612, QStringLiteral("A"), 0, {}}, b{1326, QStringLiteral("B"), 0, {}};
        for (const QList<Member> &members : {QList<Member>{a, b}, QList<Member>{b, a}}) {
            const Pseudonymizer p(salt, members);
            QCOMPARE(p.code(612), QStringLiteral("4D4EB1"));
            QCOMPARE(p.code(1326), QStringLiteral("4D4EB17"));
            QCOMPARE(p.pseudonym(1326), QStringLiteral("Member 4D4EB17"));
        }
        // Alone, 1326 has no collision.
        QCOMPARE(Pseudonymizer(salt, {b}).code(1326), QStringLiteral("4D4EB1"));
        // Not loaded but colliding with a loaded member: extended as well.
        QCOMPARE(Pseudonymizer(salt, {a}).code(1326), QStringLiteral("4D4EB17"));
    }

    void merged()
    {
        const QByteArray salt("kindred");
        const Pseudonymizer p(salt, {Member{1, QStringLiteral("Ann"), 0, {}},
                                     Member{2, QStringLiteral("Ann (2nd account)"), 3, {}},
                                     Member{3, QStringLiteral("Ann Lee"), 0, {}}});
        QCOMPARE(p.code(2), p.code(3));
        QCOMPARE(p.code(3), Pseudonymizer::digestHex(salt, 3).left(6));
        QVERIFY(p.code(1) != p.code(3));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // {N} = pseudonym of member N, {?} = "(a member)"
        QTest::newRow("full name") << "Thanks Alice Wong!"
                                   << "Thanks {1}!";
        QTest::newRow("case-insensitive") << "ALICE WONG wrote"
                                          << "{1} wrote";
        QTest::newRow("username") << "@alice_w see above"
                                  << "@{1} see above";
        QTest::newRow("username glued") << "@alice_wx is someone else"
                                        << "@alice_wx is someone else";
        QTest::newRow("mention of a name") << "欢迎 @张伟 加入！"
                                           << "欢迎 @{2} 加入！";
        QTest::newRow("CJK inside text") << "张伟说得对"
                                         << "{2}说得对";
        QTest::newRow("latin whole word") << "Al, come here"
                                          << "{3}, come here";
        QTest::newRow("latin inside a word") << "Also Alan"
                                             << "Also Alan";
        QTest::newRow("shared name") << "Bob said hi"
                                     << "{?} said hi";
        QTest::newRow("longest first") << "Alice Wong and Al"
                                       << "{1} and {3}";
        QTest::newRow("one-letter name kept") << "X marks"
                                              << "X marks";
        QTest::newRow("nothing") << "no names here"
                                 << "no names here";
        QTest::newRow("empty") << ""
                               << "";
    }

    void text()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Pseudonymizer p(
            QByteArray("kindred"),
            {Member{1, QStringLiteral("Alice Wong"), 0, {QStringLiteral("alice_w")}},
             Member{2, QStringLiteral("张伟"), 0, {}}, Member{3, QStringLiteral("Al"), 0, {}},
             Member{4, QStringLiteral("Bob"), 0, {}}, Member{5, QStringLiteral("bob"), 0, {}},
             Member{6, QStringLiteral("X"), 0, {}}});
        for (int id = 1; id <= 6; ++id)
            expected.replace(QStringLiteral("{%1}").arg(id), p.pseudonym(id));
        expected.replace(QStringLiteral("{?}"), QStringLiteral("(a member)"));
        QCOMPARE(p.pseudonymiseText(text), expected);
    }

    void saltStoredOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("salt.kindred"));
        QByteArray first, second;
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QCOMPARE(saltRows(db), 0);
            first = Pseudonymizer::salt(db, &error);
            QCOMPARE(first.size(), 32);
            QCOMPARE(saltRows(db), 1);
            QCOMPARE(Pseudonymizer::salt(db, &error), first);
            QCOMPARE(saltRows(db), 1);
        }
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            second = Pseudonymizer::salt(db, &error);
            QCOMPARE(saltRows(db), 1);
        }
        QCOMPARE(second, first);
        // A fresh workspace gets another salt.
        Database other;
        QString error;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("salt2.kindred")), &error));
        QVERIFY(Pseudonymizer::salt(other, &error) != first);
    }

    void demoStableAndDistinct()
    {
        // A copy of the demo made before any salt exists is another workspace.
        const QString copy = m_dir.filePath(QStringLiteral("demo-copy.kindred"));
        QVERIFY(QFile::copy(m_demo, copy));

        QByteArray saltA, saltA2, saltB;
        const QStringList a = pseudonymsOf(m_demo, 200, &saltA);
        const QStringList a2 = pseudonymsOf(m_demo, 200, &saltA2);
        const QStringList b = pseudonymsOf(copy, 200, &saltB);
        QCOMPARE(a.size(), 200);
        QVERIFY2(a.first().startsWith(QStringLiteral("Member ")), qPrintable(a.first()));
        QCOMPARE(a2, a); // stable across reopening
        QCOMPARE(saltA2, saltA);
        QVERIFY(saltB != saltA);
        int same = 0;
        for (int i = 0; i < 200; ++i)
            same += a.at(i) == b.at(i) ? 1 : 0;
        QCOMPARE(same, 0);

        // No two persons (members not merged into another) of the demo share a pseudonym.
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        Pseudonymizer p;
        QVERIFY2(Pseudonymizer::load(db, &p, &error), qPrintable(error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM member WHERE merged_into IS NULL")));
        QSet<QString> seen;
        int persons = 0;
        while (q.next()) {
            const QString code = p.code(q.value(0).toLongLong());
            QVERIFY(code.size() >= Pseudonymizer::kCodeDigits);
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            ++persons;
        }
        q.finish();
        QVERIFY2(persons >= 2000, qPrintable(QString::number(persons)));
    }
};

QTEST_GUILESS_MAIN(TestPseudonymizer)
#include "tst_pseudonymizer.moc"
