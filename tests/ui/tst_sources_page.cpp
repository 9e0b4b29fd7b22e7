// The Sources page on real exports (two Discord channels of one guild, Telegram, WhatsApp): batch
// rows and member audit against our own SQL counts, CSV, and re-import and removal through the
// page's buttons, after which the whole window re-reads the workspace.
#include "MainWindow.h"
#include "dialogs/ImportSummaryDialog.h"
#include "import/ImportBatches.h"
#include "import/ImportService.h"
#include "models/ImportBatchModel.h"
#include "models/MemberAuditModel.h"
#include "models/ModelRoles.h"
#include "pages/SourcesPage.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressBar>
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

const QString kGeneral =
    QStringLiteral("discord/DiscordChatExporter-frontend__Example guild - Text "
                   "Channels - general [1012224565567721552].json");
const QString kChill = QStringLiteral("discord/DiscordChatExporter-frontend__Example guild - Text "
                                      "Channels - chill talk [1012224565567125544].json");
const QString kTelegram = QStringLiteral("telegram/chat-analytics__BIG_20A_5475M.json");
const QString kMessages = QStringLiteral("SELECT count(*) FROM message WHERE NOT is_service");
const QString kWhatsApp = QStringLiteral("whatsapp/WhatsR__englishandroid24h.txt");
/// Who the workspace counts as a member (no merges in this test): a seen account of a person.
const QString kMember = QStringLiteral(
    "NOT m.is_bot AND NOT m.is_self AND m.merged_into IS NULL AND m.first_seen IS NOT NULL");

} // namespace

