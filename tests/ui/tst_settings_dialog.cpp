// File > Workspace Settings: the dialog on a temporary workspace, driven through its widgets
// (found by objectName): saved values land in the workspace, invalid ones keep the dialog
// open with an inline error, Restore Defaults resets the rules; from the main window the
// action (Ctrl+,) saves and every page reloads with the new rules and name.
// KINDRED_SHOT=1 saves a picture of the dialog to /tmp/settings-dialog.png.
#include "UiTestWorkspace.h"

#include "I18n.h"
#include "MainWindow.h"
#include "dialogs/WorkspaceSettingsDialog.h"
#include "models/MemberTableModel.h"
#include "pages/DashboardPage.h"
#include "pages/MembersPage.h"
#include "storage/CommunityStore.h"
#include "widgets/PeriodBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace kindred;
using namespace kindred::uitest;

namespace {

constexpr int kTimeout = 30000;

template <typename T> T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

void clickOk(QDialog *d)
{
    auto *box = d->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

struct Stored
{
    CommunitySettings community;
    SegmentRules rules;
};

Stored readBack(const QString &path)
{
    Stored s;
    Database db;
    QString error;
    if (db.open(path, &error) && CommunityStore(db).read(&s.community, &error))
        s.rules = SegmentRules::load(db);
    return s;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("settings.kindred"));
        QString error;
        QVERIFY2(buildWorkspace(m_path, &error), qPrintable(error));
    }

