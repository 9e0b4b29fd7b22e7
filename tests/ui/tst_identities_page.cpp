// The Identities page on a workspace built from two real exports that name the same people:
// a Telegram chat of Alice and Bob and a WhatsApp group with an Alice and a Bob among others.
// The suggestions against our own SQL, then merge, unmerge, "not the same person" and a manual
// merge driven through the page, checked in the member_merge log, in member.merged_into and in
// the Members page (which must count merged members once after the window re-read).
#include "ImportController.h"
#include "MainWindow.h"
#include "dialogs/ManualMergeDialog.h"
#include "import/ImportService.h"
#include "models/MemberTableModel.h"
#include "models/MergeLogModel.h"
#include "models/MergeSuggestionModel.h"
#include "pages/IdentitiesPage.h"
#include "pages/MembersPage.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;
const QString kTelegram = QStringLiteral("telegram/chat-analytics__DM_2A_7M.json");
const QString kWhatsApp = QStringLiteral("whatsapp/chat-analytics__4A_11M.txt");

} // namespace

class TestIdentitiesPage : public QObject
{
    Q_OBJECT

private:
    QVariantList row(const QString &sql, const QVariantList &binds = {})
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error))
            return {};
        QSqlQuery q(db.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVariantList out;
        if (q.exec() && q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out.append(q.value(i));
        return out;
    }
    /// The member with display name `name` on `platform`.
    qint64 memberOf(const QString &name, const QString &platform)
    {
        const QVariantList r = row(QStringLiteral("SELECT m.id FROM member m JOIN identity i ON "
                                                  "i.member_id = m.id WHERE m.display_name = ? "
                                                  "AND i.platform = ?"),
                                   {name, platform});
        return r.isEmpty() ? 0 : r.first().toLongLong();
    }
    IdentitiesPage *page() const { return m_window->page<IdentitiesPage>(); }
    int membersShown() const { return m_window->page<MembersPage>()->model()->rowCount(); }
    /// Clicks row `r` (of the proxy) in `view`, with Ctrl when `add`.
    static void clickRow(QTableView *view, int r, bool add = false)
    {
        const QModelIndex i = view->model()->index(r, 0);
        view->scrollTo(i);
        QTest::mouseClick(view->viewport(), Qt::LeftButton,
                          add ? Qt::ControlModifier : Qt::NoModifier, view->visualRect(i).center());
    }
    /// The proxy row of the suggestion whose target is `targetName` (-1 when none).
    int suggestionRow(const QString &targetName) const
    {
        QAbstractItemModel *m = page()->suggestionView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, MergeSuggestionModel::Target).data().toString() == targetName)
                return r;
        return -1;
    }
    bool clickAndWait(const std::function<void()> &click)
    {
        QSignalSpy done(page(), &IdentitiesPage::actionFinished);
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        click();
        return QTest::qWaitFor(
                   [&]() {
                       return done.count() > 0 && loaded.count() > 0 && !m_window->isLoading();
                   },
                   kTimeout) &&
               done.first().first().toBool();
    }
    QPushButton *button(const char *name) const
    {
        return page()->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    int m_membersBefore = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("identities.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            ImportService service(db);
            for (const QString &rel : {kTelegram, kWhatsApp}) {
                ImportResult result;
                ImportError importError;
                QVERIFY2(service.importFile(QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel,
                                            QStringLiteral("auto"), &result, &importError),
                         qPrintable(importError.toString()));
            }
        }
        m_window = std::make_unique<MainWindow>();
        m_window->importController()->setShowSummary(false);
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->openWorkspace(m_path);
        QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_window->isLoading(); },
                                kTimeout));
        QVERIFY(page());
        m_window->showPage(int(m_window->pages().indexOf(page())));
        QVERIFY(!page()->isShowingEmptyState());
        m_membersBefore = membersShown();
        QVERIFY(m_membersBefore > 0);
    }

    void suggestsSharedDisplayNames()
    {
        // Our own count: display names found on two platforms, once per name.
        const QVariantList shared = row(QStringLiteral(
            "SELECT count(*) FROM (SELECT lower(m.display_name) FROM member m JOIN identity i ON "
            "i.member_id = m.id WHERE NOT m.is_bot AND NOT m.is_self GROUP BY 1 HAVING "
            "count(DISTINCT i.platform) > 1)"));
        QCOMPARE(shared.value(0).toInt(), 2); // Alice and Bob
        const MergeSuggestionModel *model = page()->suggestionModel();
        QCOMPARE(model->rowCount(), shared.value(0).toInt());
        const int r = suggestionRow(QStringLiteral("Alice"));
        QVERIFY(r >= 0);
        const QAbstractItemModel *view = page()->suggestionView()->model();
        auto cell = [&](int c) { return view->index(r, c).data().toString(); };
        QCOMPARE(cell(MergeSuggestionModel::Reason), QStringLiteral("same display name"));
        QCOMPARE(cell(MergeSuggestionModel::Evidence), QStringLiteral("alice"));
        QCOMPARE(cell(MergeSuggestionModel::Source), QStringLiteral("Alice"));
        // The member that stays is the one seen first.
        const qint64 tg = memberOf(QStringLiteral("Alice"), QStringLiteral("telegram"));
        const qint64 wa = memberOf(QStringLiteral("Alice"), QStringLiteral("whatsapp"));
        QVERIFY(tg > 0 && wa > 0);
        const QVariantList first = row(QStringLiteral("SELECT id FROM member WHERE id IN (?, ?) "
                                                      "ORDER BY first_seen LIMIT 1"),
                                       {tg, wa});
        const bool telegramFirst = first.value(0).toLongLong() == tg;
        QCOMPARE(cell(MergeSuggestionModel::TargetPlatforms),
                 telegramFirst ? QStringLiteral("Telegram") : QStringLiteral("WhatsApp"));
        QCOMPARE(cell(MergeSuggestionModel::SourcePlatforms),
                 telegramFirst ? QStringLiteral("WhatsApp") : QStringLiteral("Telegram"));
        QVERIFY(!button("mergeSuggestions")->isEnabled()); // nothing selected yet
    }

    void modelsPassModelTester()
    {
        using T = QAbstractItemModelTester;
        T suggestions(page()->suggestionModel(), T::FailureReportingMode::QtTest);
        T log(page()->logModel(), T::FailureReportingMode::QtTest);
        for (int c = 0; c < MergeSuggestionModel::ColumnCount; ++c)
            page()->suggestionView()->sortByColumn(c, Qt::DescendingOrder);
        page()->suggestionView()->sortByColumn(MergeSuggestionModel::Reason, Qt::AscendingOrder);
    }

    void mergeThroughPage()
    {
        const int r = suggestionRow(QStringLiteral("Alice"));
        QVERIFY(r >= 0);
        clickRow(page()->suggestionView(), r);
        const QModelIndex source =
            qobject_cast<QSortFilterProxyModel *>(page()->suggestionView()->model())
                ->mapToSource(page()->suggestionView()->model()->index(r, 0));
        const MergeSuggestion s = page()->suggestionModel()->suggestionAt(source.row());
        QVERIFY(button("mergeSuggestions")->isEnabled());
        QVERIFY(
            clickAndWait([&]() { QTest::mouseClick(button("mergeSuggestions"), Qt::LeftButton); }));

        const QVariantList log = row(QStringLiteral("SELECT source_member_id, target_member_id, "
                                                    "reason, actor, undone_at IS NULL FROM "
                                                    "member_merge"));
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.at(0).toLongLong(), s.sourceId);
        QCOMPARE(log.at(1).toLongLong(), s.targetId);
        QCOMPARE(log.at(2).toString(), QStringLiteral("display_name"));
        QCOMPARE(log.at(3).toString(), IdentitiesPage::actorName());
        QVERIFY(!log.at(3).toString().isEmpty());
        QVERIFY(log.at(4).toBool());
        QCOMPARE(row(QStringLiteral("SELECT merged_into FROM member WHERE id = ?"), {s.sourceId})
                     .value(0)
                     .toLongLong(),
                 s.targetId);
        // The window re-read the workspace: the Members page counts the two Alices once, the
        // page shows the merge in its log and no longer suggests it.
        QCOMPARE(membersShown(), m_membersBefore - 1);
        QCOMPARE(page()->logModel()->rowCount(), 1);
        QCOMPARE(page()->logModel()->index(0, MergeLogModel::Undone).data().toString(),
                 MergeLogModel::tr("in force"));
        QCOMPARE(page()->suggestionModel()->rowCount(), 1);
        QCOMPARE(suggestionRow(QStringLiteral("Alice")), -1);
    }

    void unmergeThroughPage()
    {
        QTableView *log = page()->logView();
        QVERIFY(!button("unmerge")->isEnabled());
        clickRow(log, 0);
        QVERIFY(button("unmerge")->isEnabled());
        const qint64 mergeId = page()->logModel()->recordAt(0).id;
        const qint64 source = page()->logModel()->recordAt(0).sourceId;
        QVERIFY(clickAndWait([&]() { QTest::mouseClick(button("unmerge"), Qt::LeftButton); }));
        QVERIFY(!row(QStringLiteral("SELECT undone_at FROM member_merge WHERE id = ?"), {mergeId})
                     .value(0)
                     .isNull());
        QVERIFY(row(QStringLiteral("SELECT merged_into FROM member WHERE id = ?"), {source})
                    .value(0)
                    .isNull());
        QCOMPARE(membersShown(), m_membersBefore);
        QCOMPARE(page()->logModel()->rowCount(), 1); // the log keeps the undone merge
        QVERIFY(page()->logModel()->index(0, MergeLogModel::Undone).data().toString() !=
                MergeLogModel::tr("in force"));
        QVERIFY(suggestionRow(QStringLiteral("Alice")) >= 0); // suggested again
        clickRow(log, 0);
        QVERIFY(!button("unmerge")->isEnabled()); // an undone merge cannot be undone again
    }

    void dismissThroughPage()
    {
        const int before = page()->suggestionModel()->rowCount();
        const int r = suggestionRow(QStringLiteral("Bob"));
        QVERIFY(r >= 0);
        clickRow(page()->suggestionView(), r);
        QVERIFY(clickAndWait(
            [&]() { QTest::mouseClick(button("dismissSuggestions"), Qt::LeftButton); }));
        QCOMPARE(page()->suggestionModel()->rowCount(), before - 1);
        QCOMPARE(suggestionRow(QStringLiteral("Bob")), -1);
        QCOMPARE(membersShown(), m_membersBefore); // nothing merged
        QCOMPARE(row(QStringLiteral("SELECT count(*) FROM member_merge WHERE undone_at IS NULL"))
                     .value(0)
                     .toInt(),
                 0);
    }

    void manualMergeThroughDialog()
    {
        const qint64 keep = memberOf(QStringLiteral("Bob"), QStringLiteral("telegram"));
        const qint64 merge = memberOf(QStringLiteral("Bob"), QStringLiteral("whatsapp"));
        QVERIFY(keep > 0 && merge > 0);
        QVERIFY(button("mergeManually")->isEnabled());
        QTest::mouseClick(button("mergeManually"), Qt::LeftButton);
        auto *dialog = page()->findChild<ManualMergeDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        // The same member twice is refused inside the dialog.
        QVERIFY(ManualMergeDialog::pick(dialog->keepPicker(), keep));
        QVERIFY(ManualMergeDialog::pick(dialog->mergePicker(), keep));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(
            !dialog->findChild<QLabel *>(QStringLiteral("manualMergeProblem"))->text().isEmpty());
        QVERIFY(ManualMergeDialog::pick(dialog->mergePicker(), merge));
        QCOMPARE(dialog->mergeId(), merge);
        QVERIFY(clickAndWait([&]() { dialog->accept(); }));
        const QVariantList log = row(QStringLiteral("SELECT source_member_id, target_member_id, "
                                                    "reason FROM member_merge WHERE undone_at IS "
                                                    "NULL"));
        QCOMPARE(log.value(0).toLongLong(), merge);
        QCOMPARE(log.value(1).toLongLong(), keep);
        QCOMPARE(log.value(2).toString(), QStringLiteral("manual"));
        QCOMPARE(row(QStringLiteral("SELECT merged_into FROM member WHERE id = ?"), {merge})
                     .value(0)
                     .toLongLong(),
                 keep);
        QCOMPARE(membersShown(), m_membersBefore - 1);
        QCOMPARE(page()->logModel()->rowCount(), 2);
        QCOMPARE(page()->logModel()->index(0, MergeLogModel::Reason).data().toString(),
                 MergeSuggestionModel::tr("merged by hand"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestIdentitiesPage)
#include "tst_identities_page.moc"
