// Messages of core/ follow the UI language: with the zh_CN catalogue installed (I18n::apply),
// an import of a malformed file fails with a Chinese ImportError that still names the file;
// back in English the same import gives the English text the CLI and the other tests expect.
#include "I18n.h"
#include "import/ImportError.h"
#include "import/ImportService.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

bool hasCjk(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestCoreMessagesZh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    /// Imports path (expected to fail) and returns the error.
    ImportError failedImport(const QString &path, const QString &format)
    {
        ImportService service(m_db);
        ImportResult result;
        ImportError error;
        const bool ok = service.importFile(path, format, &result, &error);
        if (ok)
            error.message.clear(); // makes the caller's checks fail
        return error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("messages.kindred")), &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { I18n::apply(QStringLiteral("en")); }

    void importErrorFollowsLanguage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("english");

        QTest::newRow("empty file, detected")
            << QStringLiteral("empty.json") << QByteArray() << QStringLiteral("auto")
            << QStringLiteral("the file is empty");
        QTest::newRow("empty file, telegram")
            << QStringLiteral("empty-telegram.json") << QByteArray() << QStringLiteral("telegram")
            << QStringLiteral("the file is empty (expected a Telegram JSON export)");
        QTest::newRow("truncated telegram json")
            << QStringLiteral("result.json")
            << QByteArray("{\n \"name\": \"测试群\",\n \"type\": \"private_supergroup\",\n"
                          " \"id\": 1234,\n \"messages\": [\n"
                          "  {\"id\": 1, \"type\": \"message\", \"date\": \"2024-03-01T10:00:00\","
                          " \"date_unixtime\": \"1709287200\", \"from\": \"张伟\","
                          " \"from_id\": \"user1\", \"text\": \"大家好\"},\n"
                          "  {\"id\": 2, \"type\": \"message\", \"text\": \"截断")
            << QStringLiteral("auto") << QStringLiteral("a string is not closed (truncated file?)");
    }

    void importErrorFollowsLanguage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, english);
        const QString path = writeFile(name, content);
        QVERIFY(!path.isEmpty());

        QVERIFY(I18n::apply(QStringLiteral("zh_CN")));
        const ImportError zh = failedImport(path, format);
        QVERIFY2(zh.isSet(), "the import of a malformed file succeeded");
        QVERIFY2(hasCjk(zh.message), qPrintable(zh.toString()));
        QCOMPARE(zh.file, path);
        QVERIFY2(zh.toString().contains(path), qPrintable(zh.toString()));

        QVERIFY(I18n::apply(QStringLiteral("en")));
        const ImportError en = failedImport(path, format);
        QVERIFY2(en.isSet(), "the import of a malformed file succeeded");
        QVERIFY2(!hasCjk(en.message), qPrintable(en.toString()));
        QVERIFY2(en.message.startsWith(english), qPrintable(en.toString()));
        QCOMPARE(en.file, path);
        QVERIFY2(en.toString().contains(path), qPrintable(en.toString()));
        // Same failure, same position: only the language differs.
        QCOMPARE(zh.line, en.line);
        QCOMPARE(zh.column, en.column);
        QCOMPARE(zh.offset, en.offset);
    }

    void bytePositionIsTranslated()
    {
        ImportError e;
        e.file = m_dir.filePath(QStringLiteral("result.json"));
        e.offset = 42;
        e.message = QStringLiteral("x");

        QVERIFY(I18n::apply(QStringLiteral("zh_CN")));
        const QString zh = e.toString();
        QVERIFY2(zh.contains(e.file) && zh.contains(QLatin1String("42")) && hasCjk(zh),
                 qPrintable(zh));

        QVERIFY(I18n::apply(QStringLiteral("en")));
        QCOMPARE(e.toString(), e.file + QStringLiteral(" (byte 42): x"));
    }
};

QTEST_MAIN(TestCoreMessagesZh)
#include "tst_core_messages_zh.moc"
