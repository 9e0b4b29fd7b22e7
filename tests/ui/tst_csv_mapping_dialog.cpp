// The CSV mapping dialog under the offscreen platform, driven through its widgets (found by
// objectName): fields guessed from English and Chinese headers, encoding and delimiter shown,
// the first rows previewed, row errors listed and marked, Import enabled only when the required
// fields are mapped (and the rows valid or skipped), the remembered mapping pre-filled, Save /
// Load of mapping files, File > Import CSV with Mapping…, and the ImportController routing an
// unrecognised CSV through the dialog to an import off the GUI thread.
// KINDRED_SHOT=1 saves a picture of the dialog to /tmp/csv-mapping-dialog.png.
#include "ImportController.h"
#include "MainActions.h"
#include "dialogs/CsvMappingDialog.h"
#include "import/csv/CsvMappingStore.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"
#include "widgets/CsvPreviewTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

constexpr int kTimeout = 30000;

QString fixture(const char *name)
{
    return QStringLiteral(KINDRED_TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

template <typename T> T *child(QWidget *w, const QString &name)
{
    return w->findChild<T *>(name);
}

/// A workspace whose community keeps time in Asia/Shanghai.
QString makeWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u("w.kindred"));
    Database db;
    QString error;
    CommunitySettings s;
    s.name = u("t");
    s.timezone = u("Asia/Shanghai");
    if (!db.open(path, &error) || !CommunityStore(db).update(s, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QString fieldOf(QWidget *dialog, int column)
{
    auto *combo = child<QComboBox>(dialog, u("csvField_%1").arg(column));
    return combo ? CsvFields::key(CsvField(combo->currentData().toInt())) : u("<no combo>");
}

/// Picks `field` in the combo of `column` as the user would.
void pick(CsvMappingDialog &dialog, int column, CsvField field)
{
    auto *combo = child<QComboBox>(&dialog, u("csvField_%1").arg(column));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(field)));
    emit combo->activated(combo->currentIndex());
    dialog.refresh();
}

QPushButton *importButton(QWidget *dialog)
{
    return child<QPushButton>(dialog, u("csvImport"));
}

} // namespace

