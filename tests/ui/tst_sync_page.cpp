// The Sync page driven through its widgets against a real HTTP server on 127.0.0.1 serving the
// shared Telegram exports: a source added through the dialog (an invalid URL is refused
// inline), Sync Now imports (the run is listed with its counts, the workspace holds the
// messages, the window is told to re-read it), a second Sync Now gets 304 "Not modified", a
// 401 shows "401 Unauthorized: check the token" in the row and the message area, a stalled
// download shows progress and is canceled, a self-signed HTTPS server's certificate is offered
// for trust and then synced, editing keeps the validators, removal asks first. Both models run
// under QAbstractItemModelTester throughout. No keychain is needed: every source signs in with
// nothing. KINDRED_SHOT=1 saves screenshots to /tmp (sync_page.png, sync_dialog.png,
// sync_page_window.png).
#include "../core/TestHttpServer.h"

#include "MainWindow.h"
#include "Theme.h"
#include "WorkspaceLoader.h"
#include "dialogs/SyncSourceDialog.h"
#include "models/SyncRunModel.h"
#include "models/SyncSourceModel.h"
#include "pages/SyncPage.h"
#include "storage/Database.h"
#include "sync/SyncManager.h"
#include "sync/SyncSourceStore.h"
#include "widgets/SyncStatusPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kindred;
using kindred::test::TestHttpServer;
using Request = TestHttpServer::Request;

namespace {

constexpr int kTimeout = 30000;

QByteArray exportBody(const char *name)
{
    return TestHttpServer::loadFile(QStringLiteral(KINDRED_EXPORTS_DIR "/telegram/") +
                                    QString::fromLatin1(name));
}

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_dm;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<SyncPage> m_page;

    template <typename T> T *child(QObject *parent, const char *name) const
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    QPushButton *button(const char *name) const { return child<QPushButton>(m_page.get(), name); }
    SyncSourceModel *sources() const { return m_page->sourceModel(); }
    SyncRunModel *runs() const { return m_page->runModel(); }

