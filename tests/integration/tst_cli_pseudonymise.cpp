// `kindred members --csv --pseudonymise` and `kindred report --pseudonymise` on the demo
// community: the pseudonymised CSV has the plain CSV's rows in the same order, without the id
// column, each name replaced by Pseudonymizer::pseudonym(id) of the workspace (salt stored in
// the workspace by the first run, never printed); two runs give the same output; no member
// name of the plain CSV is left. The pseudonymised PDF says so on its cover and shows the top
// members' pseudonyms instead of their names.
#include "CliRunner.h"
#include "privacy/Pseudonymizer.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;
using namespace kindred::test;

namespace {

/// CSV lines without the BOM and the line ends (names of the demo hold no comma or quote).
QStringList csvLines(const QByteArray &out)
{
    QString text = QString::fromUtf8(out);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    return lines;
}

} // namespace

class TestCliPseudonymise : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(QStringLiteral("demo.kindred"));
        const CliRun run =
            runKindred({QStringLiteral("demo"), QStringLiteral("--workspace"), m_ws});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void membersCsv()
    {
        const QStringList base = {QStringLiteral("members"), QStringLiteral("--workspace"), m_ws,
                                  QStringLiteral("--csv")};
        const CliRun plainRun = runKindred(base);
        QCOMPARE(plainRun.exitCode, 0);
        const CliRun pseudoRun = runKindred(base + QStringList{QStringLiteral("--pseudonymise")});
        QVERIFY2(pseudoRun.exitCode == 0, pseudoRun.err.constData());
        QVERIFY(pseudoRun.out.startsWith("\xEF\xBB\xBF"));
        const CliRun again = runKindred(base + QStringList{QStringLiteral("--pseudonymise")});
        QCOMPARE(again.out, pseudoRun.out); // stable

        const QStringList plain = csvLines(plainRun.out);
        const QStringList pseudo = csvLines(pseudoRun.out);
        QVERIFY(plain.size() > 2000);
        QCOMPARE(pseudo.size(), plain.size());
        QVERIFY(plain.first().startsWith(QStringLiteral("id,name,segment,")));
        QCOMPARE(pseudo.first(), plain.first().mid(3)); // the header without "id,"

        Database db;
        QString error;
        QVERIFY2(db.open(m_ws, &error), qPrintable(error));
        Pseudonymizer p;
        QVERIFY2(Pseudonymizer::load(db, &p, &error), qPrintable(error));
        const QByteArray saltHex = Pseudonymizer::salt(db, &error).toHex();
        QCOMPARE(saltHex.size(), 64);
        QVERIFY(!pseudoRun.out.toLower().contains(saltHex.toLower()));
        QVERIFY(!pseudoRun.err.toLower().contains(saltHex.toLower()));

        QSet<QString> names;
        for (int i = 1; i < plain.size(); ++i) {
            const QStringList a = plain.at(i).split(QLatin1Char(','));
            const QStringList b = pseudo.at(i).split(QLatin1Char(','));
            QVERIFY2(a.size() >= 9, qPrintable(plain.at(i)));
            QCOMPARE(b.first(), p.pseudonym(a.at(0).toLongLong()));
            QCOMPARE(b.mid(1), a.mid(2)); // every other column unchanged
            if (a.at(1).size() >= 2)
                names.insert(a.at(1));
        }
        const QString all = QString::fromUtf8(pseudoRun.out);
        int left = 0;
        for (const QString &name : names)
            left += all.contains(name) ? 1 : 0;
        QCOMPARE(left, 0);
    }

    void report()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QString pdf = m_dir.filePath(QStringLiteral("p.pdf"));
        const CliRun run = runKindred(
            {QStringLiteral("report"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--out"),
             pdf, QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
             QStringLiteral("2026-10-31"), QStringLiteral("--pseudonymise")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(body.contains(QStringLiteral("Member names are pseudonymised")));

        // The top member by messages of the period (first row of `members`, sorted so).
        const CliRun members = runKindred({QStringLiteral("members"), QStringLiteral("--workspace"),
                                           m_ws, QStringLiteral("--from"),
                                           QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                                           QStringLiteral("2026-10-31"), QStringLiteral("--csv")});
        const QStringList top = csvLines(members.out).at(1).split(QLatin1Char(','));
        Database db;
        QString error;
        QVERIFY2(db.open(m_ws, &error), qPrintable(error));
        Pseudonymizer p;
        QVERIFY2(Pseudonymizer::load(db, &p, &error), qPrintable(error));
        QVERIFY2(body.contains(p.pseudonym(top.at(0).toLongLong())),
                 qPrintable(top.join(QLatin1Char(','))));
        QVERIFY2(!body.contains(top.at(1)), qPrintable(top.at(1)));
    }
};

QTEST_GUILESS_MAIN(TestCliPseudonymise)
#include "tst_cli_pseudonymise.moc"
