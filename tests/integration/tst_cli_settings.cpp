// `kindred stats` and `kindred members` follow the segment rules and the timezone stored in
// the workspace: the workspace is built and its settings changed through core (Database,
// ImportWriter, SegmentRules, CommunityStore), the real binary is run through QProcess.
#include "analytics/Segmentation.h"
#include "import/ImportWriter.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

using namespace kindred;

namespace {

const QDate kLast(2024, 3, 31);

using Run = kindred::test::CliRun;
using kindred::test::runKindred;

/// "a" active on 2 days of the last 30 (03-27, 03-29), "b" on 5 (03-27..03-31, the last at
/// 20:00 UTC); "c" joins on 03-25 and never posts; all but c first seen on 02-01.
bool buildWorkspace(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    ImportWriter w(db.handle(), db.defaultCommunityId(QStringLiteral("cli")), 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"), QStringLiteral("g"), {}}))
        return false;
    int n = 0;
    auto post = [&](const char *who, const QDate &day, int hour) {
        MessageInfo m;
        m.externalId = QString::number(++n);
        m.author = PersonRef{QString::fromLatin1(who), QString::fromLatin1(who), false};
        m.sentAt = QDateTime(day, QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
        m.text = QStringLiteral("x");
        return w.addMessage(m);
    };
    bool ok = post("a", QDate(2024, 2, 1), 10) && post("b", QDate(2024, 2, 1), 10) &&
              post("a", kLast.addDays(-4), 10) && post("a", kLast.addDays(-2), 10);
    for (int d = 4; d >= 0; --d)
        ok = ok && post("b", kLast.addDays(-d), d == 0 ? 20 : 10);
    EventInfo join;
    join.kind = EventInfo::Kind::Join;
    join.member = PersonRef{QStringLiteral("c"), QStringLiteral("c"), false};
    join.at = QDateTime(kLast.addDays(-6), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    return ok && w.addEvent(join) && w.finish(error);
}

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QJsonObject stats()
    {
        const Run r = runKindred({QStringLiteral("stats"), QStringLiteral("--workspace"), m_path,
                                  QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("stats failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    static int segment(const QJsonObject &stats, const char *key)
    {
        return stats.value(QStringLiteral("segments"))
            .toObject()
            .value(QString::fromLatin1(key))
            .toInt(-1);
    }
    bool saveRules(const SegmentRules &rules)
    {
        Database db;
        QString error;
        const bool ok = db.open(m_path, &error) && rules.save(db, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings.kindred"));
        QString error;
        QVERIFY2(buildWorkspace(m_path, &error), qPrintable(error));
    }

    void statsUseDefaultRules()
    {
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("to")).toString(), QStringLiteral("2024-03-31"));
        QCOMPARE(segment(s, "active"), 1);     // b
        QCOMPARE(segment(s, "occasional"), 1); // a
        QCOMPARE(segment(s, "newcomer"), 1);   // c, joined 6 days before the end
        QCOMPARE(segment(s, "silent"), 0);
        QCOMPARE(segment(s, "churned"), 0);
    }

    void statsFollowStoredRules()
    {
        QVERIFY(saveRules(SegmentRules{90, 5, 30, 2}));
        const QJsonObject s = stats();
        QCOMPARE(segment(s, "active"), 2); // a now counts with 2 days
        QCOMPARE(segment(s, "occasional"), 0);
        QCOMPARE(segment(s, "newcomer"), 0); // c joined 6 days ago, newcomers are < 5
        QCOMPARE(segment(s, "silent"), 1);   // c: no activity in the window
        QCOMPARE(segment(s, "churned"), 0);

        const Run r = runKindred({QStringLiteral("members"), QStringLiteral("--workspace"), m_path,
                                  QStringLiteral("--segment"), QStringLiteral("active"),
                                  QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 3); // header, a, b
    }

    void invalidStoredRulesFallBackToDefaults()
    {
        Database db;
        QString error;
        QVERIFY(db.open(m_path, &error));
        QVERIFY(db.setSetting(QStringLiteral("segments/active_min_days"), QStringLiteral("99")));
        db.close();
        const QJsonObject s = stats();
        QCOMPARE(segment(s, "active"), 1);
        QCOMPARE(segment(s, "occasional"), 1);
        QVERIFY(saveRules(SegmentRules{}));
    }

    void statsFollowStoredTimezone()
    {
        // b's last message, 03-31 20:00 UTC, is on 04-01 in Shanghai: the default period
        // (30 days ending at the last message) moves one day.
        QCOMPARE(stats().value(QStringLiteral("to")).toString(), QStringLiteral("2024-03-31"));
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            CommunitySettings c;
            QVERIFY(CommunityStore(db).read(&c, &error));
            c.timezone = QStringLiteral("Asia/Shanghai");
            QVERIFY2(CommunityStore(db).update(c, &error), qPrintable(error));
        }
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("to")).toString(), QStringLiteral("2024-04-01"));
        QCOMPARE(s.value(QStringLiteral("from")).toString(), QStringLiteral("2024-03-03"));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
