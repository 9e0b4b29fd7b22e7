// The Moderation page under offscreen: the review queue on a hand-built workspace (flags with
// known severities and ages) in the expected order; on the demo community the queue equals
// ModerationStore::queue; a moderator selects a member and presses B, enters a reason and
// confirms -> the member is banned in the database, their flags are actioned, the audit log
// tab shows the entry with actor and reason, and the queue moves on to the next member; a bulk
// dismiss of two members; a single flag dismissed from its row; an empty reason is refused;
// the audit log filters; statistics, guidance and the ban-list exports equal the core's;
// QAbstractItemModelTester on every model; a screenshot.
#include "I18n.h"
#include "Settings.h"
#include "UiTestWorkspace.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ModerationReasonDialog.h"
#include "models/AuditLogModel.h"
#include "models/FlagQueueModel.h"
#include "models/GuidanceModel.h"
#include "models/ModelRoles.h"
#include "models/ModerationStatsModels.h"
#include "moderation/GuidanceList.h"
#include "moderation/ModerationStats.h"
#include "moderation/ModerationStore.h"
#include "pages/ModerationPage.h"
#include "storage/Database.h"
#include "widgets/AuditLogPanel.h"
#include "widgets/ModerationContextView.h"
#include "widgets/ModerationStatsPanel.h"
#include "widgets/ReviewQueuePanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;
const QString kModerator = QStringLiteral("Mod Ming 明");

/// Runs a query on the test's own connection and returns the first column of every row.
QVariantList column(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    Database db;
    QString error;
    QVariantList out;
    if (!db.open(path, &error))
        return out;
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0);
    return out;
}

QVariant scalar(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    const QVariantList rows = column(path, sql, binds);
    return rows.isEmpty() ? QVariant() : rows.first();
}

/// Member ids of the tree's top-level rows, in order.
QList<qint64> queueMembers(const FlagQueueModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(IdRole).toLongLong();
    return ids;
}

} // namespace

class TestModerationPage : public QObject
{
    Q_OBJECT

private:
    /// Reloads the page and waits for the data (or the empty state).
    bool reload(ModerationPage *page, const QString &path, const Period &period)
    {
        QSignalSpy spy(page, &Page::loaded);
        page->reload({path, period});
        return QTest::qWaitFor([&]() { return spy.count() > 0 && !page->isLoading(); }, kTimeout);
    }
    bool waitContext() const
    {
        return QTest::qWaitFor([&]() { return !panel()->isLoadingContext(); }, kTimeout);
    }
    ReviewQueuePanel *panel() const { return m_page->queuePanel(); }
    QTreeView *tree() const { return panel()->view(); }
    /// Presses `key` on the queue, waits for the reason dialog.
    ModerationReasonDialog *press(Qt::Key key)
    {
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        tree()->setFocus();
        QTest::keyClick(tree(), key);
        if (!QTest::qWaitFor([&]() { return panel()->reasonDialog() != nullptr; }, 5000))
            return nullptr;
        return panel()->reasonDialog();
    }
    /// Types `reason`, presses Enter, waits until the decision is written and reloaded.
    bool confirm(ModerationReasonDialog *dialog, const QString &reason)
    {
        auto *edit = dialog->findChild<QComboBox *>(QStringLiteral("moderationReason"));
        if (!edit)
            return false;
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        edit->lineEdit()->setFocus();
        edit->setEditText(reason);
        QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
        return QTest::qWaitFor(
            [&]() {
                return panel()->reasonDialog() == nullptr && !panel()->isApplying() &&
                       loaded.count() > 0 && !m_page->isLoading();
            },
            kTimeout);
    }

