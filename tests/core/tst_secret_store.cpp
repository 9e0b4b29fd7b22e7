// SecretStore against the real OS keychain (on Linux the Secret Service that
// scripts/with-keyring.sh starts for the tests): keys per workspace and source, a round trip of
// text and binary secrets, overwrite, remove. Without a keychain the keychain tests fail, unless
// KINDRED_NO_KEYRING=1 says that this machine has none (then they skip with the keychain's
// message). Every key of a run starts with "test/<pid>/" and is removed at the end.
#include "sync/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace kindred;

namespace {

/// Whether `error` (a failed first write) says that no keychain is reachable, rather than
/// that a working keychain refused or lost the secret.
bool meansNoKeychain(const QString &error)
{
    static const QStringList hints = {
        QStringLiteral("D-Bus"),          QStringLiteral("DBus"),
        QStringLiteral("secret"),         QStringLiteral("No such interface"),
        QStringLiteral("does not exist"), QStringLiteral("not provided by any"),
        QStringLiteral("ServiceUnknown"), QStringLiteral("autolaunch"),
        QStringLiteral("No keychain"),    QStringLiteral("keychain available"),
    };
    for (const QString &hint : hints) {
        if (error.contains(hint, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool noKeyringAllowed()
{
    return qEnvironmentVariable("KINDRED_NO_KEYRING") == QLatin1String("1");
}

} // namespace

// Skips (KINDRED_NO_KEYRING=1 and no keychain) or fails when the first write of the run failed.
#define REQUIRE_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!m_keychainError.isEmpty()) {                                                          \
            if (noKeyringAllowed() && meansNoKeychain(m_keychainError))                            \
                QSKIP(qPrintable(QStringLiteral("no keychain (KINDRED_NO_KEYRING=1): ") +          \
                                 m_keychainError));                                                \
            QFAIL(qPrintable(                                                                      \
                (meansNoKeychain(m_keychainError)                                                  \
                     ? QStringLiteral("no keychain reachable: run the tests through "              \
                                      "scripts/with-keyring.sh, or set KINDRED_NO_KEYRING=1 to "   \
                                      "skip them: ")                                               \
                     : QStringLiteral("writing a secret failed: ")) +                              \
                m_keychainError));                                                                 \
        }                                                                                          \
    } while (false)

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_prefix;
    QString m_keychainError; // the message of the run's first write, when it failed
    QStringList m_written;   // every key the run wrote, removed at the end

    QString key(const QString &name)
    {
        const QString k = m_prefix + name;
        if (!m_written.contains(k))
            m_written.append(k);
        return k;
    }

private slots:
    void initTestCase()
    {
        m_prefix = QStringLiteral("test/%1/").arg(QCoreApplication::applicationPid());
        // The first write tells whether a keychain is reachable at all.
        QString error;
        if (!SecretStore::write(key(QStringLiteral("probe")), "probe", &error))
            m_keychainError = error.isEmpty() ? QStringLiteral("(no message)") : error;
    }

    void cleanupTestCase()
    {
        if (!m_keychainError.isEmpty())
            return;
        for (const QString &k : std::as_const(m_written)) {
            QString error;
            QVERIFY2(SecretStore::remove(k, &error), qPrintable(k + QStringLiteral(": ") + error));
        }
        // Nothing of the run is left behind.
        for (const QString &k : std::as_const(m_written)) {
            QByteArray secret;
            QString error;
            QVERIFY2(!SecretStore::read(k, &secret, &error), qPrintable(k));
        }
    }

    void service() { QCOMPARE(SecretStore::service(), QStringLiteral("Kindred")); }

    void keyFor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("a.kindred"));
        const QString b = dir.filePath(QStringLiteral("b.kindred"));
        for (const QString &path : {a, b}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QString ka = SecretStore::keyFor(a, QStringLiteral("feed"));
        // "sync/<16 hex digits>/<source>"
        QVERIFY2(ka.startsWith(QStringLiteral("sync/")), qPrintable(ka));
        QVERIFY2(ka.endsWith(QStringLiteral("/feed")), qPrintable(ka));
        QCOMPARE(ka.size(), 5 + 16 + 1 + 4);
        bool hex = false;
        ka.mid(5, 16).toULongLong(&hex, 16);
        QVERIFY2(hex, qPrintable(ka));

        QCOMPARE(SecretStore::keyFor(a, QStringLiteral("feed")), ka);   // stable
        QVERIFY(SecretStore::keyFor(b, QStringLiteral("feed")) != ka);  // per workspace
        QVERIFY(SecretStore::keyFor(a, QStringLiteral("other")) != ka); // per source
        QCOMPARE(SecretStore::keyFor(b, QStringLiteral("other")).mid(5, 16),
                 SecretStore::keyFor(b, QStringLiteral("feed")).mid(5, 16));

        // The same file by other spellings of its path.
        QCOMPARE(SecretStore::keyFor(dir.path() + QStringLiteral("/./a.kindred"),
                                     QStringLiteral("feed")),
                 ka);
        QCOMPARE(SecretStore::keyFor(dir.path() + QStringLiteral("/sub/../a.kindred"),
                                     QStringLiteral("feed")),
                 ka);
        // A path that does not exist (yet) still gets a stable key.
        const QString missing = dir.filePath(QStringLiteral("new.kindred"));
        QCOMPARE(SecretStore::keyFor(missing, QStringLiteral("feed")),
                 SecretStore::keyFor(missing, QStringLiteral("feed")));
        QVERIFY(SecretStore::keyFor(missing, QStringLiteral("feed")) != ka);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("ascii") << QByteArray("ghp_0123456789abcdefABCDEF");
        QTest::newRow("non-ascii") << QStringLiteral("tøken-令牌-🔑-%1").arg(42).toUtf8();
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QTest::newRow("binary (every byte, NUL included)") << binary;
        QTest::newRow("long") << QByteArray(64 * 1024, 'x');
    }