class TestSourcesPage : public QObject
{
    Q_OBJECT

private:
    /// One number from our own connection (independent of the page's code).
    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error))
            return -1;
        QSqlQuery q(db.sql());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 scalar(const QString &sql, qint64 bind) { return scalar(sql, QVariantList{bind}); }
    qint64 batchIdOf(const QString &rel)
    {
        return scalar(QStringLiteral("SELECT id FROM import_batch WHERE file_name = ?"),
                      QVariantList{QFileInfo(rel).fileName()});
    }
    SourcesPage *page() const { return m_window->page<SourcesPage>(); }
    QPushButton *button(const char *name) const
    {
        return page()->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    /// The row of batch `id` in the batch table (as sorted), -1 when it is not shown.
    int rowOf(qint64 id) const
    {
        const QAbstractItemModel *m = page()->batchView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(IdRole).toLongLong() == id)
                return r;
        return -1;
    }
    QString cellOf(qint64 id, int column, int role = Qt::DisplayRole) const
    {
        return page()->batchView()->model()->index(rowOf(id), column).data(role).toString();
    }
    /// Clicks the row of batch `id` in the batch table; false when no row shows it.
    bool selectBatch(qint64 id)
    {
        QTableView *view = page()->batchView();
        const int r = rowOf(id);
        if (r < 0)
            return false;
        const QModelIndex i = view->model()->index(r, 0);
        view->scrollTo(i);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(i).center());
        return view->selectionModel()->isRowSelected(r, {});
    }
    /// Clicks `button`, waits for the page's action to end and the window to re-read.
    bool clickAndWaitForReload(QPushButton *button)
    {
        QSignalSpy done(page(), &SourcesPage::actionFinished);
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        // The work runs in a worker: the page is busy (progress bar shown, buttons off).
        auto *busy = page()->findChild<QProgressBar *>(QStringLiteral("sourcesBusy"));
        if (!page()->isBusy() || !busy || !busy->isVisible() || button->isEnabled())
            return false;
        auto settled = [&]() { return done.size() && loaded.size() && !m_window->isLoading(); };
        return QTest::qWaitFor(settled, kTimeout) && done.first().first().toBool();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sources.kindred"));
        {
            Database db;
            QString error;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            ImportService service(db);
            for (const QString &rel : {kGeneral, kChill, kTelegram, kWhatsApp}) {
                ImportResult result;
                ImportError importError;
                QVERIFY2(service.importFile(QStringLiteral(KINDRED_EXPORTS_DIR "/") + rel,
                                            QStringLiteral("auto"), &result, &importError),
                         qPrintable(importError.toString()));
                QVERIFY(result.messagesAdded > 0);
            }
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->openWorkspace(m_path);
        QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0 && !m_window->isLoading(); },
                                kTimeout));
        QVERIFY(page());
        m_window->showPage(int(m_window->pages().indexOf(page())));
        QVERIFY(page()->isVisible() && !page()->isShowingEmptyState());
    }

    void batchRowsMatchDatabase()
    {
        const ImportBatchModel *model = page()->batchModel();
        QCOMPARE(qint64(model->rowCount()),
                 scalar(QStringLiteral("SELECT count(*) FROM import_batch")));
        QCOMPARE(model->rowCount(), 4);
        const QLocale l;
        for (const ImportBatchInfo &b : model->batches()) {
            // What the batch added, counted on the rows themselves.
            auto added = [&](const QString &table, const QString &extra = {}) {
                return l.toString(
                    scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE import_batch_id = ? %2")
                               .arg(table, extra),
                           b.id));
            };
            QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM message WHERE import_batch_id = ?"),
                           b.id) > 0);
            QCOMPARE(cellOf(b.id, ImportBatchModel::MessagesAdded),
                     added(QStringLiteral("message"), QStringLiteral("AND NOT is_service")));
            QCOMPARE(cellOf(b.id, ImportBatchModel::Events), added(QStringLiteral("event")));
            QCOMPARE(cellOf(b.id, ImportBatchModel::MembersAdded), added(QStringLiteral("member")));
            QCOMPARE(cellOf(b.id, ImportBatchModel::People),
                     l.toString(scalar(
                         QStringLiteral("SELECT people_in_export FROM import_batch WHERE id = ?"),
                         b.id)));
            QVERIFY(b.sourceExists && QFile::exists(b.sourcePath));
            const QString tip = cellOf(b.id, ImportBatchModel::File, Qt::ToolTipRole);
            QVERIFY2(tip.contains(QDir::toNativeSeparators(b.sourcePath)), qPrintable(tip));
        }
        // The BIG Telegram file: 5,475 messages, shown with the locale's digit grouping.
        QCOMPARE(cellOf(batchIdOf(kTelegram), ImportBatchModel::MessagesAdded), l.toString(5475));
        QCOMPARE(cellOf(batchIdOf(kTelegram), ImportBatchModel::Format),
                 QStringLiteral("Telegram"));
    }

    void auditMatchesDatabase()
    {
        const MemberAuditModel *model = page()->auditModel();
        const QLocale l;
        QCOMPARE(qint64(model->platformCount()),
                 scalar(QStringLiteral("SELECT count(DISTINCT platform) FROM identity")));
        QCOMPARE(model->rowCount(), model->platformCount() + 1); // and the total row
        qint64 sumMembers = 0;
        for (int r = 0; r < model->platformCount(); ++r) {
            const QString platform = model->index(r, 0).data(ExportRole).toString();
            auto count = [&](const QString &where, bool distinctMembers = false) {
                return scalar(QStringLiteral("SELECT count(%1) FROM identity i JOIN member m ON "
                                             "m.id = i.member_id WHERE i.platform = ? AND %2")
                                  .arg(distinctMembers ? QStringLiteral("DISTINCT i.member_id")
                                                       : QStringLiteral("*"),
                                       where),
                              QVariantList{platform});
            };
            auto cell = [&](int c) { return model->index(r, c).data().toString(); };
            QCOMPARE(cell(MemberAuditModel::Identities), l.toString(count(QStringLiteral("1"))));
            QCOMPARE(cell(MemberAuditModel::Bots), l.toString(count(QStringLiteral("m.is_bot"))));
            QCOMPARE(cell(MemberAuditModel::Exporter),
                     l.toString(count(QStringLiteral("m.is_self AND NOT m.is_bot"))));
            const qint64 members = count(kMember, true);
            QCOMPARE(cell(MemberAuditModel::Members), l.toString(members));
            QCOMPARE(cell(MemberAuditModel::PeopleInExports),
                     l.toString(scalar(QStringLiteral("SELECT sum(people_in_export) FROM "
                                                      "import_batch WHERE format = '%1'")
                                           .arg(platform))));
            sumMembers += members;
        }
        QCOMPARE(model->index(model->platformCount(), MemberAuditModel::Members).data().toString(),
                 l.toString(sumMembers)); // the total row
        const qint64 workspaceMembers =
            scalar(QStringLiteral("SELECT count(*) FROM member m WHERE ") + kMember);
        const QString explanation = page()->auditExplanation();
        QVERIFY2(explanation.contains(l.toString(workspaceMembers)), qPrintable(explanation));
    }

    void auditSortKeepsTotalLast()
    {
        using T = QAbstractItemModelTester;
        MemberAuditModel *model = page()->auditModel();
        T audit(model, T::FailureReportingMode::QtTest);
        T batches(page()->batchModel(), T::FailureReportingMode::QtTest);
        T proxy(page()->batchView()->model(), T::FailureReportingMode::QtTest);
        const int last = model->rowCount() - 1;
        for (int c = 0; c < MemberAuditModel::ColumnCount; ++c) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                page()->auditView()->sortByColumn(c, order);
                QCOMPARE(model->index(last, 0).data().toString(),
                         MemberAuditModel::tr("All platforms"));
                for (int r = 1; r < last && c > 0; ++r) {
                    const qint64 a = model->index(r - 1, c).data(SortRole).toLongLong();
                    const qint64 b = model->index(r, c).data(SortRole).toLongLong();
                    QVERIFY(order == Qt::AscendingOrder ? a <= b : a >= b);
                }
            }
        }
        for (int c = 0; c < ImportBatchModel::ColumnCount; ++c)
            page()->batchView()->sortByColumn(c, Qt::DescendingOrder);
        page()->batchView()->sortByColumn(ImportBatchModel::Imported, Qt::AscendingOrder);
    }

    void reimportNeedsTheSourceFile()
    {
        const qint64 batch = batchIdOf(kChill);
        const QString path = QStringLiteral(KINDRED_EXPORTS_DIR "/") + kChill;
        auto setSource = [&](const QString &source, const QString &warnings) {
            QCOMPARE(scalar(QStringLiteral("UPDATE import_batch SET source_path = ?, warnings = ? "
                                           "WHERE id = ? RETURNING 1"),
                            QVariantList{source, warnings, batch}),
                     1);
        };
        auto reloadPage = [&]() {
            QSignalSpy loaded(page(), &Page::loaded);
            page()->reload(page()->context());
            QVERIFY(QTest::qWaitFor([&]() { return loaded.count() > 0; }, kTimeout));
        };
        setSource(m_dir.filePath(QStringLiteral("moved-away.json")),
                  QStringLiteral("line 3: no author\nline 9: bad date"));
        reloadPage();
        // Warnings: counted in their column, each one in the tooltip.
        QCOMPARE(cellOf(batch, ImportBatchModel::Warnings), QStringLiteral("2"));
        const QString tip = cellOf(batch, ImportBatchModel::File, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("line 3: no author")) &&
                     tip.contains(QStringLiteral("line 9: bad date")) &&
                     tip.contains(QStringLiteral("no longer there")),
                 qPrintable(tip));
        QVERIFY(selectBatch(batch));
        QPushButton *reimport = button("reimportBatch");
        QVERIFY(!reimport->isEnabled());
        QVERIFY(button("removeBatch")->isEnabled());
        QVERIFY(reimport->toolTip().contains(QStringLiteral("moved-away.json")));
        setSource(path, QStringLiteral(""));
        reloadPage();
        QVERIFY(selectBatch(batch));
        QVERIFY(reimport->isEnabled());
    }

    void exportsCsvWithBom()
    {
        auto read = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QString path = m_dir.filePath(QStringLiteral("imports.csv"));
        const QString auditPath = m_dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(page()->exportBatchesCsv(path, &error), qPrintable(error));
        QVERIFY2(page()->exportAuditCsv(auditPath, &error), qPrintable(error));
        const QByteArray csv = read(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), page()->batchModel()->rowCount() + 1);
        QVERIFY(csv.contains("5475")); // raw numbers, not "5,475"
        QCOMPARE(read(auditPath).count("\r\n"), page()->auditModel()->rowCount() + 1);
    }

    void reimportReplacesTheBatch()
    {
        const qint64 batch = batchIdOf(kWhatsApp);
        QVERIFY(batch > 0);
        const qint64 messages = scalar(kMessages);
        // A message lost since the import (removed behind Kindred's back): re-reading the file
        // brings it back, which only a real re-import does.
        QCOMPARE(scalar(QStringLiteral("DELETE FROM message WHERE id = (SELECT max(id) FROM "
                                       "message WHERE import_batch_id = ? AND NOT is_service) "
                                       "RETURNING 1"),
                        batch),
                 1);
        QCOMPARE(scalar(kMessages), messages - 1);
        QVERIFY(selectBatch(batch));
        QVERIFY(clickAndWaitForReload(button("reimportBatch")));
        QCOMPARE(scalar(kMessages), messages);
        const qint64 after = batchIdOf(kWhatsApp);
        QVERIFY(after > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_batch")), 4);
        QCOMPARE(
            scalar(QStringLiteral("SELECT messages_added FROM import_batch WHERE id = ?"), after),
            scalar(QStringLiteral("SELECT count(*) FROM message WHERE import_batch_id = ? "
                                  "AND NOT is_service"),
                   after));
        auto *summary = page()->findChild<ImportSummaryDialog *>();
        QVERIFY(summary && summary->isVisible());
        summary->close();
    }

    void removeBatchThroughPage()
    {
        // The first Discord channel: some of its members also post in the second one (they
        // stay), the others go with it.
        const qint64 batch = batchIdOf(kGeneral);
        QVERIFY(batch > 0);
        const qint64 added =
            scalar(QStringLiteral("SELECT messages_added FROM import_batch WHERE id = ?"), batch);
        const qint64 messages = scalar(kMessages);
        const qint64 members = scalar(QStringLiteral("SELECT count(*) FROM member"));
        const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM event"));
        const qint64 created =
            scalar(QStringLiteral("SELECT count(*) FROM member WHERE import_batch_id = ?"), batch);
        QVERIFY(added > 0);
        BatchRemovalPreview preview;
        {
            Database db;
            QString error;
            QVERIFY(db.open(m_path, &error));
            QVERIFY2(ImportBatches::removalPreview(db, batch, &preview, &error), qPrintable(error));
        }
        QCOMPARE(preview.messages, added);
        QVERIFY(preview.members < created); // members the other channel uses are kept
        QString question;
        page()->setConfirm([&](const QString &, const QString &text) {
            question = text;
            return true;
        });
        QVERIFY(selectBatch(batch));
        QVERIFY(clickAndWaitForReload(button("removeBatch")));
        const QLocale l;
        QVERIFY2(question.contains(QFileInfo(kGeneral).fileName()), qPrintable(question));
        QVERIFY2(question.contains(l.toString(added)), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("cannot be undone")), qPrintable(question));
        // Exactly that batch's messages, and the members and events the question named.
        QCOMPARE(scalar(kMessages), messages - added);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member")), members - preview.members);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), events - preview.events);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM import_batch WHERE id = ?"), batch),
                 0);
        // The page (after the window re-read the workspace) no longer lists it.
        QCOMPARE(page()->batchModel()->rowCount(), 3);
        QCOMPARE(rowOf(batch), -1);

        // Canceling the confirmation removes nothing.
        page()->setConfirm([](const QString &, const QString &) { return false; });
        QVERIFY(selectBatch(batchIdOf(kChill)));
        QSignalSpy done(page(), &SourcesPage::actionFinished);
        QTest::mouseClick(button("removeBatch"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&]() { return done.count() > 0; }, kTimeout));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(scalar(kMessages), messages - added);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSourcesPage)
#include "tst_sources_page.moc"