    void showsStoredValues()
    {
        WorkspaceSettingsDialog d(m_path);
        QVERIFY(d.isReady());
        QCOMPARE(child<QLineEdit>(&d, "communityName")->text(), QStringLiteral("测试社群 Test"));
        auto *tz = child<QComboBox>(&d, "communityTimezone");
        QVERIFY(tz && tz->isEditable());
        QCOMPARE(tz->currentText(), QStringLiteral("UTC"));
        QVERIFY(tz->findText(QStringLiteral("Asia/Shanghai")) >= 0);
        QCOMPARE(child<QLineEdit>(&d, "communityCurrency")->text(), QStringLiteral("CNY"));
        QCOMPARE(child<QSpinBox>(&d, "churnDays")->value(), 90);
        QCOMPARE(child<QSpinBox>(&d, "newcomerDays")->value(), 14);
        QCOMPARE(child<QSpinBox>(&d, "windowDays")->value(), 30);
        QCOMPARE(child<QSpinBox>(&d, "activeMinDays")->value(), 4);
        QCOMPARE(child<QSpinBox>(&d, "windowDays")->suffix(), QStringLiteral(" days"));
        QVERIFY(d.errorText().isEmpty());
        if (qEnvironmentVariableIsSet("KINDRED_SHOT")) {
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QVERIFY(d.grab().save(QStringLiteral("/tmp/settings-dialog.png")));
            I18n::apply(QStringLiteral("zh_CN"));
            WorkspaceSettingsDialog zh(m_path);
            zh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&zh));
            QVERIFY(zh.grab().save(QStringLiteral("/tmp/settings-dialog-zh.png")));
            I18n::apply(QStringLiteral("en"));
        }
    }

    void acceptSaves()
    {
        WorkspaceSettingsDialog d(m_path);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *name = child<QLineEdit>(&d, "communityName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Qt Builders"));
        child<QComboBox>(&d, "communityTimezone")->setEditText(QStringLiteral("Asia/Shanghai"));
        auto *currency = child<QLineEdit>(&d, "communityCurrency");
        currency->clear();
        QTest::keyClicks(currency, QStringLiteral("usd")); // upper-cased on save
        child<QSpinBox>(&d, "churnDays")->setValue(60);
        child<QSpinBox>(&d, "newcomerDays")->setValue(7);
        child<QSpinBox>(&d, "windowDays")->setValue(21);
        child<QSpinBox>(&d, "activeMinDays")->setValue(2);
        clickOk(&d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.isVisible());

        const Stored s = readBack(m_path);
        QCOMPARE(s.community.name, QStringLiteral("Qt Builders"));
        QCOMPARE(s.community.timezone, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(s.community.currency, QStringLiteral("USD"));
        QCOMPARE(s.rules, (SegmentRules{60, 7, 21, 2}));

        WorkspaceSettingsDialog again(m_path); // shows what was saved
        QCOMPARE(child<QComboBox>(&again, "communityTimezone")->currentText(),
                 QStringLiteral("Asia/Shanghai"));
        QCOMPARE(child<QSpinBox>(&again, "windowDays")->value(), 21);
    }

    void invalidValuesKeepTheDialogOpen_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("timezone");
        QTest::addColumn<int>("activeMinDays");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("currency yuan") << "yuan"
                                       << "UTC" << 4 << "YUAN";
        QTest::newRow("unknown time zone") << "CNY"
                                           << "Mars/Olympus" << 4 << "Mars/Olympus";
        QTest::newRow("active beyond the window") << "CNY"
                                                  << "UTC" << 40 << "window";
    }
    void invalidValuesKeepTheDialogOpen()
    {
        QFETCH(QString, currency);
        QFETCH(QString, timezone);
        QFETCH(int, activeMinDays);
        QFETCH(QString, mentions);
        const Stored before = readBack(m_path);
        WorkspaceSettingsDialog d(m_path);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        child<QLineEdit>(&d, "communityCurrency")->setText(currency);
        child<QComboBox>(&d, "communityTimezone")->setEditText(timezone);
        child<QSpinBox>(&d, "activeMinDays")->setValue(activeMinDays);
        clickOk(&d);
        QVERIFY(d.isVisible());
        QVERIFY(d.result() != QDialog::Accepted);
        QVERIFY2(d.errorText().contains(mentions), qPrintable(d.errorText()));
        auto *label = child<QLabel>(&d, "settingsError");
        QVERIFY(label && label->isVisible());
        if (qEnvironmentVariableIsSet("KINDRED_SHOT") && currency == QLatin1String("yuan"))
            QVERIFY(d.grab().save(QStringLiteral("/tmp/settings-dialog-error.png")));
        const Stored after = readBack(m_path);
        QCOMPARE(after.community, before.community); // nothing written
        QCOMPARE(after.rules, before.rules);

        // Fixing the value and pressing OK again closes it.
        child<QLineEdit>(&d, "communityCurrency")->setText(QStringLiteral("CNY"));
        child<QComboBox>(&d, "communityTimezone")->setEditText(QStringLiteral("UTC"));
        child<QSpinBox>(&d, "activeMinDays")->setValue(4);
        clickOk(&d);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(d.errorText().isEmpty());
    }

    void restoreDefaults()
    {
        WorkspaceSettingsDialog d(m_path);
        QVERIFY(child<QSpinBox>(&d, "churnDays")->value() != 90);
        QTest::mouseClick(child<QPushButton>(&d, "restoreDefaults"), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(&d, "churnDays")->value(), 90);
        QCOMPARE(child<QSpinBox>(&d, "newcomerDays")->value(), 14);
        QCOMPARE(child<QSpinBox>(&d, "windowDays")->value(), 30);
        QCOMPARE(child<QSpinBox>(&d, "activeMinDays")->value(), 4);
        QCOMPARE(readBack(m_path).rules, (SegmentRules{60, 7, 21, 4})); // not saved yet
    }

    void missingWorkspaceIsNotCreated()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.kindred"));
        WorkspaceSettingsDialog d(gone);
        QVERIFY(!d.isReady());
        QVERIFY(!d.loadError().isEmpty());
        QVERIFY(!QFileInfo::exists(gone));
    }

    void mainWindowSavesAndReloads()
    {
        {
            Database db; // back to UTC and the default rules
            QString error;
            QVERIFY(db.open(m_path, &error) && SegmentRules{}.save(db, &error));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.openWorkspace(m_path);
        QVERIFY(
            QTest::qWaitFor([&]() { return loaded.count() > 0 && !window.isLoading(); }, kTimeout));
        const Period period = window.period();
        const int before =
            window.page<DashboardPage>()->data().current.segments[size_t(Segment::Active)];
        QCOMPARE(before, expected(m_path, period).current.segments[size_t(Segment::Active)]);

        auto *action = window.findChild<QAction *>(QStringLiteral("actionWorkspaceSettings"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        bool handled = false;
        QTimer::singleShot(0, this, [&]() {
            auto *d = qobject_cast<WorkspaceSettingsDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            handled = true;
            child<QLineEdit>(d, "communityName")->setText(QStringLiteral("Renamed"));
            child<QSpinBox>(d, "windowDays")->setValue(45);
            child<QSpinBox>(d, "activeMinDays")->setValue(20);
            clickOk(d);
        });
        loaded.clear();
        action->trigger(); // modal: returns once the timer has accepted it
        QVERIFY(handled);
        QVERIFY(
            QTest::qWaitFor([&]() { return loaded.count() > 0 && !window.isLoading(); }, kTimeout));
        QCOMPARE(window.workspaceInfo().communityName, QStringLiteral("Renamed"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Renamed")));
        const Expected e = expected(m_path, window.period());
        const auto &shown = window.page<DashboardPage>()->data().current.segments;
        QCOMPARE(shown, e.current.segments);
        // Members posting every 3..5 days are no longer active with 20 days of 45 required.
        QVERIFY(shown[size_t(Segment::Active)] < before);
        QVERIFY(shown[size_t(Segment::Occasional)] > 0);
        MemberTableModel *model = window.page<MembersPage>()->model();
        QVERIFY(model->headerData(MemberTableModel::ActiveDays, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("45 days")));
        const auto &rows = model->rows();
        QCOMPARE(rows.size(), e.members.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).segment, e.members.at(i).segment);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
