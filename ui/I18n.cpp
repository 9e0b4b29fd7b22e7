#include "I18n.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace kindred {
namespace {
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
QString s_current = QStringLiteral("en");
} // namespace

QStringList I18n::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString I18n::preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (languages().contains(saved))
        return saved;
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                    : QStringLiteral("en");
}

QString I18n::current()
{
    return s_current;
}

QFont I18n::fontFor(const QString &lang)
{
    QFont f = QApplication::font();
    if (lang == QLatin1String("zh_CN")) {
#if defined(Q_OS_WIN)
        f.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei")});
#elif defined(Q_OS_MACOS)
        f.setFamilies({QStringLiteral("PingFang SC"), QStringLiteral("Heiti SC")});
#else
        f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                       QStringLiteral("WenQuanYi Micro Hei")});
#endif
    } else {
#if defined(Q_OS_LINUX)
        f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                       QStringLiteral("Noto Sans CJK SC")});
#endif
    }
    return f;
}

bool I18n::apply(const QString &lang)
{
    if (s_app)
        QCoreApplication::removeTranslator(s_app.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_app.reset();
    s_qt.reset();
    // Kindred's catalogue for every language (English too: it holds the plural forms), and
    // Qt's own (standard buttons and dialogs) for the others.
    s_app = std::make_unique<QTranslator>();
    const bool ok = s_app->load(QStringLiteral(":/i18n/kindred_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(s_app.get());
    if (lang != QLatin1String("en")) {
        s_qt = std::make_unique<QTranslator>();
        if (s_qt->load(QStringLiteral("qt_%1").arg(lang),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(s_qt.get());
    }
    s_current = ok ? lang : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(s_current == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                s_current == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setFont(fontFor(s_current));
    return ok;
}

} // namespace kindred