    QTemporaryDir m_dir;
    QString m_demo;
    Period m_period;
    std::unique_ptr<ModerationPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Settings::setModeratorName(kModerator);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.kindred"));
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        QVERIFY2(DemoGenerator::build(db, DemoOptions{}, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY2(source.load(&error), qPrintable(error));
        m_period = {source.firstMessageDate(), source.lastMessageDate()};
        QVERIFY(m_period.isValid());

        m_page = std::make_unique<ModerationPage>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        ModerationStatsPanel *stats = m_page->statsPanel();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 panel()->model(), m_page->auditPanel()->model(), m_page->auditPanel()->proxy(),
                 m_page->guidanceModel(), stats->ruleModel(), stats->channelModel(),
                 stats->offenderModel(), stats->moderatorModel()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
        m_page->resize(1400, 860);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void defaultModeratorIsTheUser()
    {
        QSettings().remove(QStringLiteral("moderation/moderatorName"));
        QVERIFY(!Settings::moderatorName().isEmpty());
        Settings::setModeratorName(QStringLiteral("  "));
        QVERIFY(!Settings::moderatorName().trimmed().isEmpty());
        Settings::setModeratorName(kModerator);
        QCOMPARE(Settings::moderatorName(), kModerator);
    }

    /// Hand-built queue: severities and ages decide the order; flags of one member are grouped.
    void queueOrderOnCraftedFlags()
    {
        const QString path = m_dir.filePath(QStringLiteral("crafted.kindred"));
        QString error;
        QVERIFY2(uitest::buildWorkspace(path, &error), qPrintable(error));
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT id FROM member WHERE display_name IN ('Alice','Bob','Carol','Dave') "
                "ORDER BY display_name")));
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            q.finish();
            QCOMPARE(ids.size(), 4);
            const qint64 alice = ids[0], bob = ids[1], carol = ids[2], dave = ids[3];
            // member, rule, severity, raised_at, status
            const struct
            {
                qint64 member;
                const char *rule;
                int severity;
                qint64 raised;
                const char *status;
            } flags[] = {
                {alice, "blocked_word", 2, 1000, "open"}, {bob, "link_spam", 3, 3000, "open"},
                {carol, "flood", 2, 500, "open"},         {alice, "link_spam", 3, 4000, "open"},
                {carol, "mass_mention", 1, 200, "open"},  {dave, "flood", 3, 100, "dismissed"},
            };
            int n = 0;
            for (const auto &f : flags) {
                QSqlQuery ins(db.sql());
                ins.prepare(QStringLiteral(
                    "INSERT INTO flag (community_id, rule, member_id, occurred_at, raised_at, "
                    "severity, why, status, dedup_key) SELECT community_id, ?, id, ?, ?, ?, "
                    "'test', ?, ? FROM member WHERE id = ?"));
                ins.addBindValue(QString::fromLatin1(f.rule));
                ins.addBindValue(f.raised - 10);
                ins.addBindValue(f.raised);
                ins.addBindValue(f.severity);
                ins.addBindValue(QString::fromLatin1(f.status));
                ins.addBindValue(QStringLiteral("k%1").arg(++n));
                ins.addBindValue(f.member);
                QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
            }
            // Expected: Alice (sev 3, oldest 1000), Bob (sev 3, 3000), Carol (sev 2, 200);
            // Dave's only flag is dismissed.
            ModerationPage page;
            QAbstractItemModelTester tester(page.queuePanel()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(reload(&page, path, {uitest::kFirstDay, uitest::kLastDay}));
            QVERIFY(!page.isShowingEmptyState());
            const FlagQueueModel *model = page.queuePanel()->model();
            QCOMPARE(queueMembers(model), (QList<qint64>{alice, bob, carol}));
            QCOMPARE(model->rowCount(model->index(0, 0)), 2);
            QCOMPARE(model->rowCount(model->index(1, 0)), 1);
            QCOMPARE(model->rowCount(model->index(2, 0)), 2);
            QCOMPARE(model->flagCount(), 5);
            // Alice's flags: severity 3 first.
            const QModelIndex aliceRow = model->index(0, 0);
            QCOMPARE(model->index(0, FlagQueueModel::Severity, aliceRow)
                         .data(FlagQueueModel::SeverityRole)
                         .toInt(),
                     3);
            QCOMPARE(model->index(1, FlagQueueModel::Severity, aliceRow)
                         .data(FlagQueueModel::SeverityRole)
                         .toInt(),
                     2);
            QCOMPARE(model->index(0, FlagQueueModel::Why).data().toString(),
                     QStringLiteral("%1, %2").arg(
                         model->index(0, FlagQueueModel::Name, aliceRow).data().toString(),
                         model->index(1, FlagQueueModel::Name, aliceRow).data().toString()));
            QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Review queue (3)"));
        }
    }

    void demoQueueEqualsCore()
    {
        QVERIFY(reload(m_page.get(), m_demo, m_period));
        QVERIFY(!m_page->isShowingEmptyState());
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        const QList<QueueEntry> core = ModerationStore(db).queue();
        QVERIFY2(core.size() >= 5, "the demo community should have flagged members");
        const FlagQueueModel *model = panel()->model();
        QCOMPARE(model->rowCount(), int(core.size()));
        QList<qint64> coreIds;
        for (const QueueEntry &e : core)
            coreIds << e.memberId;
        QCOMPARE(queueMembers(model), coreIds);
        // Sorted by severity (descending), then by waiting time (longest first).
        for (int row = 1; row < model->rowCount(); ++row) {
            const QueueEntry *a = model->entry(model->index(row - 1, 0));
            const QueueEntry *b = model->entry(model->index(row, 0));
            QVERIFY(a->maxSeverity >= b->maxSeverity);
            if (a->maxSeverity == b->maxSeverity)
                QVERIFY(a->oldestRaisedAt <= b->oldestRaisedAt);
        }
        QCOMPARE(model->flagCount(),
                 scalar(m_demo, QStringLiteral("SELECT count(*) FROM flag WHERE status = 'open'"))
                     .toInt());
        // The first member is selected and their context shown.
        QVERIFY(tree()->currentIndex().isValid());
        QVERIFY(waitContext());
        QCOMPARE(panel()->contextView()->memberId(), core.first().memberId);
        QVERIFY(panel()->contextView()->toPlainText().contains(core.first().memberName));
    }

    void keyboardNavigation()
    {
        tree()->setFocus();
        const QList<qint64> ids = queueMembers(panel()->model());
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        QTest::keyClick(tree(), Qt::Key_J);
        QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), ids.at(1));
        QTest::keyClick(tree(), Qt::Key_J);
        QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), ids.at(2));
        QTest::keyClick(tree(), Qt::Key_K);
        QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), ids.at(1));
        QVERIFY(waitContext());
        QCOMPARE(panel()->contextView()->memberId(), ids.at(1));
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("moderationKeyHint")));
        QVERIFY(panel()->action(ModerationAction::Ban)->toolTip().contains(QLatin1Char('B')));
    }

    void emptyReasonIsRefused()
    {
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        const qint64 member = tree()->currentIndex().data(IdRole).toLongLong();
        ModerationReasonDialog *dialog = press(Qt::Key_W);
        QVERIFY(dialog);
        dialog->setReason(QStringLiteral("   "));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->reject();
        QTRY_VERIFY(panel()->reasonDialog() == nullptr);
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT count(*) FROM moderation_action")).toInt(),
                 0);
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT status FROM member WHERE id = ?"), {member})
                     .toString(),
                 QStringLiteral("active"));
    }

    void banFromTheKeyboard()
    {
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        const QList<qint64> before = queueMembers(panel()->model());
        const qint64 member = before.at(0);
        const QString name = panel()->model()->entry(panel()->model()->index(0, 0))->memberName;
        const int flagsBefore =
            scalar(m_demo,
                   QStringLiteral("SELECT count(*) FROM flag WHERE status = 'open' AND "
                                  "member_id = ?"),
                   {member})
                .toInt();
        QVERIFY(flagsBefore > 0);
        ModerationReasonDialog *dialog = press(Qt::Key_B);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("moderationReasonSummary")));
        const QString reason = QStringLiteral("Invite spam 邀请链接");
        QVERIFY(confirm(dialog, reason));

        // The database: banned, flags actioned with a handled time, one audit entry.
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT status FROM member WHERE id = ?"), {member})
                     .toString(),
                 QStringLiteral("banned"));
        QCOMPARE(scalar(m_demo,
                        QStringLiteral("SELECT count(*) FROM flag WHERE member_id = ? AND "
                                       "status = 'actioned' AND handled_at IS NOT NULL"),
                        {member})
                     .toInt(),
                 flagsBefore);
        QCOMPARE(scalar(m_demo,
                        QStringLiteral("SELECT count(*) FROM flag WHERE member_id = ? AND "
                                       "status = 'open'"),
                        {member})
                     .toInt(),
                 0);
        const QVariantList actors =
            column(m_demo,
                   QStringLiteral("SELECT actor || '|' || action || '|' || reason FROM "
                                  "moderation_action WHERE member_id = ?"),
                   {member});
        QCOMPARE(actors,
                 (QVariantList{QVariant(QString(kModerator + QStringLiteral("|ban|") + reason))}));

        // The queue moved on to the next member.
        QVERIFY(!panel()->model()->indexOfMember(member).isValid());
        QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), before.at(1));

        // The audit log tab shows the entry with actor and reason.
        m_page->tabs()->setCurrentIndex(1);
        AuditLogPanel *audit = m_page->auditPanel();
        QCOMPARE(audit->proxy()->rowCount(), 1);
        const QModelIndex row = audit->proxy()->index(0, 0);
        QCOMPARE(row.siblingAtColumn(AuditLogModel::Actor).data().toString(), kModerator);
        QCOMPARE(row.siblingAtColumn(AuditLogModel::Action).data().toString(),
                 ModerationStore::label(ModerationAction::Ban));
        QCOMPARE(row.siblingAtColumn(AuditLogModel::Member).data().toString(), name);
        QCOMPARE(row.siblingAtColumn(AuditLogModel::Reason).data().toString(), reason);
        QCOMPARE(row.data(IdRole).toLongLong(), member);
        // Double-clicking the entry opens the member.
        QSignalSpy requested(m_page.get(), &Page::memberRequested);
        emit audit->view()->activated(row);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), member);
        m_page->tabs()->setCurrentIndex(0);
        QVERIFY(Settings::recentModerationReasons().contains(reason));
    }

    void bulkDismiss()
    {
        tree()->setFocus();
        const QList<qint64> before = queueMembers(panel()->model());
        QVERIFY(before.size() >= 3);
        const QItemSelection selection(panel()->model()->index(0, 0),
                                       panel()->model()->index(1, FlagQueueModel::Why));
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        tree()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        const ActionRequest request = panel()->requestFor(ModerationAction::Dismiss);
        QCOMPARE(request.memberIds, (QList<qint64>{before.at(0), before.at(1)}));
        QVERIFY(request.flagIds.isEmpty());
        ModerationReasonDialog *dialog = press(Qt::Key_D);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("moderationReasonSummary"))
                    ->text()
                    .contains(QStringLiteral("2")));
        QVERIFY(confirm(dialog, QStringLiteral("false positive: links to our docs")));
        for (qint64 member : {before.at(0), before.at(1)}) {
            QCOMPARE(scalar(m_demo,
                            QStringLiteral("SELECT count(*) FROM flag WHERE member_id = ? AND "
                                           "status <> 'dismissed'"),
                            {member})
                         .toInt(),
                     0);
            QCOMPARE(
                scalar(m_demo, QStringLiteral("SELECT status FROM member WHERE id = ?"), {member})
                    .toString(),
                QStringLiteral("active"));
        }
        QCOMPARE(scalar(m_demo,
                        QStringLiteral("SELECT count(*) FROM moderation_action WHERE "
                                       "action = 'dismiss' AND actor = ?"),
                        {kModerator})
                     .toInt(),
                 2);
        QCOMPARE(queueMembers(panel()->model()).first(), before.at(2));
        QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), before.at(2));
        QCOMPARE(m_page->auditPanel()->model()->rowCount(), 3);
    }

    void dismissOneFlagRow()
    {
        // A member with two or more flags: dismiss only the first flag from its row.
        const FlagQueueModel *model = panel()->model();
        QModelIndex memberRow;
        for (int row = 0; row < model->rowCount() && !memberRow.isValid(); ++row)
            if (model->rowCount(model->index(row, 0)) >= 2)
                memberRow = model->index(row, 0);
        if (!memberRow.isValid())
            QSKIP("no member of the demo has two open flags");
        const qint64 member = memberRow.data(IdRole).toLongLong();
        const int flags = model->rowCount(memberRow);
        const QModelIndex flagRow = model->index(0, 0, memberRow);
        const qint64 flagId = flagRow.data(FlagQueueModel::FlagIdRole).toLongLong();
        tree()->setCurrentIndex(flagRow);
        tree()->selectionModel()->select(flagRow, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        QVERIFY(waitContext());
        QCOMPARE(panel()->contextView()->context().focusFlagId, flagId);
        const ActionRequest request = panel()->requestFor(ModerationAction::Dismiss);
        QVERIFY(request.memberIds.isEmpty());
        QCOMPARE(request.flagIds, QList<qint64>{flagId});
        ModerationReasonDialog *dialog = press(Qt::Key_D);
        QVERIFY(dialog);
        QVERIFY(confirm(dialog, QStringLiteral("quoted a spammer")));
        QCOMPARE(scalar(m_demo, QStringLiteral("SELECT status FROM flag WHERE id = ?"), {flagId})
                     .toString(),
                 QStringLiteral("dismissed"));
        const QModelIndex after = panel()->model()->indexOfMember(member);
        QVERIFY(after.isValid());
        QCOMPARE(panel()->model()->rowCount(after), flags - 1);
        QCOMPARE(scalar(m_demo,
                        QStringLiteral("SELECT flag_id FROM moderation_action WHERE "
                                       "action = 'dismiss' AND flag_id = ?"),
                        {flagId})
                     .toLongLong(),
                 flagId);
    }

    void auditLogFilter()
    {
        AuditLogPanel *audit = m_page->auditPanel();
        AuditLogFilterProxy *proxy = audit->proxy();
        QCOMPARE(audit->model()->rowCount(), 4);
        auto *action = audit->findChild<QComboBox *>(QStringLiteral("auditActionFilter"));
        auto *actor = audit->findChild<QComboBox *>(QStringLiteral("auditActorFilter"));
        auto *member = audit->findChild<QLineEdit *>(QStringLiteral("auditMemberFilter"));
        QVERIFY(action && actor && member);
        action->setCurrentIndex(action->findData(QStringLiteral("ban")));
        QCOMPARE(proxy->rowCount(), 1);
        action->setCurrentIndex(action->findData(QStringLiteral("dismiss")));
        QCOMPARE(proxy->rowCount(), 3);
        action->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), 4);
        QCOMPARE(actor->count(), 2); // "All" + the one moderator
        actor->setCurrentIndex(actor->findData(kModerator));
        QCOMPARE(proxy->rowCount(), 4);
        proxy->setActor(QStringLiteral("someone else"));
        QCOMPARE(proxy->rowCount(), 0);
        actor->setCurrentIndex(0);
        const QModelIndex first = audit->model()->index(3, AuditLogModel::Member); // oldest: ban
        const qint64 banned = first.data(IdRole).toLongLong();
        QTest::keyClicks(member, QStringLiteral("#%1").arg(banned));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, AuditLogModel::Action).data(AuditLogModel::ActionKeyRole),
                 QVariant(QStringLiteral("ban")));
        member->clear();
        member->setText(first.data().toString().left(2));
        QVERIFY(proxy->rowCount() >= 1);
        member->clear();
        QCOMPARE(proxy->rowCount(), 4);
        // Dates: the days around today hold every entry, a year long ago none.
        proxy->setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31));
        QCOMPARE(proxy->rowCount(), 0);
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(audit->model()->zone()).date();
        proxy->setDateRange(today.addDays(-1), today.addDays(1));
        QCOMPARE(proxy->rowCount(), 4);
        proxy->setDateRange({}, {});
        // CSV export of the filtered rows: header + one line per entry, ISO UTC times.
        action->setCurrentIndex(action->findData(QStringLiteral("dismiss")));
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(audit->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 4);
        QVERIFY(text.contains(kModerator));
        QVERIFY(text.contains(QStringLiteral(",dismiss,")));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))));
        action->setCurrentIndex(0);
    }

    void statisticsEqualCore()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY2(source.load(&error), qPrintable(error));
        const ModerationStatsResult core = ModerationStats(db).compute(
            source.clock().startOf(m_period.from), source.clock().startOf(m_period.to.addDays(1)));
        ModerationStatsPanel *stats = m_page->statsPanel();
        QCOMPARE(stats->stats().flags, core.flags);
        QCOMPARE(stats->stats().handled, core.handled);
        QCOMPARE(stats->ruleModel()->rowCount(), int(core.perRule.size()));
        int sum = 0;
        for (int row = 0; row < stats->ruleModel()->rowCount(); ++row)
            sum += stats->ruleModel()->index(row, RuleCountModel::Flags).data(SortRole).toInt();
        QCOMPARE(sum, core.flags);
        QCOMPARE(stats->channelModel()->rowCount(), int(core.perChannel.size()));
        QCOMPARE(stats->moderatorModel()->rowCount(), int(core.moderators.size()));
        QCOMPARE(stats->offenderModel()->rowCount(), int(core.repeatOffenders.size()));
        QVERIFY(core.handled > 0);
        QVERIFY(stats->medianText() != QStringLiteral("—"));

        // Decisions count by the day they were taken: a period up to today holds the
        // moderator's 4 decisions.
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(source.clock().zone()).date();
        QVERIFY(reload(m_page.get(), m_demo, {m_period.from, std::max(today, m_period.to)}));
        QCOMPARE(stats->moderatorModel()->rowCount(), 1);
        QCOMPARE(stats->moderatorModel()->index(0, ModeratorActivityModel::Actor).data().toString(),
                 kModerator);
        QCOMPARE(stats->moderatorModel()->index(0, ModeratorActivityModel::Total).data(SortRole),
                 QVariant(4));
        const int dismissColumn =
            ModeratorActivityModel::FirstAction + int(ModerationAction::Dismiss);
        QCOMPARE(stats->moderatorModel()->index(0, dismissColumn).data(SortRole), QVariant(3));
        QCOMPARE(stats->stats().actions, 4);
        QVERIFY(reload(m_page.get(), m_demo, m_period));
    }

    void guidanceEqualsCore()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        AnalyticsSource source(db);
        QVERIFY2(source.load(&error), qPrintable(error));
        const QList<GuidanceEntry> core =
            GuidanceList(source, SegmentRules::load(db)).compute(m_period.to);
        GuidanceModel *model = m_page->guidanceModel();
        QCOMPARE(model->rowCount(), int(core.size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(IdRole).toLongLong(), core.at(row).memberId);
        auto *table = m_page->findChild<QTableView *>(QStringLiteral("guidanceList"));
        QVERIFY(table);
        if (model->rowCount() > 0) {
            QSignalSpy requested(m_page.get(), &Page::memberRequested);
            emit table->activated(table->model()->index(0, 0));
            QCOMPARE(requested.count(), 1);
        }
    }

    void banListExports()
    {
        const qint64 banned =
            scalar(m_demo, QStringLiteral("SELECT id FROM member WHERE status = 'banned'"))
                .toLongLong();
        QVERIFY(banned > 0);
        const QString csv = m_dir.filePath(QStringLiteral("bans.csv"));
        const QString json = m_dir.filePath(QStringLiteral("bans.json"));
        for (const auto &[path, format] : {std::pair{csv, ModerationPage::BanListFormat::Csv},
                                           std::pair{json, ModerationPage::BanListFormat::Json}}) {
            QSignalSpy spy(m_page.get(), &ModerationPage::banListExported);
            m_page->exportBanList(path, format);
            QVERIFY(spy.wait(kTimeout));
            QVERIFY2(spy.at(0).at(0).toBool(), qPrintable(spy.at(0).at(1).toString()));
        }
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().contains(QByteArray::number(banned)));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray members = QJsonDocument::fromJson(j.readAll())
                                       .object()
                                       .value(QStringLiteral("members"))
                                       .toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("member_id")).toInteger(), banned);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("banListCount"))
                    ->text()
                    .startsWith(QStringLiteral("1 ")));
    }

    void unbanNeedsASanctionedMember()
    {
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        QVERIFY(!panel()->action(ModerationAction::Unban)->isEnabled());
        QVERIFY(panel()->action(ModerationAction::Ban)->isEnabled());
    }

    void screenshot()
    {
        m_page->tabs()->setCurrentIndex(0);
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        QVERIFY(waitContext());
        QTest::qWait(300);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/moderation_page.png")));
        m_page->tabs()->setCurrentIndex(2);
        QTest::qWait(600);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/moderation_stats.png")));
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/moderation_audit.png")));
        m_page->tabs()->setCurrentIndex(3);
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/moderation_guidance.png")));
        m_page->tabs()->setCurrentIndex(0);
    }

    /// The page in Simplified Chinese (retranslated on the language change, CJK font).
    void chineseScreenshot()
    {
        QVERIFY(I18n::apply(QStringLiteral("zh_CN")));
        QApplication::setFont(I18n::fontFor(QStringLiteral("zh_CN")));
        QTest::qWait(200);
        QVERIFY(!m_page->tabs()->tabText(1).isEmpty());
        tree()->setCurrentIndex(panel()->model()->index(0, 0));
        QVERIFY(waitContext());
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/moderation_page_zh.png")));
        QVERIFY(I18n::apply(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_page.reset();
    }
};

QTEST_MAIN(TestModerationPage)
#include "tst_moderation_page.moc"
