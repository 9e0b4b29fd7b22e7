// The "Rules" tab of the Moderation page (FlagRulesEditor) under offscreen, on small crafted
// workspaces written through ImportWriter (no rule has run on them yet): a threshold edited and
// applied persists (FlagRules::load sees it); invalid values disable Apply with an inline
// message; a rule switched off and re-run over the whole history raises none of its flags
// while the other rules still do (and switched on again it does: the control); a Chinese
// blocked word added to the list flags a message holding it inside a longer word; restore
// defaults; the queue reloads after a run. Saves a screenshot to /tmp/flag_rules.png.
#include "import/ImportWriter.h"
#include "models/FlagQueueModel.h"
#include "moderation/FlagRules.h"
#include "pages/ModerationPage.h"
#include "storage/Database.h"
#include "widgets/FlagRuleGroup.h"
#include "widgets/FlagRulesEditor.h"
#include "widgets/ReviewQueuePanel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QInputMethodEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace kindred;

namespace {

constexpr int kTimeout = 60000;
const QDate kFirstDay(2024, 3, 1);

qint64 at(int day, int seconds)
{
    return QDateTime(kFirstDay.addDays(day), QTime(9, 0), Qt::UTC).toSecsSinceEpoch() + seconds;
}

/// One channel, 20 days. Alice and Erin post every day (never flagged). On day 10 Bob posts 10
/// messages 2 s apart (a flood with the default "more than 8 in 30 s"); on day 12 Carol writes
/// "这里有海外代购群" (代购 inside a longer word; not on the default lists) and Dave mentions five
/// members in one message (mass mention with the default 5).
bool buildWorkspace(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const qint64 community = db.defaultCommunityId(QStringLiteral("规则测试 Rules"));
    ImportWriter w(db.handle(), community, 0);
    if (!w.prepare(error) ||
        !w.beginChannel({QStringLiteral("telegram"), QStringLiteral("1"),
                         QStringLiteral("综合讨论"), QStringLiteral("private_supergroup")}))
        return false;
    int next = 1;
    auto post = [&](const char *id, const char *name, qint64 when, const QString &text) {
        MessageInfo m;
        m.externalId = QString::number(next++);
        m.author = PersonRef{QString::fromLatin1(id), QString::fromUtf8(name), false};
        m.sentAt = when;
        m.text = text;
        return w.addMessage(m);
    };
    bool ok = true;
    for (int day = 0; day < 20 && ok; ++day) {
        ok = post("u1", "Alice", at(day, 0), QStringLiteral("早上好，今天讨论 Qt %1").arg(day)) &&
             post("u5", "Erin", at(day, 3600), QStringLiteral("Rust question number %1").arg(day));
    }
    for (int i = 0; i < 10 && ok; ++i)
        ok = post("u2", "Bob", at(10, 7200 + 2 * i), QStringLiteral("顶 %1").arg(i));
    ok = ok && post("u3", "Carol", at(12, 100), QStringLiteral("这里有海外代购群，欢迎来问")) &&
         post("u4", "Dave", at(12, 200), QStringLiteral("@Alice @Erin @Bob @Carol @Frank 开会了"));
    return ok && w.finish(error);
}

QVariant scalar(const QString &path, const QString &sql)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {};
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

FlagRules storedRules(const QString &path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        return {};
    return FlagRules::load(db);
}

} // namespace