class TestCsvMappingDialog : public QObject
{
    Q_OBJECT
private slots:
    void guessesAndPreviews_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("cell"); // text of preview row 3, column 2 (1-based)
        const QStringList memberships = {u("member_id"),  u("display_name"), u("email"),
                                         u("plan"),       u("amount"),       u("currency"),
                                         u("started_at"), u("expires_at"),   u("status")};
        QTest::newRow("utf-8 BOM")
            << fixture("memberships_utf8_bom.csv") << u("memberships") << memberships
            << u("Auto (UTF-8 (BOM))") << u("Auto (,)") << 5 << u("张伟");
        QTest::newRow("GB18030 Chinese headers")
            << fixture("memberships_gb18030.csv") << u("memberships") << memberships
            << u("Auto (GB18030)") << u("Auto (,)") << 5 << u("张伟");
        QTest::newRow("tab") << fixture("memberships_tab.tsv") << u("memberships")
                             << QStringList{u("member_id"), u("username"),   u("plan"),
                                            u("amount"),    u("started_at"), u("expires_at"),
                                            u("status")}
                             << u("Auto (UTF-8)") << u("Auto (TAB)") << 2 << QString();
        QTest::newRow("activities, Chinese")
            << fixture("activities.csv") << u("activities")
            << QStringList{u("activity"), u("kind"),         u("starts_at"),
                           u("ends_at"),  u("display_name"), u("attendance")}
            << u("Auto (UTF-8)") << u("Auto (,)") << 4 << u("直播");
    }
    void guessesAndPreviews()
    {
        QFETCH(QString, file);
        QFETCH(QString, target);
        QFETCH(QStringList, fields);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(int, rows);
        QFETCH(QString, cell);
        QTemporaryDir dir;
        CsvMappingDialog dialog(makeWorkspace(dir), file);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, u("csvTarget"))->currentData().toString(), target);
        QStringList shown;
        for (int c = 0; c < fields.size(); ++c)
            shown.append(fieldOf(&dialog, c));
        QCOMPARE(shown, fields);
        QCOMPARE(child<QComboBox>(&dialog, u("csvEncoding"))->itemText(0), encoding);
        QCOMPARE(child<QComboBox>(&dialog, u("csvDelimiter"))->itemText(0), delimiter);
        CsvPreviewTable *table = dialog.previewTable();
        QCOMPARE(table->previewRows(), rows);
        QCOMPARE(table->columnCount(), fields.size());
        if (!cell.isEmpty())
            QCOMPARE(table->item(3, 1)->text(), cell);
        QVERIFY2(dialog.errorLines().isEmpty(), qPrintable(dialog.errorLines().join(u("\n"))));
        QVERIFY(importButton(&dialog)->isEnabled());
        QVERIFY(dialog.canImport());
        if (qEnvironmentVariableIsSet("KINDRED_SHOT"))
            dialog.grab().save(u("/tmp/csv-mapping-dialog.png"));
    }

    void rowErrorsAreListedAndMarked()
    {
        QTemporaryDir dir;
        CsvMappingDialog dialog(makeWorkspace(dir), fixture("memberships_invalid.csv"));
        dialog.show();
        auto *errors = child<QListWidget>(&dialog, u("csvErrors"));
        QVERIFY(errors->isVisible());
        QStringList lines;
        for (int i = 0; i < errors->count(); ++i)
            lines.append(errors->item(i)->text());
        QVERIFY2(lines.contains(u("line 3: column 'amount': '12,3x' is not a number")),
                 qPrintable(lines.join(u("\n"))));
        QVERIFY(lines.contains(u("line 9: the row names no member: its member columns (id, "
                                 "username, name, email, phone) are empty")));
        QCOMPARE(lines.size(), 7);
        CsvPreviewTable *table = dialog.previewTable();
        QVERIFY(table->isMarked(1, 3));  // second data row (line 3), amount
        QVERIFY(!table->isMarked(0, 3)); // line 2 is valid
        QVERIFY(table->isMarked(4, 7));  // the two-line record (lines 6-7), status
        QVERIFY(table->isMarked(6, 0));  // line 9: the whole row
        QVERIFY(!importButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u("csvStatus"))->text().contains(u("7 row")));
        // Skipping invalid rows makes the import possible.
        child<QCheckBox>(&dialog, u("csvSkipInvalid"))->setChecked(true);
        QVERIFY(importButton(&dialog)->isEnabled());
        QTest::mouseClick(importButton(&dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.mapping().skipInvalidRows);
    }

    void importNeedsTheRequiredFields()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u("odd.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b,c\nAlice,2026-01-01,199\nBob,2026-01-02,99\n");
        f.close();
        CsvMappingDialog dialog(makeWorkspace(dir), file);
        dialog.show();
        QCOMPARE(fieldOf(&dialog, 0), u("ignore"));
        QVERIFY(!importButton(&dialog)->isEnabled());
        child<QComboBox>(&dialog, u("csvTarget"))
            ->setCurrentIndex(
                child<QComboBox>(&dialog, u("csvTarget"))->findData(u("memberships")));
        QVERIFY(!importButton(&dialog)->isEnabled());
        QVERIFY(child<QLabel>(&dialog, u("csvStatus"))->text().contains(u("Choose a column")));
        pick(dialog, 0, CsvField::DisplayName);
        QVERIFY(!importButton(&dialog)->isEnabled()); // the start is still missing
        pick(dialog, 2, CsvField::Amount);
        QVERIFY(!importButton(&dialog)->isEnabled());
        pick(dialog, 1, CsvField::StartedAt);
        QVERIFY(importButton(&dialog)->isEnabled());
        // A field is held by one column: giving the start to column c unassigns column b.
        pick(dialog, 2, CsvField::StartedAt);
        QCOMPARE(fieldOf(&dialog, 1), u("ignore"));
        QVERIFY(!dialog.errorLines().isEmpty()); // "199" is not a date
        QVERIFY(!importButton(&dialog)->isEnabled());
        const CsvMapping m = dialog.mapping();
        QCOMPARE(m.columnFor(CsvField::StartedAt), u("c"));
        QCOMPARE(m.columnFor(CsvField::DisplayName), u("a"));
    }

    void remembersTheMappingOfASource()
    {
        QTemporaryDir dir;
        const QString workspace = makeWorkspace(dir);
        CsvMapping remembered;
        QString error;
        QVERIFY(CsvMapping::load(fixture("memberships.mapping.json"), &remembered, &error));
        remembered.assign(u("nickname"), CsvField::Username); // unlike the guess
        remembered.currency = u("USD");
        {
            Database db;
            QVERIFY(db.open(workspace, &error));
            QVERIFY(CsvMappingStore(db).save(remembered, &error));
        }
        CsvMappingDialog dialog(workspace, fixture("memberships_utf8_bom.csv"));
        QCOMPARE(dialog.rememberedSource(), u("zsxq"));
        QCOMPARE(child<QComboBox>(&dialog, u("csvSource"))->currentText(), u("zsxq"));
        QCOMPARE(fieldOf(&dialog, 1), u("username"));
        QCOMPARE(child<QLineEdit>(&dialog, u("csvCurrency"))->text(), u("USD"));
        QCOMPARE(dialog.mapping().toJson(), remembered.toJson());

        // Another file without a remembered layout is guessed.
        CsvMappingDialog other(workspace, fixture("feedback.csv"));
        QVERIFY(other.rememberedSource().isEmpty());
        QCOMPARE(child<QComboBox>(&other, u("csvTarget"))->currentData().toString(), u("feedback"));
    }

    void savesAndLoadsMappingFiles()
    {
        QTemporaryDir dir;
        CsvMappingDialog dialog(makeWorkspace(dir), fixture("memberships_semicolon.csv"));
        child<QLineEdit>(&dialog, u("csvTimezone"))->setText(u("Europe/Berlin"));
        child<QComboBox>(&dialog, u("csvSource"))->setEditText(u("eu-shop"));
        dialog.refresh();
        const QString path = dir.filePath(u("eu.mapping.json"));
        QString error;
        QVERIFY2(dialog.saveMappingTo(path, &error), qPrintable(error));
        CsvMapping saved;
        QVERIFY2(CsvMapping::load(path, &saved, &error), qPrintable(error));
        QCOMPARE(saved.source, u("eu-shop"));
        QCOMPARE(saved.timezone, u("Europe/Berlin"));
        QCOMPARE(saved.columnFor(CsvField::Amount), u("price"));
        pick(dialog, 3, CsvField::Ignore);
        child<QLineEdit>(&dialog, u("csvTimezone"))->clear();
        QVERIFY(!dialog.mapping().isMapped(CsvField::Amount));
        QVERIFY2(dialog.loadMappingFrom(path, &error), qPrintable(error));
        QCOMPARE(fieldOf(&dialog, 3), u("amount"));
        QCOMPARE(child<QLineEdit>(&dialog, u("csvTimezone"))->text(), u("Europe/Berlin"));
        QCOMPARE(dialog.mapping().toJson(), saved.toJson());
    }

    void fileMenuHasTheCsvAction()
    {
        QMainWindow window;
        MainActions actions(&window);
        auto *csv = window.findChild<QAction *>(u("actionImportCsv"));
        QVERIFY(csv);
        QVERIFY(!csv->text().isEmpty());
        const QList<QAction *> file = window.menuBar()->actions().first()->menu()->actions();
        const qsizetype import = file.indexOf(actions.action(MainActions::Import));
        QVERIFY(import >= 0);
        QCOMPARE(file.value(import + 1), csv); // right after File > Import…
    }

    void controllerMapsThenImportsOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString workspace = makeWorkspace(dir);
        const QString file = fixture("memberships_utf8_bom.csv");
        QVERIFY(ImportController::needsCsvMapping(file));
        QVERIFY(!ImportController::needsCsvMapping(fixture("memberships.mapping.json")));
        QWidget parent;
        ImportController controller(&parent);
        controller.setShowSummary(false);
        QSignalSpy spy(&controller, &ImportController::finished);
        QVERIFY(controller.start(workspace, {file}));
        CsvMappingDialog *dialog = controller.mappingDialog();
        QVERIFY(dialog);
        QVERIFY(controller.isRunning()); // busy while the dialog is open
        QVERIFY(!controller.start(workspace, {file}));
        child<QComboBox>(dialog, u("csvSource"))->setEditText(u("zsxq"));
        dialog->refresh();
        QVERIFY(dialog->canImport());
        QTest::mouseClick(importButton(dialog), Qt::LeftButton);
        QVERIFY(spy.count() == 1 || spy.wait(kTimeout));
        const auto outcome = spy.first().first().value<ImportOutcome>();
        QVERIFY2(outcome.succeeded(),
                 qPrintable(outcome.errors.isEmpty() ? outcome.openError
                                                     : outcome.errors.first().toString()));
        QCOMPARE(outcome.results.size(), 1);
        QCOMPARE(outcome.results.first().format, u("csv-memberships"));
        QCOMPARE(outcome.results.first().membersAdded, qint64(4));
        Database db;
        QString error;
        QVERIFY(db.open(workspace, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u("SELECT count(*), sum(amount_minor) FROM membership")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        CsvMapping remembered;
        QVERIFY(CsvMappingStore(db).load(u("zsxq"), &remembered));

        // Canceling the dialog imports nothing.
        QSignalSpy none(&controller, &ImportController::finished);
        QVERIFY(controller.startWithCsvMapping(workspace, {fixture("feedback.csv")}));
        QVERIFY(controller.mappingDialog());
        controller.mappingDialog()->reject();
        QVERIFY(QTest::qWaitFor([&]() { return !controller.isRunning(); }, kTimeout));
        QCOMPARE(none.count(), 0);
        QVERIFY(q.exec(u("SELECT count(*) FROM feedback")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestCsvMappingDialog)
#include "tst_csv_mapping_dialog.moc"
