// The member detail panel driven through the main window on the demo community: a double click
// on the Members page opens the "Member" dock; identities, latest messages and reply partners
// equal MemberProfile's; a double click on a partner shows that member; tags and notes are
// edited, saved to the workspace and shown again; errors are shown; the panel follows the
// period; every model passes QAbstractItemModelTester.
#include "MainWindow.h"
#include "analytics/MemberProfile.h"
#include "demo/DemoGenerator.h"
#include "models/MemberFilterProxy.h"
#include "models/MemberIdentityModel.h"
#include "models/ModelRoles.h"
#include "models/RecentMessageModel.h"
#include "models/ReplyPartnerModel.h"
#include "pages/MembersPage.h"
#include "storage/Database.h"
#include "widgets/MemberDetailPanel.h"
#include "widgets/PeriodBar.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;

/// The core's profile of `memberId`, read on the test's own connection.
MemberProfile coreProfile(const QString &path, qint64 memberId, const Period &period)
{
    MemberProfile p;
    Database db;
    QString error;
    if (!db.open(path, &error))
        return p;
    AnalyticsSource source(db);
    if (!source.load(&error) ||
        !MemberProfile::load(source, SegmentRules::load(db), LevelRules::load(db), memberId, period,
                             &p, &error))
        qWarning("core profile failed: %s", qPrintable(error));
    return p;
}