class TestFlagRulesEditor : public QObject
{
    Q_OBJECT

private:
    FlagRulesEditor *editor() const { return m_page->rulesEditor(); }
    QSpinBox *spin(const char *name) const
    {
        return editor()->findChild<QSpinBox *>(QString::fromLatin1(name));
    }
    QPlainTextEdit *list(const char *name) const
    {
        return editor()->findChild<QPlainTextEdit *>(QString::fromLatin1(name));
    }
    /// Opens a new crafted workspace in the page; waits for the page and the rules.
    bool openFresh(const QString &name)
    {
        m_path = m_dir.filePath(name + QStringLiteral(".kindred"));
        QString error;
        if (!buildWorkspace(m_path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        QSignalSpy rules(editor(), &FlagRulesEditor::rulesLoaded);
        m_page->reload({m_path, Period{kFirstDay, kFirstDay.addDays(19)}});
        return QTest::qWaitFor(
            [&]() {
                return loaded.count() > 0 && !m_page->isLoading() && rules.count() > 0 &&
                       !editor()->isBusy();
            },
            kTimeout);
    }
    bool clickApply()
    {
        QSignalSpy applied(editor(), &FlagRulesEditor::applied);
        if (!editor()->applyButton()->isEnabled())
            return false;
        QTest::mouseClick(editor()->applyButton(), Qt::LeftButton);
        return QTest::qWaitFor([&]() { return applied.count() > 0; }, kTimeout) &&
               applied.first().first().toBool();
    }
    /// Runs the rules over the whole history; waits until the page reloaded.
    bool clickRerun()
    {
        QSignalSpy finished(editor(), &FlagRulesEditor::rerunFinished);
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        if (!editor()->rerunButton()->isEnabled())
            return false;
        QTest::mouseClick(editor()->rerunButton(), Qt::LeftButton);
        return QTest::qWaitFor(
                   [&]() {
                       return finished.count() > 0 && loaded.count() > 0 && !m_page->isLoading() &&
                              !editor()->isBusy();
                   },
                   kTimeout) &&
               finished.first().first().toBool();
    }
    qint64 raised(FlagRule r) const { return editor()->lastRun().raised.at(size_t(r)); }
    qint64 stored(const QString &rule) const
    {
        return scalar(m_path,
                      QStringLiteral("SELECT count(*) FROM flag WHERE rule = '%1'").arg(rule))
            .toLongLong();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ModerationPage> m_page;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_page = std::make_unique<ModerationPage>();
        m_page->resize(1400, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->tabs()->setCurrentWidget(editor());
        QCOMPARE(m_page->tabs()->tabText(m_page->tabs()->currentIndex()), QStringLiteral("Rules"));
        QVERIFY(openFresh(QStringLiteral("threshold")));
    }

    void showsTheStoredRules()
    {
        QVERIFY(editor()->isLoaded());
        QCOMPARE(editor()->rules(), FlagRules{});
        QCOMPARE(editor()->savedRules(), storedRules(m_path));
        QCOMPARE(spin("floodMessages")->value(), 8);
        QCOMPARE(spin("floodSeconds")->value(), 30);
        QCOMPARE(FlagRuleGroup::lines(list("blockedWordsZh")), FlagRules{}.blockedWordsZh);
        QCOMPARE(FlagRuleGroup::lines(list("allowedDomains")), FlagRules{}.allowedDomains);
        QVERIFY(!editor()->applyButton()->isEnabled());   // nothing changed
        QVERIFY(!editor()->restoreButton()->isEnabled()); // already the defaults
        QVERIFY(editor()->rerunButton()->isEnabled());
        const QString hint = editor()->hintLabel()->text();
        QVERIFY2(hint.contains(QStringLiteral("after every import and sync")) &&
                     hint.contains(QStringLiteral("new messages only")) &&
                     hint.contains(QStringLiteral("never flag the same message twice")),
                 qPrintable(hint));
        // Every rule has its group with "Enabled" and a severity 1..3.
        for (FlagRule r : FlagRules::all()) {
            FlagRuleGroup *g = editor()->group(r);
            QVERIFY(g->enabledBox()->isChecked());
            QCOMPARE(g->severityBox()->count(), 3);
            QCOMPARE(g->severity(), 2);
            QCOMPARE(g->title(), FlagRules::label(r));
        }
    }

    void editedThresholdPersists()
    {
        spin("floodMessages")->setValue(12);
        QVERIFY(editor()->applyButton()->isEnabled());
        QVERIFY(!editor()->rerunButton()->isEnabled()); // run only what is saved
        editor()->group(FlagRule::MassMention)->severityBox()->setCurrentIndex(2); // high
        QVERIFY(clickApply());
        const FlagRules stored = storedRules(m_path);
        QCOMPARE(stored.floodMessages, 12);
        QCOMPARE(stored.severityOf(FlagRule::MassMention), 3);
        QCOMPARE(stored, editor()->rules());
        QCOMPARE(editor()->savedRules(), stored);
        QVERIFY(!editor()->applyButton()->isEnabled());
        QVERIFY(editor()->rerunButton()->isEnabled());
        QVERIFY2(editor()->statusLabel()->text().contains(QStringLiteral("Saved")),
                 qPrintable(editor()->statusLabel()->text()));
        // 10 messages in 18 s are not more than 12: no flood; the mass mention is high.
        QVERIFY(clickRerun());
        QCOMPARE(raised(FlagRule::Flood), 0);
        QCOMPARE(raised(FlagRule::MassMention), 1);
        QCOMPARE(stored.severityOf(FlagRule::MassMention), 3);
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT severity FROM flag WHERE rule = "
                                               "'mass_mention'"))
                     .toInt(),
                 3);
        // A page reload (same workspace) shows what is stored.
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->reload(m_page->context());
        QVERIFY(QTest::qWaitFor(
            [&]() { return loaded.count() > 0 && !m_page->isLoading() && !editor()->isBusy(); },
            kTimeout));
        QCOMPARE(spin("floodMessages")->value(), 12);
    }