    qint64 scalar(const QString &sql) const
    {
        Database db;
        QString error;
        if (!db.open(m_path, &error))
            return -1;
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 messages() const
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM message WHERE is_service = 0"));
    }
    SyncSource stored(const QString &name) const
    {
        Database db;
        QString error;
        SyncSource s;
        if (!db.open(m_path, &error) || !SyncSourceStore(db).find(name, &s, &error))
            qWarning("%s", qPrintable(error));
        return s;
    }
    /// Reloads the page and waits until it shows the workspace.
    bool reloadPage()
    {
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(PageContext{m_path, Period::ending(QDate::currentDate(), 30)});
        return QTest::qWaitFor([&] { return loaded.count() > 0 && !m_page->isLoading(); },
                               kTimeout);
    }
    /// The source row of `name` in the table as sorted, -1 when absent.
    int viewRow(const QString &name) const
    {
        const QAbstractItemModel *m = m_page->sourceView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, SyncSourceModel::Name).data().toString() == name)
                return r;
        return -1;
    }
    /// Clicks the row of source `name` in the table.
    void clickSource(const QString &name)
    {
        QTableView *view = m_page->sourceView();
        const int row = viewRow(name);
        QVERIFY2(row >= 0, qPrintable(name));
        const QRect rect = view->visualRect(view->model()->index(row, SyncSourceModel::Name));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(m_page->selectedSourceId(), stored(name).id);
    }
    /// Opens the Add dialog with the page's button, fills it in and clicks Add.
    void addThroughDialog(const QString &name, const QUrl &url)
    {
        const int before = sources()->rowCount();
        QTest::mouseClick(button("syncAdd"), Qt::LeftButton);
        QPointer<SyncSourceDialog> dialog = m_page->findChild<SyncSourceDialog *>();
        QVERIFY(dialog && dialog->isVisible() && dialog->isNew());
        child<QLineEdit>(dialog, "syncName")->setText(name);
        child<QLineEdit>(dialog, "syncUrl")->setText(url.toString());
        QCOMPARE(child<QComboBox>(dialog, "syncAuth")->currentData().toString(),
                 QStringLiteral("none"));
        QTest::mouseClick(child<QPushButton>(dialog, "syncDialogOk"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(sources()->rowCount(), before + 1, kTimeout);
        QVERIFY(stored(name).id > 0);
    }
    /// Clicks Sync Now on source `name` and waits for its run to be listed; returns it.
    SyncRun syncNow(const QString &name)
    {
        SyncRun run;
        [&] {
            clickSource(name);
            const int before = runs()->rowCount();
            QSignalSpy finished(m_page->manager(), &SyncManager::runFinished);
            QVERIFY(button("syncNow")->isEnabled());
            QTest::mouseClick(button("syncNow"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
            QTRY_VERIFY_WITH_TIMEOUT(runs()->rowCount() == before + 1 && !m_page->isLoading(),
                                     kTimeout);
            run = runs()->runAt(0);
        }();
        return run;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sync.kindred"));
        QString error;
        QVERIFY2(WorkspaceLoader::createWorkspace(m_path, &error), qPrintable(error));
        m_dm = exportBody("chat-analytics__DM_2A_7M.json");
        QVERIFY(!m_dm.isEmpty());
        m_server = std::make_unique<TestHttpServer>([this](const Request &r) {
            if (r.path == "/dm.json") {
                if (r.header("If-None-Match") == "\"v1\"")
                    return TestHttpServer::status(304);
                return TestHttpServer::ok(m_dm).header("ETag", "\"v1\"");
            }
            if (r.path == "/private.json")
                return TestHttpServer::status(401); // whatever the credentials
            if (r.path == "/slow.json") {
                TestHttpServer::Response slow = TestHttpServer::ok(m_dm);
                slow.stallAfterBytes = 1000; // then nothing for a long while
                slow.stallMs = 20000;
                return slow;
            }
            return TestHttpServer::status(404);
        });
        QVERIFY(m_server->listen());

        m_page = std::make_unique<SyncPage>();
        new QAbstractItemModelTester(
            sources(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_page.get());
        new QAbstractItemModelTester(runs(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
        FetchRequest defaults;
        defaults.timeoutMs = 15000;
        defaults.backoffMs = 20;
        m_page->manager()->setFetchDefaults(defaults);
        m_page->resize(1180, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(reloadPage());
        QCOMPARE(m_page->manager()->workspace(), m_path);
    }

    void newWorkspaceInvitesToAddASource()
    {
        // No community yet: the page still shows its content, the place to add a source.
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(sources()->rowCount(), 0);
        QVERIFY(child<QLabel>(m_page.get(), "syncHint")->isVisible());
        QVERIFY(button("syncAdd")->isEnabled());
        for (const char *name : {"syncEdit", "syncRemove", "syncNow", "syncAll", "syncCancel"})
            QVERIFY2(!button(name)->isEnabled(), name);
    }

    void dialogRefusesInvalidEntriesInline()
    {
        SyncSourceDialog *dialog = m_page->addSource();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "syncName")->setText(QStringLiteral("x"));
        child<QLineEdit>(dialog, "syncUrl")->setText(QStringLiteral("ftp://example.com/a.json"));
        QTest::mouseClick(child<QPushButton>(dialog, "syncDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("http")),
                 qPrintable(dialog->errorText()));
        QVERIFY(child<QLabel>(dialog, "syncError")->isVisible());
        // A token is asked for when the source signs in with one.
        child<QLineEdit>(dialog, "syncUrl")->setText(QStringLiteral("https://example.com/a.json"));
        auto *auth = child<QComboBox>(dialog, "syncAuth");
        auth->setCurrentIndex(auth->findData(QStringLiteral("bearer")));
        QVERIFY(child<QLineEdit>(dialog, "syncSecret")->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "syncSecret")->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>(dialog, "syncUsername")->isVisible());
        QTest::mouseClick(child<QPushButton>(dialog, "syncDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->errorText().contains(QStringLiteral("token")));
        if (qEnvironmentVariableIsSet("KINDRED_SHOT")) {
            auth->setCurrentIndex(auth->findData(QStringLiteral("basic")));
            child<QLineEdit>(dialog, "syncUsername")->setText(QStringLiteral("alice"));
            child<QCheckBox>(dialog, "syncScheduled")->setChecked(true);
            dialog->adjustSize();
            QVERIFY(dialog->grab().save(QStringLiteral("/tmp/sync_dialog.png")));
        }
        dialog->reject();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_source")), 0);
    }

    void addAndSyncNowImports()
    {
        addThroughDialog(QStringLiteral("Telegram DM"), m_server->url(QStringLiteral("/dm.json")));
        QVERIFY(!child<QLabel>(m_page.get(), "syncHint")->isVisible());
        const int row = sources()->rowOf(stored(QStringLiteral("Telegram DM")).id);
        QCOMPARE(sources()->index(row, SyncSourceModel::Schedule).data().toString(),
                 QStringLiteral("Manual"));
        QCOMPARE(sources()->resultText(row), QStringLiteral("Never synced"));

        bool progressShown = false;
        auto watch = connect(m_page->manager(), &SyncManager::runStarted, this, [&] {
            progressShown = m_page->statusPanel()->isShowingProgress() &&
                            button("syncCancel")->isEnabled() && !button("syncNow")->isEnabled();
        });
        QSignalSpy changed(m_page.get(), &SyncPage::workspaceChanged);
        const SyncRun run = syncNow(QStringLiteral("Telegram DM"));
        disconnect(watch);
        QVERIFY(progressShown);
        QVERIFY2(run.status == SyncRun::Status::Updated, qPrintable(run.error));
        QCOMPARE(run.httpStatus, 200);
        QCOMPARE(run.bytes, qint64(m_dm.size()));
        QCOMPARE(run.filesImported, 1);
        QVERIFY(run.messagesAdded > 0);
        QCOMPARE(messages(), run.messagesAdded);
        QCOMPARE(runs()->index(0, SyncRunModel::Status).data().toString(),
                 QStringLiteral("Updated"));
        QCOMPARE(runs()->index(0, SyncRunModel::MessagesAdded).data().toString(),
                 QLocale().toString(run.messagesAdded));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), m_path);
        const int after = sources()->rowOf(run.sourceId);
        QVERIFY2(sources()->resultText(after).startsWith(QStringLiteral("Updated")),
                 qPrintable(sources()->resultText(after)));
        QVERIFY(!sources()->index(after, SyncSourceModel::LastRun).data().toString().isEmpty());
        QVERIFY(m_page->messageText().contains(QStringLiteral("Telegram DM: Updated")));
        QVERIFY(!m_page->statusPanel()->isShowingProgress());
        QVERIFY(!button("syncCancel")->isEnabled());
    }

    void syncAgainIsNotModified()
    {
        const qint64 before = messages();
        QSignalSpy changed(m_page.get(), &SyncPage::workspaceChanged);
        const SyncRun run = syncNow(QStringLiteral("Telegram DM"));
        QVERIFY2(run.status == SyncRun::Status::NotModified, qPrintable(run.error));
        QCOMPARE(run.httpStatus, 304);
        QCOMPARE(run.messagesAdded, 0);
        QCOMPARE(runs()->rowCount(), 2);
        QCOMPARE(runs()->index(0, SyncRunModel::Status).data().toString(),
                 QStringLiteral("Not modified"));
        QCOMPARE(runs()->index(1, SyncRunModel::Status).data().toString(),
                 QStringLiteral("Updated"));
        QCOMPARE(m_server->requests("/dm.json").last().header("If-None-Match"),
                 QByteArray("\"v1\""));
        QCOMPARE(messages(), before);
        QCOMPARE(changed.count(), 0); // nothing new: the window need not re-read anything
    }

    void unauthorizedIsShownInRowAndMessage()
    {
        addThroughDialog(QStringLiteral("Private group"),
                         m_server->url(QStringLiteral("/private.json")));
        const qint64 before = messages();
        const SyncRun run = syncNow(QStringLiteral("Private group"));
        QVERIFY(run.status == SyncRun::Status::Failed);
        QCOMPARE(run.httpStatus, 401);
        const QString expected = QStringLiteral("401 Unauthorized: check the token");
        QVERIFY2(run.error.contains(expected), qPrintable(run.error));
        QVERIFY2(m_page->messageText().contains(expected), qPrintable(m_page->messageText()));
        QVERIFY(child<QLabel>(m_page.get(), "syncMessage")->isVisible());
        const int row = sources()->rowOf(run.sourceId);
        const QModelIndex result = sources()->index(row, SyncSourceModel::LastResult);
        QVERIFY2(result.data().toString().contains(expected), qPrintable(result.data().toString()));
        QCOMPARE(result.data(Qt::ForegroundRole).value<QColor>(), Theme::negative());
        QCOMPARE(runs()->index(0, SyncRunModel::Error).data().toString(), run.error);
        QCOMPARE(messages(), before);
        if (qEnvironmentVariableIsSet("KINDRED_SHOT")) {
            clickSource(QStringLiteral("Telegram DM")); // the runs of the source that has some
            m_page->statusPanel()->showProgress(
                QStringLiteral("Telegram DM: Downloading result.json"), 1200000, 3400000);
            QVERIFY(m_page->grab().save(QStringLiteral("/tmp/sync_page.png")));
            m_page->statusPanel()->hideProgress();
        }
    }

    void stalledDownloadShowsProgressAndCancels()
    {
        addThroughDialog(QStringLiteral("Slow mirror"),
                         m_server->url(QStringLiteral("/slow.json")));
        clickSource(QStringLiteral("Slow mirror"));
        QSignalSpy finished(m_page->manager(), &SyncManager::runFinished);
        QTest::mouseClick(button("syncNow"), Qt::LeftButton);
        // The first 1000 bytes arrived: the bar and the row show the download (the window
        // stays responsive: these checks run in its event loop).
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->statusPanel()->stageText().contains(QStringLiteral("Downloading")), kTimeout);
        QVERIFY(m_page->statusPanel()->isShowingProgress());
        auto *bar = child<QProgressBar>(m_page.get(), "syncProgress");
        QVERIFY(bar->isVisible());
        const int row = sources()->rowOf(stored(QStringLiteral("Slow mirror")).id);
        QVERIFY(sources()->isRunning(row));
        QVERIFY2(sources()->resultText(row).contains(QStringLiteral("Downloading")),
                 qPrintable(sources()->resultText(row)));
        QVERIFY(!button("syncNow")->isEnabled());
        QVERIFY(!button("syncRemove")->isEnabled());
        QVERIFY(button("syncCancel")->isEnabled());
        QTest::mouseClick(button("syncCancel"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QVERIFY(finished.first().at(1).value<SyncRun>().status == SyncRun::Status::Canceled);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(!m_page->isLoading() && runs()->rowCount() == 1);
        QCOMPARE(runs()->index(0, SyncRunModel::Status).data().toString(),
                 QStringLiteral("Canceled"));
        QCOMPARE(sources()->resultText(sources()->rowOf(finished.first().at(0).toLongLong())),
                 QStringLiteral("Canceled"));
    }

    void untrustedCertificateIsOfferedThenTrusted()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        const QByteArray multi = exportBody("chat-analytics__MultiChat_2C_6M.json");
        TestHttpServer tls([&](const Request &) { return TestHttpServer::ok(multi); });
        QString error;
        QVERIFY2(tls.listenTls(QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/cert.pem"),
                               QStringLiteral(KINDRED_TEST_DATA_DIR "/tls/key.pem"), &error),
                 qPrintable(error));
        addThroughDialog(QStringLiteral("Self-signed"), tls.url(QStringLiteral("/multi.json")));
        QStringList questions;
        m_page->setConfirm([&](const QString &, const QString &question) {
            questions.append(question);
            return true;
        });
        const qint64 before = messages();
        QSignalSpy finished(m_page->manager(), &SyncManager::runFinished);
        clickSource(QStringLiteral("Self-signed"));
        QTest::mouseClick(button("syncNow"), Qt::LeftButton);
        // Refused, offered, trusted, synced again.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        m_page->setConfirm({});
        const SyncRun refused = finished.at(0).at(1).value<SyncRun>();
        const SyncRun trusted = finished.at(1).at(1).value<SyncRun>();
        QVERIFY(refused.status == SyncRun::Status::Failed);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().contains(QStringLiteral("certificate is not trusted")),
                 qPrintable(questions.first()));
        QVERIFY(questions.first().contains(refused.untrustedCertSha256));
        QCOMPARE(stored(QStringLiteral("Self-signed")).trustedCertSha256,
                 refused.untrustedCertSha256);
        QVERIFY2(trusted.status == SyncRun::Status::Updated, qPrintable(trusted.error));
        QVERIFY(trusted.messagesAdded > 0);
        QCOMPARE(messages(), before + trusted.messagesAdded);
        QTRY_VERIFY(!m_page->isLoading() && runs()->rowCount() == 2);

        // The dialog shows the trusted certificate and can forget it.
        clickSource(QStringLiteral("Self-signed"));
        SyncSourceDialog *dialog = m_page->editSelected();
        QVERIFY(dialog);
        auto *cert = child<QLabel>(dialog, "syncTrustedCert");
        QVERIFY(cert->isVisible());
        QVERIFY(cert->text().remove(QLatin1Char(' ')).toLower() == refused.untrustedCertSha256);
        QTest::mouseClick(child<QPushButton>(dialog, "syncForgetCert"), Qt::LeftButton);
        QVERIFY(dialog->source().trustedCertSha256.isEmpty());
        dialog->reject();
        QCOMPARE(stored(QStringLiteral("Self-signed")).trustedCertSha256,
                 refused.untrustedCertSha256);
    }

    void editRenamesAndKeepsValidators()
    {
        clickSource(QStringLiteral("Telegram DM"));
        QPointer<SyncSourceDialog> dialog = m_page->editSelected();
        QVERIFY(dialog && !dialog->isNew());
        QCOMPARE(child<QLineEdit>(dialog, "syncName")->text(), QStringLiteral("Telegram DM"));
        // A name another source has is refused inline.
        child<QLineEdit>(dialog, "syncName")->setText(QStringLiteral("Private group"));
        QTest::mouseClick(child<QPushButton>(dialog, "syncDialogOk"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorText().contains(QStringLiteral("already")));
        child<QLineEdit>(dialog, "syncName")->setText(QStringLiteral("Telegram DM (mirror)"));
        child<QCheckBox>(dialog, "syncScheduled")->setChecked(true);
        child<QSpinBox>(dialog, "syncEvery")->setValue(15);
        QTest::mouseClick(child<QPushButton>(dialog, "syncDialogOk"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(QStringLiteral("Telegram DM (mirror)")) >= 0, kTimeout);
        const SyncSource s = stored(QStringLiteral("Telegram DM (mirror)"));
        QCOMPARE(s.everyMinutes, 15);
        QCOMPARE(s.etag, QStringLiteral("\"v1\"")); // the next sync is still conditional
        QCOMPARE(m_page->selectedSourceId(), s.id);
        QCOMPARE(runs()->rowCount(), 2); // its history stays with it
        QCOMPARE(sources()->index(sources()->rowOf(s.id), SyncSourceModel::Schedule).data(),
                 QVariant(QStringLiteral("Every 15 min")));
    }

    void windowShowsTheSyncPage()
    {
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.page<SyncPage>();
        QVERIFY(page);
        QCOMPARE(window.pages().indexOf(page), window.pages().size() - 1);
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openWorkspace(m_path);
        QVERIFY(
            QTest::qWaitFor([&] { return loaded.count() > 0 && !window.isLoading(); }, kTimeout));
        window.showPage(int(window.pages().indexOf(page)));
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->sourceModel()->rowCount(), sources()->rowCount());
        if (qEnvironmentVariableIsSet("KINDRED_SHOT"))
            QVERIFY(window.grab().save(QStringLiteral("/tmp/sync_page_window.png")));
    }

    void closingDuringARunCancelsIt()
    {
        const qint64 id = stored(QStringLiteral("Slow mirror")).id;
        auto page = std::make_unique<SyncPage>();
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->reload(PageContext{m_path, Period::ending(QDate::currentDate(), 30)});
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !page->isLoading(), kTimeout);
        QVERIFY(page->selectSource(id));
        page->syncSelected();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->statusPanel()->stageText().contains(QStringLiteral("Downloading")), kTimeout);
        page.reset(); // the window closes in the middle of the download
        const QString last =
            QStringLiteral("SELECT status = 'canceled' FROM sync_run WHERE source_id = %1 "
                           "ORDER BY id DESC LIMIT 1")
                .arg(id);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(last), 1, kTimeout);
    }

    void removeAsksFirst()
    {
        const qint64 id = stored(QStringLiteral("Private group")).id;
        clickSource(QStringLiteral("Private group"));
        QString asked;
        m_page->setConfirm([&](const QString &, const QString &question) {
            asked = question;
            return false;
        });
        QTest::mouseClick(button("syncRemove"), Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Private group")));
        QCoreApplication::processEvents();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_source WHERE id = %1").arg(id)),
                 1);
        m_page->setConfirm([](const QString &, const QString &) { return true; });
        const int before = sources()->rowCount();
        QTest::mouseClick(button("syncRemove"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sources()->rowCount(), before - 1, kTimeout);
        m_page->setConfirm({});
        QCOMPARE(viewRow(QStringLiteral("Private group")), -1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM sync_source WHERE id = %1").arg(id)),
                 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run WHERE source_id = %1").arg(id)),
            0);
        QVERIFY(messages() > 0); // what the sources imported stays
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_sync_page.moc"
