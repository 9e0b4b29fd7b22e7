// The influencers section of the PDF report on the demo community over the 92 days ending on
// the last message day: ReportData::influence holds Influence::compute's top members (highest
// PageRank first) and every KOL and bridge; the PDF (pdftotext) lists the section on the cover
// and shows the top members' names, PageRank and degrees; pseudonymise() replaces the names
// (no real name of the section is left in the pseudonymised PDF). Writes
// /tmp/tst_report_influence-<lang>.pdf for a look.
#include "I18n.h"
#include "PdfText.h"
#include "analytics/AnalyticsSource.h"
#include "analytics/Influence.h"
#include "demo/DemoGenerator.h"
#include "privacy/Pseudonymizer.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return kindred::test::normalisedPdfText(QString::fromUtf8(p.readAllStandardOutput()));
}

/// `source` of the report strings as the report writes it in `lang`.
QString translated(const char *source, const QString &lang)
{
    const QString before = I18n::current();
    I18n::apply(lang);
    const QString text = QCoreApplication::translate("PdfReportWriter", source);
    I18n::apply(before);
    return text.normalized(QString::NormalizationForm_KC); // as the PDF text (full-width ：)
}

} // namespace

class TestReportInfluence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Period m_period;
    ReportData m_data;
    InfluenceResult m_core;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) is not installed");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY2(source.load(&error), qPrintable(error));
        const QDate last = source.lastMessageDate();
        m_period = Period{last.addDays(-91), last};
        QVERIFY2(ReportData::build(source, m_period, 10, &m_data, &error), qPrintable(error));
        QVERIFY2(Influence::compute(source, m_period, InfluenceOptions{}, &m_core, &error),
                 qPrintable(error));
    }

    void dataEqualsInfluence()
    {
        const InfluenceResult &r = m_data.influence;
        QCOMPARE(r.nodes, m_core.nodes);
        QCOMPARE(r.edges, m_core.edges);
        QVERIFY(r.members.size() >= 15);
        QVERIFY(r.edgeList.empty());
        for (size_t i = 0; i < 15; ++i) {
            QCOMPARE(r.members[i].memberId, m_core.members[i].memberId);
            QCOMPARE(r.members[i].pageRank, m_core.members[i].pageRank);
            QCOMPARE(r.members[i].betweennessNormalised, m_core.members[i].betweennessNormalised);
            QCOMPARE(r.members[i].degree.in, m_core.members[i].degree.in);
        }
        int kols = 0, bridges = 0;
        for (const InfluenceMember &m : m_core.members) {
            kols += m.kolRank > 0;
            bridges += m.bridgeRank > 0;
            if (m.kolRank > 0 || m.bridgeRank > 0)
                QVERIFY(m_data.influence.rowOf(m.memberId) >= 0);
        }
        QCOMPARE(kols, 10);
        QVERIFY(bridges > 0);
    }

    void pdfShowsTheSection()
    {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QString out = QStringLiteral("/tmp/tst_report_influence-%1.pdf").arg(lang);
            QFile::remove(out);
            QString error;
            QVERIFY2(PdfReportWriter::write(m_data, out, lang, &error), qPrintable(error));
            const QString all = pdfText(out);
            const QString cover = all.left(all.indexOf(QLatin1Char('\f')));
            QVERIFY(cover.contains(
                translated("Influencers: opinion leaders (KOLs) and bridges", lang)));
            const qsizetype start = all.indexOf(translated("Top members by PageRank", lang));
            QVERIFY(start > 0);
            const QString text = all.mid(start);
            for (size_t i = 0; i < 5; ++i) {
                const InfluenceMember &m = m_data.influence.members[i];
                // pdftotext loses the digits of text drawn with the CJK font (they render
                // fine): in the Chinese report, compare the name up to its first digit.
                QString name = m.name;
                if (lang != QLatin1String("en"))
                    name = name.left(name.indexOf(QRegularExpression(QStringLiteral("[0-9]"))));
                QVERIFY2(text.contains(name), qPrintable(m.name));
                // -layout: the name, then the row's figures on the next line.
                const QString line = text.section(name, 1, 1).section(QLatin1Char('\n'), 1, 1);
                QVERIFY2(line.contains(QLocale(QLocale::English).toString(m.degree.in)),
                         qPrintable(line));
                QVERIFY2(
                    line.contains(QLocale(QLocale::English).toString(m.pageRank * 100.0, 'f', 2)),
                    qPrintable(line));
            }
        }
    }

    void pseudonymisedPdfHasNoRealNames()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        Pseudonymizer pseudonymizer;
        QVERIFY2(Pseudonymizer::load(db, &pseudonymizer, &error), qPrintable(error));
        ReportData data = m_data;
        data.pseudonymise(pseudonymizer);
        for (const InfluenceMember &m : data.influence.members)
            QCOMPARE(m.name, pseudonymizer.pseudonym(m.memberId));
        const QString out = m_dir.filePath(QStringLiteral("pseudonymised.pdf"));
        QVERIFY2(PdfReportWriter::write(data, out, QStringLiteral("en"), &error),
                 qPrintable(error));
        const QString text = pdfText(out);
        QVERIFY(text.contains(pseudonymizer.pseudonym(data.influence.members.front().memberId)));
        for (const InfluenceMember &m : m_data.influence.members)
            if (m.name.size() >= 3) // two-character names also occur inside message excerpts
                QVERIFY2(!text.contains(m.name), qPrintable(m.name));
    }
};

QTEST_MAIN(TestReportInfluence)
#include "tst_report_influence.moc"