    void roundTrip()
    {
        REQUIRE_KEYCHAIN();
        QFETCH(QByteArray, secret);
        const QString k =
            key(QStringLiteral("round/") + QString::fromUtf8(QTest::currentDataTag()));
        QString error;
        QVERIFY2(SecretStore::write(k, secret, &error), qPrintable(error));
        QByteArray read;
        QVERIFY2(SecretStore::read(k, &read, &error), qPrintable(error));
        QCOMPARE(read, secret);
    }

    void overwrite()
    {
        REQUIRE_KEYCHAIN();
        const QString k = key(QStringLiteral("overwrite"));
        QString error;
        QVERIFY2(SecretStore::write(k, "first", &error), qPrintable(error));
        QVERIFY2(SecretStore::write(k, "second", &error), qPrintable(error));
        QByteArray read;
        QVERIFY2(SecretStore::read(k, &read, &error), qPrintable(error));
        QCOMPARE(read, QByteArray("second"));
    }

    void keysAreSeparate()
    {
        REQUIRE_KEYCHAIN();
        const QString k1 = key(QStringLiteral("one"));
        const QString k2 = key(QStringLiteral("two"));
        QString error;
        QVERIFY2(SecretStore::write(k1, "1", &error), qPrintable(error));
        QVERIFY2(SecretStore::write(k2, "2", &error), qPrintable(error));
        QByteArray read;
        QVERIFY2(SecretStore::read(k1, &read, &error), qPrintable(error));
        QCOMPARE(read, QByteArray("1"));
        QVERIFY2(SecretStore::remove(k2, &error), qPrintable(error));
        QVERIFY2(SecretStore::read(k1, &read, &error), qPrintable(error)); // k1 untouched
        QCOMPARE(read, QByteArray("1"));
    }

    void remove()
    {
        REQUIRE_KEYCHAIN();
        const QString k = key(QStringLiteral("remove"));
        QString error;
        QVERIFY2(SecretStore::write(k, "gone soon", &error), qPrintable(error));
        QVERIFY2(SecretStore::remove(k, &error), qPrintable(error));

        // Reading fails with a message that names the key.
        error.clear();
        QByteArray read = "untouched";
        QVERIFY(!SecretStore::read(k, &read, &error));
        QVERIFY2(error.contains(QStringLiteral("no secret")), qPrintable(error));
        QVERIFY2(error.contains(k), qPrintable(error));

        // Removing what is not there succeeds: again, and a key never written.
        QVERIFY2(SecretStore::remove(k, &error), qPrintable(error));
        QVERIFY2(SecretStore::remove(key(QStringLiteral("never-written")), &error),
                 qPrintable(error));
        // A null error pointer is allowed.
        QVERIFY(!SecretStore::read(k, &read, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