    void invalidValueDisablesApply_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero seconds") << "floodSeconds"
                                      << "0" << int(FlagRule::Flood) << "between 1 and 100";
        QTest::newRow("over the maximum")
            << "mentionMin"
            << "100001" << int(FlagRule::MassMention) << "between 1 and 100";
        QTest::newRow("one channel") << "repeatChannels"
                                     << "1" << int(FlagRule::RepeatedText) << "at least 2 channels";
        QTest::newRow("url instead of a domain")
            << "allowedDomains"
            << "github.com\nhttps://example.com/x" << int(FlagRule::LinkSpam)
            << "Not a domain name: “https://example.com/x”";
    }
    void invalidValueDisablesApply()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, rule);
        QFETCH(QString, message);
        FlagRuleGroup *g = editor()->group(FlagRule(rule));
        QVERIFY(!g->errorLabel()->isVisible());
        auto *box = editor()->findChild<QSpinBox *>(field);
        auto *text = editor()->findChild<QPlainTextEdit *>(field);
        QVERIFY(box || text);
        const QString before = box ? QString::number(box->value()) : text->toPlainText();
        if (box)
            box->setValue(value.toInt());
        else
            text->setPlainText(value);
        QVERIFY(!editor()->applyButton()->isEnabled());
        QVERIFY(!editor()->rerunButton()->isEnabled());
        QVERIFY(g->errorLabel()->isVisible());
        QVERIFY2(g->error().contains(message), qPrintable(g->error()));
        QVERIFY2(editor()->statusLabel()->text().contains(QStringLiteral("Cannot apply")),
                 qPrintable(editor()->statusLabel()->text()));
        QVERIFY(editor()->validationError().contains(message));
        // Nothing reached the workspace; the core refuses the same values.
        QVERIFY(!(storedRules(m_path) == editor()->rules()));
        if (box) {
            QString error;
            QVERIFY(!editor()->rules().validate(&error));
            box->setValue(before.toInt());
        } else {
            text->setPlainText(before);
        }
        QVERIFY(!g->errorLabel()->isVisible());
        QVERIFY(editor()->validationError().isEmpty());
        QVERIFY(!editor()->applyButton()->isEnabled()); // back to what is saved
    }

    void restoreDefaults()
    {
        QVERIFY(!(editor()->savedRules() == FlagRules{})); // flood 12 from above
        QVERIFY(editor()->restoreButton()->isEnabled());
        QTest::mouseClick(editor()->restoreButton(), Qt::LeftButton);
        QCOMPARE(editor()->rules(), FlagRules{});
        QCOMPARE(spin("floodMessages")->value(), 8);
        QVERIFY(!editor()->restoreButton()->isEnabled());
        QCOMPARE(storedRules(m_path).floodMessages, 12); // not saved before Apply
        QVERIFY(clickApply());
        QCOMPARE(storedRules(m_path), FlagRules{});
        QVERIFY(!editor()->applyButton()->isEnabled());
    }

    void ruleSwitchedOffRaisesNone()
    {
        QVERIFY(openFresh(QStringLiteral("off")));
        QCOMPARE(stored(QStringLiteral("flood")), 0);
        FlagRuleGroup *flood = editor()->group(FlagRule::Flood);
        flood->enabledBox()->setChecked(false);
        QVERIFY(!spin("floodMessages")->isEnabled()); // greyed out, value kept
        QCOMPARE(spin("floodMessages")->value(), 8);
        QVERIFY(clickApply());
        QVERIFY(!storedRules(m_path).isEnabled(FlagRule::Flood));
        const int queueBefore = m_page->queuePanel()->model()->rowCount();
        QVERIFY(clickRerun());
        QCOMPARE(raised(FlagRule::Flood), 0);
        QCOMPARE(stored(QStringLiteral("flood")), 0);
        QCOMPARE(raised(FlagRule::MassMention), 1); // the other rules still run
        QCOMPARE(stored(QStringLiteral("mass_mention")), 1);
        QVERIFY2(editor()->statusLabel()->text().contains(QStringLiteral("Flooding off")),
                 qPrintable(editor()->statusLabel()->text()));
        // The queue reloaded: Dave (mass mention) is in it now.
        QCOMPARE(queueBefore, 0);
        QCOMPARE(m_page->queuePanel()->model()->rowCount(), 1);
        QVERIFY(m_page->tabs()->tabText(0).contains(QStringLiteral("(1)")));
        // Control: switched on again, the same history raises Bob's flood, once.
        flood->enabledBox()->setChecked(true);
        QVERIFY(clickApply());
        QVERIFY(clickRerun());
        QCOMPARE(raised(FlagRule::Flood), 1);
        QCOMPARE(raised(FlagRule::MassMention), 0); // never twice
        QCOMPARE(stored(QStringLiteral("flood")), 1);
        QCOMPARE(m_page->queuePanel()->model()->rowCount(), 2);
    }

    void chineseBlockedWordInsideLongerWord()
    {
        QVERIFY(openFresh(QStringLiteral("words")));
        QVERIFY(clickRerun()); // with the default lists: nothing blocked
        QCOMPARE(raised(FlagRule::BlockedWord), 0);
        QPlainTextEdit *zh = list("blockedWordsZh");
        QTest::mouseClick(zh->viewport(), Qt::LeftButton);
        zh->moveCursor(QTextCursor::End);
        QTest::keyClick(zh, Qt::Key_Return);
        // Chinese is typed through an input method: the committed text arrives in one event.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("代购"));
        QApplication::sendEvent(zh, &typed);
        QVERIFY(FlagRuleGroup::lines(zh).contains(QStringLiteral("代购")));
        QVERIFY(editor()->group(FlagRule::BlockedWord)->toolTip().size() > 0);
        QVERIFY(clickApply());
        QVERIFY(storedRules(m_path).blockedWordsZh.contains(QStringLiteral("代购")));
        QVERIFY(clickRerun());
        QCOMPARE(raised(FlagRule::BlockedWord), 1);
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT m.display_name FROM flag f JOIN member m "
                                               "ON m.id = f.member_id WHERE f.rule = "
                                               "'blocked_word'"))
                     .toString(),
                 QStringLiteral("Carol"));
        QVERIFY(scalar(m_path, QStringLiteral("SELECT why FROM flag WHERE rule = 'blocked_word'"))
                    .toString()
                    .contains(QStringLiteral("代购")));
        // As an English (whole-word) entry the same word would not match inside 海外代购群...
        // but CJK has no word boundaries: the Chinese list is the one that finds it.
        QVERIFY(clickRerun());
        QCOMPARE(raised(FlagRule::BlockedWord), 0); // never flags the same message twice
    }

    void screenshot()
    {
        QVERIFY(openFresh(QStringLiteral("screenshot")));
        m_page->tabs()->setCurrentWidget(editor());
        spin("repeatChannels")->setValue(1); // one inline error in the picture
        QApplication::processEvents();
        QVERIFY(m_page->grab().save(QStringLiteral("/tmp/flag_rules.png")));
        spin("repeatChannels")->setValue(2);
        QVERIFY(editor()->validationError().isEmpty());
    }

    void cleanupTestCase() { m_page.reset(); }
};

QTEST_MAIN(TestFlagRulesEditor)
#include "tst_flag_rules_editor.moc"
