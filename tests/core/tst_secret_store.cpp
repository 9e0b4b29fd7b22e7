// SecretStore against the real OS keychain (on Linux the Secret Service that
// scripts/with-keyring.sh starts for the tests): keys per workspace and source, a round trip of
// text and binary secrets, overwrite, remove. Without a keychain the test fails, unless
// KINDRED_NO_KEYRING=1 says that this machine has none (then it skips with the reason).
#include "sync/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_prefix;

    QString key(const QString &name) const { return m_prefix + name; }

private slots:
    void initTestCase()
    {
        m_prefix = QStringLiteral("test/%1/").arg(QCoreApplication::applicationPid());
    }

    void keyFor()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.kindred"));
        const QString b = dir.filePath(QStringLiteral("b.kindred"));
        QFile f(a);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString ka = SecretStore::keyFor(a, QStringLiteral("feed"));
        QVERIFY(ka.startsWith(QStringLiteral("sync/")));
        QVERIFY(ka.endsWith(QStringLiteral("/feed")));
        QCOMPARE(ka.size(), 5 + 16 + 1 + 4);
        QCOMPARE(SecretStore::keyFor(a, QStringLiteral("feed")), ka);   // stable
        QVERIFY(SecretStore::keyFor(b, QStringLiteral("feed")) != ka);  // per workspace
        QVERIFY(SecretStore::keyFor(a, QStringLiteral("other")) != ka); // per source
        // The same file by another spelling of its path.
        const QString dotted = dir.path() + QStringLiteral("/./a.kindred");
        QCOMPARE(SecretStore::keyFor(dotted, QStringLiteral("feed")), ka);
    }

    void roundTrip()
    {
        QString error;
        const QByteArray text = QStringLiteral("tøken-令牌-%1").arg(42).toUtf8();
        if (!SecretStore::write(key(QStringLiteral("text")), text, &error)) {
            if (qEnvironmentVariable("KINDRED_NO_KEYRING") == QLatin1String("1"))
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(QStringLiteral("no keychain (run the tests through "
                                            "scripts/with-keyring.sh, or set "
                                            "KINDRED_NO_KEYRING=1 to skip): ") +
                             error));
        }
        QByteArray read;
        QVERIFY2(SecretStore::read(key(QStringLiteral("text")), &read, &error), qPrintable(error));
        QCOMPARE(read, text);

        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QVERIFY2(SecretStore::write(key(QStringLiteral("binary")), binary, &error),
                 qPrintable(error));
        QVERIFY(SecretStore::read(key(QStringLiteral("binary")), &read, &error));
        QCOMPARE(read, binary);

        // Overwrite replaces.
        QVERIFY(SecretStore::write(key(QStringLiteral("text")), "second", &error));
        QVERIFY(SecretStore::read(key(QStringLiteral("text")), &read, &error));
        QCOMPARE(read, QByteArray("second"));

        // Remove, then reading fails with a message; removing again succeeds.
        QVERIFY2(SecretStore::remove(key(QStringLiteral("text")), &error), qPrintable(error));
        error.clear();
        QVERIFY(!SecretStore::read(key(QStringLiteral("text")), &read, &error));
        QVERIFY2(error.contains(QStringLiteral("no secret")), qPrintable(error));
        QVERIFY2(SecretStore::remove(key(QStringLiteral("text")), &error), qPrintable(error));
        QVERIFY(SecretStore::remove(key(QStringLiteral("binary")), &error));
        QVERIFY(!SecretStore::read(key(QStringLiteral("binary")), &read, &error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
