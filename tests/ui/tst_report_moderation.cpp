// The moderation section of the PDF report on the demo community (DemoGenerator, whose import
// runs the flag rules) after four decisions taken inside the report's period (a ban, a warning
// and a mute of the same member, a dismissal): ReportData::moderation equals ModerationStats
// of the period; the section is listed on the cover with its page, and its text (pdftotext)
// shows the figures per rule, the decisions of the moderator by action with a total row and
// the repeat offender, in English and Simplified Chinese. With KINDRED_KEEP_REPORT set, the
// PDFs are copied to /tmp/tst_report_moderation-<lang>.pdf for a look.
#include "I18n.h"
#include "PdfText.h"
#include "demo/DemoGenerator.h"
#include "models/ModerationLabels.h"
#include "moderation/ModerationStats.h"
#include "moderation/ModerationStore.h"
#include "report/PdfReportWriter.h"
#include "report/ReportData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

const Period kPeriod{QDate(2026, 5, 1), QDate(2026, 10, 31)};
const QString kActor = QStringLiteral("审核员 Li");

QString run(const QString &tool, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(tool, args);
    *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    // Radicals folded back to ideographs, NFKC (see PdfText.h).
    return kindred::test::normalisedPdfText(QString::fromUtf8(p.readAllStandardOutput()));
}

/// `translate()` of `source` in context `context` while `lang` is installed.
QString translated(const char *context, const char *source, const QString &lang)
{
    const QString before = I18n::current();
    I18n::apply(lang);
    const QString text = QCoreApplication::translate(context, source);
    I18n::apply(before);
    return text.normalized(QString::NormalizationForm_KC); // as the PDF text (full-width ：)
}

QString num(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

class TestReportModeration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_offender = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("demo.kindred")), &error),
                 qPrintable(error));
        QVERIFY2(DemoGenerator::build(m_db, DemoOptions{}, &error), qPrintable(error));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) are not installed");

        // Four decisions on 2026-10-15 (inside the period): warn, mute and ban the first member
        // of the queue (three sanctions: a repeat offender), dismiss the second member's flags.
        ModerationStore store(m_db);
        const QList<QueueEntry> queue = store.queue();
        QVERIFY(queue.size() >= 2);
        m_offender = queue.at(0).memberId;
        const qint64 at = QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        int step = 0;
        for (const auto &[action, member] :
             {std::pair{ModerationAction::Warn, m_offender},
              std::pair{ModerationAction::Mute, m_offender},
              std::pair{ModerationAction::Ban, m_offender},
              std::pair{ModerationAction::Dismiss, queue.at(1).memberId}}) {
            ActionRequest r;
            r.action = action;
            r.memberIds = {member};
            r.reason = QStringLiteral("test decision %1").arg(step);
            r.actor = kActor;
            r.actedAt = at + 60 * step++;
            ActionResult result;
            QVERIFY2(store.apply(r, &result, &error), qPrintable(error));
        }
    }

    void section_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void section()
    {
        QFETCH(QString, lang);
        AnalyticsSource source(m_db);
        QString error;
        QVERIFY2(source.load(&error), qPrintable(error));
        ReportData data;
        QVERIFY2(ReportData::build(source, kPeriod, 10, &data, &error), qPrintable(error));

        // The data: ModerationStats of the period's local days.
        const ModerationStatsResult expected = ModerationStats(m_db).compute(
            source.clock().startOf(kPeriod.from), source.clock().startOf(kPeriod.to.addDays(1)));
        const ModerationStatsResult &m = data.moderation;
        QCOMPARE(m.flags, expected.flags);
        QVERIFY(m.flags > 0);
        QCOMPARE(m.actions, 4);
        QCOMPARE(m.moderators.size(), 1);
        QCOMPARE(m.moderators.first().actor, kActor);
        QCOMPARE(m.moderators.first().total, 4);
        QCOMPARE(m.perRule.size(), expected.perRule.size());
        bool offender = false;
        for (const RepeatOffender &o : m.repeatOffenders)
            offender = offender || (o.memberId == m_offender && o.sanctions == 3);
        QVERIFY(offender);

        const QString path = m_dir.filePath(lang + QStringLiteral(".pdf"));
        QVERIFY2(PdfReportWriter::write(data, path, lang, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("KINDRED_KEEP_REPORT")) {
            const QString copy = QStringLiteral("/tmp/tst_report_moderation-%1.pdf").arg(lang);
            QFile::remove(copy);
            QFile::copy(path, copy);
        }
        bool ok = false;
        QString text = run(QStringLiteral("pdftotext"),
                           {QStringLiteral("-layout"), QStringLiteral("-enc"),
                            QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                           &ok);
        QVERIFY(ok);
        // pdftotext writes the fi / fl ligatures the fonts draw as one character.
        text.replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB02), QStringLiteral("fl"));
        const QStringList pages = text.split(QLatin1Char('\f'));

        // The cover lists the section with the page it starts on.
        const QString coverTitle =
            translated("PdfReportWriter", "Moderation: flags, decisions and time to handle", lang);
        const QString perRule = translated("PdfReportWriter", "Flags per rule", lang);
        int sectionPage = -1;
        for (int i = 1; i < pages.size() && sectionPage < 0; ++i)
            if (pages.at(i).contains(perRule))
                sectionPage = i;
        QVERIFY2(sectionPage > 0, qPrintable(text.right(3000)));
        const auto cover = QRegularExpression(QRegularExpression::escape(coverTitle) +
                                              QStringLiteral("\\D+(\\d+)"))
                               .match(pages.first());
        QVERIFY2(cover.hasMatch(), qPrintable(pages.first()));
        QCOMPARE(cover.captured(1).toInt(), sectionPage + 1);

        // One line per rule: label, flags, open, dismissed, actioned.
        const QString section = pages.mid(sectionPage).join(QLatin1Char('\n'));
        const QString before = I18n::current();
        I18n::apply(lang);
        QStringList labels;
        for (const RuleCount &r : m.perRule)
            labels << ModerationLabels::rule(r.rule);
        const QString banLabel = ModerationStore::label(ModerationAction::Ban);
        const QString bannedLabel = ModerationLabels::memberStatus(QStringLiteral("banned"));
        I18n::apply(before);
        for (int i = 0; i < m.perRule.size(); ++i) {
            const RuleCount &r = m.perRule.at(i);
            const QRegularExpression row(
                QRegularExpression::escape(labels.at(i)) +
                QStringLiteral("\\s+%1\\s+%2\\s+%3\\s+%4\\s")
                    .arg(num(r.flags), num(r.open), num(r.dismissed), num(r.actioned)));
            QVERIFY2(row.match(section).hasMatch(), qPrintable(labels.at(i)));
        }
        // The decisions: the moderator with 4 decisions (dismiss, warn, mute, ban: 1 each).
        QVERIFY2(QRegularExpression(QStringLiteral("审核员 Li\\s+4\\s+1\\s+1\\s+1\\s+1\\s"))
                     .match(section)
                     .hasMatch(),
                 qPrintable(section));
        QVERIFY(section.contains(banLabel));
        // The repeat offender, banned now, with 3 sanctions (pdftotext writes some CJK glyphs of
        // the name as radicals, so the row is found by its figures).
        QVERIFY2(QRegularExpression(QRegularExpression::escape(bannedLabel) +
                                    QStringLiteral("\\s+\\d+\\s+3\\s"))
                     .match(section)
                     .hasMatch(),
                 qPrintable(section));
    }
};

QTEST_MAIN(TestReportModeration)
#include "tst_report_moderation.moc"