QStringList storedTagsAndNotes(const QString &path, qint64 memberId)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT tags, notes FROM member WHERE id = ?"));
    q.addBindValue(memberId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

/// What a real double click sends: press, release, double click, release.
void doubleClickRow(QTableView *view, int row)
{
    const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestMemberDetail : public QObject
{
    Q_OBJECT

private:
    MemberDetailPanel *panel() const { return m_window->memberPanel(); }
    bool waitForMember(qint64 id)
    {
        return QTest::qWaitFor(
            [&]() {
                return panel() && !panel()->isLoading() && panel()->memberId() == id &&
                       panel()->profile().period.to == m_window->period().to;
            },
            kTimeout);
    }
    template <typename T> T *child(const char *name) const
    {
        return panel()->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_member = 0;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy spy(m_window.get(), &MainWindow::loaded);
        m_window->openWorkspace(m_path);
        QVERIFY(
            QTest::qWaitFor([&]() { return spy.count() > 0 && !m_window->isLoading(); }, kTimeout));
        QVERIFY(!m_window->memberDock()); // hidden (not even built) until a member is asked for
    }

    void doubleClickOnMembersPageOpensThePanel()
    {
        auto *page = m_window->page<MembersPage>();
        QVERIFY(page);
        m_window->showPage(int(m_window->pages().indexOf(page)));
        QTableView *view = page->view();
        QVERIFY(view->model()->rowCount() > 10);
        // The second row: the table is sorted by messages in the period.
        m_member = view->model()->index(1, 0).data(IdRole).toLongLong();
        QVERIFY(m_member > 0);
        QSignalSpy requested(page, &Page::memberRequested);
        QVERIFY(view->isVisible());
        doubleClickRow(view, 1);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), m_member);
        QVERIFY(m_window->memberDock());
        QVERIFY(m_window->memberDock()->isVisible());
        QCOMPARE(m_window->dockWidgetArea(m_window->memberDock()), Qt::RightDockWidgetArea);
        QVERIFY(waitForMember(m_member));
        QCOMPARE(panel()->context().workspacePath, m_path);
        QCOMPARE(panel()->profile().period.from, m_window->period().from);

        // Enter on a row does the same.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
        const qint64 first = view->model()->index(0, 0).data(IdRole).toLongLong();
        QCOMPARE(requested.at(1).at(0).toLongLong(), first);
        QVERIFY(waitForMember(first));
        m_window->showMember(m_member);
        QVERIFY(waitForMember(m_member));

        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            panel()->identityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            panel()->recentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            panel()->partnerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void shownFiguresEqualTheCore()
    {
        const MemberProfile expected = coreProfile(m_path, m_member, m_window->period());
        QCOMPARE(expected.id, m_member);
        QVERIFY(!expected.recent.isEmpty());
        QVERIFY(!expected.partners.isEmpty());

        const MemberIdentityModel *identities = panel()->identityModel();
        QCOMPARE(identities->rowCount(), int(expected.identities.size()));
        for (int r = 0; r < identities->rowCount(); ++r) {
            QCOMPARE(identities->index(r, MemberIdentityModel::ExternalId).data().toString(),
                     expected.identities.at(r).externalId);
            QCOMPARE(identities->index(r, MemberIdentityModel::Platform).data(SortRole).toString(),
                     expected.identities.at(r).platform);
        }
        const RecentMessageModel *recent = panel()->recentModel();
        QCOMPARE(recent->rowCount(), int(expected.recent.size()));
        QCOMPARE(recent->rowCount(), MemberProfile::kRecentMessages);
        for (int r = 0; r < recent->rowCount(); ++r) {
            QCOMPARE(recent->index(r, 0).data(IdRole).toLongLong(), expected.recent.at(r).id);
            QCOMPARE(recent->index(r, RecentMessageModel::Channel).data().toString(),
                     expected.recent.at(r).channel);
            QCOMPARE(recent->index(r, RecentMessageModel::Text).data().toString(),
                     RecentMessageModel::displayText(expected.recent.at(r)));
            QCOMPARE(recent->index(r, RecentMessageModel::Reply).data(SortRole).toBool(),
                     expected.recent.at(r).isReply);
        }
        const ReplyPartnerModel *partners = panel()->partnerModel();
        QCOMPARE(partners->rowCount(), int(expected.partners.size()));
        for (int r = 0; r < partners->rowCount(); ++r) {
            const ReplyPartner &p = expected.partners.at(r);
            QCOMPARE(partners->index(r, 0).data(IdRole).toLongLong(), p.memberId);
            QCOMPARE(partners->index(r, ReplyPartnerModel::Name).data().toString(), p.name);
            QCOMPARE(partners->index(r, ReplyPartnerModel::RepliesTo).data(SortRole).toInt(),
                     p.repliesTo);
            QCOMPARE(partners->index(r, ReplyPartnerModel::RepliesFrom).data(SortRole).toInt(),
                     p.repliesFrom);
        }

        // Header, segment and level with their why.
        QCOMPARE(child<QLabel>("memberName")->text(), expected.name);
        QVERIFY(expected.hasSegment);
        QCOMPARE(child<QLabel>("memberSegmentWhy")->text(), expected.segmentWhy);
        QVERIFY(expected.hasLevel);
        QVERIFY(child<QLabel>("memberLevel")->text().contains(expected.levelName));
        QCOMPARE(child<QLabel>("memberLevelWhy")->text(), expected.levelWhy);
        QVERIFY(child<QLabel>("memberFacts")
                    ->text()
                    .contains(QLocale().toString(expected.messagesTotal)));
    }

    void doubleClickOnPartnerShowsThatMember()
    {
        auto *table = child<QTableView>("memberReplyPartners");
        QVERIFY(table);
        const qint64 partner = table->model()->index(0, 0).data(IdRole).toLongLong();
        QVERIFY(partner > 0 && partner != m_member);
        doubleClickRow(table, 0);
        QVERIFY(waitForMember(partner));
        QCOMPARE(child<QLabel>("memberName")->text(),
                 coreProfile(m_path, partner, m_window->period()).name);
        // Back to the member through the window, as a page would ask.
        m_window->showMember(m_member);
        QVERIFY(waitForMember(m_member));
    }

    void editTagsAndNotesSaveAndShowAgain()
    {
        auto *tags = child<QLineEdit>("memberTags");
        auto *notes = child<QPlainTextEdit>("memberNotes");
        auto *save = child<QPushButton>("memberSave");
        QVERIFY(tags && notes && save);
        QVERIFY(!save->isEnabled()); // nothing changed yet
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("vip, speaker ,VIP"));
        QVERIFY(save->isEnabled());
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Met at the meetup  "));
        QVERIFY(panel()->hasUnsavedChanges());

        QSignalSpy saved(panel(), &MemberDetailPanel::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(kTimeout));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(
            storedTagsAndNotes(m_path, m_member),
            (QStringList{QStringLiteral("vip, speaker"), QStringLiteral("Met at the meetup")}));
        QVERIFY(waitForMember(m_member));
        QCOMPARE(tags->text(), QStringLiteral("vip, speaker")); // normalised as stored
        QCOMPARE(notes->toPlainText(), QStringLiteral("Met at the meetup"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(panel()->profile().tags,
                 (QStringList{QStringLiteral("vip"), QStringLiteral("speaker")}));

        // Another member, then this one again: read back from the workspace.
        const qint64 other = panel()->partnerModel()->index(0, 0).data(IdRole).toLongLong();
        m_window->showMember(other);
        QVERIFY(waitForMember(other));
        QVERIFY(tags->text() != QStringLiteral("vip, speaker"));
        m_window->showMember(m_member);
        QVERIFY(waitForMember(m_member));
        QCOMPARE(tags->text(), QStringLiteral("vip, speaker"));
        QCOMPARE(notes->toPlainText(), QStringLiteral("Met at the meetup"));
    }

    void saveErrorIsShownAndChangesNothing()
    {
        auto *tags = child<QLineEdit>("memberTags");
        auto *save = child<QPushButton>("memberSave");
        auto *error = child<QLabel>("memberSaveError");
        QVERIFY(error->isHidden());
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("ok, ") + QString(45, u'x'));
        QVERIFY(save->isEnabled());
        QSignalSpy saved(panel(), &MemberDetailPanel::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(kTimeout));
        QCOMPARE(saved.at(0).at(0).toBool(), false);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("40")), qPrintable(error->text()));
        QVERIFY(save->isEnabled()); // the edit is kept for the user to fix
        QCOMPARE(storedTagsAndNotes(m_path, m_member).value(0), QStringLiteral("vip, speaker"));
        // Fixing it clears the error on the next save.
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("vip, speaker, mentor"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(kTimeout));
        QCOMPARE(saved.at(1).at(0).toBool(), true);
        QVERIFY(error->isHidden());
        QCOMPARE(storedTagsAndNotes(m_path, m_member).value(0),
                 QStringLiteral("vip, speaker, mentor"));
        QVERIFY(waitForMember(m_member));
    }

    void panelFollowsThePeriod()
    {
        const Period before = panel()->profile().period;
        const Period earlier{before.from.addDays(-60), before.to.addDays(-60)};
        m_window->periodBar()->setPeriod(earlier);
        QVERIFY(QTest::qWaitFor(
            [&]() { return !panel()->isLoading() && panel()->profile().period.to == earlier.to; },
            kTimeout));
        QCOMPARE(panel()->memberId(), m_member);
        const MemberProfile expected = coreProfile(m_path, m_member, earlier);
        QCOMPARE(child<QLabel>("memberSegmentWhy")->text(), expected.segmentWhy);
        QCOMPARE(child<QLabel>("memberLevelWhy")->text(), expected.levelWhy);
        m_window->periodBar()->setPeriod(before);
        QVERIFY(waitForMember(m_member));
    }

    void unknownMemberShowsAnError()
    {
        m_window->showMember(987654);
        QVERIFY(QTest::qWaitFor([&]() { return !panel()->isLoading(); }, kTimeout));
        auto *message = child<QLabel>("memberPanelMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("987654")), qPrintable(message->text()));
        m_window->showMember(m_member);
        QVERIFY(waitForMember(m_member));
    }

    void screenshot()
    {
        QTest::qWait(600); // chart animation
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/member_detail.png")));
        // The whole scrolled body of the panel, top to bottom.
        auto *body = panel()->findChild<QWidget *>(QStringLiteral("memberPanelBody"));
        QVERIFY(body);
        QVERIFY(body->grab().save(QStringLiteral("/tmp/member_detail_panel.png")));
        m_testers.clear();
    }
};

QTEST_MAIN(TestMemberDetail)
#include "tst_member_detail.moc"
